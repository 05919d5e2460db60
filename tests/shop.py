"""Shared set-up for shop tests: a catalog made by an admin, and a family with photos."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

import httpx

from domain.shop import KEEPS_DOWNLOADS
from models.account import Role
from models.shop import OrderItem
from tests.api import gql
from tests.factories import make_user, token_for
from tests.galleries import create_gallery, jpeg_with_gps, photo_session, upload_photos

CREATE_PRODUCT = """
mutation ($input: CreateProductInput!) {
  createProduct(input: $input) { product { id slug } userErrors { field code message } }
}"""
CREATE_VARIANT = """
mutation ($input: CreateVariantInput!) {
  createVariant(input: $input) { variant { id sku } userErrors { field code message } }
}"""
ADD = """
mutation ($input: AddToCartInput!) {
  addToCart(input: $input) {
    item { id quantity customization }
    cart { items { id } totals { subtotal { amount } total { amount } } }
    userErrors { field code message }
  }
}"""
PLACE = """
mutation ($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    order {
      id number status
      totals {
        subtotal { amount currency } discount { amount } shipping { amount }
        tax { amount } total { amount }
      }
      items { id sku quantity unitPrice { amount } total { amount } fulfillmentStatus digital }
    }
    userErrors { field code message }
  }
}"""
PAY = """
mutation ($input: RecordOrderPaymentInput!) {
  recordOrderPayment(input: $input) { order { status paidAt } userErrors { field code } }
}"""
ADDRESS = {
    "name": "Ada Test",
    "line1": "Hauptstr. 1",
    "city": "Berlin",
    "postalCode": "10115",
    "country": "DE",
}


@dataclass
class Catalog:
    admin: str
    print_variant: str  # 20x30 print at 2500
    poster_variant: str  # poster at 4000
    download_variant: str  # digital original at 1500
    product_ids: list[str]


async def admin_token() -> str:
    return await token_for(await make_user(Role.ADMIN))


async def create_product(client: httpx.AsyncClient, admin: str, slug: str, **fields: object) -> str:
    values = {"name": slug.title(), "slug": slug, "category": "PRINTS", "basePrice": 1000}
    variables = {"input": values | fields}
    payload = (await gql(client, CREATE_PRODUCT, variables, token=admin))["createProduct"]
    assert payload["userErrors"] == [], payload
    return payload["product"]["id"]


async def create_variant(
    client: httpx.AsyncClient, admin: str, product_id: str, sku: str, price: int, **fields: object
) -> str:
    values = {"productId": product_id, "sku": sku, "name": sku, "price": price}
    payload = await gql(client, CREATE_VARIANT, {"input": values | fields}, token=admin)
    assert payload["createVariant"]["userErrors"] == [], payload
    return payload["createVariant"]["variant"]["id"]


async def catalog(client: httpx.AsyncClient) -> Catalog:
    admin = await admin_token()
    prints = await create_product(client, admin, "fine-art-prints")
    posters = await create_product(client, admin, "posters", sortOrder=1)
    digital = await create_product(client, admin, "originals", category="DIGITAL", sortOrder=2)
    return Catalog(
        admin=admin,
        print_variant=await create_variant(client, admin, prints, "PRINT-20x30", 2500),
        poster_variant=await create_variant(client, admin, posters, "POSTER-A2", 4000),
        download_variant=await create_variant(client, admin, digital, "DIGITAL-ORIGINAL", 1500),
        product_ids=[prints, posters, digital],
    )


@dataclass
class Family:
    token: str  # the session's client, signed in: no access code needed
    provider_token: str
    photos: list[str]
    gallery: dict


async def family_with_photos(client: httpx.AsyncClient, count: int = 2) -> Family:
    session = await photo_session()
    gallery = await create_gallery(client, session)
    files = [(f"p{i}.jpg", jpeg_with_gps(64, 48), "image/jpeg") for i in range(count)]
    uploaded = await upload_photos(client, session.provider_token, gallery["id"], files)
    photos = [photo["id"] for photo in uploaded["photos"]]
    return Family(session.client_token, session.provider_token, photos, gallery)


async def add(
    client: httpx.AsyncClient, token: str, photo: str, variant: str, **fields: object
) -> dict:
    variables = {"input": {"photoId": photo, "variantId": variant} | fields}
    return (await gql(client, ADD, variables, token=token))["addToCart"]


async def place(client: httpx.AsyncClient, token: str, **fields: object) -> dict:
    variables = {"input": {"shippingAddress": ADDRESS} | fields}
    return (await gql(client, PLACE, variables, token=token))["placeOrder"]


async def one_photo_order(
    client: httpx.AsyncClient, shop: Catalog, *, download: bool = False
) -> tuple[Family, dict]:
    """A family with one photo, and their placed order of it: a print, or its download."""
    family = await family_with_photos(client, count=1)
    variant = shop.download_variant if download else shop.print_variant
    await add(client, family.token, family.photos[0], variant)
    return family, (await place(client, family.token))["order"]


async def photos_bought() -> set[UUID]:
    """The photos whose download a live (paid, not refunded) order has bought, anyone's."""
    rows = await OrderItem.filter(
        digital=True, photo_id__isnull=False, order__status__in=list(KEEPS_DOWNLOADS)
    ).values_list("photo_id", flat=True)
    return set(rows)
