"""Loaders for the shop: orders, a product's variants and an order's items."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from domain.shop import KEEPS_DOWNLOADS
from loaders.batching import many_per_key, one_per_key
from models.shop import Order, OrderItem, ProductVariant


async def downloads_bought(buyers: set[UUID], photos: set[UUID]) -> set[tuple[UUID, UUID]]:
    """(buyer, photo) pairs among these whose download a live order of the buyer paid for:
    a paid download is its buyer's, not everyone's who can open the gallery."""
    rows = await OrderItem.filter(
        digital=True,
        photo_id__in=photos,
        order__user_id__in=buyers,
        order__status__in=list(KEEPS_DOWNLOADS),
    ).values_list("order__user_id", "photo_id")
    return {(buyer, photo) for buyer, photo in rows}


async def downloads_bought_by_anyone(photos: set[UUID]) -> set[UUID]:
    """The photos among these whose download a live order of anyone's paid for (staff's
    view of a gallery)."""
    rows = await OrderItem.filter(
        digital=True, photo_id__in=photos, order__status__in=list(KEEPS_DOWNLOADS)
    ).values_list("photo_id", flat=True)
    return set(rows)


class VariantsByProductIdLoader(DataLoader[UUID, list[ProductVariant]]):
    """Every variant, active or not: whoever shows them decides who sees which."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[ProductVariant]]:
        rows = await ProductVariant.filter(product_id__in=keys).order_by("sort_order", "id")
        return many_per_key(keys, rows, lambda row: row.product_id)  # type: ignore[attr-defined]


class ItemsByOrderIdLoader(DataLoader[UUID, list[OrderItem]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[OrderItem]]:
        rows = await OrderItem.filter(order_id__in=keys).order_by("position")
        return many_per_key(keys, rows, lambda row: row.order_id)  # type: ignore[attr-defined]


class DownloadBoughtLoader(DataLoader[tuple[UUID, UUID], bool]):
    """Keyed by (buyer id, photo id): whether that buyer paid for that photo's download."""

    async def batch_load_fn(self, keys: Sequence[tuple[UUID, UUID]]) -> list[bool]:
        bought = await downloads_bought({buyer for buyer, _ in keys}, {photo for _, photo in keys})
        return [key in bought for key in keys]


class PhotoBoughtLoader(DataLoader[UUID, bool]):
    """Keyed by photo id: whether anyone paid for that photo's download."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[bool]:
        bought = await downloads_bought_by_anyone(set(keys))
        return [key in bought for key in keys]


class OrderByIdLoader(DataLoader[UUID, Order | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Order | None]:
        return one_per_key(keys, await Order.filter(id__in=keys), lambda order: order.id)
