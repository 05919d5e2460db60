"""Refunds, full or partial, and what a cancelled session's policy gives back.

Like payments, a refund row is committed before the provider is called and the provider gets
an idempotency key derived from it; a retried request finds the same pending refund and
resends the same key, so money goes back once.
"""

from __future__ import annotations

from dataclasses import dataclass

import strawberry
from tortoise.transactions import in_transaction

from app.context import Info
from domain.payment import (
    PaymentStatus,
    RefundStatus,
    cancellation_refund,
    idempotency_key,
    refund_violations,
)
from domain.session import Actor, SessionStatus
from domain.violation import Violation
from integrations.payments import OfflineProvider, PaymentError, RefundResult
from models.booking import Session as SessionModel
from models.payment import Payment as PaymentModel
from models.payment import Refund as RefundModel
from resolvers.nodes import decode_id
from resolvers.participants import actor_in
from resolvers.payment import (
    PAYMENT_NOT_FOUND,
    SESSION_NOT_FOUND,
    UNAVAILABLE,
    payment_errors,
    session_for,
)
from resolvers.payment_account import session_account
from resolvers.payment_effects import settle
from resolvers.permissions import Forbidden, IsAuthenticated
from schema.payment import (
    Payment,
    Refund,
    RefundCancelledSessionInput,
    RefundPayload,
    RefundPaymentInput,
)

REASON_CHARS = 2_000


@dataclass(frozen=True, slots=True)
class Refunded:
    refund: RefundModel | None = None
    violation: Violation | None = None


async def _pending_refunds(payment_id: object) -> int:
    pending = RefundModel.filter(payment_id=payment_id, status=RefundStatus.PENDING)
    return sum(await pending.values_list("amount", flat=True))


async def _open_refund(payment: PaymentModel, amount: int, reason: str) -> RefundModel | Violation:
    """Inside a transaction holding the payment's lock: a pending refund of this amount (a
    retried request), or a new one if the payment has that much left."""
    found = await RefundModel.filter(
        payment_id=payment.id, amount=amount, status=RefundStatus.PENDING
    ).first()
    if found is not None:
        return found
    if not payment.status.collected:
        return Violation("paymentId", "INVALID_STATE", "Only money received can go back.")
    refundable = payment.amount - payment.refunded_amount - await _pending_refunds(payment.id)
    violations = refund_violations(refundable, amount)
    if violations:
        return violations[0]
    return await RefundModel.create(
        payment_id=payment.id, amount=amount, currency=payment.currency, reason=reason
    )


async def refund_payment(info: Info, payment_id: object, amount: int, reason: str) -> Refunded:
    async with in_transaction():
        payment = await PaymentModel.select_for_update().get(id=payment_id)
        opened = await _open_refund(payment, amount, reason)
    if isinstance(opened, Violation):
        return Refunded(violation=opened)
    # Money goes back the way it came, whichever provider is configured now.
    offline = payment.provider == OfflineProvider.name
    provider = OfflineProvider() if offline else info.context.payments
    try:
        result = await provider.refund(
            reference=None if offline else payment.reference,
            amount=amount,
            key=idempotency_key("refund", opened.id),
        )
    except PaymentError:
        return Refunded(violation=UNAVAILABLE)
    return Refunded(refund=await _record(opened, result))


async def _record(refund: RefundModel, result: RefundResult) -> RefundModel:
    async with in_transaction():
        payment = await PaymentModel.select_for_update().get(id=refund.payment_id)  # type: ignore[attr-defined]
        refund = await RefundModel.select_for_update().get(id=refund.id)
        if refund.status is RefundStatus.PENDING:
            refund.status = RefundStatus.SUCCEEDED if result.succeeded else RefundStatus.FAILED
            refund.reference = result.reference
            await refund.save(update_fields=["status", "reference", "updated_at"])
        await settle(payment, PaymentStatus.SUCCEEDED)
    return refund


async def _answer(info: Info, session_id: object, refunds: list[RefundModel]) -> RefundPayload:
    session = await SessionModel.get(id=session_id)
    return RefundPayload(
        refunds=[Refund.from_model(r) for r in refunds],
        account=await session_account(session, info.context.settings.deposit_percent),
    )


def _refused(violation: Violation) -> RefundPayload:
    return RefundPayload(user_errors=payment_errors([violation]))


@strawberry.type
class RefundMutations:
    @strawberry.mutation(
        description="Give back part or all of a session's payment (its provider or admins).",
        permission_classes=[IsAuthenticated],
    )
    async def refund_payment(self, info: Info, input: RefundPaymentInput) -> RefundPayload:
        if len(input.reason) > REASON_CHARS:
            return _refused(Violation("reason", "INVALID_VALUE", "Keep it under 2,000 characters."))
        payment_id = decode_id(input.payment_id, Payment)
        payment = await PaymentModel.get_or_none(id=payment_id) if payment_id else None
        if payment is None or payment.session_id is None:  # type: ignore[attr-defined]
            return _refused(PAYMENT_NOT_FOUND)
        session = await SessionModel.get(id=payment.session_id)  # type: ignore[attr-defined]
        if await actor_in(info, session) is Actor.CLIENT:
            raise Forbidden("The studio gives refunds.")
        refunded = await refund_payment(info, payment.id, input.amount, input.reason)
        if refunded.violation is not None:
            return _refused(refunded.violation)
        return await _answer(info, session.id, [refunded.refund] if refunded.refund else [])

    @strawberry.mutation(
        description="Refund a cancelled session what its cancellation policy gives back, from "
        "its newest payments first (its provider or admins); what was refunded already counts.",
        permission_classes=[IsAuthenticated],
    )
    async def refund_cancelled_session(
        self, info: Info, input: RefundCancelledSessionInput
    ) -> RefundPayload:
        found = await session_for(info, input.session_id)
        if found is None:
            return _refused(SESSION_NOT_FOUND)
        session, actor = found
        if actor is Actor.CLIENT:
            raise Forbidden("The studio gives refunds.")
        if session.status is not SessionStatus.CANCELLED:
            return _refused(
                Violation("sessionId", "INVALID_STATE", "The session is not cancelled.")
            )
        payments = [
            p
            for p in await PaymentModel.filter(session_id=session.id).order_by("-created_at")
            if p.status.collected
        ]
        owed = cancellation_refund(sum(p.amount for p in payments), session.refund_percent)
        owed -= sum(p.refunded_amount for p in payments)
        owed -= sum([await _pending_refunds(p.id) for p in payments])
        if owed <= 0:
            return _refused(Violation("sessionId", "INVALID_STATE", "Nothing more is owed."))
        refunds = []
        for payment in payments:
            amount = min(owed, payment.amount - payment.refunded_amount)
            if amount <= 0:
                continue
            reason = f"Cancelled: {session.refund_percent}% back under the policy."
            refunded = await refund_payment(info, payment.id, amount, reason)
            if refunded.violation is not None:
                return _refused(refunded.violation)
            if refunded.refund is not None:
                refunds.append(refunded.refund)
            owed -= amount
            if owed <= 0:
                break
        return await _answer(info, session.id, refunds)
