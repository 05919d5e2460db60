"""What an order costs and the number it gets; shared by the cart, orders and the demo.

Nothing here imports the schema, so the CLI's demo data can use it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from app.settings import Settings
from domain.shop import PricedLine, PricingRules, Totals, is_digital, order_number
from models.account import User
from models.raw import fetch_written
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from models.shop import ProductVariant as VariantModel


@dataclass(frozen=True, slots=True)
class OrderLine:
    """One photo in one variant (its product loaded), priced from the catalog; or, for a
    sent proofing selection, priced by its package and gallery and named by `names`
    (product, variant, SKU), with or without a variant."""

    photo_id: UUID
    variant: VariantModel | None
    priced: PricedLine
    customization: Any = None
    names: tuple[str, str, str] | None = None

    @property
    def snapshot(self) -> tuple[str, str, str]:
        if self.names is not None:
            return self.names
        variant = self.variant  # a catalog line always has one
        return variant.product.name, variant.name, variant.sku  # type: ignore[union-attr]


def pricing_rules(settings: Settings) -> PricingRules:
    return PricingRules(
        tax_rate_bp=settings.shop_tax_rate_bp,
        shipping_amount=settings.shop_shipping_amount,
        free_shipping_over=settings.shop_free_shipping_over,
    )


def priced_line(variant: VariantModel, quantity: int) -> PricedLine:
    """`variant` with its product loaded: the price is always the catalog's."""
    return PricedLine(
        unit_amount=variant.price_amount,
        quantity=quantity,
        currency=variant.product.currency,
        digital=is_digital(variant.product.category),
    )


async def next_order_number(year: int) -> str:
    """Inside the order's transaction, one statement: the counter's row lock is held until
    the order commits, so two orders never get one number (and a rolled-back order gives
    its number back). The first order of a year makes the row; a racing first order waits
    for it and then counts on."""
    rows = await fetch_written(
        "INSERT INTO shop_order_counters (year, issued) VALUES (?, 1) "
        "ON CONFLICT (year) DO UPDATE SET issued = shop_order_counters.issued + 1 "
        "RETURNING issued",
        [year],
    )
    return order_number(year, rows[0]["issued"])


async def create_order(
    user: User,
    lines: Sequence[OrderLine],
    priced: Totals,
    *,
    shipping: dict[str, str] | None,
    billing: dict[str, str] | None,
    fulfillment: str,
    gallery_id: UUID | None = None,
) -> OrderModel:
    """Inside the caller's transaction, once its checks passed: the order with its number
    and its items, each keeping the product's name and price as they were."""
    order = await OrderModel.create(
        user=user,
        gallery_id=gallery_id,
        number=await next_order_number(datetime.now(UTC).year),
        subtotal_amount=priced.subtotal,
        discount_amount=priced.discount,
        shipping_amount=priced.shipping,
        tax_amount=priced.tax,
        total_amount=priced.total,
        currency=priced.currency,
        shipping_address=shipping,
        billing_address=billing,
    )
    await OrderItemModel.bulk_create(
        [
            OrderItemModel(
                order=order,
                photo_id=line.photo_id,
                variant=line.variant,
                product_name=line.snapshot[0],
                variant_name=line.snapshot[1],
                sku=line.snapshot[2],
                digital=line.priced.digital,
                unit_amount=line.priced.unit_amount,
                quantity=line.priced.quantity,
                total_amount=line.priced.total,
                customization=line.customization,
                fulfillment_provider=fulfillment,
                position=position,
            )
            for position, line in enumerate(lines)
        ]
    )
    return order
