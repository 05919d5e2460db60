"""Giving money back: opening refund rows, sending them to the provider, and what a cancelled
session's policy gives back.

Like payments, a refund row is committed before the provider is called and the provider gets
an idempotency key derived from it; a retried request finds the same pending refund and
resends the same key, so money goes back once. Refunds are only opened under their
payment's row lock, counting what is refunded and pending already, so two paths (an admin's
refund, a cancellation, a retry) never give back more than the payment or the policy allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from tortoise.transactions import in_transaction

from app.context import Info
from domain.notification import NotificationKind
from domain.payment import (
    PROVIDER_UNAVAILABLE,
    PaymentStatus,
    RefundStatus,
    cancellation_refund,
    idempotency_key,
    money_text,
    refund_violations,
)
from domain.session import SessionStatus
from domain.violation import Violation
from integrations.payments import OfflineProvider, PaymentError, PaymentProvider, RefundResult
from models.booking import Session as SessionModel
from models.payment import Payment as PaymentModel
from models.payment import Refund as RefundModel
from models.shop import Order as OrderModel
from resolvers.bundle_credit import owed
from resolvers.order_notify import notify_order_refunded
from resolvers.paid_once import tell_refunded as tell_paid_once_refunded
from resolvers.paid_once_kinds import paid_once_of
from resolvers.payment_effects import notify_client, settle
from resolvers.payment_locks import lock_payment, lock_session_payments


@dataclass(frozen=True, slots=True)
class Refunded:
    refund: RefundModel | None = None
    violation: Violation | None = None


async def _pending_total(payment_ids: list[UUID]) -> int:
    pending = RefundModel.filter(payment_id__in=payment_ids, status=RefundStatus.PENDING)
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
    refundable = payment.amount - payment.refunded_amount - await _pending_total([payment.id])
    violations = refund_violations(refundable, amount)
    if violations:
        return violations[0]
    return await RefundModel.create(
        payment_id=payment.id, amount=amount, currency=payment.currency, reason=reason
    )


async def send_refund(
    payments: PaymentProvider, refund: RefundModel, payment: PaymentModel
) -> Refunded:
    """Asks the provider the payment went through for a committed pending refund. Money goes
    back the way it came: a card payment while another provider is configured (`payments`)
    stays pending, rather than being marked refunded with no money moving."""
    offline = payment.provider == OfflineProvider.name
    provider = OfflineProvider() if offline else payments
    if provider.name != payment.provider:
        return Refunded(violation=PROVIDER_UNAVAILABLE)
    try:
        result = await provider.refund(
            reference=None if offline else payment.reference,
            amount=refund.amount,
            key=idempotency_key("refund", refund.id),
            # Stripe's webhook about this refund may come before this answer: it names it.
            metadata={"refund_id": str(refund.id), "payment_id": str(payment.id)},
        )
    except PaymentError:
        return Refunded(violation=PROVIDER_UNAVAILABLE)
    return Refunded(refund=await record_refund(refund.id, result))


async def refund_payment(info: Info, payment_id: UUID, amount: int, reason: str) -> Refunded:
    async with in_transaction():
        payment = await lock_payment(payment_id)
        opened = await _open_refund(payment, amount, reason)
    if isinstance(opened, Violation):
        return Refunded(violation=opened)
    return await send_refund(info.context.payments, opened, payment)


async def record_refund(refund_id: UUID, result: RefundResult) -> RefundModel:
    """The provider's (or the studio's) answer about a pending refund, applied once; the
    client is told in the same transaction when the money went back."""
    async with in_transaction():
        refund = await RefundModel.get(id=refund_id)
        payment = await lock_payment(refund.payment_id)  # type: ignore[attr-defined]
        refund = await RefundModel.select_for_update().get(id=refund_id)
        sent = refund.status is RefundStatus.PENDING and result.succeeded
        if refund.status is RefundStatus.PENDING:
            refund.status = RefundStatus.SUCCEEDED if result.succeeded else RefundStatus.FAILED
            refund.reference = result.reference
            await refund.save(update_fields=["status", "reference", "updated_at"])
        await settle(payment, PaymentStatus.SUCCEEDED)
        if sent:
            await tell_refunded(payment, refund)
    return refund


async def tell_refunded(payment: PaymentModel, refund: RefundModel) -> None:
    """The session's client, or the order's buyer, hears how much went back and for what:
    once per refund, by whichever path first finds its money went back (our request's answer,
    the studio's record, or Stripe's webhook)."""
    if payment.session_id is not None:  # type: ignore[attr-defined]
        session = await SessionModel.get(id=payment.session_id)  # type: ignore[attr-defined]
        amount = money_text(refund.amount, refund.currency)
        await notify_client(session, NotificationKind.PAYMENT_REFUNDED, amount)
    elif payment.order_id is not None:  # type: ignore[attr-defined]
        order = await OrderModel.get(id=payment.order_id)  # type: ignore[attr-defined]
        await notify_order_refunded(order, refund.amount, refund.currency)
    elif (paid_once := paid_once_of(payment)) is not None:
        await tell_paid_once_refunded(paid_once, payment, refund)  # its client


async def _open_owed_refunds(session: SessionModel) -> list[RefundModel]:
    """In the caller's transaction: pending refunds of what a cancelled session's policy gives
    back and is not refunded or pending yet, from the newest payment first."""
    reason = f"Cancelled: {session.refund_percent}% back under the policy."
    # The payments' locks, the same ones a single refund takes: a concurrent refund of any of
    # them waits, then sees these rows.
    payments = sorted(
        (p for p in await lock_session_payments(session.id) if p.status.collected),
        key=lambda p: (p.created_at, p.id),
        reverse=True,
    )
    owed = cancellation_refund(sum(p.amount for p in payments), session.refund_percent)
    owed -= sum(p.refunded_amount for p in payments)
    owed -= await _pending_total([p.id for p in payments])
    opened = []
    for payment in payments:
        if owed <= 0:
            break
        left = payment.amount - payment.refunded_amount - await _pending_total([payment.id])
        amount = min(owed, left)
        if amount > 0:
            opened.append(
                await RefundModel.create(
                    payment_id=payment.id, amount=amount, currency=payment.currency, reason=reason
                )
            )
            owed -= amount
    return opened


async def open_cancellation_refunds(session: SessionModel) -> list[RefundModel]:
    """For a cancelled session: the pending refunds its policy still owes ([] when nothing
    more is). Commits before returning, so the provider is only ever asked about committed
    rows."""
    async with in_transaction():
        return await _open_owed_refunds(session)


async def refund_late_payment(payment: PaymentModel) -> bool:
    """In the transaction that found a payment's money arrived, holding its lock (and so its
    session's): if the session was cancelled meanwhile (a card payment Stripe would no longer
    cancel, cash on its way), what the policy gives back of it is opened at once; otherwise
    whatever it brought beyond the price (a declined card's form, paid after another payment
    went through) goes back from it. True if a refund was opened; the caller sends it once it
    commits (`send_pending_refunds`)."""
    if payment.session_id is None:  # type: ignore[attr-defined]
        return False
    session = await SessionModel.get(id=payment.session_id)  # type: ignore[attr-defined]
    if session.status is SessionStatus.CANCELLED:
        return bool(await _open_owed_refunds(session))
    session_payments = PaymentModel.filter(session_id=session.id).values_list("id", flat=True)
    excess = session.paid_amount - owed(session)
    excess -= await _pending_total(list(await session_payments))
    left = payment.amount - payment.refunded_amount - await _pending_total([payment.id])
    if min(excess, left) <= 0:
        return False
    reason = "Paid beyond the session's price."
    await RefundModel.create(
        payment_id=payment.id, amount=min(excess, left), currency=payment.currency, reason=reason
    )
    return True


async def refund_unclaimed_order_payment(payment: PaymentModel) -> bool:
    """In the transaction that found an order's card money arrived, holding its lock, when it
    paid nothing: the order was cancelled or paid another way meanwhile (a declined card's
    form, retried later, still takes money). All of it is opened as a pending refund; True if
    one was, for the caller to send once it commits (`send_payment_refunds`)."""
    left = payment.amount - payment.refunded_amount - await _pending_total([payment.id])
    if left <= 0:
        return False
    reason = "The order no longer took this payment."
    await RefundModel.create(
        payment_id=payment.id, amount=left, currency=payment.currency, reason=reason
    )
    return True


async def send_payment_refunds(payments: PaymentProvider, payment_id: UUID) -> list[Refunded]:
    """Sends the card payment's pending refunds, as `send_pending_refunds` does a session's."""
    pending = await RefundModel.filter(payment_id=payment_id, status=RefundStatus.PENDING)
    return await _send_pending(payments, pending)


async def send_pending_refunds(payments: PaymentProvider, session_id: UUID) -> list[Refunded]:
    """Sends every pending refund of the session's card payments (again: the same key gets
    the provider's first answer). Offline refunds wait for the studio (`recordRefund`)."""
    pending = await RefundModel.filter(
        payment__session_id=session_id, status=RefundStatus.PENDING
    ).order_by("created_at")
    return await _send_pending(payments, pending)


async def _send_pending(payments: PaymentProvider, pending: list[RefundModel]) -> list[Refunded]:
    rows = {
        p.id: p
        for p in await PaymentModel.filter(id__in=[r.payment_id for r in pending])  # type: ignore[attr-defined]
    }
    return [
        await send_refund(payments, refund, rows[refund.payment_id])  # type: ignore[attr-defined]
        for refund in pending
        if rows[refund.payment_id].provider != OfflineProvider.name  # type: ignore[attr-defined]
    ]
