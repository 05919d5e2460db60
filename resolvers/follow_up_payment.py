"""Paying a priced follow-up question (its client), through the payments flow sessions and
orders use: a pending payment row committed first, then the provider asked with a key
derived from it (`charge_payment`). With Stripe the payment carries the card form's client
secret and the webhook pays the follow-up; offline, the studio records the transfer
(`recordPayment`, resolvers/paid_once_record.py). Either way resolvers/paid_once.py
marks it paid and tells the provider."""

from __future__ import annotations

import strawberry
from tortoise.transactions import in_transaction

from app.context import Info
from domain.follow_up import payment_refusal
from domain.violation import Violation
from models.aftercare import FollowUpRequest, FollowUpStatus
from resolvers.follow_up_paid import FOLLOW_UP, followed_by
from resolvers.nodes import decode_id
from resolvers.paid_once import own_locked, pending_payment
from resolvers.participants import Engagement
from resolvers.payment import charge_payment, refused
from resolvers.permissions import IsAuthenticated
from schema.aftercare import FollowUp, PayFollowUpInput
from schema.payment import Payment, PaymentPayload

FOLLOW_UP_NOT_FOUND = Violation("followUpId", "NOT_FOUND", "No such follow-up.")


async def _engagement(row: FollowUpRequest) -> Engagement:
    return (await followed_by(row)).engagement  # type: ignore[return-value]


@strawberry.type
class FollowUpPaymentMutations:
    @strawberry.mutation(
        description="Pay your own priced follow-up question while it is OPEN. With Stripe the "
        "payment carries a client secret for the card form, and the follow-up is paid once "
        "Stripe confirms; offline it waits for the studio to record the transfer "
        "(`recordPayment`). Its provider answers it once it is paid. A retried request "
        "returns the same pending payment. Refused for an included follow-up (NO_CHARGE), "
        "one paid already (ALREADY_PAID) or answered (INVALID_STATE).",
        permission_classes=[IsAuthenticated],
    )
    async def pay_follow_up(self, info: Info, input: PayFollowUpInput) -> PaymentPayload:
        async with in_transaction():
            follow_up_id = decode_id(input.follow_up_id, FollowUp)
            follow_up = await own_locked(
                info, FollowUpRequest, follow_up_id, _engagement, "Follow-ups"
            )
            if follow_up is None:
                return refused(FOLLOW_UP_NOT_FOUND)
            refusal = payment_refusal(
                follow_up.price_amount,
                paid=follow_up.paid_at is not None,
                answered=follow_up.status == FollowUpStatus.ANSWERED,
            )
            if refusal is not None:
                return refused(refusal)
            payment = await pending_payment(
                info, FOLLOW_UP, follow_up, follow_up.price_amount, follow_up.currency
            )
        client_id = follow_up.client_id  # type: ignore[attr-defined]
        if payment.reference and payment.client_secret:
            # Already asked for.
            return PaymentPayload(payment=Payment.from_model(payment, client_id))
        description = f"Follow-up {follow_up.id} ({follow_up.kind})"
        return await charge_payment(info, payment, description, client_id)
