"""The shop's rules: what a cart line may hold, what an order costs, and how it moves.

Every amount is an integer in minor units. Prices always come from the catalog on the
server; nothing here accepts a price from a client.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from domain.payment import money_text
from domain.violation import Violation

MAX_QUANTITY = 99
MAX_CUSTOMIZATION_BYTES = 2_000  # engraving text, a crop, a frame colour: never a file
MAX_NAME = 200
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SKU = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
BASIS_POINTS = 10_000


class ProductCategory(StrEnum):
    PRINTS = "PRINTS"
    CANVAS = "CANVAS"
    METAL = "METAL"
    APPAREL = "APPAREL"
    ACCESSORIES = "ACCESSORIES"
    DIGITAL = "DIGITAL"  # the photo's original as a download: nothing to make or ship


class OrderStatus(StrEnum):
    PENDING = "PENDING"
    PAID = "PAID"
    PROCESSING = "PROCESSING"
    PRINTED = "PRINTED"
    SHIPPED = "SHIPPED"
    DELIVERED = "DELIVERED"
    CANCELLED = "CANCELLED"
    REFUNDED = "REFUNDED"


class FulfillmentStatus(StrEnum):
    PENDING = "PENDING"
    IN_PRODUCTION = "IN_PRODUCTION"
    PRINTED = "PRINTED"
    SHIPPED = "SHIPPED"
    DELIVERED = "DELIVERED"
    CANCELLED = "CANCELLED"


class Mover(StrEnum):
    """Who asks for a status change."""

    CUSTOMER = "CUSTOMER"  # the order's owner
    ADMIN = "ADMIN"
    PAYMENT = "PAYMENT"  # a recorded payment, never a status request
    FULFILLMENT = "FULFILLMENT"  # the print lab's reports, through the webhook


def is_digital(category: ProductCategory) -> bool:
    return category is ProductCategory.DIGITAL


# --- Catalog ---------------------------------------------------------------------------


def product_violations(
    *, name: str, slug: str, base_amount: int, currency: str, image_url: str | None
) -> list[Violation]:
    checks = [
        ("name", 0 < len(name.strip()) <= MAX_NAME, "Use 1 to 200 characters."),
        ("slug", bool(SLUG.match(slug)) and len(slug) <= 100, "Use a-z, 0-9 and single dashes."),
        ("basePrice", base_amount >= 0, "Use 0 or more minor units."),
        ("currency", bool(CURRENCY.match(currency)), "Use an ISO 4217 code such as EUR."),
        (
            "imageUrl",
            image_url is None
            or (image_url.startswith(("https://", "http://")) and len(image_url) <= 500),
            "Use an http(s) address of at most 500 characters.",
        ),
    ]
    return [Violation(field, "INVALID_VALUE", message) for field, ok, message in checks if not ok]


def variant_violations(*, sku: str, name: str, price_amount: int) -> list[Violation]:
    checks = [
        ("sku", bool(SKU.match(sku)), "Use 1 to 64 letters, digits, dots, dashes or underscores."),
        ("name", 0 < len(name.strip()) <= MAX_NAME, "Use 1 to 200 characters."),
        ("price", price_amount >= 0, "Use 0 or more minor units."),
    ]
    return [Violation(field, "INVALID_VALUE", message) for field, ok, message in checks if not ok]


# --- Cart ------------------------------------------------------------------------------


def quantity_violation(quantity: int, *, digital: bool) -> Violation | None:
    if digital and quantity != 1:
        return Violation("quantity", "INVALID_VALUE", "A download is bought once.")
    if not 1 <= quantity <= MAX_QUANTITY:
        return Violation("quantity", "INVALID_VALUE", f"Use 1 to {MAX_QUANTITY}.")
    return None


def customization_violation(customization: Any) -> Violation | None:
    if customization is None:
        return None
    if not isinstance(customization, dict):
        return Violation("customization", "INVALID_VALUE", "Give a JSON object.")
    size = len(json.dumps(customization, separators=(",", ":")).encode())
    if size > MAX_CUSTOMIZATION_BYTES:
        message = f"Keep customization under {MAX_CUSTOMIZATION_BYTES} bytes of JSON."
        return Violation("customization", "TOO_LARGE", message)
    return None


# --- Totals ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PricingRules:
    """Prices in the catalog are before tax.

    - Tax: one flat rate in basis points (1900 = 19%) on goods after discount plus shipping,
      as VAT is charged on delivery too; rounded half up once, on the order, not per line.
    - Shipping: a flat amount per order with anything physical in it, free once the physical
      goods reach `free_shipping_over`; downloads never ship and never count toward it.
    - Discount: none yet; the line exists so totals keep one shape when coupons come.
    """

    tax_rate_bp: int
    shipping_amount: int
    free_shipping_over: int


@dataclass(frozen=True, slots=True)
class PricedLine:
    unit_amount: int
    quantity: int
    currency: str
    digital: bool

    @property
    def total(self) -> int:
        return self.unit_amount * self.quantity


@dataclass(frozen=True, slots=True)
class Totals:
    subtotal: int
    discount: int
    shipping: int
    tax: int
    currency: str

    @property
    def total(self) -> int:
        return self.subtotal - self.discount + self.shipping + self.tax


def currency_violation(lines: Sequence[PricedLine]) -> Violation | None:
    if len({line.currency for line in lines}) > 1:
        return Violation(None, "CURRENCY_MISMATCH", "One order takes one currency.")
    return None


def totals(lines: Sequence[PricedLine], rules: PricingRules, currency: str) -> Totals:
    """`currency` names an empty cart's; lines must share one (see currency_violation)."""
    subtotal = sum(line.total for line in lines)
    physical = sum(line.total for line in lines if not line.digital)
    ships = any(not line.digital for line in lines)
    shipping = rules.shipping_amount if ships and physical < rules.free_shipping_over else 0
    discount = 0
    taxed = Decimal(subtotal - discount + shipping) * rules.tax_rate_bp / BASIS_POINTS
    tax = int(taxed.quantize(Decimal(1), ROUND_HALF_UP))
    return Totals(
        subtotal=subtotal,
        discount=discount,
        shipping=shipping,
        tax=tax,
        currency=lines[0].currency if lines else currency,
    )


def order_number(year: int, serial: int) -> str:
    """SG-2026-000123: read out over the phone, sorted by the year it was placed."""
    return f"SG-{year}-{serial:06d}"


# --- Addresses -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    line1: str
    line2: str
    city: str
    postal_code: str
    region: str
    country: str


def address_violations(address: Address, field: str) -> list[Violation]:
    checks = [
        ("name", 0 < len(address.name.strip()) <= MAX_NAME, "Use 1 to 200 characters."),
        ("line1", 0 < len(address.line1.strip()) <= MAX_NAME, "Use 1 to 200 characters."),
        ("line2", len(address.line2) <= MAX_NAME, "Use at most 200 characters."),
        ("city", 0 < len(address.city.strip()) <= 100, "Use 1 to 100 characters."),
        ("postalCode", 0 < len(address.postal_code.strip()) <= 20, "Use 1 to 20 characters."),
        ("region", len(address.region) <= 100, "Use at most 100 characters."),
        ("country", bool(COUNTRY.match(address.country)), "Use an ISO 3166 code such as DE."),
    ]
    return [Violation(f"{field}.{f}", "INVALID_VALUE", m) for f, ok, m in checks if not ok]


# --- Order lifecycle -------------------------------------------------------------------

_S = OrderStatus
_ADMIN = frozenset({Mover.ADMIN})
_STAFF = frozenset({Mover.ADMIN, Mover.FULFILLMENT})
# A payment refunded in full (through refundPayment or in Stripe's dashboard) makes an order
# REFUNDED; an admin marks one by hand only when no payment of it holds money any more
# (resolvers/fulfillment.py), so the order never says refunded while the studio kept it.
_REFUNDERS = frozenset({Mover.ADMIN, Mover.PAYMENT})
# Paid and not refunded: the buyer keeps its downloads, and only a refund undoes it.
KEEPS_DOWNLOADS = frozenset({_S.PAID, _S.PROCESSING, _S.PRINTED, _S.SHIPPED, _S.DELIVERED})
# Payment alone makes an order PAID (recordOrderPayment now, card payments later). The owner
# may call off an order only before paying; after that it is refunded by the studio.
_MOVES: dict[tuple[OrderStatus, OrderStatus], frozenset[Mover]] = {
    (_S.PENDING, _S.PAID): frozenset({Mover.PAYMENT}),
    (_S.PENDING, _S.CANCELLED): frozenset({Mover.CUSTOMER, Mover.ADMIN}),
    (_S.PAID, _S.PROCESSING): _STAFF,
    (_S.PROCESSING, _S.PRINTED): _STAFF,
    (_S.PRINTED, _S.SHIPPED): _STAFF,
    (_S.SHIPPED, _S.DELIVERED): _STAFF,
    **{(status, _S.REFUNDED): _REFUNDERS for status in KEEPS_DOWNLOADS},
}
# An order of downloads only has nothing to print or ship: once paid it is delivered, and
# it never passes the making and shipping states (their "shipped" mail names no parcel).
_MAKING = frozenset({_S.PROCESSING, _S.PRINTED, _S.SHIPPED})
_DIGITAL_MOVES = {
    move: movers for move, movers in _MOVES.items() if not _MAKING.intersection(move)
} | {(_S.PAID, _S.DELIVERED): _ADMIN}
# Tracking can be recorded while the order is paid and not yet delivered.
TRACKABLE = frozenset({_S.PAID, _S.PROCESSING, _S.PRINTED, _S.SHIPPED})


def can_move(current: OrderStatus, target: OrderStatus, mover: Mover, *, ships: bool) -> bool:
    moves = _MOVES if ships else _DIGITAL_MOVES
    return mover in moves.get((current, target), frozenset())


def status_violation(
    current: OrderStatus, target: OrderStatus, mover: Mover, *, ships: bool
) -> Violation | None:
    if can_move(current, target, mover, ships=ships):
        return None
    message = f"A {current.lower()} order cannot become {target.lower()} this way."
    return Violation("status", "INVALID_TRANSITION", message)


def payment_violations(
    status: OrderStatus, total: int, currency: str, amount: int
) -> list[Violation]:
    if status is not OrderStatus.PENDING:
        return [Violation("orderId", "INVALID_TRANSITION", f"The order is {status.lower()}.")]
    if amount != total:
        # Both ways: people read the first, the input takes the second.
        message = f"The order's total is {money_text(total, currency)} (amount {total})."
        return [Violation("amount", "AMOUNT_MISMATCH", message)]
    return []


# --- Fulfillment -----------------------------------------------------------------------

_F = FulfillmentStatus
_ITEM_RANK = {_F.PENDING: 0, _F.IN_PRODUCTION: 1, _F.PRINTED: 2, _F.SHIPPED: 3, _F.DELIVERED: 4}
_ORDER_FOR_ITEM = {
    _F.IN_PRODUCTION: _S.PROCESSING,
    _F.PRINTED: _S.PRINTED,
    _F.SHIPPED: _S.SHIPPED,
    _F.DELIVERED: _S.DELIVERED,
}
_ORDER_RANK = {_S.PAID: 0, _S.PROCESSING: 1, _S.PRINTED: 2, _S.SHIPPED: 3, _S.DELIVERED: 4}


def item_moves(current: FulfillmentStatus, target: FulfillmentStatus) -> bool:
    """Forward only, so a late or repeated report never undoes a newer one; a cancelled or
    delivered item stays so, and only an item not yet shipped can be cancelled."""
    if target is _F.CANCELLED:
        return _ITEM_RANK.get(current, 99) < _ITEM_RANK[_F.SHIPPED]
    if current is _F.CANCELLED:
        return False
    return _ITEM_RANK[target] > _ITEM_RANK[current]


def item_status_for(order_status: OrderStatus) -> FulfillmentStatus | None:
    """Where physical items stand once staff move the whole order by hand."""
    return {order: item for item, order in _ORDER_FOR_ITEM.items()}.get(order_status)


def rolled_up(
    current: OrderStatus, items: Iterable[FulfillmentStatus], *, downloads: bool = False
) -> OrderStatus:
    """A paid order follows its least advanced physical item forward, never back. Once the
    lab cancelled every print nothing is left to make: an order with downloads (delivered
    when it was paid) is DELIVERED, one of prints only CANCELLED (the studio refunds it)."""
    prints = list(items)
    live = [item for item in prints if item is not _F.CANCELLED]
    if current not in _ORDER_RANK:
        return current
    if prints and not live:
        return _S.DELIVERED if downloads else _S.CANCELLED
    if not live or _F.PENDING in live:
        return current
    slowest = _ORDER_FOR_ITEM[min(live, key=_ITEM_RANK.__getitem__)]
    return slowest if _ORDER_RANK[slowest] > _ORDER_RANK[current] else current


def ships_now(before: OrderStatus, after: OrderStatus) -> bool:
    """Whether a move takes an order to SHIPPED or past it (a lab may report its parcels
    delivered at once): the buyer is told of the parcels then, and only then."""
    shipped = _ORDER_RANK[_S.SHIPPED]
    return _ORDER_RANK.get(before, shipped) < shipped <= _ORDER_RANK.get(after, -1)
