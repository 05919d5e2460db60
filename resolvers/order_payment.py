"""Payments received outside the site (bank transfer, cash at the studio), recorded by admins.

The transfer is recorded as an offline payment of the order, SUCCEEDED, in one transaction
with what it changes: the order becomes PAID and its downloads the buyer's (the same
`settle` a card payment goes through). Being a payment, it can be refunded with
`refundPayment` and is listed in `adminPayments`.
"""

from __future__ import annotations

import strawberry
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.context import Info
from domain.payment import PaymentKind, PaymentStatus
from domain.shop import payment_violations
from domain.violation import Violation
from integrations.payments import OfflineProvider
from models.payment import Payment as PaymentModel
from models.shop import Order as OrderModel
from resolvers.audit import audit
from resolvers.errors import to_user_errors
from resolvers.fulfillment import CARD_PENDING, NOT_FOUND, locked_order
from resolvers.order_paid import hand_over
from resolvers.payment_effects import settle
from resolvers.permissions import IsAdmin
from schema.shop import Order, ShopErrorCode, ShopUserError
from schema.shop_inputs import OrderPayload, RecordOrderPaymentInput

TAKEN = Violation("reference", "TAKEN", "Another payment has this reference.")


def _errors(violations: list[Violation]) -> list[ShopUserError]:
    return to_user_errors(violations, ShopUserError, ShopErrorCode)


@strawberry.type
class OrderPaymentMutations:
    @strawberry.mutation(
        description="Record a payment received outside the site: an order PENDING becomes "
        "PAID when the amount is exactly its total, and its downloads become the buyer's. "
        "The transfer becomes an offline payment of the order (refundable with "
        "`refundPayment`). Refused while a card payment of the order is pending.",
        permission_classes=[IsAdmin],
    )
    async def record_order_payment(
        self, info: Info, input: RecordOrderPaymentInput
    ) -> OrderPayload:
        reference = input.reference.strip()
        try:
            async with in_transaction():
                order = await locked_order(info, input.order_id)
                if order is None:
                    return OrderPayload(user_errors=_errors([NOT_FOUND]))
                violations = payment_violations(
                    order.status, order.total_amount, order.currency, input.amount
                )
                if not 0 < len(reference) <= 200:
                    violations.append(
                        Violation("reference", "INVALID_VALUE", "Use 1 to 200 characters.")
                    )
                # The card could still be charged: the order would be paid twice.
                if await PaymentModel.exists(order_id=order.id, status=PaymentStatus.PENDING):
                    violations.append(CARD_PENDING)
                if violations:
                    return OrderPayload(user_errors=_errors(violations))
                before = order.status
                payment = await PaymentModel.create(
                    order_id=order.id,
                    kind=PaymentKind.ORDER,
                    amount=order.total_amount,
                    currency=order.currency,
                    provider=OfflineProvider.name,
                    reference=reference,
                )
                paid = await settle(payment, PaymentStatus.SUCCEEDED)
                order = await OrderModel.get(id=order.id)
                changes = {"status": (before, order.status), "payment_reference": (None, reference)}
                await audit(info, info.field_name, "Order", order.id, **changes)
        except IntegrityError:
            return OrderPayload(user_errors=_errors([TAKEN]))
        await hand_over(info.context.fulfillment, paid)
        return OrderPayload(order=Order.from_model(order))
