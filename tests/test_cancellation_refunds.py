"""Cancelling a paid session refunds what its policy gives back, in the same request: card
payments through Stripe, offline payments as pending refunds the studio records."""

from __future__ import annotations

import httpx

from app.settings import Settings
from models.payment import Payment, Refund
from models.provider import Service
from tests.api import assert_denied, gql
from tests.payments import (
    ACCOUNT,
    PAY,
    RECORD,
    Booked,
    booked_session,
    card_form,
    deliver,
    intent_succeeded,
)
from tests.payments import stripe_client as stripe_app

REFUND_CANCELLED = """
mutation ($input: RefundCancelledSessionInput!) { refundCancelledSession(input: $input) {
  refunds { amount { amount } status }
  account { paid { amount } status }
  userErrors { field code message }
} }"""
RECORD_REFUND = """
mutation ($input: RecordRefundInput!) { recordRefund(input: $input) {
  refunds { amount { amount } status }
  account { paid { amount } refunds { amount { amount } status } }
  userErrors { field code message }
} }"""
CANCEL = """
mutation ($input: CancelSessionInput!) { cancelSession(input: $input) {
  session { status refundPercent } userErrors { code }
} }"""
REFUNDS = """
query ($id: ID!) { sessionAccount(sessionId: $id) {
  paid { amount } refunds { id amount { amount } status }
} }"""


async def _half_back_policy(booked: Booked) -> None:
    # 30 days ahead: more than 48 hours but less than 60 days before, so half comes back.
    await Service.filter(id=booked.session.service_id).update(
        cancellation_policy=[
            {"hours_before": 24 * 60, "refund_percent": 100},
            {"hours_before": 48, "refund_percent": 50},
        ]
    )


async def _cancel(http: httpx.AsyncClient, booked: Booked) -> None:
    cancel = {"input": {"id": booked.session_id, "reason": "ill"}}
    cancelled = (await gql(http, CANCEL, cancel, token=booked.client_token))["cancelSession"]
    assert cancelled["session"] == {"status": "CANCELLED", "refundPercent": 50}


async def test_offline_payments_wait_as_pending_refunds(client: httpx.AsyncClient) -> None:
    booked = await booked_session(price=25_000)
    await _half_back_policy(booked)
    for kind, reference in (("DEPOSIT", "cash 1"), ("BALANCE", "cash 2")):
        variables = {"input": {"sessionId": booked.session_id, "kind": kind}}
        paid = (await gql(client, PAY, variables, token=booked.client_token))["payForSession"]
        record = {"input": {"paymentId": paid["payment"]["id"], "reference": reference}}
        await gql(client, RECORD, record, token=booked.provider_token)
    ask = {"input": {"sessionId": booked.session_id}}
    early = (await gql(client, REFUND_CANCELLED, ask, token=booked.provider_token))[
        "refundCancelledSession"
    ]
    assert [e["code"] for e in early["userErrors"]] == ["INVALID_STATE"]

    await _cancel(client, booked)
    # 125.00 of 250.00, from the newest payment (the balance of 175.00), waiting for the studio.
    account = (await gql(client, REFUNDS, {"id": booked.session_id}, token=booked.client_token))[
        "sessionAccount"
    ]
    assert account["paid"] == {"amount": 25_000}
    [pending] = account["refunds"]
    assert (pending["amount"], pending["status"]) == ({"amount": 12_500}, "PENDING")
    # Nothing more to open, and nothing a provider could send: the retry refuses.
    again = (await gql(client, REFUND_CANCELLED, ask, token=booked.provider_token))[
        "refundCancelledSession"
    ]
    assert [e["code"] for e in again["userErrors"]] == ["INVALID_STATE"]

    settle = {"input": {"refundId": pending["id"], "reference": "cash back"}}
    await assert_denied(client, RECORD_REFUND, settle, token=booked.client_token)
    done = (await gql(client, RECORD_REFUND, settle, token=booked.provider_token))["recordRefund"]
    assert done["userErrors"] == []
    assert done["refunds"] == [{"amount": {"amount": 12_500}, "status": "SUCCEEDED"}]
    assert done["account"]["paid"] == {"amount": 12_500}
    twice = (await gql(client, RECORD_REFUND, settle, token=booked.provider_token))["recordRefund"]
    assert [e["code"] for e in twice["userErrors"]] == ["INVALID_STATE"]
    assert await Refund.all().count() == 1


async def test_card_payment_is_refunded_when_cancelled(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    await _half_back_policy(booked)
    async with stripe_app(settings) as (http, stand_in):
        paid = await card_form(http, booked)
        intent = paid["reference"]
        assert await deliver(http, intent_succeeded("evt_p", intent, 20_000)) == 200

        await _cancel(http, booked)
        refund = await Refund.get()
        assert stand_in.keys("/v1/refunds") == [f"studiograph-refund-{refund.id}"]
        assert [c.params for c in stand_in.calls if c.path == "/v1/refunds"] == [
            {
                "payment_intent": intent,
                "amount": "10000",
                # Named, so Stripe's report of it is known as ours even before its answer.
                "metadata[refund_id]": str(refund.id),
                "metadata[payment_id]": str(refund.payment_id),  # type: ignore[attr-defined]
            }
        ]
        account = await gql(http, ACCOUNT, {"id": booked.session_id}, token=booked.client_token)
        assert account["sessionAccount"]["paid"] == {"amount": 10_000}
        assert account["sessionAccount"]["refunds"] == [
            {"amount": {"amount": 10_000}, "status": "SUCCEEDED"}
        ]
        # The manual path afterwards finds nothing more owed: no second refund.
        ask = {"input": {"sessionId": booked.session_id}}
        again = (await gql(http, REFUND_CANCELLED, ask, token=booked.provider_token))[
            "refundCancelledSession"
        ]
        assert [e["code"] for e in again["userErrors"]] == ["INVALID_STATE"]
        assert len(stand_in.keys("/v1/refunds")) == 1


async def test_a_refund_stripe_missed_is_sent_again_with_the_same_key(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    await _half_back_policy(booked)
    async with stripe_app(settings) as (http, stand_in):
        variables = {"input": {"sessionId": booked.session_id, "kind": "FULL"}}
        paid = (await gql(http, PAY, variables, token=booked.client_token))["payForSession"]
        assert (
            await deliver(http, intent_succeeded("evt_p", paid["payment"]["reference"], 1)) == 200
        )
        stand_in.outage = 3  # the first try and both of the library's retries
        await _cancel(http, booked)
        refund = await Refund.get()
        assert refund.status == "PENDING"
        ask = {"input": {"sessionId": booked.session_id}}
        retried = (await gql(http, REFUND_CANCELLED, ask, token=booked.provider_token))[
            "refundCancelledSession"
        ]
        assert retried["userErrors"] == []
        assert retried["refunds"] == [{"amount": {"amount": 10_000}, "status": "SUCCEEDED"}]
        assert retried["account"]["paid"] == {"amount": 10_000}
        key = f"studiograph-refund-{refund.id}"
        assert set(stand_in.keys("/v1/refunds")) == {key}
        assert len(stand_in.refunds) == 1
        assert await Refund.all().count() == 1


async def test_card_money_paid_as_the_session_is_cancelled_goes_back_by_the_policy(
    settings: Settings,
) -> None:
    booked = await booked_session(price=20_000, package=False)
    await _half_back_policy(booked)
    async with stripe_app(settings) as (http, stand_in):
        paid = await card_form(http, booked)
        intent = paid["reference"]
        # The client paid a moment before the cancel; Stripe's webhook is still on its way.
        stand_in.intents[intent]["status"] = "succeeded"
        await _cancel(http, booked)
        # Stripe refuses to cancel the intent: the payment stays PENDING, nothing refunded yet.
        payment = await Payment.get()
        assert stand_in.keys(f"/v1/payment_intents/{intent}/cancel") == [
            f"studiograph-payment-cancel-{payment.id}"
        ]
        assert payment.status == "PENDING"
        assert stand_in.keys("/v1/refunds") == []

        assert await deliver(http, intent_succeeded("evt_late", intent, 20_000)) == 200
        refund = await Refund.get()
        assert stand_in.keys("/v1/refunds") == [f"studiograph-refund-{refund.id}"]
        assert [c.params for c in stand_in.calls if c.path == "/v1/refunds"] == [
            {
                "payment_intent": intent,
                "amount": "10000",
                # Named, so Stripe's report of it is known as ours even before its answer.
                "metadata[refund_id]": str(refund.id),
                "metadata[payment_id]": str(refund.payment_id),  # type: ignore[attr-defined]
            }
        ]
        account = await gql(http, ACCOUNT, {"id": booked.session_id}, token=booked.client_token)
        assert account["sessionAccount"]["paid"] == {"amount": 10_000}
        assert account["sessionAccount"]["refunds"] == [
            {"amount": {"amount": 10_000}, "status": "SUCCEEDED"}
        ]
        assert account["sessionAccount"]["payments"][0]["status"] == "PARTIALLY_REFUNDED"
        # The same event again, and Stripe's second report of the success: nothing more.
        assert await deliver(http, intent_succeeded("evt_late", intent, 20_000)) == 200
        assert await deliver(http, intent_succeeded("evt_late2", intent, 20_000)) == 200
        assert await Refund.all().count() == 1
        assert len(stand_in.keys("/v1/refunds")) == 1


async def test_a_late_refund_stripe_missed_waits_for_the_retry(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    await _half_back_policy(booked)
    async with stripe_app(settings) as (http, stand_in):
        paid = await card_form(http, booked)
        intent = paid["reference"]
        stand_in.intents[intent]["status"] = "succeeded"  # too late to cancel it
        await _cancel(http, booked)
        stand_in.outage = 3  # the refund's first try and both of the library's retries
        # The money is in all the same: the event is applied, the refund waits.
        assert await deliver(http, intent_succeeded("evt_late", intent, 20_000)) == 200
        refund = await Refund.get()
        assert refund.status == "PENDING"
        ask = {"input": {"sessionId": booked.session_id}}
        retried = (await gql(http, REFUND_CANCELLED, ask, token=booked.provider_token))[
            "refundCancelledSession"
        ]
        assert retried["refunds"] == [{"amount": {"amount": 10_000}, "status": "SUCCEEDED"}]
        assert stand_in.keys("/v1/refunds") == [f"studiograph-refund-{refund.id}"] * 4


async def test_cash_recorded_after_the_cancel_waits_as_the_policy_refund(
    client: httpx.AsyncClient,
) -> None:
    booked = await booked_session(price=25_000)
    await _half_back_policy(booked)
    variables = {"input": {"sessionId": booked.session_id, "kind": "DEPOSIT"}}
    paid = (await gql(client, PAY, variables, token=booked.client_token))["payForSession"]
    await _cancel(client, booked)
    # Cancelling stops no cash on its way: the payment waits for the studio to record it.
    assert (await Payment.get()).status == "PENDING"
    record = {"input": {"paymentId": paid["payment"]["id"], "reference": "cash at the door"}}
    recorded = (await gql(client, RECORD, record, token=booked.provider_token))["recordPayment"]
    assert recorded["userErrors"] == []
    account = (await gql(client, REFUNDS, {"id": booked.session_id}, token=booked.client_token))[
        "sessionAccount"
    ]
    assert account["paid"] == {"amount": 7_500}
    assert [(r["amount"], r["status"]) for r in account["refunds"]] == [
        ({"amount": 3_750}, "PENDING")
    ]


async def test_a_cancelled_session_has_no_balance_due(client: httpx.AsyncClient) -> None:
    booked = await booked_session(price=25_000)
    await _half_back_policy(booked)
    variables = {"input": {"sessionId": booked.session_id, "kind": "DEPOSIT"}}
    paid = (await gql(client, PAY, variables, token=booked.client_token))["payForSession"]
    record = {"input": {"paymentId": paid["payment"]["id"], "reference": "cash 7"}}
    await gql(client, RECORD, record, token=booked.provider_token)
    await _cancel(client, booked)

    # Half of the deposit stays with the studio; nothing more is asked of the client.
    for token in (booked.client_token, booked.provider_token):
        account = (await gql(client, ACCOUNT, {"id": booked.session_id}, token=token))[
            "sessionAccount"
        ]
        assert account["paid"] == {"amount": 7_500}
        assert account["balanceDue"] == {"amount": 0}
    pay = (await gql(client, PAY, variables, token=booked.client_token))["payForSession"]
    assert [e["code"] for e in pay["userErrors"]] == ["INVALID_STATE"]
