"""Giving up on a pending payment (its payer, or admins), so that another kind of payment can
start: the overpay guard counts pending payments as money on its way. The provider cancels
it first (resolvers/payment_cancelling.py)."""

from __future__ import annotations

from uuid import UUID

import strawberry

from app.context import Info
from domain.payment import PaymentStatus
from domain.violation import Violation
from models.booking import Session as SessionModel
from models.payment import Payment as PaymentModel
from models.shop import Order as OrderModel
from resolvers.nodes import decode_id
from resolvers.paid_once import paid_for
from resolvers.paid_once_kinds import paid_once_of
from resolvers.payment import PAYMENT_NOT_FOUND, refused
from resolvers.payment_account import session_account
from resolvers.payment_cancelling import NOT_PENDING, cancel_pending
from resolvers.permissions import Forbidden, IsAuthenticated
from schema.payment import CancelPaymentInput, Payment, PaymentPayload

BY_PLAN = Violation("paymentId", "INVALID_STATE", "An installment is charged by its plan.")


async def _payer_id(payment: PaymentModel) -> UUID:
    """The session's client, the order's buyer, the follow-up's or the project's client."""
    if payment.session_id is not None:  # type: ignore[attr-defined]
        session = await SessionModel.get(id=payment.session_id)  # type: ignore[attr-defined]
        return session.client_id  # type: ignore[attr-defined,no-any-return]
    if (paid_once := paid_once_of(payment)) is not None:
        return (await paid_for(paid_once, payment))[1].client_id
    order = await OrderModel.get(id=payment.order_id)  # type: ignore[attr-defined]
    return order.user_id  # type: ignore[attr-defined,no-any-return]


async def _answer(info: Info, payment: PaymentModel, payer_id: UUID) -> PaymentPayload:
    answer = PaymentPayload(payment=Payment.from_model(payment, payer_id))
    if payment.session_id is not None:  # type: ignore[attr-defined]
        session = await SessionModel.get(id=payment.session_id)  # type: ignore[attr-defined]
        answer.account = await session_account(session, info.context.settings.deposit_percent)
    return answer


@strawberry.type
class PaymentCancelMutations:
    @strawberry.mutation(
        description="Give up on a pending payment (its payer, or admins): the provider cancels "
        "it so it can no longer take money, and it becomes CANCELLED; another payment can "
        "then be started. If the provider refuses (the payment went through meanwhile), it "
        "stays PENDING and the error CANCEL_REFUSED says why.",
        permission_classes=[IsAuthenticated],
    )
    async def cancel_payment(self, info: Info, input: CancelPaymentInput) -> PaymentPayload:
        payment_id = decode_id(input.payment_id, Payment)
        payment = await PaymentModel.get_or_none(id=payment_id) if payment_id else None
        if payment is None:
            return refused(PAYMENT_NOT_FOUND)
        payer_id = await _payer_id(payment)
        user = info.context.user
        if not (info.context.is_admin or (user is not None and user.id == payer_id)):
            raise Forbidden("Only the payer cancels a payment.")
        if payment.installment_id is not None:  # type: ignore[attr-defined]
            return refused(BY_PLAN)
        if payment.status is not PaymentStatus.PENDING:
            return refused(NOT_PENDING)
        cancelled = await cancel_pending(info.context.payments, payment)
        if isinstance(cancelled, Violation):
            return refused(cancelled)
        return await _answer(info, cancelled, payer_id)
