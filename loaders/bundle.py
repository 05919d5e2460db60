"""Loaders for the bundles services sell."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import many_per_key
from models.bundle import ServiceBundle


class ActiveBundlesByServiceIdLoader(DataLoader[UUID, list[ServiceBundle]]):
    """Each service's bundles on sale, fewest sessions first."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[ServiceBundle]]:
        rows = await ServiceBundle.filter(service_id__in=keys, active=True).order_by(
            "session_count", "duration_minutes", "id"
        )
        return many_per_key(keys, rows, lambda row: row.service_id)  # type: ignore[attr-defined]
