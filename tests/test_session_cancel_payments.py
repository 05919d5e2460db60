"""cancelSession cancels the session's pending card payments at Stripe (with the key derived
from each payment's row), so the client can no longer pay for a cancelled session. What
Stripe does not cancel stays PENDING for the late-money path (whose refund of a success
Stripe refused to cancel is tested in tests/test_cancellation_refunds.py) and for the
studio's retry, `refundCancelledSession`."""

from __future__ import annotations

import httpx

from app.settings import Settings
from models.payment import Payment, Refund
from models.provider import Service
from tests.api import gql
from tests.payments import ACCOUNT, PAY, Booked, booked_session, deliver, intent_succeeded
from tests.payments import stripe_client as stripe_app
from tests.test_cancellation_refunds import REFUND_CANCELLED

CANCEL = """
mutation ($input: CancelSessionInput!) { cancelSession(input: $input) {
  session { status refundPercent } userErrors { code }
} }"""


async def _pay(http: httpx.AsyncClient, booked: Booked, kind: str) -> dict:
    variables = {"input": {"sessionId": booked.session_id, "kind": kind}}
    return (await gql(http, PAY, variables, token=booked.client_token))["payForSession"]


async def _cancel(http: httpx.AsyncClient, booked: Booked) -> None:
    cancel = {"input": {"id": booked.session_id, "reason": "ill"}}
    cancelled = (await gql(http, CANCEL, cancel, token=booked.client_token))["cancelSession"]
    assert cancelled == {"session": {"status": "CANCELLED", "refundPercent": 50}, "userErrors": []}


async def _half_back(booked: Booked) -> Booked:
    # 30 days ahead: less than 60 days but more than 48 hours before, so half comes back.
    await Service.filter(id=booked.session.service_id).update(
        cancellation_policy=[
            {"hours_before": 24 * 60, "refund_percent": 100},
            {"hours_before": 48, "refund_percent": 50},
        ]
    )
    return booked


async def test_a_pending_card_balance_is_cancelled_and_the_paid_deposit_refunded(
    settings: Settings,
) -> None:
    booked = await _half_back(await booked_session(price=20_000))
    async with stripe_app(settings) as (http, stand_in):
        deposit = (await _pay(http, booked, "DEPOSIT"))["payment"]["reference"]
        assert await deliver(http, intent_succeeded("evt_d", deposit, 6_000)) == 200
        balance = (await _pay(http, booked, "BALANCE"))["payment"]
        intent = balance["reference"]

        await _cancel(http, booked)
        row = await Payment.get(reference=intent)
        assert stand_in.keys(f"/v1/payment_intents/{intent}/cancel") == [
            f"studiograph-payment-cancel-{row.id}"
        ]
        assert stand_in.intents[intent]["status"] == "canceled"
        assert row.status == "CANCELLED"
        # Half of what was paid (the deposit), nothing of the balance that never came.
        refund = await Refund.get()
        assert stand_in.keys("/v1/refunds") == [f"studiograph-refund-{refund.id}"]
        account = (await gql(http, ACCOUNT, {"id": booked.session_id}, token=booked.client_token))[
            "sessionAccount"
        ]
        assert account["paid"] == {"amount": 3_000}
        assert [(p["kind"], p["status"]) for p in account["payments"]] == [
            ("DEPOSIT", "PARTIALLY_REFUNDED"),
            ("BALANCE", "CANCELLED"),
        ]
        assert account["refunds"] == [{"amount": {"amount": 3_000}, "status": "SUCCEEDED"}]

        # A stale or forged success of the cancelled intent takes no money in.
        assert await deliver(http, intent_succeeded("evt_b", intent, 14_000)) == 200
        assert (await Payment.get(id=row.id)).status == "CANCELLED"
        assert await Refund.all().count() == 1
        again = await _pay(http, booked, "BALANCE")
        assert [e["code"] for e in again["userErrors"]] == ["INVALID_STATE"]


async def test_a_card_payment_stays_pending_while_stripe_is_down(settings: Settings) -> None:
    booked = await _half_back(await booked_session(price=20_000, package=False))
    async with stripe_app(settings) as (http, stand_in):
        intent = (await _pay(http, booked, "FULL"))["payment"]["reference"]
        stand_in.outage = 3  # the first try and both of the library's retries
        await _cancel(http, booked)
        row = await Payment.get()
        key = f"studiograph-payment-cancel-{row.id}"
        assert stand_in.keys(f"/v1/payment_intents/{intent}/cancel") == [key] * 3
        assert stand_in.intents[intent]["status"] == "requires_payment_method"
        assert row.status == "PENDING"

        # The studio's retry cancels it once Stripe answers again, with the same key.
        ask = {"input": {"sessionId": booked.session_id}}
        retried = (await gql(http, REFUND_CANCELLED, ask, token=booked.provider_token))[
            "refundCancelledSession"
        ]
        assert (retried["refunds"], retried["userErrors"]) == ([], [])
        assert stand_in.keys(f"/v1/payment_intents/{intent}/cancel") == [key] * 4
        assert stand_in.intents[intent]["status"] == "canceled"
        assert (await Payment.get()).status == "CANCELLED"


async def test_a_card_payment_stripe_never_answered_is_left_pending(settings: Settings) -> None:
    booked = await _half_back(await booked_session(price=20_000, package=False))
    async with stripe_app(settings) as (http, stand_in):
        stand_in.outage = 3
        unanswered = (await _pay(http, booked, "FULL"))["userErrors"]
        assert [e["code"] for e in unanswered] == ["PROVIDER_UNAVAILABLE"]
        await _cancel(http, booked)
        # No intent id to cancel: Stripe's answer to the charge could still come with a card
        # form, whose money the late-money path then refunds; a CANCELLED row would drop it.
        assert [c.path for c in stand_in.calls] == ["/v1/payment_intents"] * 3
        assert (await Payment.get()).status == "PENDING"
