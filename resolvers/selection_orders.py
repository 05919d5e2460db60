"""What sending a proofing selection gives and charges, through the shop's own orders.

A session booked with a package includes some photos (and maybe a print); picks beyond
them cost the gallery's extra photo price each. Sending the selection places, for the
session's client, at most two orders of the gallery (Order.gallery):

- the package's order, at no charge and PAID at once: the included picks as downloads
  (delivered as a paid download is, per buyer) and the package's print of the first pick,
  handed to the print lab like any paid print;
- the extras order, PENDING, priced like the catalog (before tax, shipping never): the
  family pays it as any order (payOrder, or the studio records a transfer) and the extra
  picks become theirs when it is paid.

A reopened selection sent again keeps what earlier ones gave and calls off their unpaid
extras order, which the new one replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from app.context import Info
from domain.gallery import EXTRA_PHOTO_SKU, INCLUDED_PHOTO_SKU, INCLUDED_PRINT_SKU
from domain.payment import PaymentStatus
from domain.shop import (
    Address,
    FulfillmentStatus,
    OrderStatus,
    PricedLine,
    ProductCategory,
    Totals,
    address_violations,
    totals,
)
from domain.violation import Violation
from integrations.fulfillment import FulfillmentLine
from loaders.gallery import gallery_holdings, gallery_picks
from models.account import User
from models.booking import Session as SessionModel
from models.gallery import Gallery as GalleryModel
from models.payment import Payment as PaymentModel
from models.photography import ServicePackage
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from models.shop import ProductVariant as VariantModel
from resolvers.order import address_json
from resolvers.order_paid import PaidOrder, pay_at_no_charge, unlock_paid_order
from resolvers.pricing import OrderLine, create_order, pricing_rules
from schema.gallery import selection_plan

PACKAGE_REFERENCE = "package"  # the "payment" of an order the package already paid for
NEEDS_ADDRESS = Violation(
    "shippingAddress", "INVALID_VALUE", "Your package includes a print: say where to send it."
)


@dataclass(frozen=True, slots=True)
class SelectionOrders:
    """What sending placed: the package's order, paid (its prints to hand over once the
    transaction commits), and the extras order awaiting payment."""

    package: PaidOrder | None = None
    extras: OrderModel | None = None


def _free(currency: str, *, digital: bool) -> PricedLine:
    return PricedLine(unit_amount=0, quantity=1, currency=currency, digital=digital)


async def _print_line(gallery: GalleryModel, package: ServicePackage, photo: UUID) -> OrderLine:
    """The package's print as the catalog sells one of its size (so a lab knows the SKU);
    named by the package alone when the catalog has none."""
    variant = (
        await VariantModel.filter(
            active=True,
            size__iexact=package.print_size,
            product__active=True,
            product__category=ProductCategory.PRINTS,
            product__currency=gallery.currency,
        )
        .select_related("product")
        .order_by("product__sort_order", "sort_order", "id")
        .first()
    )
    names = (
        (variant.product.name, variant.name, variant.sku)
        if variant is not None
        else ("Included print", package.print_size, INCLUDED_PRINT_SKU)
    )
    return OrderLine(photo, variant, _free(gallery.currency, digital=False), names=names)


async def _call_off_unpaid(gallery: GalleryModel) -> Violation | None:
    """An earlier sending's extras order not yet paid is replaced by this one's; refused
    while a card payment of it is on its way (it could still take the money)."""
    unpaid = await OrderModel.filter(
        gallery_id=gallery.id, status=OrderStatus.PENDING
    ).select_for_update()
    ids = [order.id for order in unpaid]
    if await PaymentModel.exists(order_id__in=ids, status=PaymentStatus.PENDING):
        number = unpaid[0].number
        message = f"A card payment of order {number} is on its way: finish or cancel it first."
        return Violation("galleryId", "INVALID_TRANSITION", message)
    await OrderModel.filter(id__in=ids).update(status=OrderStatus.CANCELLED)
    await OrderItemModel.filter(order_id__in=ids).update(
        fulfillment_status=FulfillmentStatus.CANCELLED
    )
    return None


async def place_selection_orders(
    info: Info, gallery: GalleryModel, shipping: Address | None
) -> SelectionOrders | list[Violation]:
    """Inside submitSelection's transaction, the gallery locked (so a double submit waits
    and then finds the selection sent): the orders above, or why none could be placed."""
    session = await SessionModel.get(id=gallery.session_id).select_related("client")  # type: ignore[attr-defined]
    package_id = session.package_id  # type: ignore[attr-defined]
    package = await ServicePackage.get_or_none(id=package_id) if package_id else None
    client: User = session.client
    if package is None or client.deleted_at is not None:
        return SelectionOrders()
    picks = (await gallery_picks([gallery.id]))[0]
    held = (await gallery_holdings([gallery.id]))[0]
    plan = selection_plan(picks, held, package.included_photos)
    gives_print = package.includes_print and not held.printed and bool(picks)
    if gives_print:
        if shipping is None:
            return [NEEDS_ADDRESS]
        if violations := address_violations(shipping, "shippingAddress"):
            return violations
    if problem := await _call_off_unpaid(gallery):
        return [problem]
    currency, fulfillment = gallery.currency, info.context.fulfillment.name
    included = [
        OrderLine(
            photo,
            None,
            _free(currency, digital=True),
            names=("Included photo", package.name, INCLUDED_PHOTO_SKU),
        )
        for photo in plan.included
    ]
    if gives_print:
        included.append(await _print_line(gallery, package, picks[0].photo_id))
    paid = None
    if included:
        order = await create_order(
            client,
            included,
            Totals(subtotal=0, discount=0, shipping=0, tax=0, currency=currency),
            shipping=address_json(shipping if gives_print else None),
            billing=None,
            fulfillment=fulfillment,
            gallery_id=gallery.id,
        )
        prints: list[FulfillmentLine] = await unlock_paid_order(order, PACKAGE_REFERENCE)
        paid = PaidOrder(order.number, prints)
    extras = None
    if plan.extra:
        price = PricedLine(
            unit_amount=gallery.extra_photo_amount, quantity=1, currency=currency, digital=True
        )
        lines = [
            OrderLine(photo, None, price, names=("Extra photo", gallery.name, EXTRA_PHOTO_SKU))
            for photo in plan.extra
        ]
        rules = pricing_rules(info.context.settings)
        extras = await create_order(
            client,
            lines,
            totals([line.priced for line in lines], rules, currency),
            shipping=None,
            billing=None,
            fulfillment=fulfillment,
            gallery_id=gallery.id,
        )
        await pay_at_no_charge(extras)  # extras the studio gives away: nothing to pay
    return SelectionOrders(package=paid, extras=extras)
