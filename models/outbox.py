"""The e-mail outbox: messages written with the change they report, delivered by a worker."""

from __future__ import annotations

from tortoise import fields

from domain.outbox import MailKind, OutboxStatus
from models.base import TimestampedModel


class OutboxMessage(TimestampedModel):
    # An address rather than a user: guests and later e-mail changes must not re-route mail
    # that was already rendered for someone.
    recipient = fields.CharField(max_length=254)
    kind = fields.CharEnumField(MailKind, max_length=32)
    # Rendered when queued, so what is sent is what was true when it happened.
    subject = fields.CharField(max_length=300)
    text_body = fields.TextField()
    html_body = fields.TextField()
    # The project, session or order a milestone's mail is about (the id its notification
    # names): an erasure redacts the erased person's words in their own threads' mail only,
    # not in a look-alike mail about someone else's. Not a foreign key: mail outlives what it
    # reports. Null for mail of no milestone, and for mail queued before it was recorded.
    about_id = fields.UUIDField(null=True)
    status = fields.CharEnumField(OutboxStatus, max_length=12, default=OutboxStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    last_error = fields.TextField(default="")
    sent_at = fields.DatetimeField(null=True)
    # A worker's lease: past `claimed_until` another worker may take the row over; the token
    # stops a worker that lost its lease from recording the outcome.
    claimed_until = fields.DatetimeField(null=True)
    claim_token = fields.UUIDField(null=True)

    class Meta:
        table = "outbox_messages"
        # The worker's claim scans by status and due time.
        indexes = (("status", "next_attempt_at"),)
