"""Payments received outside the site (bank transfer, cash at the studio), recorded by admins.

Card payments come later; whichever way money arrives, an order becomes PAID only here, in
one transaction with what paying unlocks: downloads become the buyer's to keep.
"""

from __future__ import annotations

import strawberry
from tortoise.transactions import in_transaction

from app.context import Info
from domain.shop import payment_violations
from domain.violation import Violation
from resolvers.audit import audit
from resolvers.errors import to_user_errors
from resolvers.fulfillment import NOT_FOUND, locked_order
from resolvers.order_paid import PaidOrder, hand_over, unlock_paid_order
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
            before = order.status
            prints = await unlock_paid_order(order, reference)
            paid = {"status": (before, order.status), "payment_reference": (None, reference)}
            await audit(info, info.field_name, "Order", order.id, **paid)
        await hand_over(info.context.fulfillment, PaidOrder(order.number, prints))
        return OrderPayload(order=Order.from_model(order))
