"""Loaders for consultation briefs and the sample mixes asked of them."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import many_per_key, one_per_key
from models.consultation import Consultation
from models.sample_mix import SampleMix


class ConsultationBySessionIdLoader(DataLoader[UUID, Consultation | None]):
    """None for a session that is no consultation."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Consultation | None]:
        rows = await Consultation.filter(session_id__in=keys)
        return one_per_key(keys, rows, lambda row: row.session_id)  # type: ignore[attr-defined]


class SampleMixesByConsultationIdLoader(DataLoader[UUID, list[SampleMix]]):
    """Oldest first."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[SampleMix]]:
        rows = await SampleMix.filter(consultation_id__in=keys).order_by("created_at", "id")
        return many_per_key(keys, rows, lambda row: row.consultation_id)  # type: ignore[attr-defined]
