"""Loaders for files shared in projects: per message and per deliverable."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import many_per_key
from models.attachment import Attachment
from models.file import StoredFile


class FilesByMessageIdLoader(DataLoader[UUID, list[StoredFile]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[StoredFile]]:
        rows = (
            await Attachment.filter(message_id__in=keys).select_related("file").order_by("position")
        )
        grouped = many_per_key(keys, rows, lambda row: row.message_id)  # type: ignore[attr-defined]
        return [[row.file for row in group] for group in grouped]


class FilesByDeliverableIdLoader(DataLoader[UUID, list[StoredFile]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[StoredFile]]:
        rows = (
            await Attachment.filter(deliverable_id__in=keys)
            .select_related("file")
            .order_by("position")
        )
        grouped = many_per_key(keys, rows, lambda row: row.deliverable_id)  # type: ignore[attr-defined]
        return [[row.file for row in group] for group in grouped]
