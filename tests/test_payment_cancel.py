"""cancelPayment: a client gives up on a pending payment so that another kind can start; the
provider cancels the charge first (with a key derived from our row), and a canceled payment
takes no money afterwards."""

from __future__ import annotations

import asyncio
import threading

import httpx
from strawberry.relay import to_base64

from app.settings import Settings
from models.account import Role
from models.payment import Payment
from tests.api import assert_denied, gql
from tests.factories import make_user, token_for
from tests.payments import (
    PAY,
    RECORD,
    booked_session,
    deliver,
    event,
    intent_failed,
    intent_succeeded,
    stripe_client,
)

CANCEL = """
mutation ($input: CancelPaymentInput!) { cancelPayment(input: $input) {
  payment { id status clientSecret }
  account { paid { amount } status payments { status } }
  userErrors { field code message }
} }"""


def _pay(session_id: str, kind: str) -> dict:
    return {"input": {"sessionId": session_id, "kind": kind}}


def _cancel(payment_id: str) -> dict:
    return {"input": {"paymentId": payment_id}}


async def test_an_abandoned_offline_deposit_is_cancelled_and_the_full_price_paid(
    client: httpx.AsyncClient,
) -> None:
    booked = await booked_session(price=25_000)
    token = booked.client_token
    deposit = (await gql(client, PAY, _pay(booked.session_id, "DEPOSIT"), token=token))[
        "payForSession"
    ]["payment"]
    full = (await gql(client, PAY, _pay(booked.session_id, "FULL"), token=token))["payForSession"]
    assert [e["code"] for e in full["userErrors"]] == ["PAYMENT_PENDING"]

    stranger = await token_for(await make_user())
    await assert_denied(client, CANCEL, _cancel(deposit["id"]), token=stranger)
    # The studio records money; it does not give up on the client's payment for them.
    await assert_denied(client, CANCEL, _cancel(deposit["id"]), token=booked.provider_token)
    cancelled = (await gql(client, CANCEL, _cancel(deposit["id"]), token=token))["cancelPayment"]
    assert cancelled["userErrors"] == []
    assert cancelled["payment"]["status"] == "CANCELLED"
    assert cancelled["account"] == {
        "paid": {"amount": 0},
        "status": "UNPAID",
        "payments": [{"status": "CANCELLED"}],
    }
    twice = (await gql(client, CANCEL, _cancel(deposit["id"]), token=token))["cancelPayment"]
    assert [e["code"] for e in twice["userErrors"]] == ["INVALID_STATE"]
    record = {"input": {"paymentId": deposit["id"], "reference": "cash late"}}
    late = (await gql(client, RECORD, record, token=booked.provider_token))["recordPayment"]
    assert [e["code"] for e in late["userErrors"]] == ["INVALID_STATE"]

    full = (await gql(client, PAY, _pay(booked.session_id, "FULL"), token=token))["payForSession"]
    assert full["userErrors"] == []
    assert full["payment"]["amount"]["amount"] == 25_000
    assert await Payment.all().order_by("created_at").values_list("status", flat=True) == [
        "CANCELLED",
        "PENDING",
    ]


async def test_a_card_payment_is_cancelled_at_stripe_and_cannot_succeed_after(
    settings: Settings,
) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, stand_in):
        paid = (await gql(http, PAY, _pay(booked.session_id, "FULL"), token=booked.client_token))[
            "payForSession"
        ]["payment"]
        intent = paid["reference"]
        row = await Payment.get()
        stand_in.outage = 3  # the first try and both of the library's retries
        down = (await gql(http, CANCEL, _cancel(paid["id"]), token=booked.client_token))[
            "cancelPayment"
        ]
        assert [e["code"] for e in down["userErrors"]] == ["PROVIDER_UNAVAILABLE"]
        assert (await Payment.get()).status == "PENDING"

        done = (await gql(http, CANCEL, _cancel(paid["id"]), token=booked.client_token))[
            "cancelPayment"
        ]
        assert done["userErrors"] == []
        assert done["payment"] == {"id": paid["id"], "status": "CANCELLED", "clientSecret": None}
        key = f"studiograph-payment-cancel-{row.id}"
        assert stand_in.keys(f"/v1/payment_intents/{intent}/cancel") == [key] * 4
        assert stand_in.intents[intent]["status"] == "canceled"

        # Reports arriving after the cancel (stale, or forged) take no money in.
        assert await deliver(http, intent_failed("evt_f", intent)) == 200
        assert await deliver(http, intent_succeeded("evt_s", intent, 20_000)) == 200
        row = await Payment.get(id=row.id)
        assert (row.status, row.paid_at) == ("CANCELLED", None)
        again = (await gql(http, PAY, _pay(booked.session_id, "FULL"), token=booked.client_token))[
            "payForSession"
        ]
        assert again["userErrors"] == []
        assert again["payment"]["reference"] != intent


async def test_stripe_refusing_the_cancel_leaves_the_payment_pending(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    admin = await token_for(await make_user(Role.ADMIN))
    async with stripe_client(settings) as (http, stand_in):
        paid = (await gql(http, PAY, _pay(booked.session_id, "FULL"), token=booked.client_token))[
            "payForSession"
        ]["payment"]
        intent = paid["reference"]
        # The client paid a moment ago; Stripe's webhook is still on its way.
        stand_in.intents[intent]["status"] = "succeeded"
        refused = (await gql(http, CANCEL, _cancel(paid["id"]), token=admin))["cancelPayment"]
        assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
            ("paymentId", "CANCEL_REFUSED")
        ]
        assert "status of succeeded" in refused["userErrors"][0]["message"]
        assert (await Payment.get()).status == "PENDING"
        assert await deliver(http, intent_succeeded("evt_s", intent, 20_000)) == 200
        assert (await Payment.get()).status == "SUCCEEDED"


async def test_stripe_cancelling_an_intent_itself_cancels_the_payment(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, _):
        paid = (await gql(http, PAY, _pay(booked.session_id, "FULL"), token=booked.client_token))[
            "payForSession"
        ]["payment"]
        canceled = {"id": paid["reference"], "object": "payment_intent", "status": "canceled"}
        assert await deliver(http, event("evt_c", "payment_intent.canceled", canceled)) == 200
        assert (await Payment.get()).status == "CANCELLED"


async def test_a_card_payment_is_not_cancelled_without_stripe_configured(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, _):
        paid = (await gql(http, PAY, _pay(booked.session_id, "FULL"), token=booked.client_token))[
            "payForSession"
        ]["payment"]
    # `client` pays offline: it cannot reach the intent, whose card form could still be paid.
    refused = (await gql(client, CANCEL, _cancel(paid["id"]), token=booked.client_token))[
        "cancelPayment"
    ]
    assert [e["code"] for e in refused["userErrors"]] == ["PROVIDER_UNAVAILABLE"]
    assert (await Payment.get()).status == "PENDING"


async def test_a_charge_answered_after_its_cancel_is_cancelled_at_stripe_and_handed_to_nobody(
    settings: Settings,
) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, stand_in):
        stand_in.hold = threading.Event()
        paying = asyncio.create_task(
            gql(http, PAY, _pay(booked.session_id, "FULL"), token=booked.client_token)
        )
        assert await asyncio.to_thread(stand_in.held.wait, 10)  # the row is in, Stripe asked
        row = await Payment.get()
        cancelled = (
            await gql(
                http, CANCEL, _cancel(to_base64("Payment", row.id)), token=booked.client_token
            )
        )["cancelPayment"]
        assert cancelled["userErrors"] == []
        assert cancelled["payment"]["status"] == "CANCELLED"

        stand_in.hold.set()
        answered = (await paying)["payForSession"]
        assert answered["payment"]["status"] == "CANCELLED"
        assert answered["payment"]["clientSecret"] is None
        row = await Payment.get(id=row.id)
        [intent] = stand_in.intents
        assert (row.status, row.reference, row.client_secret) == ("CANCELLED", intent, "")
        key = f"studiograph-payment-cancel-{row.id}"
        assert stand_in.keys(f"/v1/payment_intents/{intent}/cancel") == [key]
        assert stand_in.intents[intent]["status"] == "canceled"
