"""Loaders for galleries: the family's picks and what it already holds of each gallery."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from uuid import UUID

from aiodataloader import DataLoader

from domain.gallery import EXTRA_PHOTO_SKU, INCLUDED_PHOTO_SKU
from domain.shop import KEEPS_DOWNLOADS
from loaders.batching import many_per_key
from models.gallery import Photo
from models.shop import Order, OrderItem


@dataclass(frozen=True, slots=True)
class Pick:
    photo_id: UUID
    complimentary: bool


@dataclass(slots=True)
class Holdings:
    """What the session's client holds of a gallery through live (paid, not refunded)
    orders: the photos earlier sent selections gave as included or as paid extras, other
    downloads it bought in the shop, and whether the package's print was given."""

    included: set[UUID] = field(default_factory=set)
    extra: set[UUID] = field(default_factory=set)
    bought: set[UUID] = field(default_factory=set)
    printed: bool = False


async def gallery_picks(gallery_ids: Sequence[UUID]) -> list[list[Pick]]:
    """Each gallery's picks in the photographer's order, one statement."""
    rows = (
        await Photo.filter(gallery_id__in=gallery_ids, favorite=True)
        .order_by("sort_order", "id")
        .values_list("gallery_id", "id", "complimentary")
    )
    grouped = many_per_key(gallery_ids, rows, lambda row: row[0])
    return [[Pick(photo, free) for _, photo, free in picks] for picks in grouped]


async def gallery_holdings(gallery_ids: Sequence[UUID]) -> list[Holdings]:
    """One statement whatever the galleries (see Holdings)."""
    rows = await OrderItem.filter(
        photo__gallery_id__in=gallery_ids, order__status__in=list(KEEPS_DOWNLOADS)
    ).values_list(
        "photo__gallery_id",
        "photo_id",
        "digital",
        "sku",
        "order__user_id",
        "order__gallery_id",
        "photo__gallery__session__client_id",
    )
    found: defaultdict[UUID, Holdings] = defaultdict(Holdings)
    for gallery, photo, digital, sku, buyer, ordered_for, client in rows:
        if buyer != client:  # a relative's own purchase is theirs, not the package's family's
            continue
        held = found[gallery]
        if ordered_for == gallery and not digital:
            held.printed = True
        elif ordered_for == gallery and sku == INCLUDED_PHOTO_SKU:
            held.included.add(photo)
        elif ordered_for == gallery and sku == EXTRA_PHOTO_SKU:
            held.extra.add(photo)
        elif digital:
            held.bought.add(photo)
    return [found.get(key) or Holdings() for key in gallery_ids]


class PicksByGalleryIdLoader(DataLoader[UUID, list[Pick]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[Pick]]:
        return await gallery_picks(keys)


class HoldingsByGalleryIdLoader(DataLoader[UUID, Holdings]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Holdings]:
        return await gallery_holdings(keys)


class SelectionOrdersByGalleryIdLoader(DataLoader[UUID, list[Order]]):
    """The orders sent selections of each gallery made, oldest first."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[Order]]:
        rows = await Order.filter(gallery_id__in=keys).order_by("created_at", "id")
        return many_per_key(keys, rows, lambda row: row.gallery_id)  # type: ignore[attr-defined]
