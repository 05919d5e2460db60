"""Charging payment plans' due installments off-session, with retries and a grace period.

Due installments are claimed with `FOR UPDATE SKIP LOCKED` and leased (as the outbox does),
so concurrent workers never charge one installment together, and a worker that dies mid-way
leaves its installments to the next one after the lease. The provider's idempotency key is
derived from the installment and its attempt number, which only grows once a failure is
recorded: a charge whose outcome was lost is asked again with the same key, and Stripe
answers with the first result instead of charging twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from procrastinate import Blueprint, JobContext
from tortoise import connections
from tortoise.transactions import in_transaction

from app.settings import Settings, payment_provider
from domain.notification import NotificationKind
from domain.payment import (
    InstallmentStatus,
    PaymentKind,
    PaymentStatus,
    PlanStatus,
    idempotency_key,
    retry_after,
)
from domain.session import SessionStatus
from integrations.payments import Charge, ChargeOutcome, PaymentError, PaymentProvider
from models.booking import Session as SessionModel
from models.payment import Installment, Payment, PaymentPlan
from resolvers.payment_effects import notify_client, settle
from resolvers.payment_locks import lock_payment
from resolvers.refunding import refund_late_payment, send_pending_refunds

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)
BATCH_SIZE = 20
# A charge the provider left pending (offline: the studio records it) is looked at again then.
PENDING_RECHECK = timedelta(days=1)

_CLAIM = """
UPDATE payment_installments SET claimed_until = now() + $1::interval, updated_at = now()
WHERE id IN (
    SELECT i.id FROM payment_installments i JOIN payment_plans p ON p.id = i.plan_id
    JOIN sessions s ON s.id = p.session_id
    WHERE i.status = 'SCHEDULED' AND p.status = 'ACTIVE' AND i.next_attempt_at <= $2
      AND s.status <> 'CANCELLED'
      AND (i.claimed_until IS NULL OR i.claimed_until <= now())
    ORDER BY i.next_attempt_at
    LIMIT $3
    FOR UPDATE OF i SKIP LOCKED
)
RETURNING id
"""


@dataclass(frozen=True, slots=True)
class Charged:
    paid: int = 0
    failed: int = 0


async def _attempt(
    provider: PaymentProvider, installment_id: UUID
) -> tuple[Installment, PaymentPlan, Payment] | None:
    """The installment's payment for this attempt: the pending one a lost answer left, or a
    new one; None if the installment is no longer due."""
    async with in_transaction():
        installment = await Installment.select_for_update().get(id=installment_id)
        if installment.status is not InstallmentStatus.SCHEDULED:
            return None
        plan = await PaymentPlan.get(id=installment.plan_id)  # type: ignore[attr-defined]
        if plan.status is not PlanStatus.ACTIVE:
            return None
        # A cancelled session is owed refunds, not further charges.
        session = await SessionModel.get(id=plan.session_id)  # type: ignore[attr-defined]
        if session.status is SessionStatus.CANCELLED:
            return None
        payment = await Payment.filter(
            installment_id=installment.id, status=PaymentStatus.PENDING
        ).first()
        if payment is None:
            payment = await Payment.create(
                session_id=plan.session_id,  # type: ignore[attr-defined]
                installment_id=installment.id,
                kind=PaymentKind.INSTALLMENT,
                amount=installment.amount,
                currency=plan.currency,
                provider=provider.name,
            )
    return installment, plan, payment


async def _failed(installment: Installment, plan: PaymentPlan, failure: str, now: datetime) -> None:
    """Counts the failure; past the last retry the plan has FAILED and both sides are told."""
    installment.failures += 1
    installment.last_error = failure[:2_000]
    installment.claimed_until = None
    delay = retry_after(installment.failures)
    if delay is None:
        installment.status = InstallmentStatus.FAILED
        plan = await PaymentPlan.select_for_update().get(id=plan.id)
        plan.status = PlanStatus.FAILED
        await plan.save(update_fields=["status", "updated_at"])
        session = await SessionModel.get(id=plan.session_id)  # type: ignore[attr-defined]
        await notify_client(session, NotificationKind.PAYMENT_FAILED, failure, provider_too=True)
    else:
        installment.next_attempt_at = now + delay
    await installment.save()


async def _record(
    installment_id: UUID, plan: PaymentPlan, payment_id: UUID, charge: Charge, now: datetime
) -> bool:
    """Applies the charge's outcome; True if the session was cancelled while it was being
    charged, so the policy's refund of it was opened and waits to be sent."""
    late = False
    async with in_transaction():
        payment = await lock_payment(payment_id)
        installment = await Installment.select_for_update().get(id=installment_id)
        if charge.reference and payment.reference is None:
            payment.reference = charge.reference
            await payment.save(update_fields=["reference", "updated_at"])
        if charge.outcome is ChargeOutcome.SUCCEEDED:
            collected = payment.status.collected
            await settle(payment, PaymentStatus.SUCCEEDED, now=now)
            late = not collected and await refund_late_payment(payment)
        elif charge.outcome is ChargeOutcome.FAILED:
            await settle(payment, PaymentStatus.FAILED, failure=charge.failure)
            await _failed(installment, plan, charge.failure or "The charge failed.", now)
        else:
            installment.claimed_until = None
            installment.next_attempt_at = now + PENDING_RECHECK
            await installment.save(update_fields=["claimed_until", "next_attempt_at", "updated_at"])
    return late


async def charge_installment(
    provider: PaymentProvider, installment_id: UUID, now: datetime
) -> bool:
    """One claimed installment; True if it is paid now."""
    attempt = await _attempt(provider, installment_id)
    if attempt is None:
        return False
    installment, plan, payment = attempt
    try:
        charge = await provider.charge(
            amount=payment.amount,
            currency=payment.currency,
            key=idempotency_key("installment", installment.id, installment.failures + 1),
            description=f"Installment {installment.number} of plan {plan.id}",
            metadata={"payment_id": str(payment.id), "installment_id": str(installment.id)},
            customer=plan.customer_reference,
            payment_method=plan.payment_method_reference,
        )
    except PaymentError:
        # Unknown outcome: the lease runs out and the same attempt (same key) is asked again.
        log.warning("installment charge: provider unavailable", extra={"id": str(installment.id)})
        return False
    if await _record(installment.id, plan, payment.id, charge, now):
        await send_pending_refunds(provider, plan.session_id)  # type: ignore[attr-defined]
    return charge.outcome is ChargeOutcome.SUCCEEDED


async def _execute(query: str, *values: Any) -> list[dict[str, Any]]:
    return await connections.get("default").execute_query_dict(query, list(values))


async def charge_due_installments(
    provider: PaymentProvider, now: datetime | None = None, *, batch_size: int = BATCH_SIZE
) -> Charged:
    """Charges every installment due by `now` (tests pass a later one), a batch at a time."""
    now = now or datetime.now(UTC)
    paid = failed = 0
    while rows := await _execute(_CLAIM, LEASE, now, batch_size):
        for row in rows:
            if await charge_installment(provider, row["id"], now):
                paid += 1
            else:
                failed += 1
    return Charged(paid=paid, failed=failed)


blueprint = Blueprint()


# Every minute; the queueing lock keeps at most one run waiting however many workers run.
@blueprint.periodic(cron="* * * * *")
@blueprint.task(name="charge_installments", queueing_lock="charge_installments", pass_context=True)
async def charge_installments(context: JobContext, timestamp: int) -> None:
    settings: Settings = context.additional_context["settings"]
    charged = await charge_due_installments(payment_provider(settings))
    if charged.paid or charged.failed:
        log.info("installments charged", extra={"paid": charged.paid, "failed": charged.failed})
