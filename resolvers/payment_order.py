"""Paying an order in full through the payment provider (Stripe); the webhook's success
marks it PAID and unlocks its downloads (resolvers/payment_effects.py)."""

from __future__ import annotations

import strawberry
from tortoise.transactions import in_transaction

from app.context import Info
from domain.payment import PaymentKind, PaymentStatus
from domain.shop import OrderStatus
from domain.violation import Violation
from models.payment import Payment as PaymentModel
from models.shop import Order as OrderModel
from resolvers.fulfillment import locked_order
from resolvers.order_paid import hand_over, pay_at_no_charge
from resolvers.payment import charge_payment, refused
from resolvers.permissions import IsAuthenticated
from schema.payment import Payment, PaymentPayload, PayOrderInput
from schema.shop import Order

ORDER_NOT_FOUND = Violation("orderId", "NOT_FOUND", "No such order.")


async def _pending_payment(info: Info, order: OrderModel) -> PaymentModel:
    """The order's pending payment (a retried request) or a new one, for its whole total."""
    provider = info.context.payments.name
    found = await PaymentModel.filter(
        order_id=order.id, provider=provider, status=PaymentStatus.PENDING
    ).first()
    return found or await PaymentModel.create(
        order_id=order.id,
        kind=PaymentKind.ORDER,
        amount=order.total_amount,
        currency=order.currency,
        provider=provider,
    )


@strawberry.type
class PaymentOrderMutations:
    @strawberry.mutation(
        description="Pay a pending order in full by card (its buyer): the payment carries a "
        "client secret for Stripe's card form, and the order is PAID once Stripe confirms. "
        "With offline payments the studio records the transfer (`recordOrderPayment`). An "
        "order that comes to nothing is PAID at once, with no payment (`order` shows it).",
        permission_classes=[IsAuthenticated],
    )
    async def pay_order(self, info: Info, input: PayOrderInput) -> PaymentPayload:
        async with in_transaction():
            order = await locked_order(info, input.order_id)
            if order is None:
                return refused(ORDER_NOT_FOUND)
            if order.status is not OrderStatus.PENDING:
                return refused(
                    Violation("orderId", "INVALID_STATE", f"The order is {order.status.lower()}.")
                )
            # Placed before orders of nothing were paid on placing: no card, no transfer.
            free = await pay_at_no_charge(order)
            if free is None and info.context.payments.name == "offline":
                return refused(
                    Violation(None, "INVALID_STATE", "Pay by transfer; the studio records it.")
                )
            payment = await _pending_payment(info, order) if free is None else None
        if payment is None:
            await hand_over(info.context.fulfillment, free)
            return PaymentPayload(order=Order.from_model(order))
        if payment.reference and payment.client_secret:
            return PaymentPayload(payment=Payment.from_model(payment, order.user_id))  # type: ignore[attr-defined]
        return await charge_payment(info, payment, f"Order {order.number}", order.user_id)  # type: ignore[attr-defined]
