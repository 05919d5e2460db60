"""Orders: placing one from your cart, and reading your own (or, for admins, anyone's)."""

from __future__ import annotations

from uuid import UUID

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from domain.shop import (
    Address,
    address_violations,
    currency_violation,
    is_digital,
    totals,
)
from domain.violation import Violation
from loaders.shop import downloads_bought
from models.account import User
from models.gallery import Photo as PhotoModel
from models.shop import CartItem as CartItemModel
from models.shop import Order as OrderModel
from models.shop import ProductVariant as VariantModel
from resolvers.cart import access_violations
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.order_paid import hand_over, pay_at_no_charge
from resolvers.permissions import IsAdmin, IsAuthenticated
from resolvers.pricing import OrderLine, create_order, priced_line, pricing_rules
from schema.pagination import keyset_page
from schema.shop import Order, OrderStatus, ShopErrorCode, ShopUserError, may_see
from schema.shop_inputs import AddressInput, OrderPayload, PlaceOrderInput

EMPTY = Violation(None, "EMPTY_CART", "Your cart is empty.")


def _errors(violations: list[Violation]) -> list[ShopUserError]:
    return to_user_errors(violations, ShopUserError, ShopErrorCode)


def address_of(data: AddressInput | None) -> Address | None:
    if data is None:
        return None
    return Address(
        name=data.name.strip(),
        line1=data.line1.strip(),
        line2=data.line2.strip(),
        city=data.city.strip(),
        postal_code=data.postal_code.strip(),
        region=data.region.strip(),
        country=data.country.strip().upper(),
    )


def address_json(address: Address | None) -> dict[str, str] | None:
    if address is None:
        return None
    return {
        "name": address.name,
        "line1": address.line1,
        "line2": address.line2,
        "city": address.city,
        "postal_code": address.postal_code,
        "region": address.region,
        "country": address.country,
    }


def _address_violations(
    shipping: Address | None, billing: Address | None, *, ships: bool
) -> list[Violation]:
    violations = []
    if shipping is not None:
        violations += address_violations(shipping, "shippingAddress")
    elif ships:
        violations.append(
            Violation("shippingAddress", "INVALID_VALUE", "Prints need a shipping address.")
        )
    if billing is not None:
        violations += address_violations(billing, "billingAddress")
    return violations


async def _line_violations(buyer: UUID, rows: list[CartItemModel]) -> list[Violation]:
    """Lines whose variant went off sale, downloads of photos you now own anyway (free, or
    bought by you: another account's purchase is not yours), or of a gallery whose downloads
    were turned off since."""
    violations = []
    downloads = [r.photo_id for r in rows if is_digital(r.variant.product.category)]  # type: ignore[attr-defined]
    found = (
        await PhotoModel.filter(id__in=downloads).values_list(
            "id", "complimentary", "gallery__download_enabled"
        )
        if downloads
        else []
    )
    bought = await downloads_bought({buyer}, set(downloads)) if downloads else set()
    owned = {photo for photo, free, _ in found if free or (buyer, photo) in bought}
    closed = {photo for photo, _, enabled in found if not enabled}
    for index, row in enumerate(rows):
        variant = row.variant
        if not (variant.active and variant.product.active):
            message = f"{variant.product.name} ({variant.name}) is no longer on sale."
            violations.append(Violation(f"items.{index}", "INACTIVE", message))
        elif row.photo_id in closed:  # type: ignore[attr-defined]
            message = "This photo's gallery has downloads off."
            violations.append(Violation(f"items.{index}", "DOWNLOAD_NOT_ALLOWED", message))
        elif row.photo_id in owned:  # type: ignore[attr-defined]
            message = "You own this download already."
            violations.append(Violation(f"items.{index}", "ALREADY_OWNED", message))
    return violations


async def _place(info: Info, user: User, data: PlaceOrderInput) -> OrderPayload:
    async with in_transaction():
        # Locking the lines makes a second placeOrder of the same cart wait, then find it
        # empty; so does an erasure of the photos' family under way (resolvers/privacy.py),
        # which locks them too, by id.
        locked = await CartItemModel.filter(user_id=user.id).order_by("id").select_for_update()
        if not locked:
            return OrderPayload(user_errors=_errors([EMPTY]))
        variants = {
            v.id: v
            for v in await VariantModel.filter(
                id__in=[r.variant_id for r in locked]  # type: ignore[attr-defined]
            ).select_related("product")
        }
        rows = sorted(locked, key=lambda r: (r.created_at, r.id))
        for row in rows:
            row.variant = variants[row.variant_id]  # type: ignore[attr-defined]
        lines = [priced_line(row.variant, row.quantity) for row in rows]
        shipping = address_of(data.shipping_address)
        billing = address_of(data.billing_address) or shipping
        ships = any(not line.digital for line in lines)
        violations = await _line_violations(user.id, rows) + await access_violations(info, rows)
        violations += _address_violations(shipping, address_of(data.billing_address), ships=ships)
        if problem := currency_violation(lines):
            violations.append(problem)
        if violations:
            return OrderPayload(user_errors=_errors(violations))
        # Emptied first: every order of the year waits on the number's lock, so as little
        # as possible happens while it is held.
        await CartItemModel.filter(id__in=[row.id for row in rows]).delete()
        priced = totals(
            lines, pricing_rules(info.context.settings), info.context.settings.shop_currency
        )
        order = await create_order(
            user,
            [
                OrderLine(row.photo_id, row.variant, line, row.customization)  # type: ignore[attr-defined]
                for row, line in zip(rows, lines, strict=True)
            ],
            priced,
            shipping=address_json(shipping if ships else None),
            billing=address_json(billing),
            fulfillment=info.context.fulfillment.name,
        )
        free = await pay_at_no_charge(order)
    await hand_over(info.context.fulfillment, free)
    return OrderPayload(order=Order.from_model(order))


@strawberry.type
class OrderQueries:
    @strawberry.field(
        description="Your orders, newest first.", permission_classes=[IsAuthenticated]
    )
    async def my_orders(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> relay.Connection[Order]:
        return await keyset_page(
            OrderModel.filter(user_id=info.context.user.id),  # type: ignore[union-attr]
            first=first,
            after=after,
            to_node=Order.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )

    @strawberry.field(
        description="Every order, newest first, optionally in one status (admins).",
        permission_classes=[IsAdmin],
    )
    async def orders(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: OrderStatus | None = None,  # type: ignore[valid-type]
    ) -> relay.Connection[Order]:
        query = OrderModel.all() if status is None else OrderModel.filter(status=status)
        return await keyset_page(
            query,
            first=first,
            after=after,
            to_node=Order.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )

    @strawberry.field(description="An order of yours (any, for admins); null otherwise.")
    async def order(self, info: Info, id: relay.GlobalID) -> Order | None:
        found = decode_id(id, Order)
        row = await OrderModel.get_or_none(id=found) if found else None
        return Order.from_model(row) if row and may_see(info, row) else None


@strawberry.type
class OrderMutations:
    @strawberry.mutation(
        description="Order everything in your cart at today's catalog prices. The order is "
        "PENDING until paid (PAID at once when it comes to nothing); your cart is emptied.",
        permission_classes=[IsAuthenticated],
    )
    async def place_order(self, info: Info, input: PlaceOrderInput) -> OrderPayload:
        return await _place(info, info.context.user, input)  # type: ignore[arg-type]
