"""An order paid by card: its server-side total goes to Stripe, the webhook marks it PAID."""

from __future__ import annotations

from unittest.mock import ANY

import httpx
import pytest
from strawberry.relay import from_base64, to_base64

from app.settings import Settings
from integrations.fulfillment import FulfillmentLine, ManualFulfillment
from models.payment import Payment, Refund
from tests.api import assert_denied, gql
from tests.payments import deliver, intent_failed, intent_succeeded, stripe_client
from tests.shop import PAY, add, catalog, family_with_photos, one_photo_order, photos_bought, place

PAY_ORDER = """
mutation ($input: PayOrderInput!) { payOrder(input: $input) {
  payment {
    id kind amount { amount currency } status reference clientSecret
    order { id status } session { id }
  }
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
        assert paying["payment"]["order"] == {"id": order["id"], "status": "PENDING"}
        assert paying["payment"]["session"] is None
        assert paying["payment"]["amount"] == {"amount": 8_443, "currency": "EUR"}
        again = (await gql(http, PAY_ORDER, variables, token=family.token))["payOrder"]
        assert again["payment"]["id"] == paying["payment"]["id"]
        row = await Payment.get(order_id__isnull=False)
        assert stand_in.keys("/v1/payment_intents") == [f"studiograph-payment-{row.id}"]
        assert stand_in.intents[row.reference]["amount"] == 8_443

        assert await deliver(http, intent_succeeded("evt_o", row.reference, 8_443)) == 200
        paid = await gql(http, ORDER, {"id": order["id"]}, token=family.token)
        assert paid["node"]["status"] == "PAID"
        assert len(await photos_bought()) == 1
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
        assert len(await photos_bought()) == 1
        too_much = (await gql(http, REFUND, refund(7_444), token=shop.admin))["refundPayment"]
        assert [e["code"] for e in too_much["userErrors"]] == ["TOO_LARGE"]
        full = (await gql(http, REFUND, refund(7_443), token=shop.admin))["refundPayment"]
        assert full["order"] == {"status": "REFUNDED"}
        assert len(await photos_bought()) == 0
        refunds = await Refund.all().order_by("created_at")
        assert stand_in.keys("/v1/refunds") == [f"studiograph-refund-{r.id}" for r in refunds]
        payment = await Payment.get(order_id__isnull=False)
        assert (payment.status, payment.refunded_amount) == ("REFUNDED", 8_443)


ADMIN_PAYMENTS = """
query ($search: String) { adminPayments(first: 10, search: $search) {
  edges { node { id kind status provider amount { amount } refunded { amount } reference } }
} }"""


async def test_a_transfer_is_an_offline_payment_that_refunds_the_order(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=2)
    await add(client, family.token, family.photos[0], shop.download_variant)
    order = (await place(client, family.token))["order"]
    total = order["totals"]["total"]["amount"]
    record = {"input": {"orderId": order["id"], "amount": total, "reference": "TR-77"}}
    assert (await gql(client, PAY, record, token=shop.admin))["recordOrderPayment"] == {
        "order": {"status": "PAID", "paidAt": ANY},
        "userErrors": [],
    }
    assert len(await photos_bought()) == 1
    listed = await gql(client, ADMIN_PAYMENTS, {"search": order["number"]}, token=shop.admin)
    [node] = [edge["node"] for edge in listed["adminPayments"]["edges"]]
    assert {k: node[k] for k in ("kind", "status", "provider", "amount", "reference")} == {
        "kind": "ORDER",
        "status": "SUCCEEDED",
        "provider": "offline",
        "amount": {"amount": total},
        "reference": "TR-77",
    }

    # Another order paid with the same transfer reference writes nothing.
    await add(client, family.token, family.photos[1], shop.download_variant)
    second = (await place(client, family.token))["order"]
    same = {"input": {"orderId": second["id"], "amount": total, "reference": "TR-77"}}
    taken = (await gql(client, PAY, same, token=shop.admin))["recordOrderPayment"]
    assert taken == {"order": None, "userErrors": [{"field": "reference", "code": "TAKEN"}]}
    still = await gql(client, ORDER, {"id": second["id"]}, token=family.token)
    assert still["node"] == {"status": "PENDING", "paidAt": None}

    def refund(amount: int) -> dict:
        return {"input": {"paymentId": node["id"], "amount": amount}}

    await assert_denied(client, REFUND, refund(500), token=family.token)
    # The studio hands the money back itself: recorded at once, as a session's offline refund.
    partial = (await gql(client, REFUND, refund(500), token=shop.admin))["refundPayment"]
    assert partial["userErrors"] == []
    assert partial["refunds"] == [{"amount": {"amount": 500}, "status": "SUCCEEDED"}]
    assert partial["order"] == {"status": "PAID"}
    full = (await gql(client, REFUND, refund(total - 500), token=shop.admin))["refundPayment"]
    assert full["order"] == {"status": "REFUNDED"}
    assert len(await photos_bought()) == 0
    payment = await Payment.get(order_id=from_base64(order["id"])[1])
    assert (payment.status, payment.refunded_amount) == ("REFUNDED", total)


async def test_a_transfer_is_refused_while_a_card_payment_is_pending(settings: Settings) -> None:
    async with stripe_client(settings) as (http, _):
        shop = await catalog(http)
        family = await family_with_photos(http)
        await add(http, family.token, family.photos[0], shop.download_variant)
        order = (await place(http, family.token))["order"]
        paying = {"input": {"orderId": order["id"]}}
        assert (await gql(http, PAY_ORDER, paying, token=family.token))["payOrder"][
            "userErrors"
        ] == []
        total = order["totals"]["total"]["amount"]
        record = {"input": {"orderId": order["id"], "amount": total, "reference": "TR-8"}}
        refused = (await gql(http, PAY, record, token=shop.admin))["recordOrderPayment"]
        assert refused == {
            "order": None,
            "userErrors": [{"field": "orderId", "code": "INVALID_STATE"}],
        }
        assert await Payment.filter(order_id=from_base64(order["id"])[1]).count() == 1


CANCEL_ORDER = """
mutation ($input: UpdateOrderStatusInput!) { updateOrderStatus(input: $input) {
  order { status } userErrors { field code }
} }"""
CANCEL_PAYMENT = """
mutation ($input: CancelPaymentInput!) { cancelPayment(input: $input) {
  payment { status } userErrors { field code }
} }"""


async def test_an_order_is_not_cancelled_while_its_card_payment_can_still_be_paid(
    settings: Settings,
) -> None:
    async with stripe_client(settings) as (http, stand_in):
        shop = await catalog(http)
        family = await family_with_photos(http)
        await add(http, family.token, family.photos[0], shop.print_variant)
        order = (await place(http, family.token))["order"]
        paying = {"input": {"orderId": order["id"]}}
        payment = (await gql(http, PAY_ORDER, paying, token=family.token))["payOrder"]["payment"]
        cancel = {"input": {"orderId": order["id"], "status": "CANCELLED"}}
        # The card form still takes the money: cancelled, the order would keep it for nothing.
        for token in (family.token, shop.admin):
            refused = (await gql(http, CANCEL_ORDER, cancel, token=token))["updateOrderStatus"]
            assert refused == {
                "order": None,
                "userErrors": [{"field": "orderId", "code": "INVALID_STATE"}],
            }
        still = await gql(http, ORDER, {"id": order["id"]}, token=family.token)
        assert still["node"]["status"] == "PENDING"

        withdraw = {"input": {"paymentId": payment["id"]}}
        withdrawn = await gql(http, CANCEL_PAYMENT, withdraw, token=family.token)
        assert withdrawn["cancelPayment"] == {"payment": {"status": "CANCELLED"}, "userErrors": []}
        assert stand_in.intents[payment["reference"]]["status"] == "canceled"
        done = (await gql(http, CANCEL_ORDER, cancel, token=family.token))["updateOrderStatus"]
        assert done == {"order": {"status": "CANCELLED"}, "userErrors": []}


@pytest.mark.parametrize("meanwhile", ["paid by transfer", "cancelled"])
async def test_card_money_for_an_order_that_no_longer_takes_it_goes_back(
    settings: Settings, meanwhile: str
) -> None:
    async with stripe_client(settings) as (http, stand_in):
        shop = await catalog(http)
        family = await family_with_photos(http)
        await add(http, family.token, family.photos[0], shop.download_variant)
        order = (await place(http, family.token))["order"]
        total = order["totals"]["total"]["amount"]
        paying = {"input": {"orderId": order["id"]}}
        card = (await gql(http, PAY_ORDER, paying, token=family.token))["payOrder"]["payment"]
        # Declined: the intent waits for another card, in the form the client still has open.
        assert await deliver(http, intent_failed("evt_f", card["reference"])) == 200
        if meanwhile == "paid by transfer":
            record = {"input": {"orderId": order["id"], "amount": total, "reference": "TR-9"}}
            recorded = (await gql(http, PAY, record, token=shop.admin))["recordOrderPayment"]
            assert recorded["order"]["status"] == "PAID"
        else:
            cancel = {"input": {"orderId": order["id"], "status": "CANCELLED"}}
            cancelled = await gql(http, CANCEL_ORDER, cancel, token=family.token)
            assert cancelled["updateOrderStatus"]["order"] == {"status": "CANCELLED"}

        assert await deliver(http, intent_succeeded("evt_s", card["reference"], total)) == 200
        row = await Payment.get(reference=card["reference"])
        assert (row.status, row.refunded_amount) == ("REFUNDED", total)
        assert [(r["payment_intent"], r["amount"]) for r in stand_in.refunds.values()] == [
            (card["reference"], total)
        ]
        refund = await Refund.get(payment_id=row.id)
        assert stand_in.keys("/v1/refunds") == [f"studiograph-refund-{refund.id}"]
        # Redelivered, the event gives nothing back twice.
        assert await deliver(http, intent_succeeded("evt_s", card["reference"], total)) == 200
        assert await deliver(http, intent_succeeded("evt_s2", card["reference"], total)) == 200
        assert len(stand_in.refunds) == 1
        kept = "PAID" if meanwhile == "paid by transfer" else "CANCELLED"
        now = await gql(http, ORDER, {"id": order["id"]}, token=family.token)
        assert now["node"]["status"] == kept
        assert len(await photos_bought()) == (kept == "PAID")


async def test_an_order_whose_payment_still_holds_the_money_is_not_marked_refunded(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    _, order = await one_photo_order(client, shop, download=True)
    total = order["totals"]["total"]["amount"]
    record = {"input": {"orderId": order["id"], "amount": total, "reference": "TR-12"}}
    await gql(client, PAY, record, token=shop.admin)
    # Marked by hand, the order would say refunded while the studio kept every cent.
    mark = {"input": {"orderId": order["id"], "status": "REFUNDED"}}
    refused = (await gql(client, CANCEL_ORDER, mark, token=shop.admin))["updateOrderStatus"]
    assert refused == {"order": None, "userErrors": [{"field": "status", "code": "INVALID_STATE"}]}
    assert len(await photos_bought()) == 1

    payment = await Payment.get(reference="TR-12")
    part = {"input": {"paymentId": to_base64("Payment", payment.id), "amount": 500}}
    assert (await gql(client, REFUND, part, token=shop.admin))["refundPayment"]["order"] == {
        "status": "PAID"
    }
    still = (await gql(client, CANCEL_ORDER, mark, token=shop.admin))["updateOrderStatus"]
    assert still["userErrors"] == [{"field": "status", "code": "INVALID_STATE"}]
    rest = {"input": {"paymentId": to_base64("Payment", payment.id), "amount": total - 500}}
    assert (await gql(client, REFUND, rest, token=shop.admin))["refundPayment"]["order"] == {
        "status": "REFUNDED"
    }
    assert len(await photos_bought()) == 0
