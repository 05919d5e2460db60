"""Loaders for galleries."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader
from tortoise.functions import Count

from models.gallery import Photo


class FavoriteCountByGalleryIdLoader(DataLoader[UUID, int]):
    """How many photos of each gallery the family has picked."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[int]:
        rows = (
            await Photo.filter(gallery_id__in=keys, favorite=True)
            .annotate(picked=Count("id"))
            .group_by("gallery_id")
            .values_list("gallery_id", "picked")
        )
        counts = dict(rows)
        return [counts.get(key, 0) for key in keys]
