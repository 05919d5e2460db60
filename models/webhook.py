"""Outgoing webhooks: the endpoints admins register and the deliveries queued for them."""

from __future__ import annotations

from tortoise import fields

from domain.webhook import DeliveryStatus, EndpointStatus
from models.account import User
from models.base import TimestampedModel


class WebhookEndpoint(TimestampedModel):
    owner: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="webhook_endpoints", on_delete=fields.CASCADE
    )
    url = fields.CharField(max_length=2_000)
    description = fields.CharField(max_length=300, default="")
    # Kept in the clear: every delivery is signed with it. Shown once, when created or rotated.
    secret = fields.CharField(max_length=100)
    # After a rotation, the old secret signs too (a second v1=) until `previous_secret_until`,
    # so receivers can switch to the new one without refusing deliveries meanwhile.
    previous_secret = fields.CharField(max_length=100, null=True)
    previous_secret_until = fields.DatetimeField(null=True)
    event_types = fields.JSONField(default=list)  # ["SESSION_CONFIRMED", ...]
    status = fields.CharEnumField(EndpointStatus, max_length=12, default=EndpointStatus.ACTIVE)
    # Set by the first failure after a success; a day of failures pauses the endpoint.
    failing_since = fields.DatetimeField(null=True)
    paused_at = fields.DatetimeField(null=True)
    # The last sequence number given to a delivery; bumped in the transaction that queues one,
    # whose row lock makes sequences commit in the order they are handed out.
    last_sequence = fields.BigIntField(default=0)
    # A worker's lease on the whole endpoint: one worker at a time delivers its queue, in order.
    claimed_until = fields.DatetimeField(null=True)
    claim_token = fields.UUIDField(null=True)

    class Meta:
        table = "webhook_endpoints"


class WebhookDelivery(TimestampedModel):
    endpoint: fields.ForeignKeyRelation[WebhookEndpoint] = fields.ForeignKeyField(
        "models.WebhookEndpoint", related_name="deliveries", on_delete=fields.CASCADE
    )
    event_id = fields.UUIDField()
    event_type = fields.CharField(max_length=40)
    # The whole JSON body, fixed when the event happened; replays send it again.
    payload = fields.JSONField()
    sequence = fields.BigIntField()
    status = fields.CharEnumField(DeliveryStatus, max_length=12, default=DeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    last_attempt_at = fields.DatetimeField(null=True)
    response_status = fields.IntField(null=True)
    response_body = fields.TextField(default="")  # an excerpt
    response_ms = fields.IntField(null=True)
    last_error = fields.TextField(default="")  # why no response came (refused, timed out)
    delivered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "webhook_deliveries"
        # The queue's order, and the admins' newest-first list per endpoint.
        unique_together = (("endpoint", "sequence"),)
        # The worker's head-of-queue lookup: an endpoint's undelivered rows by sequence.
        indexes = (("endpoint", "status", "sequence"),)
