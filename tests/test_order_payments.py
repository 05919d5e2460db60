"""An order paid by card: its server-side total goes to Stripe, the webhook marks it PAID."""

from __future__ import annotations

import httpx
import pytest

from app.settings import Settings
from integrations.fulfillment import FulfillmentLine, ManualFulfillment
from models.gallery import Photo as PhotoModel
from models.payment import Payment, Refund
from tests.api import assert_denied, gql
from tests.payments import deliver, intent_succeeded, stripe_client
from tests.shop import add, catalog, family_with_photos, place

PAY_ORDER = """
mutation ($input: PayOrderInput!) { payOrder(input: $input) {
  payment { id kind amount { amount currency } status reference clientSecret }
  userErrors { field code message }
} }"""
ORDER = """query ($id: ID!) { node(id: $id) { ... on Order { status paidAt } } }"""


async def test_order_paid_through_stripe(client: httpx.AsyncClient, settings: Settings) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=2)
    await add(client, family.token, family.photos[0], shop.print_variant, quantity=2)
    await add(client, family.token, family.photos[1], shop.download_variant)
    order = (await place(client, family.token))["order"]
    # Two prints at 25.00 and a download at 15.00, 5.95 shipping (free only over 75.00), 19% tax.
    assert order["totals"]["total"] == {"amount": 8_443}
    variables = {"input": {"orderId": order["id"]}}

    offline = (await gql(client, PAY_ORDER, variables, token=family.token))["payOrder"]
    assert [e["code"] for e in offline["userErrors"]] == ["INVALID_STATE"]

    async with stripe_client(settings) as (http, stand_in):
        await assert_denied(http, PAY_ORDER, variables, token=family.provider_token)
        paying = (await gql(http, PAY_ORDER, variables, token=family.token))["payOrder"]
        assert paying["userErrors"] == []
        assert paying["payment"]["kind"] == "ORDER"
        assert paying["payment"]["amount"] == {"amount": 8_443, "currency": "EUR"}
        again = (await gql(http, PAY_ORDER, variables, token=family.token))["payOrder"]
        assert again["payment"]["id"] == paying["payment"]["id"]
        row = await Payment.get(order_id__isnull=False)
        assert stand_in.keys("/v1/payment_intents") == [f"studiograph-payment-{row.id}"]
        assert stand_in.intents[row.reference]["amount"] == 8_443

        assert await deliver(http, intent_succeeded("evt_o", row.reference, 8_443)) == 200
        paid = await gql(http, ORDER, {"id": order["id"]}, token=family.token)
        assert paid["node"]["status"] == "PAID"
        assert await PhotoModel.filter(purchased=True).count() == 1
        after = (await gql(http, PAY_ORDER, variables, token=family.token))["payOrder"]
        assert [e["code"] for e in after["userErrors"]] == ["INVALID_STATE"]


REFUND = """
mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) {
  refunds { amount { amount } status }
  order { status }
  account { paid { amount } }
  userErrors { field code message }
} }"""


async def test_a_card_paid_order_goes_to_the_lab_once_and_is_refunded(
    client: httpx.AsyncClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    submitted: list[tuple[str, list[FulfillmentLine]]] = []

    async def submit(self: ManualFulfillment, number: str, lines: list[FulfillmentLine]) -> None:
        submitted.append((number, list(lines)))

    monkeypatch.setattr(ManualFulfillment, "submit", submit)
    shop = await catalog(client)
    family = await family_with_photos(client, count=2)
    await add(client, family.token, family.photos[0], shop.print_variant, quantity=2)
    await add(client, family.token, family.photos[1], shop.download_variant)
    order = (await place(client, family.token))["order"]
    async with stripe_client(settings) as (http, stand_in):
        variables = {"input": {"orderId": order["id"]}}
        paying = (await gql(http, PAY_ORDER, variables, token=family.token))["payOrder"]
        intent = paying["payment"]["reference"]
        assert submitted == []
        assert await deliver(http, intent_succeeded("evt_o", intent, 8_443)) == 200
        assert [
            (number, [(ln.sku, ln.quantity) for ln in lines]) for number, lines in submitted
        ] == [(order["number"], [("PRINT-20x30", 2)])]
        # The same event again, and Stripe's second report of the success: nothing more.
        assert await deliver(http, intent_succeeded("evt_o", intent, 8_443)) == 200
        assert await deliver(http, intent_succeeded("evt_o2", intent, 8_443)) == 200
        assert len(submitted) == 1

        def refund(amount: int) -> dict:
            return {"input": {"paymentId": paying["payment"]["id"], "amount": amount}}

        await assert_denied(http, REFUND, refund(1_000), token=family.token)
        await assert_denied(http, REFUND, refund(1_000), token=family.provider_token)
        partial = (await gql(http, REFUND, refund(1_000), token=shop.admin))["refundPayment"]
        assert partial["userErrors"] == []
        assert partial["refunds"] == [{"amount": {"amount": 1_000}, "status": "SUCCEEDED"}]
        assert partial["order"] == {"status": "PAID"}
        assert partial["account"] is None
        assert await PhotoModel.filter(purchased=True).count() == 1
        too_much = (await gql(http, REFUND, refund(7_444), token=shop.admin))["refundPayment"]
        assert [e["code"] for e in too_much["userErrors"]] == ["TOO_LARGE"]
        full = (await gql(http, REFUND, refund(7_443), token=shop.admin))["refundPayment"]
        assert full["order"] == {"status": "REFUNDED"}
        assert await PhotoModel.filter(purchased=True).count() == 0
        refunds = await Refund.all().order_by("created_at")
        assert stand_in.keys("/v1/refunds") == [f"studiograph-refund-{r.id}" for r in refunds]
        payment = await Payment.get(order_id__isnull=False)
        assert (payment.status, payment.refunded_amount) == ("REFUNDED", 8_443)
