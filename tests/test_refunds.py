"""Refunds through GraphQL: full and partial through Stripe, and cancellation refunds."""

from __future__ import annotations

import httpx

from app.settings import Settings
from models.payment import Refund
from models.provider import Service
from tests.api import assert_denied, gql
from tests.payments import (
    ACCOUNT,
    PAY,
    RECORD,
    booked_session,
    charge_refunded,
    deliver,
    intent_succeeded,
    stripe_client,
)

REFUND = """
mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) {
  refunds { amount { amount } status reason }
  account { paid { amount } status payments { status refunded { amount } } }
  userErrors { field code message }
} }"""
REFUND_CANCELLED = """
mutation ($input: RefundCancelledSessionInput!) { refundCancelledSession(input: $input) {
  refunds { amount { amount } status }
  account { paid { amount } status }
  userErrors { field code message }
} }"""
CANCEL = """
mutation ($input: CancelSessionInput!) { cancelSession(input: $input) {
  session { status refundPercent } userErrors { code }
} }"""


async def test_partial_then_full_refund_through_stripe(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, stand_in):
        variables = {"input": {"sessionId": booked.session_id, "kind": "FULL"}}
        payment = (await gql(http, PAY, variables, token=booked.client_token))["payForSession"]
        intent = payment["payment"]["reference"]
        assert await deliver(http, intent_succeeded("evt_p", intent, 20_000)) == 200

        def refund(amount: int) -> dict:
            return {"input": {"paymentId": payment["payment"]["id"], "amount": amount}}

        await assert_denied(http, REFUND, refund(5_000), token=booked.client_token)
        partial = (await gql(http, REFUND, refund(5_000), token=booked.provider_token))[
            "refundPayment"
        ]
        assert partial["userErrors"] == []
        assert partial["refunds"] == [
            {"amount": {"amount": 5_000}, "status": "SUCCEEDED", "reason": ""}
        ]
        assert partial["account"]["paid"] == {"amount": 15_000}
        assert partial["account"]["status"] == "DEPOSIT_PAID"
        assert partial["account"]["payments"] == [
            {"status": "PARTIALLY_REFUNDED", "refunded": {"amount": 5_000}}
        ]

        too_much = (await gql(http, REFUND, refund(15_001), token=booked.provider_token))[
            "refundPayment"
        ]
        assert [e["code"] for e in too_much["userErrors"]] == ["TOO_LARGE"]

        full = (await gql(http, REFUND, refund(15_000), token=booked.provider_token))[
            "refundPayment"
        ]
        assert full["account"]["paid"] == {"amount": 0}
        assert full["account"]["payments"] == [
            {"status": "REFUNDED", "refunded": {"amount": 20_000}}
        ]
        refunds = await Refund.all().order_by("created_at")
        assert stand_in.keys("/v1/refunds") == [f"studiograph-refund-{r.id}" for r in refunds]
        assert [c.params["amount"] for c in stand_in.calls if c.path == "/v1/refunds"] == [
            "5000",
            "15000",
        ]
        # Stripe's own report of the refunds, arriving afterwards, changes nothing.
        assert await deliver(http, charge_refunded("evt_r", intent, 20_000, 20_000)) == 200
        account = await gql(http, ACCOUNT, {"id": booked.session_id}, token=booked.client_token)
        assert account["sessionAccount"]["paid"] == {"amount": 0}
        assert account["sessionAccount"]["payments"][0]["refunded"] == {"amount": 20_000}


async def test_cancellation_refund_follows_the_policy(client: httpx.AsyncClient) -> None:
    booked = await booked_session(price=25_000)
    # 30 days ahead: more than 48 hours but less than 60 days before, so half comes back.
    await Service.filter(id=booked.session.service_id).update(
        cancellation_policy=[
            {"hours_before": 24 * 60, "refund_percent": 100},
            {"hours_before": 48, "refund_percent": 50},
        ]
    )
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

    cancel = {"input": {"id": booked.session_id, "reason": "ill"}}
    cancelled = (await gql(client, CANCEL, cancel, token=booked.client_token))["cancelSession"]
    assert cancelled["session"] == {"status": "CANCELLED", "refundPercent": 50}

    await assert_denied(client, REFUND_CANCELLED, ask, token=booked.client_token)
    refunded = (await gql(client, REFUND_CANCELLED, ask, token=booked.provider_token))[
        "refundCancelledSession"
    ]
    assert refunded["userErrors"] == []
    # 125.00 of 250.00, from the newest payment (the balance of 175.00) first.
    assert refunded["refunds"] == [{"amount": {"amount": 12_500}, "status": "SUCCEEDED"}]
    assert refunded["account"]["paid"] == {"amount": 12_500}
    again = (await gql(client, REFUND_CANCELLED, ask, token=booked.provider_token))[
        "refundCancelledSession"
    ]
    assert [e["code"] for e in again["userErrors"]] == ["INVALID_STATE"]
