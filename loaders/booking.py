"""Loaders for booked sessions."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import one_per_key
from models.booking import Session


class SessionByIdLoader(DataLoader[UUID, Session | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Session | None]:
        return one_per_key(keys, await Session.filter(id__in=keys), lambda session: session.id)
