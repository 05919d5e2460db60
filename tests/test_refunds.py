"""Refunds through GraphQL: full and partial through Stripe, and cancellation refunds."""

from __future__ import annotations

import httpx

from app.settings import Settings
from models.payment import Refund
from tests.api import assert_denied, gql
from tests.payments import (
    ACCOUNT,
    PAY,
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


async def test_a_card_payment_is_not_refunded_while_stripe_is_not_configured(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, _):
        variables = {"input": {"sessionId": booked.session_id, "kind": "FULL"}}
        payment = (await gql(http, PAY, variables, token=booked.client_token))["payForSession"]
        intent = payment["payment"]["reference"]
        assert await deliver(http, intent_succeeded("evt_paid", intent, 20_000)) == 200

    # The default app pays offline: it must not mark card money as given back.
    variables = {"input": {"paymentId": payment["payment"]["id"], "amount": 5_000}}
    refused = (await gql(client, REFUND, variables, token=booked.provider_token))["refundPayment"]
    assert [e["code"] for e in refused["userErrors"]] == ["PROVIDER_UNAVAILABLE"]
    assert refused["refunds"] == []
    # Kept pending: a retry once Stripe is configured again sends it with the same key.
    assert await Refund.filter(status="PENDING").values_list("amount", flat=True) == [5_000]
