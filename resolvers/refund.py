"""Refund mutations: part or all of a payment (a session's or an order's), what a cancelled
session's policy gives back (sent again after a provider outage), and offline refunds the
studio paid back by hand."""

from __future__ import annotations

from uuid import UUID

import strawberry
from strawberry import relay
from tortoise.exceptions import IntegrityError

from app.context import Info
from domain.payment import PROVIDER_UNAVAILABLE, RefundStatus
from domain.session import Actor, SessionStatus
from domain.violation import Violation
from integrations.payments import OfflineProvider, RefundResult
from models.booking import Session as SessionModel
from models.payment import Payment as PaymentModel
from models.payment import Refund as RefundModel
from models.shop import Order as OrderModel
from resolvers.nodes import decode_id
from resolvers.paid_once import paid_for
from resolvers.paid_once_kinds import paid_once_of
from resolvers.participants import actor_in
from resolvers.payment import PAYMENT_NOT_FOUND, SESSION_NOT_FOUND, payment_errors, session_for
from resolvers.payment_account import session_account
from resolvers.payment_cancelling import cancel_session_payments
from resolvers.permissions import Forbidden, IsAuthenticated
from resolvers.refunding import (
    Refunded,
    open_cancellation_refunds,
    record_refund,
    refund_payment,
    send_pending_refunds,
)
from schema.payment import (
    Payment,
    RecordRefundInput,
    Refund,
    RefundCancelledSessionInput,
    RefundPayload,
    RefundPaymentInput,
)
from schema.shop import Order

REASON_CHARS = 2_000
REFUND_NOT_FOUND = Violation("refundId", "NOT_FOUND", "No such refund.")


async def _answer(info: Info, payment: PaymentModel, refunds: list[RefundModel]) -> RefundPayload:
    """The refunds with what they changed: the session's account or the order."""
    answer = RefundPayload(refunds=[Refund.from_model(r) for r in refunds])
    if payment.session_id is not None:  # type: ignore[attr-defined]
        session = await SessionModel.get(id=payment.session_id)  # type: ignore[attr-defined]
        answer.account = await session_account(session, info.context.settings.deposit_percent)
    if payment.order_id is not None:  # type: ignore[attr-defined]
        answer.order = Order.from_model(await OrderModel.get(id=payment.order_id))  # type: ignore[attr-defined]
    return answer


def _refused(violation: Violation) -> RefundPayload:
    return RefundPayload(user_errors=payment_errors([violation]))


async def _may_refund(info: Info, payment: PaymentModel) -> None:
    """The studio gives refunds: a session's, a follow-up's or a project's provider, or
    admins; an order's, admins."""
    if payment.order_id is not None:  # type: ignore[attr-defined]
        if not info.context.is_admin:
            raise Forbidden("The studio gives refunds.")
        return
    paid_once = paid_once_of(payment)
    engagement = (
        (await paid_for(paid_once, payment))[1].engagement
        if paid_once is not None
        else await SessionModel.get(id=payment.session_id)  # type: ignore[attr-defined]
    )
    if await actor_in(info, engagement) is Actor.CLIENT:  # type: ignore[arg-type]
        raise Forbidden("The studio gives refunds.")


def _refund_id(global_id: relay.GlobalID) -> UUID | None:
    if global_id.type_name != "Refund":
        return None
    try:
        return UUID(global_id.node_id)
    except ValueError:
        return None


@strawberry.type
class RefundMutations:
    @strawberry.mutation(
        description="Give back part or all of a payment: a session's, a follow-up's or a "
        "project's (its provider or admins) or an order's (admins). A whole order refunded becomes "
        "REFUNDED and its downloads are no longer the buyer's.",
        permission_classes=[IsAuthenticated],
    )
    async def refund_payment(self, info: Info, input: RefundPaymentInput) -> RefundPayload:
        if len(input.reason) > REASON_CHARS:
            return _refused(Violation("reason", "INVALID_VALUE", "Keep it under 2,000 characters."))
        payment_id = decode_id(input.payment_id, Payment)
        payment = await PaymentModel.get_or_none(id=payment_id) if payment_id else None
        if payment is None:
            return _refused(PAYMENT_NOT_FOUND)
        await _may_refund(info, payment)
        refunded = await refund_payment(info, payment.id, input.amount, input.reason)
        if refunded.violation is not None:
            return _refused(refunded.violation)
        return await _answer(info, payment, [refunded.refund] if refunded.refund else [])

    @strawberry.mutation(
        description="Give a cancelled session what its policy gives back and is not refunded "
        "yet, send again card refunds the provider did not answer, and cancel at the provider "
        "its card payments still pending (its provider or admins). Cancelling does this "
        "itself; this is the retry.",
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
        withdrawn = await cancel_session_payments(info.context.payments, session.id)
        opened = await open_cancellation_refunds(session)
        sent: list[Refunded] = await send_pending_refunds(info.context.payments, session.id)
        problems = [r.violation for r in sent if r.violation]
        # A cancel Stripe refuses means the money is on its way: the late-money path refunds
        # it. Only a provider that did not answer is worth trying again.
        problems += [w for w in withdrawn if w == PROVIDER_UNAVAILABLE]
        if problems:
            return _refused(problems[0])
        if not opened and not sent and not withdrawn:
            nothing = "Nothing more is owed or waits for the provider."
            return _refused(Violation("sessionId", "INVALID_STATE", nothing))
        refunds = {r.id: r for r in opened} | {r.refund.id: r.refund for r in sent if r.refund}
        answer = RefundPayload(refunds=[Refund.from_model(r) for r in refunds.values()])
        session = await SessionModel.get(id=session.id)
        answer.account = await session_account(session, info.context.settings.deposit_percent)
        return answer

    @strawberry.mutation(
        description="Record that the studio paid back a pending refund of an offline payment "
        "(the session's provider or admins); card refunds are settled by the provider.",
        permission_classes=[IsAuthenticated],
    )
    async def record_refund(self, info: Info, input: RecordRefundInput) -> RefundPayload:
        reference = input.reference.strip()
        if len(reference) > 200:
            return _refused(Violation("reference", "INVALID_VALUE", "Use at most 200 characters."))
        refund_id = _refund_id(input.refund_id)
        refund = await RefundModel.get_or_none(id=refund_id) if refund_id else None
        if refund is None:
            return _refused(REFUND_NOT_FOUND)
        payment = await PaymentModel.get(id=refund.payment_id)  # type: ignore[attr-defined]
        await _may_refund(info, payment)
        if payment.provider != OfflineProvider.name or refund.status is not RefundStatus.PENDING:
            return _refused(Violation("refundId", "INVALID_STATE", "Only pending offline refunds."))
        try:
            done = await record_refund(
                refund.id, RefundResult(succeeded=True, reference=reference or None)
            )
        except IntegrityError:
            return _refused(Violation("reference", "TAKEN", "Another refund has this reference."))
        return await _answer(info, payment, [done])
