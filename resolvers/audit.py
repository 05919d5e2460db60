"""The audit log: admins' changes recorded with the change, and the admins' query over them.

Only changes made by admins are recorded: participants' own moves are told to the other side
(notifications) and kept in the rows themselves, while an admin acting on someone else's
session, project, order or webhook is what an audit has to answer for."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

import strawberry
from strawberry import relay

from app.context import Info
from models.audit import AuditEntry as AuditEntryModel
from resolvers.permissions import IsAdmin
from schema.audit import AuditEntry
from schema.nodes import NIL
from schema.pagination import keyset_page


def _plain(value: object) -> object:
    """JSON as it is (enums are strings); anything else (times, ids) as its text."""
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    return str(value)


async def audit(info: Info, action: str, target: str, target_id: UUID, **changes: object) -> None:
    """Records the change in the caller's transaction when an admin made it; `changes` maps
    each field to (before, after)."""
    if not info.context.is_admin:
        return
    await AuditEntryModel.create(
        actor_id=info.context.user.id,  # type: ignore[union-attr]
        action=action,
        target_type=target,
        target_id=target_id,
        changes={
            name: [_plain(value) for value in pair]  # type: ignore[attr-defined]
            for name, pair in changes.items()
        },
    )


def _uuid(global_id: relay.GlobalID | None) -> UUID | None:
    if global_id is None:
        return None
    try:
        return UUID(global_id.node_id)
    except ValueError:
        return NIL


@strawberry.type
class AuditQueries:
    @strawberry.field(
        description="Admins' changes, newest first: of one thing (`targetId`), by one admin "
        "(`actorId`), or all, within an optional date range (admins).",
        permission_classes=[IsAdmin],
    )
    async def audit_log(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        target_id: Annotated[
            relay.GlobalID | None, strawberry.argument(description="Only changes to this.")
        ] = None,
        actor_id: Annotated[
            relay.GlobalID | None, strawberry.argument(description="Only this User's changes.")
        ] = None,
        from_: Annotated[
            datetime | None,
            strawberry.argument(name="from", description="Only from this instant on."),
        ] = None,
        to: Annotated[
            datetime | None, strawberry.argument(description="Only before this instant.")
        ] = None,
    ) -> relay.Connection[AuditEntry]:
        rows = AuditEntryModel.all()
        if target_id is not None:
            rows = rows.filter(target_type=target_id.type_name, target_id=_uuid(target_id))
        if actor_id is not None:
            rows = rows.filter(actor_id=_uuid(actor_id) if actor_id.type_name == "User" else NIL)
        if from_ is not None:
            rows = rows.filter(created_at__gte=from_)
        if to is not None:
            rows = rows.filter(created_at__lt=to)
        return await keyset_page(
            rows,
            first=first,
            after=after,
            to_node=AuditEntry.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )
