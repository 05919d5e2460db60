"""Choosing to pay a session's price in 1 to 4 payments, charged by jobs/installments.py."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from tortoise.transactions import in_transaction

from app.context import Info
from domain.account import normalize_email
from domain.payment import (
    PROVIDER_UNAVAILABLE,
    InstallmentStatus,
    PlanStatus,
    moved_attempt,
    moved_dues,
    overpay_violation,
    plan_schedule,
)
from domain.session import ACTIVE_STATUSES, Actor
from domain.violation import Violation
from integrations.payments import PaymentError
from models.booking import Session as SessionModel
from models.payment import Installment as InstallmentModel
from models.payment import PaymentPlan as PlanModel
from resolvers.bundle_credit import owed
from resolvers.payment import SESSION_NOT_FOUND, payment_errors, session_for, waiting_amount
from resolvers.payment_account import session_account
from resolvers.payment_locks import lock_payer
from resolvers.permissions import Forbidden, IsAuthenticated, SignedOut
from schema.payment import CreatePaymentPlanInput, PaymentPlan, PaymentPlanPayload

REFERENCE_CHARS = 200


def _refused(violation: Violation) -> PaymentPlanPayload:
    return PaymentPlanPayload(user_errors=payment_errors([violation]))


def _reference_violation(info: Info, input: CreatePaymentPlanInput) -> Violation | None:
    if info.context.payments.name != "stripe" and not (input.customer or input.payment_method):
        return None  # offline installments wait for the studio to record each one
    if not input.payment_method.startswith("pm_") or not input.customer.startswith("cus_"):
        return Violation("paymentMethod", "INVALID_VALUE", "Save a card with Stripe first.")
    if max(len(input.payment_method), len(input.customer)) > REFERENCE_CHARS:
        return Violation("paymentMethod", "INVALID_VALUE", "Not a Stripe reference.")
    return None


async def _card_violation(
    info: Info, input: CreatePaymentPlanInput, session: SessionModel
) -> Violation | None:
    """The plan charges a card off-session, with nobody there to confirm: only a card the
    payment provider holds saved to the client's own customer (the same e-mail) will do.
    Anyone's `cus_…`/`pm_…` would otherwise pay for this client's session."""
    if violation := _reference_violation(info, input):
        return violation
    if not (input.customer or input.payment_method):
        return None
    try:
        holder = await info.context.payments.card_holder(
            customer=input.customer, payment_method=input.payment_method
        )
    except PaymentError:
        return PROVIDER_UNAVAILABLE
    client = await info.context.loaders.user_by_id.load(session.client_id)  # type: ignore[attr-defined]
    if holder is None or client is None or normalize_email(holder) != client.email:
        return Violation(
            "paymentMethod", "NOT_YOUR_CARD", "Choose a card saved to your own Stripe customer."
        )
    return None


async def move_plan_dues(session: SessionModel) -> None:
    """In the transaction that moved the session, holding its row (locked before the
    installments, as the payment paths lock them): the running plan's unpaid installments
    fall due by the moved start, as `domain.payment.moved_dues` derives them; paid ones keep
    the dates they were paid by."""
    plan = await PlanModel.get_or_none(session_id=session.id, status=PlanStatus.ACTIVE)
    if plan is None:
        return
    installments = (
        await InstallmentModel.filter(plan_id=plan.id).order_by("number").select_for_update()
    )
    dues = moved_dues(installments[0].due_at, len(installments), session.start_at)
    for installment, due in zip(installments, dues, strict=True):
        if installment.status is not InstallmentStatus.SCHEDULED or installment.due_at == due:
            continue
        installment.next_attempt_at = moved_attempt(
            installment.due_at, installment.next_attempt_at, due
        )
        installment.due_at = due
        await installment.save(update_fields=["due_at", "next_attempt_at", "updated_at"])


@strawberry.type
class PaymentPlanMutations:
    @strawberry.mutation(
        description="Pay what is left of a session's price in 1, 2, 3 or 4 payments (its "
        "client): the first is charged now, the last before the balance deadline. With "
        "Stripe, the card must be saved to the client's own customer, the one with their "
        "account's e-mail (NOT_YOUR_CARD otherwise).",
        permission_classes=[IsAuthenticated],
    )
    async def create_payment_plan(
        self, info: Info, input: CreatePaymentPlanInput
    ) -> PaymentPlanPayload:
        found = await session_for(info, input.session_id)
        if found is None:
            return _refused(SESSION_NOT_FOUND)
        if found[1] is Actor.PROVIDER:
            raise Forbidden("Only the client chooses how to pay.")
        # Asked before the transaction: no row stays locked while the provider answers.
        if card := await _card_violation(info, input, found[0]):
            return _refused(card)
        now = datetime.now(UTC)
        async with in_transaction():
            # The client's account before the session, as payForSession: a plan is either
            # there for an erasure to cancel, or refused once the client is erased.
            live = await lock_payer(found[0].client_id)  # type: ignore[attr-defined]
            if not live and found[1] is Actor.CLIENT:
                raise SignedOut
            session = await SessionModel.select_for_update().get(id=found[0].id)
            if session.status not in ACTIVE_STATUSES:
                return _refused(
                    Violation("sessionId", "INVALID_STATE", "This session is not open.")
                )
            if await PlanModel.exists(session_id=session.id, status=PlanStatus.ACTIVE):
                return _refused(Violation("sessionId", "TAKEN", "A plan is already running."))
            total = owed(session) - session.paid_amount
            if waiting := await waiting_amount(session.id):
                refusal = overpay_violation(owed(session), session.paid_amount, waiting, total)
                if refusal is not None:
                    return _refused(refusal)
            if total <= 0:
                return _refused(Violation("sessionId", "ALREADY_PAID", "Nothing is left to pay."))
            schedule = plan_schedule(total, input.installments, now, session.start_at)
            if isinstance(schedule, Violation):
                return _refused(schedule)
            plan = await PlanModel.create(
                session_id=session.id,
                total_amount=total,
                currency=session.currency,
                customer_reference=input.customer,
                payment_method_reference=input.payment_method,
            )
            rows = [
                InstallmentModel(
                    plan_id=plan.id,
                    number=item.number,
                    due_at=item.due_at,
                    next_attempt_at=item.due_at,
                    amount=item.amount,
                )
                for item in schedule
            ]
            await InstallmentModel.bulk_create(rows)
        installments = await InstallmentModel.filter(plan_id=plan.id).order_by("number")
        return PaymentPlanPayload(
            plan=PaymentPlan.from_model(plan, installments),
            account=await session_account(session, info.context.settings.deposit_percent),
        )
