"""Loaders for provider profiles, their specialties, services and rates."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import many_per_key, one_per_key
from models.provider import ProviderProfile, ProviderSpecialty, Service, ServiceRate


class ProviderByIdLoader(DataLoader[UUID, ProviderProfile | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[ProviderProfile | None]:
        rows = await ProviderProfile.filter(id__in=keys)
        return one_per_key(keys, rows, lambda profile: profile.id)


class ProviderByUserIdLoader(DataLoader[UUID, ProviderProfile | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[ProviderProfile | None]:
        rows = await ProviderProfile.filter(user_id__in=keys)
        return one_per_key(keys, rows, lambda profile: profile.user_id)  # type: ignore[attr-defined]


class SpecialtiesByProviderIdLoader(DataLoader[UUID, list[ProviderSpecialty]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[ProviderSpecialty]]:
        rows = await ProviderSpecialty.filter(provider_id__in=keys).order_by("position")
        return many_per_key(keys, rows, lambda row: row.provider_id)  # type: ignore[attr-defined]


class ServiceByIdLoader(DataLoader[UUID, Service | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Service | None]:
        return one_per_key(keys, await Service.filter(id__in=keys), lambda service: service.id)


class ServicesByProviderIdLoader(DataLoader[UUID, list[Service]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[Service]]:
        rows = await Service.filter(provider_id__in=keys).order_by("created_at", "id")
        return many_per_key(keys, rows, lambda row: row.provider_id)  # type: ignore[attr-defined]


class RatesByServiceIdLoader(DataLoader[UUID, list[ServiceRate]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[ServiceRate]]:
        rows = await ServiceRate.filter(service_id__in=keys).order_by("duration_minutes")
        return many_per_key(keys, rows, lambda row: row.service_id)  # type: ignore[attr-defined]
