"""An order that comes to nothing needs no card: placing it pays it, at no charge, with the
receipt saying so, its downloads the buyer's and its prints handed to the lab."""

from __future__ import annotations

import httpx
import pytest
from strawberry.relay import from_base64

from app.settings import Settings
from domain.shop import OrderStatus
from integrations.fulfillment import FulfillmentLine, ManualFulfillment
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment
from models.shop import Order as OrderModel
from tests.api import gql
from tests.payments import stripe_client
from tests.shop import add, catalog, create_product, create_variant, family_with_photos, place
from tests.test_order_payments import ORDER, PAY_ORDER

PHOTO = "query ($id: ID!) { node(id: $id) { ... on Photo { purchased } } }"
PAY_FREE = """
mutation ($input: PayOrderInput!) { payOrder(input: $input) {
  payment { id } order { status paidAt } userErrors { field code message }
} }"""


async def _free_variants(client: httpx.AsyncClient, admin: str) -> tuple[str, str]:
    """A download and a print given away: (download variant, print variant)."""
    gifts = await create_product(client, admin, "gift-originals", category="DIGITAL", basePrice=0)
    prints = await create_product(client, admin, "gift-prints", basePrice=0)
    return (
        await create_variant(client, admin, gifts, "GIFT-ORIGINAL", 0),
        await create_variant(client, admin, prints, "GIFT-PRINT", 0),
    )


def _lab(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[tuple[str, int]]]]:
    submitted: list[tuple[str, list[tuple[str, int]]]] = []

    async def submit(self: ManualFulfillment, number: str, lines: list[FulfillmentLine]) -> None:
        submitted.append((number, [(line.sku, line.quantity) for line in lines]))

    monkeypatch.setattr(ManualFulfillment, "submit", submit)
    return submitted


async def _bought(client: httpx.AsyncClient, token: str, photo: str) -> bool:
    seen = await gql(client, PHOTO, {"id": photo}, token=token)
    return seen["node"]["purchased"]


async def _told(number: str) -> None:
    """The buyer's receipt, once, in the app and by mail, as a package's free order says it."""
    [notice] = await Notification.filter(kind="ORDER_PAID")
    assert notice.body == f"Order {number} comes at no charge."
    [mail] = await OutboxMessage.filter(kind="ORDER_PAID")
    assert f"Order {number} comes at no charge." in mail.text_body


async def test_a_free_download_is_paid_on_placing_without_a_card(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    shop = await catalog(client)
    download, _ = await _free_variants(client, shop.admin)
    family = await family_with_photos(client, count=1)
    await add(client, family.token, family.photos[0], download)
    placed = await place(client, family.token)
    assert placed["userErrors"] == []
    order = placed["order"]
    assert order["totals"]["total"] == {"amount": 0}
    assert order["status"] == "PAID"
    assert [item["fulfillmentStatus"] for item in order["items"]] == ["DELIVERED"]
    assert await _bought(client, family.token, family.photos[0])
    await _told(order["number"])
    assert await Payment.all().count() == 0

    async with stripe_client(settings) as (http, stand_in):
        variables = {"input": {"orderId": order["id"]}}
        paying = (await gql(http, PAY_ORDER, variables, token=family.token))["payOrder"]
        assert [e["code"] for e in paying["userErrors"]] == ["INVALID_STATE"]
        assert stand_in.calls == []


async def test_a_free_print_goes_to_the_lab_with_no_card(
    client: httpx.AsyncClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    submitted = _lab(monkeypatch)
    shop = await catalog(client)
    _, gift_print = await _free_variants(client, shop.admin)
    family = await family_with_photos(client, count=1)
    await add(client, family.token, family.photos[0], gift_print)
    free_shipping = settings.model_copy(update={"shop_free_shipping_over": 0})
    async with stripe_client(free_shipping) as (http, stand_in):
        order = (await place(http, family.token))["order"]
        assert (order["totals"]["total"], order["status"]) == ({"amount": 0}, "PAID")
        assert submitted == [(order["number"], [("GIFT-PRINT", 1)])]
        await _told(order["number"])
        assert stand_in.calls == []


async def test_a_free_order_left_pending_is_paid_by_pay_order_without_a_card(
    client: httpx.AsyncClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An order of nothing placed before free orders were paid on placing: payOrder settles
    it rather than asking Stripe for a charge of 0, which Stripe refuses."""
    submitted = _lab(monkeypatch)
    shop = await catalog(client)
    download, gift_print = await _free_variants(client, shop.admin)
    family = await family_with_photos(client, count=2)
    await add(client, family.token, family.photos[0], download)
    await add(client, family.token, family.photos[1], gift_print)
    free_shipping = settings.model_copy(update={"shop_free_shipping_over": 0})
    async with stripe_client(free_shipping) as (http, stand_in):
        order = (await place(http, family.token))["order"]
        row = await OrderModel.get(id=from_base64(order["id"])[1])
        await OrderModel.filter(id=row.id).update(status=OrderStatus.PENDING, paid_at=None)
        await Notification.all().delete()
        await OutboxMessage.all().delete()
        submitted.clear()

        variables = {"input": {"orderId": order["id"]}}
        paid = (await gql(http, PAY_FREE, variables, token=family.token))["payOrder"]
        assert paid["userErrors"] == []
        assert paid["payment"] is None
        assert paid["order"]["status"] == "PAID"
        again = (await gql(http, PAY_FREE, variables, token=family.token))["payOrder"]
        assert [e["code"] for e in again["userErrors"]] == ["INVALID_STATE"]
        assert stand_in.calls == []
        assert await Payment.all().count() == 0
        node = (await gql(http, ORDER, {"id": order["id"]}, token=family.token))["node"]
        assert node["status"] == "PAID"
        assert node["paidAt"] is not None
        assert await _bought(http, family.token, family.photos[0])
        assert not await _bought(http, family.token, family.photos[1])
        assert submitted == [(order["number"], [("GIFT-PRINT", 1)])]
        await _told(order["number"])
