"""The client is told, in the app and by e-mail, whenever money goes back to them: once per
refund, when it is sent (or the studio records it as paid back), naming the amount and what
it was for."""

from __future__ import annotations

import httpx
from strawberry.relay import to_base64

from app.settings import Settings
from domain.notification import session_time
from models.account import User
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment, Refund
from models.shop import Order
from models.webhook import WebhookDelivery
from tests.api import gql
from tests.payments import (
    PAY,
    RECORD,
    Booked,
    booked_session,
    card_form,
    charge_refunded,
    deliver,
    intent_succeeded,
    stripe_client,
)
from tests.shop import PAY as PAY_ORDER
from tests.shop import catalog, one_photo_order
from tests.test_cancellation_refunds import (
    RECORD_REFUND,
    REFUND_CANCELLED,
    REFUNDS,
    _cancel,
    _half_back_policy,
)
from tests.test_order_notifications import CREATE_ENDPOINT
from tests.test_refunds import REFUND

MINE = "query { myNotifications(first: 20) { edges { node { kind title body } } } }"


async def _refunds_told(client: httpx.AsyncClient, token: str) -> list[dict]:
    page = (await gql(client, MINE, token=token))["myNotifications"]
    return [e["node"] for e in page["edges"] if "REFUNDED" in e["node"]["kind"]]


async def _when(booked: Booked) -> str:
    return session_time(booked.session.start_at, "Europe/Berlin")


async def _client_mail(booked: Booked) -> list[tuple[str, str]]:
    client = await User.get(id=booked.session.client_id)  # type: ignore[attr-defined]
    rows = OutboxMessage.filter(kind="PAYMENT_REFUNDED").values_list("recipient", "text_body")
    assert {recipient for recipient, _ in await rows} <= {client.email}
    return list(await rows)


async def test_a_card_refund_on_cancelling_is_told_once(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    await _half_back_policy(booked)
    async with stripe_client(settings) as (http, _):
        paid = await card_form(http, booked)
        intent = paid["reference"]
        assert await deliver(http, intent_succeeded("evt_p", intent, 20_000)) == 200
        await _cancel(http, booked)
        # Stripe's report of the refund, twice, and the studio's retry tell nothing more.
        assert await deliver(http, charge_refunded("evt_r", intent, 20_000, 10_000)) == 200
        assert await deliver(http, charge_refunded("evt_r", intent, 20_000, 10_000)) == 200
        ask = {"input": {"sessionId": booked.session_id}}
        await gql(http, REFUND_CANCELLED, ask, token=booked.provider_token)

        when = await _when(booked)
        assert await _refunds_told(http, booked.client_token) == [
            {
                "kind": "PAYMENT_REFUNDED",
                "title": "Refund sent",
                "body": f"We sent 100.00 EUR back to you for the session on {when}.",
            }
        ]
        assert await _refunds_told(http, booked.provider_token) == []
    [(_, text)] = await _client_mail(booked)
    assert "100.00 EUR" in text
    assert when in text


async def test_an_offline_refund_is_told_when_the_studio_records_it(
    client: httpx.AsyncClient,
) -> None:
    booked = await booked_session(price=25_000)
    await _half_back_policy(booked)
    variables = {"input": {"sessionId": booked.session_id, "kind": "DEPOSIT"}}
    paid = (await gql(client, PAY, variables, token=booked.client_token))["payForSession"]
    record = {"input": {"paymentId": paid["payment"]["id"], "reference": "cash"}}
    await gql(client, RECORD, record, token=booked.provider_token)
    await _cancel(client, booked)
    # Opened, not paid back yet: nothing to tell.
    assert await _refunds_told(client, booked.client_token) == []

    [pending] = (await gql(client, REFUNDS, {"id": booked.session_id}, token=booked.client_token))[
        "sessionAccount"
    ]["refunds"]
    settle = {"input": {"refundId": pending["id"], "reference": "cash back"}}
    for _ in range(2):  # the second is refused
        await gql(client, RECORD_REFUND, settle, token=booked.provider_token)
    [told] = await _refunds_told(client, booked.client_token)
    assert (
        told["body"] == f"We sent 37.50 EUR back to you for the session on {await _when(booked)}."
    )
    assert len(await _client_mail(booked)) == 1


async def test_late_money_sent_back_is_told_once(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    await _half_back_policy(booked)
    async with stripe_client(settings) as (http, stand_in):
        paid = await card_form(http, booked)
        intent = paid["reference"]
        stand_in.intents[intent]["status"] = "succeeded"  # too late to cancel it
        await _cancel(http, booked)
        for event_id in ("evt_late", "evt_late", "evt_late2"):
            assert await deliver(http, intent_succeeded(event_id, intent, 20_000)) == 200
        assert (await Refund.get()).status == "SUCCEEDED"
        [told] = await _refunds_told(http, booked.client_token)
    assert (
        told["body"] == f"We sent 100.00 EUR back to you for the session on {await _when(booked)}."
    )
    assert len(await _client_mail(booked)) == 1


async def test_a_partial_refund_of_a_session_payment_is_told(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, _):
        paid = await card_form(http, booked)
        intent = paid["reference"]
        assert await deliver(http, intent_succeeded("evt_p", intent, 20_000)) == 200
        refund = {"input": {"paymentId": paid["id"], "amount": 5_025}}
        await gql(http, REFUND, refund, token=booked.provider_token)
        [told] = await _refunds_told(http, booked.client_token)
    assert (
        told["body"] == f"We sent 50.25 EUR back to you for the session on {await _when(booked)}."
    )


async def test_an_order_refund_names_the_order_and_reaches_webhooks(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    subscribe = {
        "url": "https://hooks.example.com/refunds",
        "eventTypes": ["ORDER_PAYMENT_REFUNDED"],
    }
    created = await gql(client, CREATE_ENDPOINT, {"input": subscribe}, token=shop.admin)
    assert created["createWebhookEndpoint"]["userErrors"] == []
    family, order = await one_photo_order(client, shop, download=True)
    total = order["totals"]["total"]["amount"]
    record = {"input": {"orderId": order["id"], "amount": total, "reference": "TR-9"}}
    await gql(client, PAY_ORDER, record, token=shop.admin)
    payment = await Payment.get(order_id__isnull=False)
    refund = {"input": {"paymentId": to_base64("Payment", payment.id), "amount": total}}
    refunded = (await gql(client, REFUND, refund, token=shop.admin))["refundPayment"]
    assert refunded["userErrors"] == []

    amount = f"{total // 100}.{total % 100:02d} EUR"
    number = order["number"]
    assert await _refunds_told(client, family.token) == [
        {
            "kind": "ORDER_PAYMENT_REFUNDED",
            "title": "Refund sent",
            "body": f"We sent {amount} back to you for order {number}.",
        }
    ]
    buyer = await User.get(id=(await Order.get(number=number)).user_id)  # type: ignore[attr-defined]
    [(recipient, text)] = await OutboxMessage.filter(kind="ORDER_PAYMENT_REFUNDED").values_list(
        "recipient", "text_body"
    )
    assert recipient == buyer.email
    assert amount in text
    assert number in text
    [delivery] = await WebhookDelivery.all()
    assert delivery.event_type == "ORDER_PAYMENT_REFUNDED"
    assert delivery.payload["data"]["orderId"] == order["id"]  # type: ignore[index]
    assert await Notification.filter(kind="ORDER_PAYMENT_REFUNDED").count() == 1
