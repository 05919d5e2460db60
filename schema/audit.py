"""The audit log's GraphQL type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from app.context import Info
from models.audit import AuditEntry as AuditEntryModel
from schema.nodes import for_admins


@strawberry.type(description="One change an admin made: who, what, and the values it changed.")
class AuditEntry(relay.Node):
    id: relay.NodeID[str]
    actor_id: relay.GlobalID | None = strawberry.field(
        description="The User who made it; null once their account was erased."
    )
    action: str = strawberry.field(description="The mutation, e.g. updateOrderStatus.")
    target_id: relay.GlobalID = strawberry.field(description="What was changed.")
    changes: JSON = strawberry.field(
        description='Each changed field as [before, after], e.g. {"status": ["PENDING", "PAID"]}.'
    )
    created_at: dt.datetime = strawberry.field(description="When (UTC).")

    @classmethod
    def from_model(cls, row: AuditEntryModel) -> AuditEntry:
        actor = row.actor_id  # type: ignore[attr-defined]
        return cls(
            id=str(row.id),
            actor_id=relay.GlobalID("User", str(actor)) if actor else None,
            action=row.action,
            target_id=relay.GlobalID(row.target_type, str(row.target_id)),
            changes=row.changes,
            created_at=row.created_at,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        return await for_admins(info, AuditEntryModel, node_ids, cls.from_model)
