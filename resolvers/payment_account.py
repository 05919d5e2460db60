"""A session's account as the payment mutations and the `sessionAccount` query answer it."""

from __future__ import annotations

from strawberry import relay

from domain.payment import balance_due_at, deposit_amount
from domain.session import SessionStatus
from models.booking import Session as SessionModel
from models.payment import Installment as InstallmentModel
from models.payment import Payment as PaymentModel
from models.payment import PaymentPlan as PlanModel
from models.payment import Refund as RefundModel
from resolvers.bundle_credit import owed
from schema.common import Money
from schema.payment import Payment, PaymentPlan, Refund, SessionAccount


def _balance_due(session: SessionModel) -> int:
    """What the client is still asked for: nothing once the session is cancelled (the studio
    keeps, at most, what its policy left with it), nor for what a bundle's credit covers."""
    if session.status is SessionStatus.CANCELLED:
        return 0
    return max(owed(session) - session.paid_amount, 0)


async def session_account(session: SessionModel, deposit_percent: int) -> SessionAccount:
    """Four statements whatever the number of payments, refunds and installments."""
    payments = await PaymentModel.filter(session_id=session.id).order_by("created_at")
    refunds = await RefundModel.filter(payment__session_id=session.id).order_by("created_at")
    plan = await PlanModel.filter(session_id=session.id).order_by("-created_at").first()
    installments = await InstallmentModel.filter(plan_id=plan.id).order_by("number") if plan else []
    currency = session.currency
    has_package = session.package_id is not None  # type: ignore[attr-defined]
    deposit = deposit_amount(session.price_amount, deposit_percent)
    return SessionAccount(
        session_id=relay.GlobalID("Session", str(session.id)),
        price=Money(amount=session.price_amount, currency=currency),
        deposit=Money(amount=deposit, currency=currency) if has_package else None,
        paid=Money(amount=session.paid_amount, currency=currency),
        balance_due=Money(amount=_balance_due(session), currency=currency),
        balance_due_at=balance_due_at(session.start_at),
        extra_time=Money(amount=session.extra_amount, currency=currency),
        extra_minutes=session.charged_minutes,
        status=session.payment_status,
        payments=[Payment.from_model(row, session.client_id) for row in payments],  # type: ignore[attr-defined]
        refunds=[Refund.from_model(row) for row in refunds],
        plan=PaymentPlan.from_model(plan, installments) if plan else None,
    )
