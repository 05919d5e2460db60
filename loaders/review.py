"""Loaders for rating totals and helpful votes."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import one_per_key
from models.review import ProviderRating, Review, ReviewVote


class RatingByProviderIdLoader(DataLoader[UUID, ProviderRating | None]):
    """None until the provider's first review."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[ProviderRating | None]:
        rows = await ProviderRating.filter(provider_id__in=keys)
        return one_per_key(keys, rows, lambda row: row.provider_id)  # type: ignore[attr-defined]


class ReviewBySessionIdLoader(DataLoader[UUID, Review | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Review | None]:
        rows = await Review.filter(session_id__in=keys)
        return one_per_key(keys, rows, lambda row: row.session_id)  # type: ignore[attr-defined]


class HelpfulVoteLoader(DataLoader[tuple[UUID, UUID], bool]):
    """Keyed by (user id, review id): whether that user marked that review helpful."""

    async def batch_load_fn(self, keys: Sequence[tuple[UUID, UUID]]) -> list[bool]:
        rows = await ReviewVote.filter(
            user_id__in={user for user, _ in keys}, review_id__in={review for _, review in keys}
        ).values_list("user_id", "review_id")
        voted = set(rows)
        return [key in voted for key in keys]
