"""A package's included photos and print, and the extra picks charged, when a selection is sent."""

from __future__ import annotations

import asyncio

import httpx

from domain.shop import OrderStatus
from models.outbox import OutboxMessage
from models.photography import ServicePackage
from models.shop import Order as OrderModel
from tests.api import StatementCounter, gql
from tests.galleries import create_gallery, jpeg_with_gps, photo_session, upload_photos
from tests.shop import ADDRESS, PAY, admin_token, create_product, create_variant

FAVORITE = """
mutation ($input: FavoritePhotoInput!) {
  favoritePhoto(input: $input) { userErrors { code } }
}"""
SUBMIT = """
mutation ($input: SubmitSelectionInput!) {
  submitSelection(input: $input) {
    gallery { selectionSubmittedAt }
    userErrors { field code message }
  }
}"""
REOPEN = """
mutation ($input: UpdateGalleryInput!) {
  updateGallery(input: $input) { userErrors { code } }
}"""
GALLERY = """
query ($id: ID!) { node(id: $id) { ... on Gallery {
  allowance {
    selected included covered extra owned
    extraPhotoPrice { amount } extraPrice { amount currency }
  }
  selectionOrders {
    id number status shippingAddress { city }
    totals { subtotal { amount } shipping { amount } tax { amount } total { amount } }
    items { photoId sku digital unitPrice { amount } fulfillmentStatus }
  }
  photos(first: 50) { edges { node { id canDownload purchased } } }
} } }"""
TOLD = "{ myNotifications(first: 1) { edges { node { kind body } } } }"
DOWNLOAD = """
mutation ($input: DownloadPhotoInput!) {
  downloadPhoto(input: $input) { url userErrors { code } }
}"""


async def _gallery_with_picks(
    client: httpx.AsyncClient, *, photos: int, picks: int, included: int = 2
) -> tuple[object, dict, list[str]]:
    session = await photo_session(included_photos=included)
    gallery = await create_gallery(client, session, extraPhotoPrice=1500)
    files = [(f"p{i}.jpg", jpeg_with_gps(64, 48), "image/jpeg") for i in range(photos)]
    uploaded = await upload_photos(client, session.provider_token, gallery["id"], files)
    ids = [photo["id"] for photo in uploaded["photos"]]
    for photo in ids[:picks]:
        await _pick(client, session.client_token, photo)
    return session, gallery, ids


async def _pick(client: httpx.AsyncClient, token: str, photo: str) -> None:
    picked = await gql(
        client, FAVORITE, {"input": {"photoId": photo, "favorite": True}}, token=token
    )
    assert picked["favoritePhoto"]["userErrors"] == []


async def _submit(client: httpx.AsyncClient, token: str, gallery: dict, **fields: object) -> dict:
    variables = {"input": {"galleryId": gallery["id"]} | fields}
    return (await gql(client, SUBMIT, variables, token=token))["submitSelection"]


async def _seen(client: httpx.AsyncClient, token: str, gallery: dict) -> dict:
    return (await gql(client, GALLERY, {"id": gallery["id"]}, token=token))["node"]


def _downloadable(seen: dict) -> list[bool]:
    return [edge["node"]["canDownload"] for edge in seen["photos"]["edges"]]


async def test_included_picks_are_delivered_and_extra_picks_charged_through_an_order(
    client: httpx.AsyncClient,
) -> None:
    session, gallery, photos = await _gallery_with_picks(client, photos=4, picks=3)
    family = session.client_token
    before = await _seen(client, family, gallery)
    assert before["allowance"] == {
        "selected": 3,
        "included": 2,
        "covered": 2,
        "extra": 1,
        "owned": 0,
        "extraPhotoPrice": {"amount": 1500},
        "extraPrice": {"amount": 1500, "currency": "EUR"},
    }
    assert before["selectionOrders"] == []
    assert _downloadable(before) == [False] * 4

    sent = await _submit(client, family, gallery)
    assert sent["userErrors"] == []
    after = await _seen(client, family, gallery)
    assert after["allowance"] == before["allowance"]
    package, extras = after["selectionOrders"]
    assert package["status"] == "PAID"
    assert package["totals"]["total"] == {"amount": 0}
    assert [(i["photoId"], i["sku"], i["unitPrice"]["amount"]) for i in package["items"]] == [
        (photos[0], "PACKAGE-PHOTO", 0),
        (photos[1], "PACKAGE-PHOTO", 0),
    ]
    assert {item["fulfillmentStatus"] for item in package["items"]} == {"DELIVERED"}
    # The extra pick is priced like the catalog: before tax, with the shop's 19% on top.
    assert extras["status"] == "PENDING"
    assert [(i["photoId"], i["sku"], i["unitPrice"]["amount"]) for i in extras["items"]] == [
        (photos[2], "EXTRA-PHOTO", 1500)
    ]
    assert extras["totals"] == {
        "subtotal": {"amount": 1500},
        "shipping": {"amount": 0},
        "tax": {"amount": 285},
        "total": {"amount": 1785},
    }
    # Included photos are the client's to download at once; the extra one once it is paid.
    assert _downloadable(after) == [True, True, False, False]
    fetched = await gql(client, DOWNLOAD, {"input": {"photoId": photos[0]}}, token=family)
    assert fetched["downloadPhoto"]["url"]

    paid = {"orderId": extras["id"], "amount": 1785, "reference": "TRANSFER-1"}
    recorded = await gql(client, PAY, {"input": paid}, token=await admin_token())
    assert recorded["recordOrderPayment"]["order"]["status"] == "PAID"
    assert _downloadable(await _seen(client, family, gallery)) == [True, True, True, False]


async def test_a_selection_within_the_package_places_no_order_to_pay(
    client: httpx.AsyncClient,
) -> None:
    session, gallery, _ = await _gallery_with_picks(client, photos=3, picks=2, included=5)
    assert (await _submit(client, session.client_token, gallery))["userErrors"] == []
    seen = await _seen(client, session.client_token, gallery)
    assert [order["status"] for order in seen["selectionOrders"]] == ["PAID"]
    assert seen["allowance"]["extraPrice"]["amount"] == 0
    assert _downloadable(seen) == [True, True, False]


async def test_the_package_order_is_told_as_coming_at_no_charge(
    client: httpx.AsyncClient,
) -> None:
    session, gallery, _ = await _gallery_with_picks(client, photos=2, picks=2, included=2)
    assert (await _submit(client, session.client_token, gallery))["userErrors"] == []
    number = (await _seen(client, session.client_token, gallery))["selectionOrders"][0]["number"]
    told = await gql(client, TOLD, token=session.client_token)
    assert told["myNotifications"]["edges"][0]["node"] == {
        "kind": "ORDER_PAID",
        "body": f"Order {number} comes at no charge.",
    }
    mail = await OutboxMessage.get(kind="ORDER_PAID")
    assert f"Order {number} comes at no charge." in mail.text_body
    assert "received" not in mail.text_body + mail.html_body


async def test_a_selection_sent_twice_at_once_places_its_orders_once(
    client: httpx.AsyncClient,
) -> None:
    session, gallery, _ = await _gallery_with_picks(client, photos=3, picks=3)
    both = await asyncio.gather(
        _submit(client, session.client_token, gallery),
        _submit(client, session.client_token, gallery),
    )
    assert [sent["userErrors"] for sent in both] == [[], []]
    again = await _submit(client, session.client_token, gallery)
    assert again["gallery"] == both[0]["gallery"]
    assert await OrderModel.all().count() == 2


async def test_a_reopened_selection_sent_again_replaces_its_unpaid_extras_only(
    client: httpx.AsyncClient,
) -> None:
    session, gallery, photos = await _gallery_with_picks(client, photos=4, picks=3)
    family = session.client_token
    await _submit(client, family, gallery)
    reopen = {"input": {"id": gallery["id"], "reopenSelection": True}}
    await gql(client, REOPEN, reopen, token=session.provider_token)
    await _pick(client, family, photos[3])
    assert (await _submit(client, family, gallery))["userErrors"] == []

    seen = await _seen(client, family, gallery)
    package, dropped, extras = seen["selectionOrders"]
    assert (package["status"], len(package["items"])) == ("PAID", 2)  # not given twice
    assert dropped["status"] == "CANCELLED"
    assert extras["status"] == "PENDING"
    assert [item["photoId"] for item in extras["items"]] == photos[2:]
    assert seen["allowance"]["covered"] == 2
    assert seen["allowance"]["extra"] == 2
    assert seen["allowance"]["extraPrice"]["amount"] == 3000


async def test_the_package_print_comes_with_the_selection_at_no_charge(
    client: httpx.AsyncClient,
) -> None:
    admin = await admin_token()
    prints = await create_product(client, admin, "fine-art-prints")
    await create_variant(client, admin, prints, "PRINT-20x30", 2500, size="20x30")
    session, gallery, photos = await _gallery_with_picks(client, photos=2, picks=1)
    await ServicePackage.all().update(includes_print=True, print_size="20x30")
    family = session.client_token

    refused = await _submit(client, family, gallery)
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
        ("shippingAddress", "INVALID_VALUE")
    ]
    assert refused["gallery"] is None
    assert await OrderModel.all().count() == 0

    assert (await _submit(client, family, gallery, shippingAddress=ADDRESS))["userErrors"] == []
    (package,) = (await _seen(client, family, gallery))["selectionOrders"]
    assert package["status"] == "PAID"
    assert package["shippingAddress"] == {"city": "Berlin"}
    assert package["totals"]["total"] == {"amount": 0}
    assert [
        (i["photoId"], i["sku"], i["digital"], i["unitPrice"]["amount"]) for i in package["items"]
    ] == [
        (photos[0], "PACKAGE-PHOTO", True, 0),
        (photos[0], "PRINT-20x30", False, 0),
    ]
    assert await OrderModel.filter(status=OrderStatus.PAID).count() == 1


async def test_selection_orders_of_a_sessions_galleries_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    query = """query ($id: ID!) { sessionGalleries(sessionId: $id, first: 50) { edges { node {
      allowance { covered extra } selectionOrders { number items { sku } } } } } }"""
    counts = []
    for total in (2, 5):
        session = await photo_session()
        for _ in range(total):
            gallery = await create_gallery(client, session, extraPhotoPrice=900)
            files = [(f"p{i}.jpg", jpeg_with_gps(64, 48), "image/jpeg") for i in range(3)]
            uploaded = await upload_photos(client, session.provider_token, gallery["id"], files)
            for photo in uploaded["photos"]:
                await _pick(client, session.client_token, photo["id"])
            await _submit(client, session.client_token, gallery)
        statements.reset()
        data = await gql(client, query, {"id": session.session_id}, token=session.client_token)
        edges = data["sessionGalleries"]["edges"]
        assert [len(edge["node"]["selectionOrders"]) for edge in edges] == [2] * total
        counts.append(statements.count)
    assert counts[0] == counts[1], statements.queries
