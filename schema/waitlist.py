"""GraphQL types for the waitlist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay

from app.context import Info
from models.waitlist import WaitlistEntry as WaitlistEntryModel
from models.waitlist import WaitlistStatus as WaitlistStatusModel
from schema.common import UserError
from schema.nodes import rows_by_id
from schema.provider import Service

WaitlistStatus = strawberry.enum(WaitlistStatusModel, description="Where a waitlist entry is.")


@strawberry.enum(description="Why a waitlist mutation refused its input.")
class WaitlistErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    ALREADY_WAITING = "ALREADY_WAITING"
    INVALID_DATE = "INVALID_DATE"
    NOT_WAITING = "NOT_WAITING"
    OWN_SERVICE = "OWN_SERVICE"


@strawberry.type(description="A problem with a waitlist mutation's input.")
class WaitlistUserError(UserError):
    code: WaitlistErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(description="A client's place in line for a fully booked day.")
class WaitlistEntry(relay.Node):
    id: relay.NodeID[str]
    date: dt.date = strawberry.field(description="The wanted day, local to the provider.")
    status: WaitlistStatus  # type: ignore[valid-type]
    offer_start: dt.datetime | None = strawberry.field(description="Start of the held slot.")
    offer_end: dt.datetime | None = strawberry.field(description="End of the held slot.")
    offer_expires_at: dt.datetime | None = strawberry.field(
        description="Book the held slot before this, or it goes to the next in line."
    )
    created_at: dt.datetime = strawberry.field(description="When the client joined.")
    model: strawberry.Private[WaitlistEntryModel]

    @strawberry.field(
        description="The service waited for; once archived (`active` false) the entry is "
        "CLOSED and nothing more is offered."
    )
    async def service(self, info: Info) -> Service:
        row = await info.context.loaders.service_by_id.load(self.model.service_id)  # type: ignore[attr-defined]
        return Service.from_model(row)  # type: ignore[arg-type]

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(WaitlistEntryModel, node_ids)
        user = info.context.user
        return [
            cls.from_model(row)
            if row is not None
            and user is not None
            and (row.client_id == user.id or info.context.is_admin)  # type: ignore[attr-defined]
            else None
            for row in rows
        ]

    @classmethod
    def from_model(cls, row: WaitlistEntryModel) -> WaitlistEntry:
        return cls(
            id=str(row.id),
            date=row.day,
            status=row.status,
            offer_start=row.offer_start,
            offer_end=row.offer_end,
            offer_expires_at=row.offer_expires_at,
            created_at=row.created_at,
            model=row,
        )


@strawberry.input(description="Wait for a slot of a service on a day.")
class JoinWaitlistInput:
    service_id: relay.GlobalID
    date: dt.date = strawberry.field(description="Local to the provider.")


@strawberry.input(description="Leave the waitlist for a day.")
class LeaveWaitlistInput:
    entry_id: relay.GlobalID = strawberry.field(description="The WaitlistEntry to leave.")


@strawberry.type(description="Result of joining or leaving the waitlist.")
class WaitlistPayload:
    entry: WaitlistEntry | None = None
    user_errors: list[WaitlistUserError] = strawberry.field(default_factory=list)
