"""Loaders for provider profiles, their specialties, services and rates."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import many_per_key, one_per_key
from models.provider import ProviderProfile, ProviderSpecialty, Service, ServiceRate
from models.provider_media import ProviderDemo, ProviderPortrait
from models.raw import rows_in


class ProviderByIdLoader(DataLoader[UUID, ProviderProfile | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[ProviderProfile | None]:
        rows = await rows_in(ProviderProfile, id=keys)
        return one_per_key(keys, rows, lambda profile: profile.id)


class ProviderByUserIdLoader(DataLoader[UUID, ProviderProfile | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[ProviderProfile | None]:
        rows = await rows_in(ProviderProfile, user_id=keys)
        return one_per_key(keys, rows, lambda profile: profile.user_id)  # type: ignore[attr-defined]


class SpecialtiesByProviderIdLoader(DataLoader[UUID, list[ProviderSpecialty]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[ProviderSpecialty]]:
        rows = await rows_in(ProviderSpecialty, 'r."position"', provider_id=keys)
        return many_per_key(keys, rows, lambda row: row.provider_id)  # type: ignore[attr-defined]


class ServiceByIdLoader(DataLoader[UUID, Service | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Service | None]:
        return one_per_key(keys, await rows_in(Service, id=keys), lambda service: service.id)


class ServicesByProviderIdLoader(DataLoader[UUID, list[Service]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[Service]]:
        rows = await rows_in(Service, 'r."created_at", r."id"', provider_id=keys)
        return many_per_key(keys, rows, lambda row: row.provider_id)  # type: ignore[attr-defined]


class RatesByServiceIdLoader(DataLoader[UUID, list[ServiceRate]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[ServiceRate]]:
        rows = await rows_in(ServiceRate, 'r."duration_minutes"', service_id=keys)
        return many_per_key(keys, rows, lambda row: row.service_id)  # type: ignore[attr-defined]


class PortraitByProviderIdLoader(DataLoader[UUID, ProviderPortrait | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[ProviderPortrait | None]:
        rows = await rows_in(ProviderPortrait, provider_id=keys)
        return one_per_key(keys, rows, lambda row: row.provider_id)  # type: ignore[attr-defined]


class DemosByProviderIdLoader(DataLoader[UUID, list[ProviderDemo]]):
    """Each provider's demos in their order. All of them: a profile shows at most
    domain/provider_media.MAX_DEMOS, so its pages are cut from these."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[ProviderDemo]]:
        rows = await rows_in(ProviderDemo, 'r."position", r."id"', provider_id=keys)
        return many_per_key(keys, rows, lambda row: row.provider_id)  # type: ignore[attr-defined]
