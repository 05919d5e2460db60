"""Billing the extra time of an extended session (`extendSession`), in its transaction.

The extra time raises the session's price, which every payment rule reads: what is still due
grows by it, and a session paid in full owes it as its balance (`payForSession` with kind
BALANCE, or the studio recording it). A running payment plan takes it as one more
installment due at once, which the installment job charges to the plan's card (offline, the
studio records it): while a plan runs, no other payment may be started beside it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.context import Info
from domain.extra_time import extension_detail, extension_price
from domain.notification import NotificationKind
from domain.payment import PlanStatus, session_payment_status
from models.booking import Session as SessionModel
from models.payment import Installment as InstallmentModel
from models.payment import PaymentPlan as PlanModel
from resolvers.audit import audit
from resolvers.bundle_credit import owed
from resolvers.notification import notify_session

# The columns `charge_extra_time` changes, for the caller's save.
BILLED_FIELDS = (
    "extended_minutes",
    "charged_minutes",
    "extra_amount",
    "price_amount",
    "payment_status",
)


def _booked_minutes(session: SessionModel) -> int:
    length = int((session.end_at - session.start_at).total_seconds() // 60)
    return length - session.extended_minutes


def bill_extension(session: SessionModel, minutes: int, *, charge: bool) -> int:
    """Prices `minutes` more of the session (before its end moves) at its booked rate, or at
    nothing when not `charge`d, and sets its price and payment status; the caller saves
    `BILLED_FIELDS` under the session's row lock. What the extension costs."""
    booked_price = session.price_amount - session.extra_amount
    extra = (
        extension_price(booked_price, _booked_minutes(session), session.charged_minutes, minutes)
        if charge
        else 0
    )
    session.extended_minutes += minutes
    if charge:
        session.charged_minutes += minutes
    session.extra_amount += extra
    session.price_amount += extra
    # paid_amount is current: every payment path sets it holding this same row lock.
    session.payment_status = session_payment_status(owed(session), session.paid_amount)
    return extra


async def add_to_plan(session: SessionModel, amount: int, now: datetime) -> bool:
    """Holding the session's row (locked before the plan, as the payment paths lock them): a
    running plan takes `amount` as one more installment due `now`; True if one did. A new
    installment rather than a larger one: one being charged keeps the amount its payment and
    the provider's idempotency key were made with."""
    if amount <= 0:
        return False
    plan = await PlanModel.select_for_update().get_or_none(
        session_id=session.id, status=PlanStatus.ACTIVE
    )
    if plan is None:
        return False
    last = await InstallmentModel.filter(plan_id=plan.id).order_by("-number").first()
    await InstallmentModel.create(
        plan_id=plan.id,
        number=(last.number if last else 0) + 1,
        due_at=now,
        next_attempt_at=now,
        amount=amount,
    )
    plan.total_amount += amount
    await plan.save(update_fields=["total_amount", "updated_at"])
    return True


async def record_extension(
    info: Info, session: SessionModel, minutes: int, cost: int, before: tuple[datetime, int]
) -> None:
    """What follows a saved extension in its transaction: its `cost` joins a running plan,
    an admin's extension is audited, and the other side (the client, when the provider
    extends) is told how long and what it costs, and how it is to be paid. `before` is the
    session's end and price before it."""
    in_plan = await add_to_plan(session, cost, datetime.now(UTC))
    price = session.price_amount
    changes: dict[str, object] = {"end_at": (before[0].isoformat(), session.end_at.isoformat())}
    if price != before[1]:
        changes["price_amount"] = (before[1], price)
    await audit(info, info.field_name, "Session", session.id, **changes)
    detail = extension_detail(minutes, cost, price, session.currency)
    mail = {"extra": cost > 0, "plan": in_plan}
    await notify_session(info, session, NotificationKind.SESSION_EXTENDED, detail, mail=mail)
