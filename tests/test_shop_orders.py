"""Orders: placed from the cart at server prices, paid offline, moved along, downloaded."""

from __future__ import annotations

import asyncio
import re

import httpx
from strawberry.relay import to_base64

from app.settings import Settings
from models.payment import Payment
from models.shop import CartItem as CartItemModel
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from models.shop import ProductVariant as VariantModel
from tests.api import StatementCounter, assert_denied, gql
from tests.factories import make_user, token_for
from tests.galleries import open_gallery
from tests.shop import (
    ADDRESS,
    PAY,
    PLACE,
    add,
    catalog,
    family_with_photos,
    one_photo_order,
    photos_bought,
    place,
)

STATUS = """
mutation ($input: UpdateOrderStatusInput!) {
  updateOrderStatus(input: $input) {
    order { status items { fulfillmentStatus } } userErrors { field code }
  }
}"""
TRACK = """
mutation ($input: AddTrackingInput!) {
  addTracking(input: $input) {
    order { status items { fulfillmentStatus trackingNumber carrier digital } }
    userErrors { field code }
  }
}"""
ORDER = """query ($id: ID!) { order(id: $id) { number status } }"""
REFUND = """
mutation ($input: RefundPaymentInput!) {
  refundPayment(input: $input) { order { status } userErrors { field code } }
}"""
DOWNLOAD = """
mutation ($input: DownloadPhotoInput!) { downloadPhoto(input: $input) { url userErrors { code } } }
"""
GALLERY_PHOTOS = """
query ($slug: String!, $token: String!) {
  galleryAccess(slug: $slug, accessToken: $token) {
    photos { edges { node { purchased canDownload } } }
  }
}"""
MY_ORDERS = """
query ($first: Int!) { myOrders(first: $first) { edges { node {
  number status totals { total { amount } } shippingAddress { city country }
  items { sku fulfillmentStatus unitPrice { amount } }
} } } }"""


async def test_an_order_is_priced_from_the_catalog_and_empties_the_cart(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client)
    await add(client, family.token, family.photos[0], shop.print_variant, quantity=2)
    await add(client, family.token, family.photos[1], shop.download_variant)
    # A price change before ordering is what the order gets: never an earlier or client price.
    await VariantModel.filter(sku="PRINT-20x30").update(price_amount=2600)

    placed = await place(client, family.token)
    assert placed["userErrors"] == []
    order = placed["order"]
    assert re.fullmatch(r"SG-\d{4}-000001", order["number"])
    assert order["status"] == "PENDING"
    # 5200 prints + 1500 download; prints under 7500 ship for 595; 19% of 7295 = 1386.05.
    assert order["totals"] == {
        "subtotal": {"amount": 6700, "currency": "EUR"},
        "discount": {"amount": 0},
        "shipping": {"amount": 595},
        "tax": {"amount": 1386},
        "total": {"amount": 6700 + 595 + 1386},
    }
    assert [(i["sku"], i["quantity"], i["unitPrice"]["amount"]) for i in order["items"]] == [
        ("PRINT-20x30", 2, 2600),
        ("DIGITAL-ORIGINAL", 1, 1500),
    ]
    assert await CartItemModel.all().count() == 0
    # The snapshot holds even when the catalog changes afterwards.
    await VariantModel.filter(sku="PRINT-20x30").update(price_amount=9999)
    assert (await OrderItemModel.get(sku="PRINT-20x30")).unit_amount == 2600

    again = await place(client, family.token)
    assert again == {
        "order": None,
        "userErrors": [{"field": None, "code": "EMPTY_CART", "message": "Your cart is empty."}],
    }


async def test_bad_orders_write_nothing(client: httpx.AsyncClient) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    await add(client, family.token, family.photos[0], shop.print_variant)
    variables = {"input": {}}
    missing = (await gql(client, PLACE, variables, token=family.token))["placeOrder"]
    assert [(e["field"], e["code"]) for e in missing["userErrors"]] == [
        ("shippingAddress", "INVALID_VALUE")
    ]
    wrong = ADDRESS | {"country": "Germany", "postalCode": ""}
    bad = await place(client, family.token, shippingAddress=wrong)
    assert {e["field"] for e in bad["userErrors"]} == {
        "shippingAddress.country",
        "shippingAddress.postalCode",
    }
    await VariantModel.filter(sku="PRINT-20x30").update(active=False)
    gone = await place(client, family.token)
    assert [(e["field"], e["code"]) for e in gone["userErrors"]] == [("items.0", "INACTIVE")]
    assert await OrderModel.all().count() == 0
    assert await CartItemModel.all().count() == 1


async def test_downloads_only_need_no_address_and_paying_unlocks_the_original(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    photo = family.photos[0]
    refused = await gql(client, DOWNLOAD, {"input": {"photoId": photo}}, token=family.token)
    assert refused["downloadPhoto"]["userErrors"] == [{"code": "DOWNLOAD_NOT_ALLOWED"}]
    await add(client, family.token, photo, shop.download_variant)
    placed = (await gql(client, PLACE, {"input": {}}, token=family.token))["placeOrder"]
    order = placed["order"]
    assert order["totals"]["shipping"] == {"amount": 0}
    assert order["totals"]["total"] == {"amount": 1500 + 285}  # 19% of 1500

    short = {"input": {"orderId": order["id"], "amount": 1784, "reference": "TR-1"}}
    wrong = (await gql(client, PAY, short, token=shop.admin))["recordOrderPayment"]
    assert wrong == {"order": None, "userErrors": [{"field": "amount", "code": "AMOUNT_MISMATCH"}]}
    assert not await photos_bought()
    await assert_denied(
        client, PAY, short | {"input": short["input"] | {"amount": 1785}}, token=family.token
    )

    exact = {"input": {"orderId": order["id"], "amount": 1785, "reference": "TR-1"}}
    paid = (await gql(client, PAY, exact, token=shop.admin))["recordOrderPayment"]
    assert paid["order"]["status"] == "PAID"
    assert paid["order"]["paidAt"] is not None
    assert await photos_bought()
    assert (await OrderItemModel.get()).fulfillment_status == "DELIVERED"
    twice = (await gql(client, PAY, exact, token=shop.admin))["recordOrderPayment"]
    assert twice["userErrors"] == [{"field": "orderId", "code": "INVALID_TRANSITION"}]

    link = await gql(client, DOWNLOAD, {"input": {"photoId": photo}}, token=family.token)
    url = link["downloadPhoto"]["url"]
    assert url is not None
    original = await client.get(url.removeprefix(settings.public_url))
    assert original.status_code == 200
    assert original.content.startswith(b"\xff\xd8")  # the JPEG as uploaded

    # Refunded, the download is no longer the family's.
    transfer = await Payment.get(reference="TR-1")
    refund = {"input": {"paymentId": to_base64("Payment", transfer.id), "amount": 1785}}
    refunded = (await gql(client, REFUND, refund, token=shop.admin))["refundPayment"]
    assert refunded["order"]["status"] == "REFUNDED"
    assert not await photos_bought()
    again = await gql(client, DOWNLOAD, {"input": {"photoId": photo}}, token=family.token)
    assert again["downloadPhoto"]["userErrors"] == [{"code": "DOWNLOAD_NOT_ALLOWED"}]


async def test_order_numbers_stay_unique_under_concurrent_orders(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    gallery = family.gallery
    buyers = [await token_for(await make_user()) for _ in range(6)]
    access = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    for buyer in buyers:
        added = await add(client, buyer, family.photos[0], shop.print_variant, accessToken=access)
        assert added["userErrors"] == []
    placed = await asyncio.gather(*(place(client, buyer) for buyer in buyers))
    numbers = sorted(p["order"]["number"] for p in placed)
    assert len(set(numbers)) == 6
    assert [int(n[-6:]) for n in numbers] == [1, 2, 3, 4, 5, 6]
    # The same cart placed twice at once makes one order; the other finds it empty.
    await add(client, buyers[0], family.photos[0], shop.print_variant, accessToken=access)
    twice = await asyncio.gather(place(client, buyers[0]), place(client, buyers[0]))
    assert sorted(bool(p["order"]) for p in twice) == [False, True]
    assert await OrderModel.all().count() == 7


async def test_who_may_move_an_order_and_tracking(client: httpx.AsyncClient) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    await add(client, family.token, family.photos[0], shop.print_variant)
    order = (await place(client, family.token))["order"]
    order_id = order["id"]

    def move(status: str) -> dict:
        return {"input": {"orderId": order_id, "status": status}}

    unpaid = (await gql(client, STATUS, move("PROCESSING"), token=shop.admin))["updateOrderStatus"]
    assert unpaid["userErrors"] == [{"field": "status", "code": "INVALID_TRANSITION"}]
    by_hand = (await gql(client, STATUS, move("PAID"), token=shop.admin))["updateOrderStatus"]
    assert by_hand["userErrors"] == [{"field": "status", "code": "INVALID_TRANSITION"}]
    stranger = await token_for(await make_user())
    await assert_denied(client, STATUS, move("CANCELLED"), token=stranger)
    assert (await gql(client, ORDER, {"id": order_id}, token=stranger))["order"] is None
    assert (await gql(client, ORDER, {"id": order_id}, token=shop.admin))["order"]["status"] == (
        "PENDING"
    )

    total = order["totals"]["total"]["amount"]
    pay = {"input": {"orderId": order_id, "amount": total, "reference": "cash"}}
    await gql(client, PAY, pay, token=shop.admin)
    late = (await gql(client, STATUS, move("CANCELLED"), token=family.token))["updateOrderStatus"]
    assert late["userErrors"] == [{"field": "status", "code": "INVALID_TRANSITION"}]
    owner_moves = await gql(client, STATUS, move("PROCESSING"), token=family.token)
    assert owner_moves["updateOrderStatus"]["userErrors"][0]["code"] == "INVALID_TRANSITION"

    started = (await gql(client, STATUS, move("PROCESSING"), token=shop.admin))["updateOrderStatus"]
    assert started["order"] == {
        "status": "PROCESSING",
        "items": [{"fulfillmentStatus": "IN_PRODUCTION"}],
    }
    skip = (await gql(client, STATUS, move("DELIVERED"), token=shop.admin))["updateOrderStatus"]
    assert skip["userErrors"] == [{"field": "status", "code": "INVALID_TRANSITION"}]

    track = {"input": {"orderId": order_id, "trackingNumber": "00340434", "carrier": "DHL"}}
    shipped = (await gql(client, TRACK, track, token=shop.admin))["addTracking"]
    assert shipped["order"] == {
        "status": "SHIPPED",
        "items": [
            {
                "fulfillmentStatus": "SHIPPED",
                "trackingNumber": "00340434",
                "carrier": "DHL",
                "digital": False,
            }
        ],
    }
    await assert_denied(client, TRACK, track, token=family.token)
    done = (await gql(client, STATUS, move("DELIVERED"), token=shop.admin))["updateOrderStatus"]
    assert done["order"]["status"] == "DELIVERED"
    blank = {"input": {"orderId": order_id, "trackingNumber": " "}}
    refused = (await gql(client, TRACK, blank, token=shop.admin))["addTracking"]
    assert {e["field"] for e in refused["userErrors"]} == {"orderId", "trackingNumber"}


async def test_the_owner_cancels_an_unpaid_order(client: httpx.AsyncClient) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    await add(client, family.token, family.photos[0], shop.print_variant)
    order_id = (await place(client, family.token))["order"]["id"]
    cancel = {"input": {"orderId": order_id, "status": "CANCELLED"}}
    done = (await gql(client, STATUS, cancel, token=family.token))["updateOrderStatus"]
    assert done["order"] == {"status": "CANCELLED", "items": [{"fulfillmentStatus": "CANCELLED"}]}
    pay = {"input": {"orderId": order_id, "amount": 1, "reference": "late"}}
    refused = (await gql(client, PAY, pay, token=shop.admin))["recordOrderPayment"]
    assert refused["userErrors"] == [{"field": "orderId", "code": "INVALID_TRANSITION"}]


async def test_my_orders_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=2)
    counts = []
    for total in (5, 50):
        while await OrderModel.all().count() < total:
            await add(client, family.token, family.photos[0], shop.print_variant)
            await add(client, family.token, family.photos[1], shop.poster_variant)
            assert (await place(client, family.token))["userErrors"] == []
        statements.reset()
        data = await gql(client, MY_ORDERS, {"first": 50}, token=family.token)
        counts.append(statements.count)
        edges = data["myOrders"]["edges"]
        assert len(edges) == total
        assert all(len(edge["node"]["items"]) == 2 for edge in edges)
        assert edges[0]["node"]["shippingAddress"] == {"city": "Berlin", "country": "DE"}
    # The bearer token, the orders, their items.
    assert counts[0] == counts[1] == 3, counts


async def test_place_order_costs_the_same_for_1_and_10_items(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=3)
    # The year's order counter exists after the first order; later orders only update it.
    await add(client, family.token, family.photos[0], shop.poster_variant)
    assert (await place(client, family.token))["userErrors"] == []
    counts = []
    for download, lines in ((1, 1), (2, 10)):
        # A download (of another photo each time: the first order still waits for payment)
        # and then prints, each customization its own line.
        for n in range(lines):
            variant, photo = (
                (shop.download_variant, download) if n == 0 else (shop.print_variant, 0)
            )
            added = await add(
                client, family.token, family.photos[photo], variant, customization={"n": n}
            )
            assert added["userErrors"] == [], added
        statements.reset()
        placed = await place(client, family.token)
        counts.append(statements.count)
        assert placed["userErrors"] == []
        assert len(placed["order"]["items"]) == lines
    # Token, locked cart, variants, the downloads' photos and which of them the buyer paid
    # for, the photos' galleries (still open to the buyer?), emptying the cart, the order
    # number, the order, its items (one batch), the items answered.
    assert counts == [11, 11], counts


async def test_a_paid_download_unlocks_the_original_for_its_buyer_alone(
    client: httpx.AsyncClient,
) -> None:
    """A relative opening the gallery with the code does not get what the family bought."""
    shop = await catalog(client)
    family, order = await one_photo_order(client, shop, download=True)
    photo, gallery = family.photos[0], family.gallery
    relative = await token_for(await make_user())
    code = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]

    async def pay(order_id: str, reference: str) -> None:
        paid = {"input": {"orderId": order_id, "amount": 1785, "reference": reference}}
        payload = (await gql(client, PAY, paid, token=shop.admin))["recordOrderPayment"]
        assert payload["userErrors"] == []

    async def photo_seen_by(token: str | None) -> dict:
        variables = {"slug": gallery["slug"], "token": code}
        found = await gql(client, GALLERY_PHOTOS, variables, token=token)
        [edge] = found["galleryAccess"]["photos"]["edges"]
        return edge["node"]

    async def download_by(token: str | None) -> dict:
        variables = {"input": {"photoId": photo, "accessToken": code}}
        return (await gql(client, DOWNLOAD, variables, token=token))["downloadPhoto"]

    await pay(order["id"], "TR-1")
    unlocked = {"purchased": True, "canDownload": True}
    assert await photo_seen_by(family.token) == unlocked
    assert await photo_seen_by(family.provider_token) == unlocked
    for someone_else in (relative, None):
        assert await photo_seen_by(someone_else) == {"purchased": False, "canDownload": False}
        refused = await download_by(someone_else)
        assert refused == {"url": None, "userErrors": [{"code": "DOWNLOAD_NOT_ALLOWED"}]}
    # Not theirs, so not ALREADY_OWNED either: the relative buys the original for themselves.
    added = await add(client, relative, photo, shop.download_variant, accessToken=code)
    assert added["userErrors"] == []
    await pay((await place(client, relative))["order"]["id"], "TR-2")
    assert await photo_seen_by(relative) == unlocked
    assert (await download_by(relative))["url"] is not None
