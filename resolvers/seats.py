"""Seats of a group slot: the key its sessions share, and one seat per client."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from domain.session import ACTIVE_STATUSES
from models.booking import Session as SessionModel
from models.provider import Service as ServiceModel


def group_key(service: ServiceModel, start: datetime, end: datetime) -> str:
    return f"{service.id}@{start.isoformat()}/{end.isoformat()}"


def slot_key(service: ServiceModel, session_id: UUID, start: datetime, end: datetime) -> str:
    """Group seats share a key (so they may share a span); a private session's is its own id."""
    if service.seats > 1:
        return group_key(service, start, end)
    return str(session_id)


async def holds_seat(
    client_id: UUID, service: ServiceModel, key: str, ignore: UUID | None = None
) -> bool:
    """Whether the client has a seat of the group slot `key` already (`ignore` aside): one
    client takes one seat of a slot. Read under the provider's calendar lock."""
    if service.seats <= 1:
        return False  # a private session's key is its own id: nobody else has it
    seats = SessionModel.filter(client_id=client_id, slot_key=key, status__in=ACTIVE_STATUSES)
    if ignore is not None:
        seats = seats.exclude(id=ignore)
    return await seats.exists()
