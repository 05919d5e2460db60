"""Outgoing webhooks: the admins' endpoints and deliveries. Events are recorded in the
transaction of the change they report (resolvers/notify.py); a worker delivers them
(jobs/webhooks.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from domain.violation import Violation
from domain.webhook import (
    EVENT_TYPES,
    DeliveryStatus,
    EndpointStatus,
    check_description,
    check_event_types,
    check_grace_hours,
    check_url,
)
from integrations.webhooks import new_secret
from models.webhook import WebhookDelivery as DeliveryModel
from models.webhook import WebhookEndpoint as EndpointModel
from resolvers.audit import audit
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notify import next_sequences
from resolvers.permissions import IsAdmin
from schema.pagination import keyset_page
from schema.webhook import (
    CreateWebhookEndpointInput,
    DeleteWebhookEndpointPayload,
    ReplayWebhookDeliveryInput,
    ReplayWebhookDeliveryPayload,
    RotateWebhookSecretInput,
    UpdateWebhookEndpointInput,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEndpointInput,
    WebhookEndpointPayload,
    WebhookErrorCode,
    WebhookSecretPayload,
    WebhookUserError,
)


def _errors(violations: list[Violation]) -> list[WebhookUserError]:
    return to_user_errors(violations, WebhookUserError, WebhookErrorCode)


_NOT_FOUND = Violation("id", "NOT_FOUND", "No such webhook endpoint.")


async def _endpoint(global_id: relay.GlobalID) -> EndpointModel | None:
    endpoint_id = decode_id(global_id, WebhookEndpoint)
    return await EndpointModel.get_or_none(id=endpoint_id) if endpoint_id else None


@strawberry.type
class WebhookQueries:
    @strawberry.field(
        description="Registered webhook endpoints, newest first (admins).",
        permission_classes=[IsAdmin],
    )
    async def webhook_endpoints(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> relay.Connection[WebhookEndpoint]:
        return await keyset_page(
            EndpointModel.all(),
            first=first,
            after=after,
            to_node=WebhookEndpoint.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )

    @strawberry.field(
        description="The event types an endpoint can subscribe to (admins).",
        permission_classes=[IsAdmin],
    )
    def webhook_event_types(self) -> list[str]:
        return sorted(EVENT_TYPES)


@strawberry.type
class WebhookMutations:
    @strawberry.mutation(
        description="Register an endpoint; its signing secret is returned this once (admins).",
        permission_classes=[IsAdmin],
    )
    async def create_webhook_endpoint(
        self, info: Info, input: CreateWebhookEndpointInput
    ) -> WebhookSecretPayload:
        url = input.url.strip()
        violations = [
            *check_url(url, allow_private=info.context.settings.webhook_allow_private_targets),
            *check_event_types(input.event_types),
            *check_description(input.description),
        ]
        if violations:
            return WebhookSecretPayload(user_errors=_errors(violations))
        secret = new_secret()
        async with in_transaction():
            row = await EndpointModel.create(
                owner_id=info.context.user.id,  # type: ignore[union-attr]
                url=url,
                description=input.description.strip(),
                secret=secret,
                event_types=list(dict.fromkeys(input.event_types)),
            )
            await audit(info, info.field_name, "WebhookEndpoint", row.id, url=(None, url))
        return WebhookSecretPayload(endpoint=WebhookEndpoint.from_model(row), secret=secret)

    @strawberry.mutation(
        description="Change an endpoint's URL, events or description (admins).",
        permission_classes=[IsAdmin],
    )
    async def update_webhook_endpoint(
        self, info: Info, input: UpdateWebhookEndpointInput
    ) -> WebhookEndpointPayload:
        row = await _endpoint(input.id)
        if row is None:
            return WebhookEndpointPayload(user_errors=_errors([_NOT_FOUND]))
        url = input.url.strip() if input.url is not None else None
        allow_private = info.context.settings.webhook_allow_private_targets
        violations = [
            *(check_url(url, allow_private=allow_private) if url is not None else []),
            *(check_event_types(input.event_types) if input.event_types is not None else []),
            *(check_description(input.description) if input.description is not None else []),
        ]
        if violations:
            return WebhookEndpointPayload(user_errors=_errors(violations))
        before = {"url": row.url, "event_types": row.event_types, "description": row.description}
        if url is not None:
            row.url = url
        if input.event_types is not None:
            row.event_types = list(dict.fromkeys(input.event_types))
        if input.description is not None:
            row.description = input.description.strip()
        changes = {
            name: (old, getattr(row, name))
            for name, old in before.items()
            if getattr(row, name) != old
        }
        async with in_transaction():
            await row.save(update_fields=["url", "event_types", "description", "updated_at"])
            await audit(info, info.field_name, "WebhookEndpoint", row.id, **changes)
        return WebhookEndpointPayload(endpoint=WebhookEndpoint.from_model(row))

    @strawberry.mutation(
        description="Delete an endpoint and its deliveries, delivered or not (admins).",
        permission_classes=[IsAdmin],
    )
    async def delete_webhook_endpoint(
        self, info: Info, input: WebhookEndpointInput
    ) -> DeleteWebhookEndpointPayload:
        row = await _endpoint(input.id)
        if row is None:
            return DeleteWebhookEndpointPayload(user_errors=_errors([_NOT_FOUND]))
        async with in_transaction():
            await row.delete()
            await audit(info, info.field_name, "WebhookEndpoint", row.id, url=(row.url, None))
        return DeleteWebhookEndpointPayload(deleted_id=input.id)

    @strawberry.mutation(
        description="Deliver to a paused endpoint again, from its oldest waiting event (admins).",
        permission_classes=[IsAdmin],
    )
    async def resume_webhook_endpoint(
        self, info: Info, input: WebhookEndpointInput
    ) -> WebhookEndpointPayload:
        row = await _endpoint(input.id)
        if row is None:
            return WebhookEndpointPayload(user_errors=_errors([_NOT_FOUND]))
        if row.status != EndpointStatus.PAUSED:
            active = Violation("id", "NOT_PAUSED", "This endpoint is not paused.")
            return WebhookEndpointPayload(user_errors=_errors([active]))
        now = datetime.now(UTC)
        async with in_transaction():
            row.status, row.failing_since, row.paused_at = EndpointStatus.ACTIVE, None, None
            await row.save(update_fields=["status", "failing_since", "paused_at", "updated_at"])
            resumed = (EndpointStatus.PAUSED, EndpointStatus.ACTIVE)
            await audit(info, info.field_name, "WebhookEndpoint", row.id, status=resumed)
            # Try at once rather than after the backoff that was running when it was paused.
            waiting = DeliveryModel.filter(endpoint_id=row.id, status=DeliveryStatus.FAILED)
            await waiting.update(next_attempt_at=now)
        return WebhookEndpointPayload(endpoint=WebhookEndpoint.from_model(row))

    @strawberry.mutation(
        description="Replace an endpoint's signing secret; the new one is returned this once. "
        "Every attempt from now on is signed with it, and for `graceHours` with the old one "
        "too, so the receiver can switch over without refusing deliveries (admins).",
        permission_classes=[IsAdmin],
    )
    async def rotate_webhook_secret(
        self, info: Info, input: RotateWebhookSecretInput
    ) -> WebhookSecretPayload:
        violations = check_grace_hours(input.grace_hours)
        if violations:
            return WebhookSecretPayload(user_errors=_errors(violations))
        row = await _endpoint(input.id)
        if row is None:
            return WebhookSecretPayload(user_errors=_errors([_NOT_FOUND]))
        grace = timedelta(hours=input.grace_hours)
        row.previous_secret = row.secret if grace else None
        row.previous_secret_until = datetime.now(UTC) + grace if grace else None
        row.secret = new_secret()
        async with in_transaction():
            fields = ["secret", "previous_secret", "previous_secret_until", "updated_at"]
            await row.save(update_fields=fields)
            # The secrets themselves stay out of the log.
            grace_text = f"{input.grace_hours}h grace"
            await audit(
                info, info.field_name, "WebhookEndpoint", row.id, secret=("old", grace_text)
            )
        return WebhookSecretPayload(endpoint=WebhookEndpoint.from_model(row), secret=row.secret)

    @strawberry.mutation(
        description="Queue a delivery's event again, at the end of its endpoint's queue, with "
        "the same event id and body (admins).",
        permission_classes=[IsAdmin],
    )
    async def replay_webhook_delivery(
        self, info: Info, input: ReplayWebhookDeliveryInput
    ) -> ReplayWebhookDeliveryPayload:
        delivery_id = decode_id(input.delivery_id, WebhookDelivery)
        original = await DeliveryModel.get_or_none(id=delivery_id) if delivery_id else None
        if original is None:
            missing = Violation("deliveryId", "NOT_FOUND", "No such webhook delivery.")
            return ReplayWebhookDeliveryPayload(user_errors=_errors([missing]))
        endpoint_id = original.endpoint_id  # type: ignore[attr-defined]
        async with in_transaction():
            sequences = await next_sequences([endpoint_id])
            replay = await DeliveryModel.create(
                endpoint_id=endpoint_id,
                event_id=original.event_id,
                event_type=original.event_type,
                payload=original.payload,
                sequence=sequences[endpoint_id],
                next_attempt_at=datetime.now(UTC),
            )
        return ReplayWebhookDeliveryPayload(delivery=WebhookDelivery.from_model(replay))
