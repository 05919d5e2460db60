"""Loaders for users."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import one_per_key
from models.account import User
from models.raw import rows_in


class UserByIdLoader(DataLoader[UUID, User | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[User | None]:
        return one_per_key(keys, await rows_in(User, id=keys), lambda user: user.id)
