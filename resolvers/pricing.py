"""What an order costs and the number it gets; shared by the cart, orders and the demo.

Nothing here imports the schema, so the CLI's demo data can use it too.
"""

from __future__ import annotations

from app.settings import Settings
from domain.shop import PricedLine, PricingRules, is_digital, order_number
from models.raw import fetch_written
from models.shop import ProductVariant as VariantModel


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
