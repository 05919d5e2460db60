"""GraphQL types for the e-mail outbox, which admins read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import strawberry
from strawberry import relay

from app.context import Info
from domain.outbox import MailKind as MailKindModel
from domain.outbox import OutboxStatus as OutboxStatusModel
from models.outbox import OutboxMessage as OutboxMessageModel
from schema.nodes import for_admins

MailKind = strawberry.enum(MailKindModel, description="The milestone an e-mail tells about.")
OutboxStatus = strawberry.enum(
    OutboxStatusModel,
    description="PENDING waits for a worker (or for SMTP_URL), SENDING is claimed by one, "
    "SENT was accepted by the SMTP server, FAILED was refused or ran out of attempts.",
)


@strawberry.type(description="An e-mail written when something happened, as it is or was sent.")
class OutboxMessage(relay.Node):
    id: relay.NodeID[str]
    recipient: str = strawberry.field(description="The address it goes to.")
    kind: MailKind = strawberry.field(description="What it tells about.")  # type: ignore[valid-type]
    subject: str = strawberry.field(description="The subject line.")
    text_body: str = strawberry.field(description="The plain-text part.")
    html_body: str = strawberry.field(description="The HTML part.")
    status: OutboxStatus = strawberry.field(description="Where delivery stands.")  # type: ignore[valid-type]
    attempts: int = strawberry.field(description="Delivery attempts so far.")
    next_attempt_at: dt.datetime = strawberry.field(
        description="When a worker may try it next (UTC), while PENDING."
    )
    last_error: str = strawberry.field(description="Why the last attempt failed; empty if none.")
    sent_at: dt.datetime | None = strawberry.field(description="When the server accepted it.")
    created_at: dt.datetime = strawberry.field(description="When it was written (UTC).")

    @classmethod
    def from_model(cls, row: OutboxMessageModel) -> OutboxMessage:
        return cls(
            id=str(row.id),
            recipient=row.recipient,
            kind=row.kind,
            subject=row.subject,
            text_body=row.text_body,
            html_body=row.html_body,
            status=row.status,
            attempts=row.attempts,
            next_attempt_at=row.next_attempt_at,
            last_error=row.last_error,
            sent_at=row.sent_at,
            created_at=row.created_at,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        return await for_admins(info, OutboxMessageModel, node_ids, cls.from_model)
