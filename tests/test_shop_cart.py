"""The cart: only photos you may see, only what is on sale, bad input writes nothing."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from strawberry.relay import from_base64
from tortoise.transactions import in_transaction

from models.gallery import Gallery as GalleryModel
from models.shop import CartItem as CartItemModel
from tests.api import assert_denied, gql
from tests.factories import make_user, token_for
from tests.galleries import open_gallery
from tests.shop import ADD, add, catalog, family_with_photos, place

CART = """
{ myCart {
  items { productName quantity customization unitPrice { amount } total { amount }
          variant { sku } }
  totals { subtotal { amount currency } shipping { amount } tax { amount } total { amount } }
} }"""
UPDATE = """
mutation ($input: UpdateCartItemInput!) {
  updateCartItem(input: $input) { item { quantity } userErrors { field code } }
}"""
REMOVE = """
mutation ($input: RemoveCartItemInput!) {
  removeCartItem(input: $input) { cart { items { id } } userErrors { code } }
}"""


async def test_the_cart_is_priced_by_the_server(client: httpx.AsyncClient) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client)
    first, second = family.photos
    wish = {"text": "Rock on"}
    added = await add(
        client, family.token, first, shop.print_variant, quantity=2, customization=wish
    )
    assert added["userErrors"] == []
    assert added["item"]["customization"] == wish
    await add(client, family.token, first, shop.print_variant, quantity=1, customization=wish)
    await add(client, family.token, second, shop.download_variant)

    cart = (await gql(client, CART, token=family.token))["myCart"]
    assert [(i["variant"]["sku"], i["quantity"]) for i in cart["items"]] == [
        ("PRINT-20x30", 3),  # the same photo, variant and customization joins its line
        ("DIGITAL-ORIGINAL", 1),
    ]
    assert cart["items"][0]["total"] == {"amount": 7500}
    # 7500 + 1500 goods; prints reach 7500: free shipping; 19% of 9000 = 1710.
    assert cart["totals"] == {
        "subtotal": {"amount": 9000, "currency": "EUR"},
        "shipping": {"amount": 0},
        "tax": {"amount": 1710},
        "total": {"amount": 10710},
    }

    line_id = added["item"]["id"]
    assert from_base64(line_id) == ("CartItem", str((await CartItemModel.get(quantity=3)).id))
    less = await gql(client, UPDATE, {"input": {"id": line_id, "quantity": 1}}, token=family.token)
    assert less["updateCartItem"] == {"item": {"quantity": 1}, "userErrors": []}
    cart = (await gql(client, CART, token=family.token))["myCart"]
    # 2500 + 1500; prints under the threshold ship for 595; 19% of 4595 = 873.05 -> 873.
    assert cart["totals"]["total"] == {"amount": 4000 + 595 + 873}

    stranger = await token_for(await make_user())
    theirs = await gql(client, REMOVE, {"input": {"id": line_id}}, token=stranger)
    assert theirs["removeCartItem"]["userErrors"] == [{"code": "NOT_FOUND"}]
    removed = await gql(client, REMOVE, {"input": {"id": line_id}}, token=family.token)
    assert len(removed["removeCartItem"]["cart"]["items"]) == 1


async def test_photos_of_galleries_you_cannot_open_cannot_be_bought(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    stranger = await token_for(await make_user())
    refused = await add(client, stranger, family.photos[0], shop.print_variant)
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [("photoId", "NOT_FOUND")]
    assert await CartItemModel.all().count() == 0

    # With the code the family gave them (openGallery's token), a relative may order.
    gallery = family.gallery
    token = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    allowed = await add(client, stranger, family.photos[0], shop.print_variant, accessToken=token)
    assert allowed["userErrors"] == []
    await assert_denied(
        client,
        ADD,
        {"input": {"photoId": family.photos[0], "variantId": shop.print_variant}},
        code="UNAUTHENTICATED",
    )


async def test_every_bad_line_writes_nothing(client: httpx.AsyncClient) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    photo = family.photos[0]
    off_sale = """mutation ($id: ID!) { updateVariant(input: {id: $id, active: false}) {
      userErrors { code } } }"""
    await gql(client, off_sale, {"id": shop.poster_variant}, token=shop.admin)
    cases = [
        ({"quantity": 0}, shop.print_variant, ("quantity", "INVALID_VALUE")),
        ({"quantity": 100}, shop.print_variant, ("quantity", "INVALID_VALUE")),
        ({"quantity": 2}, shop.download_variant, ("quantity", "INVALID_VALUE")),
        ({"customization": {"t": "x" * 2100}}, shop.print_variant, ("customization", "TOO_LARGE")),
        ({"customization": "a string"}, shop.print_variant, ("customization", "INVALID_VALUE")),
        ({}, shop.poster_variant, ("variantId", "INACTIVE")),
        ({}, family.photos[0], ("variantId", "INACTIVE")),  # not a variant's id at all
    ]
    for fields, variant, expected in cases:
        payload = await add(client, family.token, photo, variant, **fields)
        assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [expected], fields
    await add(client, family.token, photo, shop.print_variant, quantity=60)
    over = await add(client, family.token, photo, shop.print_variant, quantity=40)
    assert [e["code"] for e in over["userErrors"]] == ["INVALID_VALUE"]  # 100 in one line
    assert [row.quantity for row in await CartItemModel.all()] == [60]


NEW_CODE = """mutation ($id: ID!) {
  updateGallery(input: {id: $id, newAccessCode: true}) { userErrors { code } }
}"""


async def test_an_order_takes_only_photos_whose_gallery_is_still_open_to_you(
    client: httpx.AsyncClient,
) -> None:
    """The cart takes a photo from a gallery open to you, and placing the order asks again:
    a new code (which retires the tokens given out before) closes it to whoever came in with
    the old one, and its expiry to the family; its photographer may still order."""
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    photo, gallery = family.photos[0], family.gallery
    relative = await token_for(await make_user())
    opened = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    await add(client, relative, photo, shop.print_variant, accessToken=opened)
    await add(client, family.token, photo, shop.print_variant)
    await add(client, family.provider_token, photo, shop.print_variant)

    changed = await gql(client, NEW_CODE, {"id": gallery["id"]}, token=family.provider_token)
    assert changed["updateGallery"]["userErrors"] == []
    refused = await place(client, relative)
    assert refused["order"] is None
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [("items.0", "NOT_FOUND")]
    # Given the new code, the relative adds the photo again: the line stands for it now.
    code = (await GalleryModel.get(id=from_base64(gallery["id"])[1])).access_code
    reopened = (await open_gallery(client, gallery["slug"], code))["accessToken"]
    await add(client, relative, photo, shop.print_variant, accessToken=reopened)
    assert (await place(client, relative))["order"]["items"][0]["quantity"] == 2

    await GalleryModel.filter(id=from_base64(gallery["id"])[1]).update(
        expires_at=datetime.now(UTC) - timedelta(days=1)
    )
    closed = await place(client, family.token)
    assert [(e["field"], e["code"]) for e in closed["userErrors"]] == [("items.0", "NOT_FOUND")]
    assert (await place(client, family.provider_token))["order"]["status"] == "PENDING"
    assert await CartItemModel.all().count() == 1  # the family's refused cart is kept


async def test_a_download_takes_one_line_of_one(client: httpx.AsyncClient) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    photo = family.photos[0]
    # A double-click, and the same download again with a customization (which a file ignores).
    twice = await asyncio.gather(
        *(add(client, family.token, photo, shop.download_variant) for _ in range(2))
    )
    again = await add(client, family.token, photo, shop.download_variant, customization={"a": 1})
    refusals = [added["userErrors"] for added in [*twice, again] if added["userErrors"]]
    once = [{"field": "quantity", "code": "INVALID_VALUE", "message": "A download is bought once."}]
    assert refusals == [once, once]
    cart = (await gql(client, CART, token=family.token))["myCart"]
    assert [(i["variant"]["sku"], i["quantity"]) for i in cart["items"]] == [
        ("DIGITAL-ORIGINAL", 1)
    ]


async def test_downloads_are_sold_only_from_galleries_that_allow_them(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client)
    first, second = family.photos
    added = await add(client, family.token, first, shop.download_variant)
    assert added["userErrors"] == []
    off = {"input": {"id": family.gallery["id"], "downloadEnabled": False}}
    update = """mutation ($input: UpdateGalleryInput!) {
      updateGallery(input: $input) { userErrors { code } }
    }"""
    assert (await gql(client, update, off, token=family.provider_token))["updateGallery"] == {
        "userErrors": []
    }

    # Paid for, it could never be downloaded (downloadPhoto: DOWNLOAD_NOT_ALLOWED).
    refused = await add(client, family.token, second, shop.download_variant)
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
        ("variantId", "DOWNLOAD_NOT_ALLOWED")
    ]
    prints = await add(client, family.token, second, shop.print_variant)
    assert prints["userErrors"] == []
    ordered = await place(client, family.token)
    assert ordered["order"] is None
    assert [(e["field"], e["code"]) for e in ordered["userErrors"]] == [
        ("items.0", "DOWNLOAD_NOT_ALLOWED")
    ]
    assert await CartItemModel.all().count() == 2


async def test_a_download_awaiting_payment_in_your_order_is_not_sold_again(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    photo = family.photos[0]
    await add(client, family.token, photo, shop.download_variant)
    number = (await place(client, family.token))["order"]["number"]
    again = await add(client, family.token, photo, shop.download_variant)
    message = f"Your order {number} holds this download: pay for it or cancel it."
    assert again["userErrors"] == [
        {"field": "photoId", "code": "ALREADY_ORDERED", "message": message}
    ]
    # Another buyer's order does not stand in the way, nor does a print of the photo.
    relative = await token_for(await make_user())
    gallery = family.gallery
    opened = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    theirs = await add(client, relative, photo, shop.download_variant, accessToken=opened)
    assert theirs["userErrors"] == []
    assert (await add(client, family.token, photo, shop.print_variant))["userErrors"] == []


@pytest.mark.parametrize(
    ("document", "variables"), [(UPDATE, {"quantity": 5}), (REMOVE, {})], ids=["update", "remove"]
)
async def test_a_line_ordered_meanwhile_is_not_found(
    client: httpx.AsyncClient, document: str, variables: dict
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    added = await add(client, family.token, family.photos[0], shop.print_variant)
    line = {"input": {"id": added["item"]["id"], **variables}}
    locked = asyncio.Event()

    async def edit() -> dict:
        await locked.wait()
        return await gql(client, document, line, token=family.token)

    # Created outside the transaction below, so that it runs on a connection of its own.
    editing = asyncio.create_task(edit())
    async with in_transaction():
        # What placeOrder does with the cart: its lines locked, then deleted into the order.
        await CartItemModel.filter(id=from_base64(line["input"]["id"])[1]).select_for_update()
        locked.set()
        await asyncio.sleep(0.5)  # the edit reaches the line meanwhile
        await CartItemModel.all().delete()
    (answer,) = (await editing).values()
    assert [error["code"] for error in answer["userErrors"]] == ["NOT_FOUND"]
    assert await CartItemModel.all().count() == 0
