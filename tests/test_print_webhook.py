"""The print lab's webhook: signed, fresh, applied once, and only forward."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from uuid import UUID

import httpx
import pytest
from strawberry.relay import from_base64, to_base64

from app.main import create_app
from app.settings import Settings
from integrations.fulfillment import SIGNATURE_HEADER, sign
from models.notification import Notification
from models.payment import Payment
from models.shop import FulfillmentEvent
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from tests.api import gql
from tests.print_lab import SECRET, deliver, event
from tests.shop import PAY, add, admin_token, catalog, family_with_photos, photos_bought, place

TRACK = """
mutation ($input: AddTrackingInput!) {
  addTracking(input: $input) { order { status } userErrors { field code } }
}"""
REFUND = """
mutation ($input: RefundPaymentInput!) {
  refundPayment(input: $input) { order { status } userErrors { field code } }
}"""


@pytest.fixture
async def lab(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings.model_copy(update={"print_webhook_secret": SECRET}))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def paid_order(client: httpx.AsyncClient) -> list[str]:
    """A paid order of two prints; the ids of its items."""
    shop = await catalog(client)
    family = await family_with_photos(client)
    await add(client, family.token, family.photos[0], shop.print_variant)
    await add(client, family.token, family.photos[1], shop.poster_variant)
    order = (await place(client, family.token))["order"]
    total = order["totals"]["total"]["amount"]
    pay = {"input": {"orderId": order["id"], "amount": total, "reference": "bank"}}
    await gql(client, PAY, pay, token=shop.admin)
    return [from_base64(item["id"])[1] for item in order["items"]]


async def statuses() -> list[tuple[str, str]]:
    rows = await OrderItemModel.all().order_by("position")
    return [(row.fulfillment_status, row.tracking_number) for row in rows]


async def test_signed_reports_move_items_and_the_order_once(
    client: httpx.AsyncClient, lab: httpx.AsyncClient
) -> None:
    first, second = await paid_order(client)
    printed = event("evt_1", {"itemId": first, "status": "PRINTED"})
    response = await deliver(lab, printed)
    assert response.status_code == 200
    assert response.json() == {"applied": True}
    assert await statuses() == [("PRINTED", ""), ("PENDING", "")]
    assert (await OrderModel.get()).status == "PAID"  # the poster is not made yet

    both = event(
        "evt_2",
        {"itemId": first, "status": "SHIPPED", "carrier": "DHL", "trackingNumber": "JJD01"},
        {"itemId": second, "status": "SHIPPED", "carrier": "DHL", "trackingNumber": "JJD02"},
    )
    assert (await deliver(lab, both)).json() == {"applied": True}
    assert await statuses() == [("SHIPPED", "JJD01"), ("SHIPPED", "JJD02")]
    assert (await OrderModel.get()).status == "SHIPPED"

    # The same event again, and an older report arriving late, change nothing.
    assert (await deliver(lab, both)).json() == {"applied": False}
    late = event("evt_0", {"itemId": first, "status": "IN_PRODUCTION"})
    assert (await deliver(lab, late)).json() == {"applied": True}
    assert await statuses() == [("SHIPPED", "JJD01"), ("SHIPPED", "JJD02")]
    assert (await OrderModel.get()).status == "SHIPPED"


async def test_bad_missing_or_old_signatures_change_nothing(
    client: httpx.AsyncClient, lab: httpx.AsyncClient
) -> None:
    first, _ = await paid_order(client)
    body = event("evt_1", {"itemId": first, "status": "SHIPPED", "trackingNumber": "X"})
    wrong = await deliver(lab, body, secret="guessed")
    old = await deliver(lab, body, age=301)  # a captured request replayed later
    bare = await lab.post("/webhooks/print", content=body)
    tampered = await lab.post(
        "/webhooks/print",
        content=body.replace(b"SHIPPED", b"PRINTED"),
        headers={SIGNATURE_HEADER: sign(SECRET, int(time.time()), body)},
    )
    assert [r.status_code for r in (wrong, old, bare, tampered)] == [400, 400, 400, 400]
    unknown = event(
        "evt_2",
        {"itemId": first, "status": "SHIPPED"},
        {"itemId": "5b0f6c1e-8f5b-4a55-9a53-0d2a8e0a1c11", "status": "SHIPPED"},
    )
    assert (await deliver(lab, unknown)).status_code == 400
    assert (await deliver(lab, b"{not json")).status_code == 400
    assert await statuses() == [("PENDING", ""), ("PENDING", "")]
    assert await FulfillmentEvent.all().count() == 0
    # Without a secret configured, the route takes nothing at all.
    assert (await client.post("/webhooks/print", content=body)).status_code == 404


async def test_the_buyer_hears_of_the_parcels_when_the_lab_reports_them_delivered_at_once(
    client: httpx.AsyncClient, lab: httpx.AsyncClient
) -> None:
    first, second = await paid_order(client)
    delivered = event(
        "evt_1",
        {"itemId": first, "status": "DELIVERED", "carrier": "DHL", "trackingNumber": "JJD01"},
        {"itemId": second, "status": "DELIVERED", "carrier": "DHL", "trackingNumber": "JJD02"},
    )
    assert (await deliver(lab, delivered)).json() == {"applied": True}
    assert (await OrderModel.get()).status == "DELIVERED"
    # The shipping mail carries the tracking numbers; a late SHIPPED report cannot send it.
    late = event("evt_0", {"itemId": first, "status": "SHIPPED"})
    assert (await deliver(lab, late)).json() == {"applied": True}
    shipped = await Notification.filter(kind="ORDER_SHIPPED").values_list("body", flat=True)
    assert len(shipped) == 1
    assert "JJD01" in shipped[0]
    assert "JJD02" in shipped[0]


async def test_tracking_for_the_whole_order_skips_the_prints_the_lab_cancelled(
    client: httpx.AsyncClient, lab: httpx.AsyncClient
) -> None:
    _, second = await paid_order(client)
    cancelled = event("evt_1", {"itemId": second, "status": "CANCELLED"})
    assert (await deliver(lab, cancelled)).json() == {"applied": True}
    order_id = to_base64("Order", (await OrderModel.get()).id)
    admin = await admin_token()
    track = {"input": {"orderId": order_id, "trackingNumber": "JJD01", "carrier": "DHL"}}
    shipped = (await gql(client, TRACK, track, token=admin))["addTracking"]
    assert shipped["userErrors"] == []
    assert await statuses() == [("SHIPPED", "JJD01"), ("CANCELLED", "")]
    # Named, a cancelled print is no item that ships either.
    named = {"input": track["input"] | {"itemIds": [to_base64("OrderItem", second)]}}
    refused = (await gql(client, TRACK, named, token=admin))["addTracking"]
    assert refused["userErrors"] == [{"field": "itemIds", "code": "NOT_FOUND"}]
    assert await statuses() == [("SHIPPED", "JJD01"), ("CANCELLED", "")]


async def test_an_order_whose_prints_the_lab_all_cancelled_is_cancelled(
    client: httpx.AsyncClient, lab: httpx.AsyncClient
) -> None:
    first, second = await paid_order(client)
    one = event("evt_1", {"itemId": first, "status": "CANCELLED"})
    assert (await deliver(lab, one)).json() == {"applied": True}
    assert (await OrderModel.get()).status == "PAID"  # the poster is still to make
    both = event("evt_2", {"itemId": second, "status": "CANCELLED"})
    assert (await deliver(lab, both)).json() == {"applied": True}
    assert (await OrderModel.get()).status == "CANCELLED"
    assert not await Notification.filter(kind="ORDER_SHIPPED").exists()
    [told] = await Notification.filter(kind="ORDER_CANCELLED")
    assert "could not make its prints" in told.body
    # The studio gives the money back; the order stays cancelled.
    payment = await Payment.get(reference="bank")
    back = {"paymentId": to_base64("Payment", payment.id), "amount": payment.amount}
    refunded = await gql(client, REFUND, {"input": back}, token=await admin_token())
    assert refunded["refundPayment"] == {"order": {"status": "CANCELLED"}, "userErrors": []}


async def test_an_order_left_with_its_downloads_is_delivered_without_a_parcel(
    client: httpx.AsyncClient, lab: httpx.AsyncClient
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client)
    await add(client, family.token, family.photos[0], shop.print_variant)
    await add(client, family.token, family.photos[1], shop.download_variant)
    order = (await place(client, family.token))["order"]
    total = order["totals"]["total"]["amount"]
    pay = {"input": {"orderId": order["id"], "amount": total, "reference": "bank"}}
    await gql(client, PAY, pay, token=shop.admin)
    print_id = from_base64(order["items"][0]["id"])[1]
    cancelled = event("evt_1", {"itemId": print_id, "status": "CANCELLED"})
    assert (await deliver(lab, cancelled)).json() == {"applied": True}
    assert (await OrderModel.get()).status == "DELIVERED"
    # No "your order has shipped" naming no parcel; the download stays the family's.
    assert not await Notification.filter(kind="ORDER_SHIPPED").exists()
    assert await photos_bought() == {UUID(from_base64(family.photos[1])[1])}
