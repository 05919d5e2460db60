"""GraphQL types for outgoing webhooks, which only admins see and change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Any
from uuid import UUID

import strawberry
from strawberry import relay

from app.context import Info
from domain.webhook import DeliveryStatus as DeliveryStatusModel
from domain.webhook import EndpointStatus as EndpointStatusModel
from integrations.webhooks import encode_body
from loaders.webhook import DeliveryPage
from models.webhook import WebhookDelivery as DeliveryModel
from models.webhook import WebhookEndpoint as EndpointModel
from schema.common import UserError
from schema.nodes import rows_by_id
from schema.pagination import BadPageRequest, check_first, connection_of, decode_cursor

WebhookEndpointStatus = strawberry.enum(
    EndpointStatusModel,
    name="WebhookEndpointStatus",
    description="ACTIVE is delivered to; PAUSED failed for a day, keeps queueing its events, "
    "and waits for `resumeWebhookEndpoint`.",
)
WebhookDeliveryStatus = strawberry.enum(
    DeliveryStatusModel,
    name="WebhookDeliveryStatus",
    description="PENDING waits for its turn or a worker, SENDING is being attempted, "
    "SUCCEEDED was answered with 2xx, FAILED is retried at `nextAttemptAt`. None is dropped.",
)


@strawberry.enum(description="Why a webhook mutation refused its input.")
class WebhookErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_URL = "INVALID_URL"
    PRIVATE_TARGET = "PRIVATE_TARGET"  # loopback, private or link-local, and not allowed here
    UNKNOWN_EVENT_TYPE = "UNKNOWN_EVENT_TYPE"
    INVALID_VALUE = "INVALID_VALUE"
    NOT_PAUSED = "NOT_PAUSED"


@strawberry.type(description="A problem with a webhook mutation's input.")
class WebhookUserError(UserError):
    code: WebhookErrorCode = strawberry.field(description="Stable machine-readable reason.")


def _admin_only(info: Info, node_ids: Iterable[str]) -> list[str] | None:
    return list(node_ids) if info.context.is_admin else None


@strawberry.type(description="One event queued for one endpoint, and how its delivery went.")
class WebhookDelivery(relay.Node):
    id: relay.NodeID[str]
    event_id: str = strawberry.field(description="The event's id; a replay keeps it.")
    event_type: str = strawberry.field(description="What happened, e.g. SESSION_CONFIRMED.")
    body: str = strawberry.field(description="The JSON body, byte for byte as it is signed.")
    sequence: int = strawberry.field(description="Its place in the endpoint's queue.")
    status: WebhookDeliveryStatus = strawberry.field(description="Where delivery stands.")  # type: ignore[valid-type]
    attempts: int = strawberry.field(description="Attempts so far.")
    next_attempt_at: dt.datetime = strawberry.field(
        description="When it may be attempted next (UTC), once the deliveries before it are done."
    )
    last_attempt_at: dt.datetime | None = strawberry.field(description="When last attempted.")
    response_status: int | None = strawberry.field(
        description="The last response's HTTP status; null if none came."
    )
    response_body: str = strawberry.field(description="The start of the last response's body.")
    response_ms: int | None = strawberry.field(description="How long the last attempt took.")
    last_error: str = strawberry.field(
        description="Why the last attempt got no response (refused, timed out); empty if it did."
    )
    delivered_at: dt.datetime | None = strawberry.field(description="When a 2xx came back.")
    created_at: dt.datetime = strawberry.field(description="When it was queued (UTC).")

    @classmethod
    def from_model(cls, row: DeliveryModel) -> WebhookDelivery:
        return cls(
            id=str(row.id),
            event_id=str(row.event_id),
            event_type=row.event_type,
            body=encode_body(row.payload).decode(),
            sequence=row.sequence,
            status=row.status,
            attempts=row.attempts,
            next_attempt_at=row.next_attempt_at,
            last_attempt_at=row.last_attempt_at,
            response_status=row.response_status,
            response_body=row.response_body,
            response_ms=row.response_ms,
            last_error=row.last_error,
            delivered_at=row.delivered_at,
            created_at=row.created_at,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = _admin_only(info, node_ids)
        if ids is None:
            return [None for _ in node_ids]
        return [
            cls.from_model(row) if row else None for row in await rows_by_id(DeliveryModel, ids)
        ]


@strawberry.type(description="A URL that admins registered to receive signed events.")
class WebhookEndpoint(relay.Node):
    id: relay.NodeID[str]
    url: str = strawberry.field(description="Where events are POSTed.")
    description: str = strawberry.field(description="What it is for, in the admin's words.")
    event_types: list[str] = strawberry.field(description="The events it receives.")
    status: WebhookEndpointStatus = strawberry.field(description="Delivered to, or paused.")  # type: ignore[valid-type]
    failing_since: dt.datetime | None = strawberry.field(
        description="When its current run of failures began; null while it answers."
    )
    paused_at: dt.datetime | None = strawberry.field(description="When it was paused.")
    previous_secret_until: dt.datetime | None = strawberry.field(
        description="Until when the secret replaced by the last rotation still signs too; "
        "null when only the current one does."
    )
    created_at: dt.datetime = strawberry.field(description="When it was registered (UTC).")

    @strawberry.field(description="Its deliveries, newest first, with their last responses.")
    async def deliveries(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: WebhookDeliveryStatus | None = None,  # type: ignore[valid-type]
    ) -> relay.Connection[WebhookDelivery]:
        check_first(first, info.context.settings.page_size_max)
        before = decode_cursor(after) if after is not None else None
        if before is not None and not isinstance(before[0], int):
            raise BadPageRequest("`after` is not a cursor from this list.")
        page = DeliveryPage(
            endpoint_id=UUID(self.id),
            limit=first + 1,
            status=status.value if status else None,
            before=(before[0], before[1]) if before else None,  # type: ignore[arg-type]
        )
        rows = await info.context.loaders.delivery_page.load(page)
        return connection_of(
            rows,
            first=first,
            after=after,
            to_node=WebhookDelivery.from_model,
            order_field="sequence",
        )

    @classmethod
    def from_model(cls, row: EndpointModel) -> WebhookEndpoint:
        return cls(
            id=str(row.id),
            url=row.url,
            description=row.description,
            event_types=list(row.event_types),
            status=row.status,
            failing_since=row.failing_since,
            paused_at=row.paused_at,
            previous_secret_until=(
                row.previous_secret_until
                if row.previous_secret_until and row.previous_secret_until > dt.datetime.now(dt.UTC)
                else None
            ),
            created_at=row.created_at,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = _admin_only(info, node_ids)
        if ids is None:
            return [None for _ in node_ids]
        return [
            cls.from_model(row) if row else None for row in await rows_by_id(EndpointModel, ids)
        ]


@strawberry.input(description="A new endpoint and the events it receives.")
class CreateWebhookEndpointInput:
    url: str = strawberry.field(description="An http:// or https:// URL.")
    event_types: list[str] = strawberry.field(description="Names from `webhookEventTypes`.")
    description: str = strawberry.field(default="", description="What it is for.")


@strawberry.input(description="Changes to an endpoint; fields left out stay as they are.")
class UpdateWebhookEndpointInput:
    id: relay.GlobalID = strawberry.field(description="The endpoint.")
    url: str | None = strawberry.field(default=None, description="A new URL.")
    event_types: list[str] | None = strawberry.field(
        default=None, description="The events it receives from now on."
    )
    description: str | None = strawberry.field(default=None, description="What it is for.")


@strawberry.input(description="An endpoint to act on.")
class WebhookEndpointInput:
    id: relay.GlobalID = strawberry.field(description="The endpoint.")


@strawberry.input(description="An endpoint whose signing secret is replaced.")
class RotateWebhookSecretInput:
    id: relay.GlobalID = strawberry.field(description="The endpoint.")
    grace_hours: int = strawberry.field(
        default=24,
        description="How long the old secret keeps signing beside the new one (a second "
        "v1= in the signature header), 0 to 168; 0 retires it at once.",
    )


@strawberry.input(description="A delivery whose event is sent again.")
class ReplayWebhookDeliveryInput:
    delivery_id: relay.GlobalID = strawberry.field(description="The delivery to replay.")


@strawberry.type(description="Result of changing an endpoint.")
class WebhookEndpointPayload:
    endpoint: WebhookEndpoint | None = strawberry.field(
        default=None, description="The endpoint as it now is; null when refused."
    )
    user_errors: list[WebhookUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )


@strawberry.type(description="Result of registering an endpoint or rotating its secret.")
class WebhookSecretPayload:
    endpoint: WebhookEndpoint | None = strawberry.field(
        default=None, description="The endpoint; null when refused."
    )
    secret: str | None = strawberry.field(
        default=None,
        description="The signing secret, shown this once: store it with the receiver.",
    )
    user_errors: list[WebhookUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )


@strawberry.type(description="Result of deleting an endpoint, with its queue.")
class DeleteWebhookEndpointPayload:
    deleted_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The endpoint deleted; null when refused."
    )
    user_errors: list[WebhookUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )


@strawberry.type(description="Result of replaying a delivery.")
class ReplayWebhookDeliveryPayload:
    delivery: WebhookDelivery | None = strawberry.field(
        default=None, description="The new delivery, at the end of the queue; null when refused."
    )
    user_errors: list[WebhookUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )
