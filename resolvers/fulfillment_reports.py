"""Applying fulfillment progress to order items and rolling it up to their orders.

Shared by staff's addTracking and the print lab's webhook; no GraphQL here, so the webhook
route can use it without loading the schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from tortoise.transactions import in_transaction

from domain.shop import FulfillmentStatus, OrderStatus, item_moves, rolled_up, ships_now
from integrations.fulfillment import PrintEvent
from models.shop import FulfillmentEvent
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from resolvers.order_notify import notify_order_cancelled, notify_order_shipped

LAB_CANCELLED = "The lab could not make its prints; the studio will be in touch about your refund."


class UnknownItems(LookupError):
    """A lab's report names items we do not have: refused whole."""


async def roll_up(order_ids: Iterable[UUID]) -> None:
    """Each paid order follows its physical items forward."""
    orders = await OrderModel.filter(id__in=list(order_ids))
    items = await OrderItemModel.filter(order_id__in=[o.id for o in orders])
    for order in orders:
        mine = [i for i in items if i.order_id == order.id]  # type: ignore[attr-defined]
        prints = [i.fulfillment_status for i in mine if not i.digital]
        downloads = any(i.digital for i in mine)
        before, status = order.status, rolled_up(order.status, prints, downloads=downloads)
        if status is not before:
            order.status = status
            await order.save(update_fields=["status", "updated_at"])
            # A parcel left only if a print was not cancelled: else the mail names none.
            parcels = any(print_ is not FulfillmentStatus.CANCELLED for print_ in prints)
            if parcels and ships_now(before, status):
                await notify_order_shipped(order)
            elif status is OrderStatus.CANCELLED:
                await notify_order_cancelled(order, LAB_CANCELLED)


async def apply_print_event(event: PrintEvent) -> bool:
    """Applies a lab's report once; False when this event was applied before. Items only
    move forward, so reports arriving out of order cannot undo newer ones."""
    async with in_transaction():
        if await FulfillmentEvent.exists(event_id=event.event_id):
            return False
        ids = {report.item_id for report in event.reports}
        # Orders before their items, the order staff's mutations lock them in: no deadlock.
        order_ids = await OrderItemModel.filter(id__in=ids).values_list("order_id", flat=True)
        await OrderModel.filter(id__in=set(order_ids)).select_for_update()
        items = {i.id: i for i in await OrderItemModel.filter(id__in=ids).select_for_update()}
        if len(items) != len(ids):
            raise UnknownItems(sorted(str(i) for i in ids - items.keys()))
        for report in event.reports:
            item = items[report.item_id]
            if item_moves(item.fulfillment_status, report.status):
                item.fulfillment_status = report.status
            item.carrier = report.carrier if report.carrier is not None else item.carrier
            number = report.tracking_number
            item.tracking_number = number if number is not None else item.tracking_number
            await item.save(
                update_fields=["fulfillment_status", "carrier", "tracking_number", "updated_at"]
            )
        await roll_up({item.order_id for item in items.values()})  # type: ignore[attr-defined]
        await FulfillmentEvent.create(event_id=event.event_id)
    return True
