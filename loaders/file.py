"""Loaders for stored files."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import one_per_key
from models.file import StoredFile


class FileByIdLoader(DataLoader[UUID, StoredFile | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[StoredFile | None]:
        return one_per_key(keys, await StoredFile.filter(id__in=keys), lambda row: row.id)
