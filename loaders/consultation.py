"""Loaders for consultation briefs."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import one_per_key
from models.consultation import Consultation


class ConsultationBySessionIdLoader(DataLoader[UUID, Consultation | None]):
    """None for a session that is no consultation."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Consultation | None]:
        rows = await Consultation.filter(session_id__in=keys)
        return one_per_key(keys, rows, lambda row: row.session_id)  # type: ignore[attr-defined]
