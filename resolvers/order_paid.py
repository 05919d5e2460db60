"""What paying an order unlocks, however the money arrived (an admin's record or Stripe)."""

from __future__ import annotations

from datetime import UTC, datetime

from domain.shop import FulfillmentStatus, OrderStatus
from integrations.fulfillment import FulfillmentLine
from models.gallery import Photo as PhotoModel
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from resolvers.order_mail import mail_order_paid


async def unlock_paid_order(order: OrderModel, reference: str) -> list[FulfillmentLine]:
    """Marks a locked PENDING order PAID and gives the buyer its downloads, in the caller's
    transaction; returns the prints to hand to the lab once it commits."""
    order.status = OrderStatus.PAID
    order.paid_at = datetime.now(UTC)
    order.payment_reference = reference
    await order.save(update_fields=["status", "paid_at", "payment_reference", "updated_at"])
    items = await OrderItemModel.filter(order_id=order.id).select_related("photo__original")
    downloads = [item for item in items if item.digital]
    await OrderItemModel.filter(id__in=[item.id for item in downloads]).update(
        fulfillment_status=FulfillmentStatus.DELIVERED
    )
    await PhotoModel.filter(id__in=[item.photo.id for item in downloads]).update(purchased=True)
    await mail_order_paid(order, downloads=bool(downloads), prints=len(downloads) < len(items))
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
