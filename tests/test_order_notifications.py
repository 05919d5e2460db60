"""A shop order's buyer is told in the app, as well as by e-mail, when it is paid, when
paying fails and when it ships; admins' webhook endpoints can hear of it too."""

from __future__ import annotations

import asyncio
import json
from contextlib import AsyncExitStack

import httpx
from strawberry.relay import from_base64

from app.settings import Settings
from models.account import Role, User
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment
from models.shop import Order
from models.webhook import WebhookDelivery
from tests.api import gql
from tests.factories import PASSWORD, make_user, token_for
from tests.payments import deliver, intent_failed, intent_succeeded, stripe_client
from tests.shop import PAY, catalog, one_photo_order
from tests.test_notification_websockets import call, listen
from tests.test_order_payments import PAY_ORDER
from tests.test_privacy import DELETE, _export
from tests.test_shop_orders import STATUS, TRACK

MINE = """
query { myNotifications(first: 10) {
  edges { node { kind title body order { id number status } } }
} }"""
CREATE_ENDPOINT = """
mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { userErrors { field code message } }
}"""


async def _told(client: httpx.AsyncClient, token: str) -> list[dict]:
    page = (await gql(client, MINE, token=token))["myNotifications"]
    return [edge["node"] for edge in reversed(page["edges"])]  # oldest first


async def test_the_buyer_is_told_in_the_app_once_per_event_and_mailed_once(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    shop = await catalog(client)
    family, order = await one_photo_order(client, shop)
    number, order_id = order["number"], order["id"]
    total = order["totals"]["total"]["amount"]
    amount = f"{total // 100}.{total % 100:02d} EUR"
    # What setting up the gallery said is not this test's business.
    await OutboxMessage.all().delete()
    await Notification.all().delete()

    async with stripe_client(settings) as (http, _):
        await gql(http, PAY_ORDER, {"input": {"orderId": order_id}}, token=family.token)
        reference = (await Payment.get(order_id__isnull=False)).reference
        assert await deliver(http, intent_failed("evt_f", reference)) == 200
        assert await deliver(http, intent_failed("evt_f2", reference)) == 200  # told once
        assert await deliver(http, intent_succeeded("evt_s", reference, total)) == 200
        assert await deliver(http, intent_succeeded("evt_s2", reference, total)) == 200
    move = {"input": {"orderId": order_id, "status": "PROCESSING"}}
    assert (await gql(client, STATUS, move, token=shop.admin))["updateOrderStatus"][
        "userErrors"
    ] == []
    track = {"input": {"orderId": order_id, "trackingNumber": "00340434", "carrier": "DHL"}}
    shipped = (await gql(client, TRACK, track, token=shop.admin))["addTracking"]
    assert shipped["order"]["status"] == "SHIPPED"

    attached = {"id": order_id, "number": number, "status": "SHIPPED"}
    assert await _told(client, family.token) == [
        {
            "kind": "ORDER_PAYMENT_FAILED",
            "title": "Order payment failed",
            "body": f"Paying for order {number} failed. Your card was declined. "
            "Your order is kept: you can pay it again in the app.",
            "order": attached,
        },
        {
            "kind": "ORDER_PAID",
            "title": "Order paid",
            "body": f"We received {amount} for order {number}. Thank you!",
            "order": attached,
        },
        {
            "kind": "ORDER_SHIPPED",
            "title": "Order shipped",
            "body": f"Your prints from order {number} are on their way. Tracking: DHL 00340434.",
            "order": attached,
        },
    ]
    # Nobody else: not the photographer, not the admin who shipped it.
    bought = await Order.get(id=from_base64(order_id)[1])
    buyer = await User.get(id=bought.user_id)  # type: ignore[attr-defined]
    assert set(await Notification.all().values_list("recipient_id", flat=True)) == {buyer.id}
    assert await _told(client, family.provider_token) == []
    assert await _told(client, shop.admin) == []
    # One mail per event, as before, and to the buyer.
    mail = await OutboxMessage.all().order_by("created_at").values_list("kind", "recipient")
    assert mail == [
        ("ORDER_PAYMENT_FAILED", buyer.email),
        ("ORDER_PAID", buyer.email),
        ("ORDER_SHIPPED", buyer.email),
    ]


async def test_an_order_paid_by_staff_tells_the_buyer_and_reaches_webhooks(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    subscribe = {"url": "https://hooks.example.com/orders", "eventTypes": ["ORDER_PAID"]}
    created = await gql(client, CREATE_ENDPOINT, {"input": subscribe}, token=shop.admin)
    assert created["createWebhookEndpoint"]["userErrors"] == []
    family, order = await one_photo_order(client, shop, download=True)
    total = order["totals"]["total"]["amount"]
    record = {"input": {"orderId": order["id"], "amount": total, "reference": "TR-9"}}
    assert (await gql(client, PAY, record, token=shop.admin))["recordOrderPayment"][
        "userErrors"
    ] == []

    [told] = [n for n in await _told(client, family.token) if n["kind"].startswith("ORDER_")]
    assert told["kind"] == "ORDER_PAID"
    assert told["order"]["id"] == order["id"]
    [delivery] = await WebhookDelivery.all()
    assert delivery.event_type == "ORDER_PAID"
    assert delivery.payload["data"]["orderId"] == order["id"]  # type: ignore[index]
    assert delivery.payload["data"]["about"] == order["number"]  # type: ignore[index]
    # Paying again is refused and tells nobody a second time.
    assert (await gql(client, PAY, record, token=shop.admin))["recordOrderPayment"]["order"] is None
    assert await Notification.filter(kind="ORDER_PAID").count() == 1
    assert await OutboxMessage.filter(kind="ORDER_PAID").count() == 1


async def test_the_order_is_shown_to_its_buyer_and_admins_only(client: httpx.AsyncClient) -> None:
    shop = await catalog(client)
    family, order = await one_photo_order(client, shop, download=True)
    record = {"input": {"orderId": order["id"], "amount": 1785, "reference": "TR-1"}}
    await gql(client, PAY, record, token=shop.admin)
    [told] = [n for n in await _told(client, family.token) if n["kind"] == "ORDER_PAID"]
    assert told["order"]["number"] == order["number"]
    # The same rules as the `order` query, should anyone else ever be told of it.
    order_row = await Notification.get(kind="ORDER_PAID").values_list("order_id", flat=True)
    stranger, admin = await make_user(), await make_user(Role.ADMIN)
    for someone in (stranger, admin):
        await Notification.create(
            recipient=someone, kind="ORDER_PAID", title="t", order_id=order_row
        )
    assert [n["order"] for n in await _told(client, await token_for(stranger))] == [None]
    [seen] = await _told(client, await token_for(admin))
    assert seen["order"]["number"] == order["number"]


async def test_the_export_names_the_order_and_the_account_can_still_go(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    shop = await catalog(client)
    family, order = await one_photo_order(client, shop, download=True)
    record = {"input": {"orderId": order["id"], "amount": 1785, "reference": "TR-2"}}
    await gql(client, PAY, record, token=shop.admin)
    _, exported = await _export(client, settings, family.token)
    [told] = [n for n in exported["sections"]["notifications"] if n["kind"] == "ORDER_PAID"]
    assert told["order_id"] == from_base64(order["id"])[1]

    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=family.token)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}
    assert await Notification.filter(kind="ORDER_PAID").count() == 0


async def test_the_buyer_hears_of_the_payment_live(client: httpx.AsyncClient, server: str) -> None:
    shop = await catalog(client)
    family, order = await one_photo_order(client, shop, download=True)
    record = {"input": {"orderId": order["id"], "amount": 1785, "reference": "TR-3"}}
    async with AsyncExitStack() as stack:
        buyer_ws = await listen(server, family.token, stack)
        photographer_ws = await listen(server, family.provider_token, stack)
        await asyncio.sleep(0.3)
        await call(server, PAY, record, shop.admin)
        message = json.loads(await asyncio.wait_for(buyer_ws.recv(), 5))
        assert message["payload"]["data"]["myNotifications"]["kind"] == "ORDER_PAID"
        assert (
            f"for order {order['number']}" in message["payload"]["data"]["myNotifications"]["body"]
        )
        # The photographer hears nothing of it.
        try:
            unexpected = await asyncio.wait_for(photographer_ws.recv(), 0.5)
        except TimeoutError:
            unexpected = None
        assert unexpected is None
