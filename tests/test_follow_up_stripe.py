"""A follow-up paid by card: the payment carries Stripe's client secret, and the webhook
(signed with the stripe library) pays the follow-up once, however often it is delivered."""

from __future__ import annotations

from typing import Any

import httpx

from app.settings import Settings
from models.aftercare import FollowUpRequest
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment, Refund
from tests.api import gql
from tests.payments import intent_failed, intent_succeeded, signed, stripe_client
from tests.shop import admin_token
from tests.test_aftercare import ANSWER
from tests.test_follow_up_payments import PAY, REFUND, asked, codes, seen

PAYMENTS = """
query { adminPayments(kind: FOLLOW_UP) { edges { node {
  status clientSecret followUp { id paid }
} } } }"""


async def applied(http: httpx.AsyncClient, event: dict[str, Any]) -> bool:
    """Posts a correctly signed event; whether it was applied now."""
    body, headers = signed(event)
    response = await http.post("/webhooks/stripe", content=body, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["applied"]  # type: ignore[no-any-return]


async def test_a_card_payment_pays_the_follow_up_once_when_stripe_confirms_it(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    follow_up = await asked(client)
    async with stripe_client(settings) as (http, stand_in):
        paying = await gql(http, PAY, follow_up.pay(), token=follow_up.client_token)
        payment = paying["payFollowUp"]["payment"]
        row = await Payment.get()
        assert payment["reference"] == row.reference
        assert payment["clientSecret"] == stand_in.intents[row.reference]["client_secret"]
        assert stand_in.intents[row.reference]["amount"] == 1000
        assert stand_in.intents[row.reference]["metadata"] == {"payment_id": str(row.id)}
        assert stand_in.keys("/v1/payment_intents") == [f"studiograph-payment-{row.id}"]
        again = await gql(http, PAY, follow_up.pay(), token=follow_up.client_token)
        assert again["payFollowUp"]["payment"] == payment
        assert len(stand_in.keys("/v1/payment_intents")) == 1
        provider = follow_up.studio.provider_token
        unpaid = await gql(http, ANSWER, follow_up.answer(), token=provider)
        assert codes(unpaid["answerFollowUp"]) == ["NOT_PAID"]

        succeeded = intent_succeeded("evt_fu_1", row.reference, 1000)
        assert await applied(http, succeeded) is True
        assert await applied(http, succeeded) is False  # the same event again
        # Another report of the same success (Stripe may send one per attempt).
        assert await applied(http, intent_succeeded("evt_fu_2", row.reference, 1000)) is True
        paid_at = (await FollowUpRequest.get()).paid_at
        assert paid_at is not None
        assert (await seen(client, follow_up))["paid"] is True
        assert (await Payment.get()).status == "SUCCEEDED"
        [told] = await Notification.filter(kind="FOLLOW_UP_PAID")
        assert told.recipient_id == follow_up.studio.profile.user_id  # type: ignore[attr-defined]
        assert await OutboxMessage.filter(kind="FOLLOW_UP_PAID").count() == 1

        listed = await gql(http, PAYMENTS, token=await admin_token())
        [node] = [edge["node"] for edge in listed["adminPayments"]["edges"]]
        # Admins see what the payment is for; the card form stays the client's.
        assert node == {
            "status": "SUCCEEDED",
            "clientSecret": None,
            "followUp": {"id": follow_up.follow_up_id, "paid": True},
        }
        done = await gql(http, ANSWER, follow_up.answer(), token=provider)
        assert done["answerFollowUp"]["followUp"]["status"] == "ANSWERED"

        refund = {"input": {"paymentId": payment["id"], "amount": 1000, "reason": "Sorry"}}
        given = (await gql(http, REFUND, refund, token=provider))["refundPayment"]
        assert given["refunds"] == [{"amount": {"amount": 1000}, "status": "SUCCEEDED"}]
        assert [r["amount"] for r in stand_in.refunds.values()] == [1000]
        assert (await Payment.get()).status == "REFUNDED"
        assert await Notification.filter(kind="FOLLOW_UP_REFUNDED").count() == 1
        # A late report of the success neither revives the payment nor tells anyone again.
        assert await applied(http, intent_succeeded("evt_fu_3", row.reference, 1000)) is True
        assert (await Payment.get()).status == "REFUNDED"
        assert (await FollowUpRequest.get()).paid_at == paid_at
        assert await Notification.filter(kind="FOLLOW_UP_PAID").count() == 1


async def test_a_second_card_form_paid_after_the_first_goes_back_in_full(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    follow_up = await asked(client)
    async with stripe_client(settings) as (http, stand_in):
        first = await gql(http, PAY, follow_up.pay(), token=follow_up.client_token)
        first_ref = first["payFollowUp"]["payment"]["reference"]
        assert await applied(http, intent_failed("evt_fu_declined", first_ref)) is True
        assert (await seen(client, follow_up))["paid"] is False
        # Declined: a new card form, which is paid...
        second = await gql(http, PAY, follow_up.pay(), token=follow_up.client_token)
        second_ref = second["payFollowUp"]["payment"]["reference"]
        assert second_ref != first_ref
        assert await applied(http, intent_succeeded("evt_fu_paid", second_ref, 1000)) is True
        # ...and then the declined form, retried, goes through too: nothing claims it.
        assert await applied(http, intent_succeeded("evt_fu_late", first_ref, 1000)) is True
        late = await Payment.get(reference=first_ref)
        assert late.status == "REFUNDED"
        [refund] = await Refund.filter(payment_id=late.id)
        assert (refund.amount, refund.status) == (1000, "SUCCEEDED")
        assert [(r["payment_intent"], r["amount"]) for r in stand_in.refunds.values()] == [
            (first_ref, 1000)
        ]
        assert (await Payment.get(reference=second_ref)).status == "SUCCEEDED"
        assert await Notification.filter(kind="FOLLOW_UP_PAID").count() == 1
        [told] = await Notification.filter(kind="FOLLOW_UP_REFUNDED")
        assert told.recipient_id == (await FollowUpRequest.get()).client_id  # type: ignore[attr-defined]
