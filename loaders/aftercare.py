"""Loaders for session summaries."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import one_per_key
from models.aftercare import SessionSummary


class SummaryBySessionIdLoader(DataLoader[UUID, SessionSummary | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[SessionSummary | None]:
        rows = await SessionSummary.filter(session_id__in=keys)
        return one_per_key(keys, rows, lambda row: row.session_id)  # type: ignore[attr-defined]
