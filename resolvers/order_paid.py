"""What paying an order unlocks, however the money arrived (an admin's record or Stripe),
and what refunding it takes back."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from domain.shop import FulfillmentStatus, Mover, OrderStatus, rolled_up, status_violation
from integrations.fulfillment import FulfillmentError, FulfillmentLine, FulfillmentProvider
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from resolvers.order_notify import notify_order_paid

log = logging.getLogger(__name__)
# The "payment" of an order that cost nothing: there is no payment row to point to.
NO_CHARGE_REFERENCE = "no charge"


@dataclass(frozen=True, slots=True)
class PaidOrder:
    """An order just paid for, and its prints to hand to the lab once that commits."""

    number: str
    prints: list[FulfillmentLine]


async def hand_over(fulfillment: FulfillmentProvider, paid: PaidOrder | None) -> bool:
    """After the payment's transaction committed: the prints go to the fulfillment provider.
    Only the transaction that made the order PAID returns a PaidOrder, so a redelivered
    webhook or a retried request hands nothing over twice. The payment stands if the
    provider does not take them: False, logged, and an admin sends them again
    (`submitOrderToFulfillment`)."""
    if paid is None or not paid.prints:
        return True
    try:
        await fulfillment.submit(paid.number, paid.prints)
    except FulfillmentError:
        log.warning("order %s was not handed to %s", paid.number, fulfillment.name, exc_info=True)
        return False
    return True


async def unlock_paid_order(order: OrderModel, reference: str) -> list[FulfillmentLine]:
    """Marks a locked PENDING order PAID, which gives the buyer its downloads (KEEPS_DOWNLOADS),
    in the caller's transaction; returns the prints to hand to the lab once it commits."""
    order.status = OrderStatus.PAID
    order.paid_at = datetime.now(UTC)
    order.payment_reference = reference
    await order.save(update_fields=["status", "paid_at", "payment_reference", "updated_at"])
    items = await OrderItemModel.filter(order_id=order.id).select_related("photo__original")
    downloads = [item for item in items if item.digital]
    await OrderItemModel.filter(id__in=[item.id for item in downloads]).update(
        fulfillment_status=FulfillmentStatus.DELIVERED
    )
    await notify_order_paid(order, downloads=bool(downloads), prints=len(downloads) < len(items))
    return [
        FulfillmentLine(
            item_id=item.id,
            sku=item.sku,
            quantity=item.quantity,
            photo_key=item.photo.original.key,
        )
        for item in items
        if not item.digital
    ]


async def pay_at_no_charge(order: OrderModel) -> PaidOrder | None:
    """A locked PENDING order that comes to nothing (free items, downloads given away) is
    paid as it stands: no card can be charged 0 (Stripe refuses amounts that small) and no
    transfer comes to record. The buyer gets the receipt of an order at no charge; the caller
    hands the prints over once its transaction commits. None if the order costs something."""
    if order.total_amount != 0:
        return None
    prints = await unlock_paid_order(order, NO_CHARGE_REFERENCE)
    return PaidOrder(order.number, prints)


async def refund_order(order: OrderModel) -> bool:
    """A locked order whose payment went back in full becomes REFUNDED, if its state allows
    (a pending or cancelled order has nothing to refund); True if it moved."""
    ships = await OrderItemModel.exists(order_id=order.id, digital=False)
    if status_violation(order.status, OrderStatus.REFUNDED, Mover.PAYMENT, ships=ships):
        return False
    order.status = OrderStatus.REFUNDED
    # Its downloads go with it: they are the buyer's while the order is in KEEPS_DOWNLOADS.
    await order.save(update_fields=["status", "updated_at"])
    return True


async def reinstate_order(order: OrderModel) -> bool:
    """A locked REFUNDED order whose money is back with the studio (the refund failed) is the
    buyer's again, downloads included: what the buyer paid for is theirs while the studio holds
    their money. It goes where its prints stand, as `rolled_up` puts a paid order (a downloads
    order an admin had marked DELIVERED comes back PAID). True if it moved."""
    if order.status is not OrderStatus.REFUNDED:
        return False
    items = await OrderItemModel.filter(order_id=order.id).values_list(
        "digital", "fulfillment_status"
    )
    prints = [status for digital, status in items if not digital]
    downloads = any(digital for digital, _ in items)
    order.status = rolled_up(OrderStatus.PAID, prints, downloads=downloads)
    await order.save(update_fields=["status", "updated_at"])
    return True


async def print_lines(order_id: object) -> list[FulfillmentLine]:
    """A paid order's prints not yet in production, as the fulfillment provider takes them."""
    items = await OrderItemModel.filter(
        order_id=order_id, digital=False, fulfillment_status=FulfillmentStatus.PENDING
    ).select_related("photo__original")
    return [
        FulfillmentLine(
            item_id=item.id, sku=item.sku, quantity=item.quantity, photo_key=item.photo.original.key
        )
        for item in items
    ]
