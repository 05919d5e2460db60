"""What a payment's outcome changes, written in the caller's transaction with the payment.

Shared by the mutations, the Stripe webhook and the installment job. A session's paid amount
is recomputed from its payments rather than incremented, so applying a report twice, or two
reports in either order, leaves the same numbers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from domain.notification import NotificationKind, session_time
from domain.payment import (
    InstallmentStatus,
    PaymentStatus,
    PlanStatus,
    advanced,
    money_text,
    refunded_status,
    session_payment_status,
)
from domain.shop import OrderStatus
from models.account import User
from models.booking import Session as SessionModel
from models.payment import Installment, Payment, PaymentPlan, Refund
from models.provider import ProviderProfile
from models.shop import Order as OrderModel
from resolvers.bundle_credit import owed
from resolvers.notify import notify_users
from resolvers.order_notify import notify_order_payment_failed
from resolvers.order_paid import PaidOrder, refund_order, unlock_paid_order
from resolvers.paid_once import mark_paid
from resolvers.paid_once_kinds import paid_once_of


async def notify_client(
    session: SessionModel, kind: NotificationKind, detail: str, *, provider_too: bool = False
) -> None:
    """Works outside a GraphQL operation too (the Stripe webhook, the installment job): in-app
    notice and e-mail in the caller's transaction, announced once it commits."""
    profile = await ProviderProfile.get(id=session.provider_id).select_related("user")  # type: ignore[attr-defined]
    recipients = [await User.get(id=session.client_id)]  # type: ignore[attr-defined]
    if provider_too:
        recipients.append(profile.user)
    about = session_time(session.start_at, profile.timezone)
    await notify_users(kind, recipients, about, detail, session_id=session.id)


async def sync_session(session_id: UUID) -> SessionModel:
    """Locks the session and sets what its payments add up to."""
    session = await SessionModel.select_for_update().get(id=session_id)
    payments = await Payment.filter(session_id=session_id).values(
        "status", "amount", "refunded_amount"
    )
    collected = sum(
        row["amount"] - row["refunded_amount"]
        for row in payments
        if PaymentStatus(row["status"]).collected
    )
    session.paid_amount = collected
    session.payment_status = session_payment_status(owed(session), collected)
    await session.save(update_fields=["paid_amount", "payment_status", "updated_at"])
    return session


async def _sync_installment(installment_id: UUID) -> None:
    installment = await Installment.select_for_update().get(id=installment_id)
    if installment.status is not InstallmentStatus.PAID:
        installment.status = InstallmentStatus.PAID
        installment.claimed_until = None
        await installment.save(update_fields=["status", "claimed_until", "updated_at"])
    plan = await PaymentPlan.select_for_update().get(id=installment.plan_id)  # type: ignore[attr-defined]
    unpaid = await Installment.filter(plan_id=plan.id).exclude(status=InstallmentStatus.PAID)
    if not unpaid and plan.status is not PlanStatus.COMPLETED:
        plan.status = PlanStatus.COMPLETED
        await plan.save(update_fields=["status", "updated_at"])


async def settle(
    payment: Payment,
    reported: PaymentStatus,
    *,
    refunded: int = 0,
    failure: str = "",
    now: datetime | None = None,
) -> PaidOrder | None:
    """Applies a report about a locked payment. `refunded` is the provider's running total of
    what went back: the larger of it and ours stands. Returns the order this report made
    PAID, if any, whose prints the caller hands over once its transaction commits."""
    before = (payment.status, payment.refunded_amount)
    status = advanced(payment.status, reported)
    if status.collected:
        ours = sum(
            await Refund.filter(payment_id=payment.id, status="SUCCEEDED").values_list(
                "amount", flat=True
            )
        )
        payment.refunded_amount = min(payment.amount, max(payment.refunded_amount, refunded, ours))
        status = advanced(status, refunded_status(payment.amount, payment.refunded_amount))
    if (status, payment.refunded_amount) == before:
        return None
    newly_paid = status.collected and not before[0].collected
    payment.status = status
    if newly_paid:
        payment.paid_at = now or datetime.now(UTC)
    if status is PaymentStatus.FAILED and failure:
        payment.failure_message = failure[:2_000]
    elif status.collected:
        # Only a FAILED payment says why: a success reported before or after a failure
        # leaves the same row.
        payment.failure_message = ""
    await payment.save()
    newly_failed = status is PaymentStatus.FAILED and before[0] is not PaymentStatus.FAILED
    return await _owner_effects(payment, newly_paid, newly_failed)


async def _holds_money(payment: Payment) -> bool:
    """Another payment of the same order still holds some of the money."""
    held = (PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED)
    others = Payment.filter(order_id=payment.order_id, status__in=held)  # type: ignore[attr-defined]
    return await others.exclude(id=payment.id).exists()


async def _owner_effects(
    payment: Payment, newly_paid: bool, newly_failed: bool
) -> PaidOrder | None:
    if payment.installment_id is not None and newly_paid:  # type: ignore[attr-defined]
        await _sync_installment(payment.installment_id)  # type: ignore[attr-defined]
    if newly_paid and (paid_once := paid_once_of(payment)) is not None:
        await mark_paid(paid_once, payment)
    if payment.session_id is not None:  # type: ignore[attr-defined]
        session = await sync_session(payment.session_id)  # type: ignore[attr-defined]
        if newly_paid:
            amount = money_text(payment.amount, payment.currency)
            await notify_client(session, NotificationKind.PAYMENT_RECEIVED, amount)
        elif newly_failed and payment.installment_id is None:  # type: ignore[attr-defined]
            # An installment's failure is told by the job that charged it (jobs/installments).
            failure = payment.failure_message
            await notify_client(session, NotificationKind.PAYMENT_FAILED, failure)
    if payment.order_id is None:  # type: ignore[attr-defined]
        return None
    # The order is refunded once no payment of it holds money: a second payment sent back
    # (resolvers/stripe_events.py) leaves an order paid by another as it is.
    refunded = payment.status is PaymentStatus.REFUNDED and not await _holds_money(payment)
    if not (newly_paid or newly_failed or refunded):
        return None
    order = await OrderModel.select_for_update().get(id=payment.order_id)  # type: ignore[attr-defined]
    paid = None
    if newly_paid and order.status is OrderStatus.PENDING:
        prints = await unlock_paid_order(order, payment.reference or str(payment.id))
        paid = PaidOrder(order.number, prints)
    elif newly_failed and order.status is OrderStatus.PENDING:
        reason = payment.failure_message
        await notify_order_payment_failed(order, payment.amount, payment.currency, reason)
    if refunded:
        await refund_order(order)
    return paid
