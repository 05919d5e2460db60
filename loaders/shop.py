"""Loaders for the shop: orders, a product's variants and an order's items."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from aiodataloader import DataLoader

from loaders.batching import many_per_key, one_per_key
from models.shop import Order, OrderItem, ProductVariant


class VariantsByProductIdLoader(DataLoader[UUID, list[ProductVariant]]):
    """Every variant, active or not: whoever shows them decides who sees which."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[ProductVariant]]:
        rows = await ProductVariant.filter(product_id__in=keys).order_by("sort_order", "id")
        return many_per_key(keys, rows, lambda row: row.product_id)  # type: ignore[attr-defined]


class ItemsByOrderIdLoader(DataLoader[UUID, list[OrderItem]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[OrderItem]]:
        rows = await OrderItem.filter(order_id__in=keys).order_by("position")
        return many_per_key(keys, rows, lambda row: row.order_id)  # type: ignore[attr-defined]


class OrderByIdLoader(DataLoader[UUID, Order | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Order | None]:
        return one_per_key(keys, await Order.filter(id__in=keys), lambda order: order.id)
