"""Payments received outside the site (bank transfer, cash at the studio), recorded by admins.

Card payments come later; whichever way money arrives, an order becomes PAID only here, in
one transaction with what paying unlocks: downloads become the buyer's to keep.
"""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from tortoise.transactions import in_transaction

from app.context import Info
from domain.shop import FulfillmentStatus, OrderStatus, payment_violations
from domain.violation import Violation
from integrations.fulfillment import FulfillmentLine
from models.gallery import Photo as PhotoModel
from models.shop import OrderItem as OrderItemModel
from resolvers.errors import to_user_errors
from resolvers.fulfillment import NOT_FOUND, locked_order
from resolvers.permissions import IsAdmin
from schema.shop import Order, ShopErrorCode, ShopUserError
from schema.shop_inputs import OrderPayload, RecordOrderPaymentInput


def _errors(violations: list[Violation]) -> list[ShopUserError]:
    return to_user_errors(violations, ShopUserError, ShopErrorCode)


@strawberry.type
class OrderPaymentMutations:
    @strawberry.mutation(
        description="Record a payment received outside the site: an order PENDING becomes "
        "PAID when the amount is exactly its total, and its downloads become the buyer's.",
        permission_classes=[IsAdmin],
    )
    async def record_order_payment(
        self, info: Info, input: RecordOrderPaymentInput
    ) -> OrderPayload:
        reference = input.reference.strip()
        async with in_transaction():
            order = await locked_order(info, input.order_id)
            if order is None:
                return OrderPayload(user_errors=_errors([NOT_FOUND]))
            violations = payment_violations(order.status, order.total_amount, input.amount)
            if not 0 < len(reference) <= 200:
                violations.append(
                    Violation("reference", "INVALID_VALUE", "Use 1 to 200 characters.")
                )
            if violations:
                return OrderPayload(user_errors=_errors(violations))
            order.status = OrderStatus.PAID
            order.paid_at = datetime.now(UTC)
            order.payment_reference = reference
            await order.save(update_fields=["status", "paid_at", "payment_reference", "updated_at"])
            items = await OrderItemModel.filter(order_id=order.id).select_related("photo__original")
            downloads = [item for item in items if item.digital]
            await OrderItemModel.filter(id__in=[item.id for item in downloads]).update(
                fulfillment_status=FulfillmentStatus.DELIVERED
            )
            await PhotoModel.filter(id__in=[item.photo.id for item in downloads]).update(
                purchased=True
            )
        prints = [
            FulfillmentLine(
                item_id=item.id,
                sku=item.sku,
                quantity=item.quantity,
                photo_key=item.photo.original.key,
            )
            for item in items
            if not item.digital
        ]
        if prints:
            await info.context.fulfillment.submit(order.number, prints)
        return OrderPayload(order=Order.from_model(order))
