"""Paying for sessions: deposits, balances and full payments, through the configured provider.

A payment row is committed before the provider is called, and the provider gets an
idempotency key derived from that row. A request retried after a timeout finds the same
pending row, sends the same key, and gets the provider's first answer back: one charge.
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

import strawberry
from strawberry import relay
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.context import Info
from domain.payment import (
    PROVIDER_UNAVAILABLE,
    Due,
    InstallmentStatus,
    PaymentKind,
    PaymentStatus,
    PlanStatus,
    idempotency_key,
    overpay_violation,
    session_amount_due,
)
from domain.session import PAYABLE_STATUSES, Actor
from domain.violation import Violation
from integrations.payments import ChargeOutcome, PaymentError
from models.booking import Session as SessionModel
from models.payment import Installment as InstallmentModel
from models.payment import Payment as PaymentModel
from resolvers.bundle_credit import owed
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.order_paid import hand_over
from resolvers.paid_once_kinds import paid_once_of
from resolvers.paid_once_record import record_paid_once_payment
from resolvers.participants import actor_in
from resolvers.payment_account import session_account
from resolvers.payment_cancelling import withdraw_charge
from resolvers.payment_effects import settle
from resolvers.payment_locks import lock_payer, lock_payment
from resolvers.permissions import Forbidden, IsAuthenticated, SignedOut
from resolvers.refunding import refund_late_payment
from schema.booking import Session
from schema.payment import (
    PayForSessionInput,
    Payment,
    PaymentErrorCode,
    PaymentPayload,
    PaymentUserError,
    RecordPaymentInput,
    SessionAccount,
)

SESSION_NOT_FOUND = Violation("sessionId", "NOT_FOUND", "No such session.")
PAYMENT_NOT_FOUND = Violation("paymentId", "NOT_FOUND", "No such payment.")


def payment_errors(violations: list[Violation]) -> list[PaymentUserError]:
    return to_user_errors(violations, PaymentUserError, PaymentErrorCode)


def refused(*violations: Violation) -> PaymentPayload:
    return PaymentPayload(user_errors=payment_errors(list(violations)))


async def session_for(info: Info, global_id: relay.GlobalID) -> tuple[SessionModel, Actor] | None:
    session_id = decode_id(global_id, Session)
    session = await SessionModel.get_or_none(id=session_id) if session_id else None
    if session is None:
        return None
    return session, await actor_in(info, session)


async def charge_payment(
    info: Info, payment: PaymentModel, description: str, payer_id: UUID
) -> PaymentPayload:
    """Asks the provider for a committed pending payment and records its answer; `payer_id`
    alone is shown its client secret."""
    try:
        charge = await info.context.payments.charge(
            amount=payment.amount,
            currency=payment.currency,
            key=idempotency_key("payment", payment.id),
            description=description,
            metadata={"payment_id": str(payment.id)},
        )
    except PaymentError:
        return refused(PROVIDER_UNAVAILABLE)
    paid = None
    async with in_transaction():
        payment = await lock_payment(payment.id)
        # cancelPayment may have run while the provider answered: the charge's reference is
        # kept (its webhooks find the row), its card form is handed to nobody.
        withdrawn = payment.status is PaymentStatus.CANCELLED
        if charge.reference and payment.reference != charge.reference:
            payment.reference = charge.reference
            payment.client_secret = "" if withdrawn else charge.client_secret
            await payment.save(update_fields=["reference", "client_secret", "updated_at"])
        if charge.outcome is ChargeOutcome.SUCCEEDED:
            paid = await settle(payment, PaymentStatus.SUCCEEDED)
        elif charge.outcome is ChargeOutcome.FAILED:
            await settle(payment, PaymentStatus.FAILED, failure=charge.failure)
    if withdrawn and charge.reference:
        await withdraw_charge(info.context.payments, payment)
    await hand_over(info.context.fulfillment, paid)
    return PaymentPayload(payment=Payment.from_model(payment, payer_id))


async def waiting_amount(session_id: UUID) -> int:
    """What is on its way for a session: pending payments and the unpaid installments of a
    running plan (one being charged may count twice: that only refuses more)."""
    pending = await PaymentModel.filter(
        session_id=session_id, status=PaymentStatus.PENDING
    ).values_list("amount", flat=True)
    scheduled = await InstallmentModel.filter(
        plan__session_id=session_id,
        plan__status=PlanStatus.ACTIVE,
        status__not=InstallmentStatus.PAID,
    ).values_list("amount", flat=True)
    return sum(pending) + sum(scheduled)


async def _pending_payment(info: Info, session: SessionModel, due: Due) -> PaymentModel | Violation:
    """The session's pending payment of this kind and amount (a retried request), or a new
    one unless it would overpay with what is on its way; the caller holds the session's
    lock, so two requests cannot both see nothing waiting."""
    provider = info.context.payments.name
    found = await PaymentModel.filter(
        session_id=session.id,
        kind=due.kind,
        amount=due.amount,
        provider=provider,
        status=PaymentStatus.PENDING,
    ).first()
    if found is not None:
        return found
    waiting = await waiting_amount(session.id)
    refusal = overpay_violation(owed(session), session.paid_amount, waiting, due.amount)
    return refusal or await PaymentModel.create(
        session_id=session.id,
        kind=due.kind,
        amount=due.amount,
        currency=session.currency,
        provider=provider,
    )


@strawberry.type
class PaymentQueries:
    @strawberry.field(
        description="What a session costs and what was paid; its client, provider or admins.",
        permission_classes=[IsAuthenticated],
    )
    async def session_account(
        self, info: Info, session_id: relay.GlobalID
    ) -> SessionAccount | None:
        found = await session_for(info, session_id)
        if found is None:
            return None
        return await session_account(found[0], info.context.settings.deposit_percent)


@strawberry.type
class PaymentMutations:
    @strawberry.mutation(
        description="Start paying for a session (its client), before it or once it took "
        "place: package sessions take a deposit and then the balance, others are paid in "
        "full. With Stripe the payment carries a client secret for the card form; offline it "
        "waits for the studio to record it.",
        permission_classes=[IsAuthenticated],
    )
    async def pay_for_session(self, info: Info, input: PayForSessionInput) -> PaymentPayload:
        settings = info.context.settings
        async with in_transaction():
            found = await session_for(info, input.session_id)
            if found is None:
                return refused(SESSION_NOT_FOUND)
            if found[1] is Actor.PROVIDER:
                raise Forbidden("Only the client pays for a session.")
            # The client's account before the session, as deleteMyAccount locks them: an
            # erasure under way is waited for, and its client then refused as signed out.
            live = await lock_payer(found[0].client_id)  # type: ignore[attr-defined]
            if not live and found[1] is Actor.CLIENT:
                raise SignedOut
            session = await SessionModel.select_for_update().get(id=found[0].id)
            if session.status not in PAYABLE_STATUSES:
                return refused(Violation("sessionId", "INVALID_STATE", "This session is not open."))
            due = session_amount_due(
                PaymentKind(input.kind),
                owed(session),
                settings.deposit_percent,
                has_package=session.package_id is not None,  # type: ignore[attr-defined]
                paid=session.paid_amount,
            )
            if isinstance(due, Violation):
                return refused(due)
            payment = await _pending_payment(info, session, due)
            if isinstance(payment, Violation):
                return refused(payment)
        if payment.reference and payment.client_secret:
            # Already asked for.
            paid = PaymentPayload(payment=Payment.from_model(payment, session.client_id))  # type: ignore[attr-defined]
        else:
            description = f"Session {session.id} ({due.kind})"
            paid = await charge_payment(info, payment, description, session.client_id)  # type: ignore[attr-defined]
        session = await SessionModel.get(id=session.id)
        paid.account = await session_account(session, settings.deposit_percent)
        return paid

    @strawberry.mutation(
        description="Record money received outside the site for a pending offline payment "
        "(the provider of its session, follow-up or project, or admins). For a session cancelled "
        "meanwhile, what its policy gives back, and otherwise what it brings beyond the "
        "price, waits as a pending refund to record with `recordRefund`.",
        permission_classes=[IsAuthenticated],
    )
    async def record_payment(self, info: Info, input: RecordPaymentInput) -> PaymentPayload:
        reference = input.reference.strip()
        if not 0 < len(reference) <= 200:
            return refused(Violation("reference", "INVALID_VALUE", "Use 1 to 200 characters."))
        payment_id = decode_id(input.payment_id, Payment)
        found = await PaymentModel.get_or_none(id=payment_id) if payment_id else None
        if found is not None and (what := paid_once_of(found)) is not None:
            return await record_paid_once_payment(info, what, found.id, reference)
        if found is None or found.session_id is None:  # type: ignore[attr-defined]
            return refused(PAYMENT_NOT_FOUND)
        try:
            async with in_transaction():
                payment = await lock_payment(found.id)
                session = await SessionModel.get(id=payment.session_id)  # type: ignore[attr-defined]
                if await actor_in(info, session) is Actor.CLIENT:
                    raise Forbidden("The studio records payments it received.")
                if payment.provider != "offline" or payment.status is not PaymentStatus.PENDING:
                    return refused(
                        Violation("paymentId", "INVALID_STATE", "Only pending offline payments.")
                    )
                payment.reference = reference
                await settle(payment, PaymentStatus.SUCCEEDED, now=datetime.now(UTC))
                # Money received for a session cancelled meanwhile goes back by its policy,
                # and money beyond the price goes back, as a pending refund the studio
                # records (`recordRefund`).
                await refund_late_payment(payment)
        except IntegrityError:
            return refused(Violation("reference", "TAKEN", "Another payment has this reference."))
        session = await SessionModel.get(id=session.id)
        return PaymentPayload(
            payment=Payment.from_model(payment, session.client_id),  # type: ignore[attr-defined]
            account=await session_account(session, info.context.settings.deposit_percent),
        )
