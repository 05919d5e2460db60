"""Loaders for packages and the children in sessions."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import many_per_key, one_per_key
from models.photography import ServicePackage, SessionChild


class PackageByIdLoader(DataLoader[UUID, ServicePackage | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[ServicePackage | None]:
        rows = await ServicePackage.filter(id__in=keys)
        return one_per_key(keys, rows, lambda row: row.id)


class PackagesByServiceIdLoader(DataLoader[UUID, list[ServicePackage]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[ServicePackage]]:
        rows = await ServicePackage.filter(service_id__in=keys).order_by("price_amount", "id")
        return many_per_key(keys, rows, lambda row: row.service_id)  # type: ignore[attr-defined]


class ChildrenBySessionIdLoader(DataLoader[UUID, list[SessionChild]]):
    """Each session's children with their profiles, primary child first."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[SessionChild]]:
        rows = (
            await SessionChild.filter(session_id__in=keys)
            .select_related("child")
            .order_by("-primary", "created_at")
        )
        return many_per_key(keys, rows, lambda row: row.session_id)  # type: ignore[attr-defined]
