"""deleteMyAccount and the payment plans of the client's sessions: the installment job
(jobs/installments.py) charges their card off-session, with nobody there, so an erasure
cancels what is left unpaid and forgets the saved card, in its transaction. The payment
provider is told nothing: the card stays the client's, saved with their customer, and is
simply never named again.

An installment the job is charging right now (claimed, its lease running, or locked by it)
keeps the account, as a payment the provider is processing does: the job asks the provider
outside its transactions, so cancelling it under the job would not stop that charge.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from domain.payment import InstallmentStatus, PlanStatus
from models.account import User
from models.booking import Session
from models.payment import Installment, PaymentPlan


def _plans(user: User) -> QuerySet[PaymentPlan]:
    """Every plan of a session they are the client of; one table, so FOR UPDATE of a
    query built on it locks nothing else."""
    sessions = Session.filter(client_id=user.id).values("id")
    return PaymentPlan.filter(session_id__in=Subquery(sessions))


def _scheduled(user: User) -> QuerySet[Installment]:
    running = _plans(user).filter(status=PlanStatus.ACTIVE).values("id")
    return Installment.filter(plan_id__in=Subquery(running), status=InstallmentStatus.SCHEDULED)


async def lock_scheduled_installments(user: User) -> tuple[list[Installment], int]:
    """Their running plans' installments still to charge, locked, and how many of them the
    job is charging. SKIP LOCKED: the job holds an installment while it records a charge
    (after its payment and session, resolvers/payment_locks.py), and waiting for it here,
    holding the account's row the job's notice to the client needs, could deadlock; a
    locked one is counted as being charged. Claimed later, the rows locked here are skipped
    by the job's claim (SKIP LOCKED too), and cancelled before it looks again."""
    every = await _scheduled(user).values_list("id", flat=True)
    locked = await _scheduled(user).order_by("id").select_for_update(skip_locked=True)
    now = datetime.now(UTC)
    free = [row for row in locked if row.claimed_until is None or row.claimed_until <= now]
    return free, len(every) - len(free)


async def stop_plans(user: User, installments: list[Installment]) -> None:
    """Cancels the locked installments and their plans, and blanks the saved card of every
    plan of theirs (a finished one's too): nothing can charge it again."""
    await Installment.filter(id__in=[row.id for row in installments]).update(
        status=InstallmentStatus.CANCELLED, claimed_until=None
    )
    await _plans(user).filter(status=PlanStatus.ACTIVE).update(status=PlanStatus.CANCELLED)
    await _plans(user).update(customer_reference="", payment_method_reference="")
