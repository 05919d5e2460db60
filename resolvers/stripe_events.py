"""Applying Stripe's webhook events: each event id once, in any order, with one outcome.

An event's row in `stripe_events` is written in the transaction that applies it, so an
event is either applied and remembered, or neither. Payments only move forward and refunded
amounts only grow (resolvers/payment_effects.settle), so duplicates and reordered events
end where applying each once in order would: a late `payment_intent.succeeded` cannot
resurrect a refunded payment, and a late failure cannot undo a success.

Money that arrives for a session cancelled meanwhile (its card payment was paid too late for
the cancellation to cancel it at Stripe, or Stripe did not answer) is refunded as the
cancellation policy says: the refund is opened in the event's transaction and sent to
Stripe once it commits, with the key derived from the refund's row. Money for an order that
no longer takes it (cancelled, or paid by transfer after the card was declined, when the
client then retried the same card form) goes back in full the same way.

Refunds Stripe reports, ours or made in its dashboard, are recorded and told once per Stripe
refund id (resolvers/stripe_refunds.py), and undone once if they fail after they succeeded
(resolvers/refund_failures.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from domain.payment import PaymentStatus
from integrations.fulfillment import FulfillmentProvider
from integrations.payments import PaymentProvider
from models.payment import Payment, ProcessedStripeEvent
from resolvers.order_paid import PaidOrder, hand_over
from resolvers.paid_once import refund_unclaimed
from resolvers.paid_once_kinds import paid_once_of
from resolvers.payment_effects import settle
from resolvers.payment_locks import lock_payment
from resolvers.refunding import (
    refund_late_payment,
    refund_unclaimed_order_payment,
    send_payment_refunds,
    send_pending_refunds,
)
from resolvers.stripe_refunds import (
    REFUND_EVENTS,
    charge_total_refunded,
    listed_refunds,
    our_ids,
    record_stripe_refund,
)


@dataclass(frozen=True, slots=True)
class _Applied:
    """What is left to do once the event's transaction commits."""

    paid: PaidOrder | None = None  # an order it made PAID: its prints go to the lab
    refund_session: UUID | None = None  # a cancelled session whose late money goes back
    refund_payment: UUID | None = None  # an order's payment that paid nothing goes back


async def _payment_for(intent_id: str | None, metadata: dict[str, Any]) -> Payment | None:
    """Locked; found by the PaymentIntent, or by our id in its metadata when the event
    outran the answer that gave us the intent's id."""
    found = await Payment.get_or_none(reference=intent_id) if intent_id else None
    if found is None:
        try:
            payment_id = UUID(str(metadata.get("payment_id")))
        except ValueError:
            return None
        found = await Payment.get_or_none(id=payment_id)
        if found is None:
            return None
    payment = await lock_payment(found.id)
    if payment.reference is None and intent_id:
        payment.reference = intent_id
    return payment


async def _collect(payment: Payment, *, refunded: int = 0) -> _Applied:
    """The money of a locked payment arrived; a cancelled session's share goes back, and so
    does all of it for an order it did not pay."""
    before = payment.status.collected
    paid = await settle(payment, PaymentStatus.SUCCEEDED, refunded=refunded)
    if before or not payment.status.collected:
        return _Applied(paid)
    if payment.order_id is not None:  # type: ignore[attr-defined]
        if paid is None and await refund_unclaimed_order_payment(payment):
            return _Applied(refund_payment=payment.id)
        return _Applied(paid)
    if (paid_once := paid_once_of(payment)) is not None:
        # Money for a follow-up or project paid already (another card form), or called
        # off, goes back in full.
        unclaimed = await refund_unclaimed(paid_once, payment)
        return _Applied(refund_payment=payment.id if unclaimed else None)
    if not await refund_late_payment(payment):
        return _Applied(paid)
    return _Applied(paid, refund_session=payment.session_id)  # type: ignore[attr-defined]


async def _apply(kind: str, obj: dict[str, Any]) -> _Applied:
    metadata = obj.get("metadata") or {}
    if kind == "payment_intent.succeeded":
        payment = await _payment_for(obj.get("id"), metadata)
        if payment is not None:
            return await _collect(payment)
    elif kind == "payment_intent.payment_failed":
        payment = await _payment_for(obj.get("id"), metadata)
        if payment is not None:
            error = obj.get("last_payment_error") or {}
            await settle(payment, PaymentStatus.FAILED, failure=str(error.get("message", "")))
    elif kind == "payment_intent.canceled":
        # Ours (cancelPayment) or Stripe's own after a long wait: either way it takes no money.
        payment = await _payment_for(obj.get("id"), metadata)
        if payment is not None:
            await settle(payment, PaymentStatus.CANCELLED)
    elif kind == "charge.refunded":
        payment = await _payment_for(obj.get("payment_intent"), metadata)
        if payment is not None:
            for refund in listed_refunds(obj):
                await record_stripe_refund(payment, refund)
            # A refund implies the charge succeeded, even if that event is still on its way.
            total = int(obj.get("amount_refunded") or 0)
            return await _collect(payment, refunded=await charge_total_refunded(payment, total))
    elif kind in REFUND_EVENTS:
        # The refund's metadata is its own: ours carry the payment's id, for a report that
        # outran the answer giving the payment its PaymentIntent.
        payment_id = our_ids(obj)[1]
        payment = await _payment_for(obj.get("payment_intent"), {"payment_id": payment_id})
        if payment is not None:
            await record_stripe_refund(payment, obj)
            return await _collect(payment)
    return _Applied()


async def apply_stripe_event(
    event: dict[str, Any], fulfillment: FulfillmentProvider, payments: PaymentProvider
) -> bool:
    """True if applied now; False if this event id was applied before. Kinds we do not act on
    are remembered too, so Stripe stops resending them. After the commit, an order the event
    made PAID has its prints handed to `fulfillment`, and a refund it opened is sent through
    `payments` (if Stripe does not answer, it waits PENDING for `refundCancelledSession`)."""
    event_id = str(event["id"])
    if await ProcessedStripeEvent.exists(event_id=event_id):
        return False
    try:
        async with in_transaction():
            # First, so a concurrent delivery of the same event waits here for ours to end.
            await ProcessedStripeEvent.create(event_id=event_id, type=str(event["type"])[:100])
            applied = await _apply(str(event["type"]), event["data"]["object"])
    except IntegrityError:
        return False
    await hand_over(fulfillment, applied.paid)
    if applied.refund_session is not None:
        await send_pending_refunds(payments, applied.refund_session)
    if applied.refund_payment is not None:
        await send_payment_refunds(payments, applied.refund_payment)
    return True
