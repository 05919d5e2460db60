"""Loaders for weekly windows and date overrides."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import many_per_key
from models.availability import AvailabilityOverride, AvailabilityWindow


class WindowsByProviderIdLoader(DataLoader[UUID, list[AvailabilityWindow]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[AvailabilityWindow]]:
        rows = await AvailabilityWindow.filter(provider_id__in=keys).order_by(
            "weekday", "start_minute"
        )
        return many_per_key(keys, rows, lambda row: row.provider_id)  # type: ignore[attr-defined]


class UpcomingOverridesByProviderIdLoader(DataLoader[UUID, list[AvailabilityOverride]]):
    """Overrides from yesterday (UTC) on: in any zone, that still covers the local today."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[AvailabilityOverride]]:
        since = (datetime.now(UTC) - timedelta(days=1)).date()
        rows = await AvailabilityOverride.filter(provider_id__in=keys, day__gte=since).order_by(
            "day"
        )
        return many_per_key(keys, rows, lambda row: row.provider_id)  # type: ignore[attr-defined]
