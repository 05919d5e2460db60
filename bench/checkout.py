"""Benchmark: placeOrder throughput for a cart of 10 items, beside carts of 1 item.

Requests go over HTTP to a real uvicorn (BENCH_WORKERS processes, default 2), CONCURRENCY in
flight, each from a different buyer whose cart was filled beforehand (filling carts is not
what is measured). Baseline, in the same run: the same number of orders of 1 item. Every
order of the year takes the order counter's row lock until it commits, so orders are placed
one at a time at the database; a cost that grew with the cart would show in the ratio.
Prints orders per second for both, their ratio, and the CPU time per order of the server,
this client and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from typing import Any
from uuid import uuid4

from bench.booking import measuring_cpu
from bench.common import DATABASE_URL, bench_database
from bench.keepalive import fire, open_spread, post_json
from domain.media import FileKind
from domain.shop import ProductCategory
from models.account import User
from models.booking import Session
from models.file import StoredFile
from models.gallery import Gallery, Photo
from models.shop import CartItem, Product, ProductVariant
from tests.factories import make_user, token_for
from tests.galleries import photo_session
from tests.server import running_server

WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
ORDERS = 300  # of each size
CONCURRENCY = 20
WARM_UP = 20
LINES = 10
PLACE = """
mutation ($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    order { number totals { total { amount } } items { sku quantity } }
    userErrors { code }
  }
}"""
ADDRESS = {
    "name": "Ada Bench",
    "line1": "Hauptstr. 1",
    "city": "Berlin",
    "postalCode": "10115",
    "country": "DE",
}


async def _catalog() -> list[ProductVariant]:
    product = await Product.create(
        name="Prints",
        slug="prints",
        category=ProductCategory.PRINTS,
        base_amount=900,
        currency="EUR",
    )
    return [
        await ProductVariant.create(
            product=product, sku=f"PRINT-{n}", name=f"Print {n}", price_amount=900 + 100 * n
        )
        for n in range(LINES)
    ]


async def _photos() -> list[Photo]:
    """A gallery of LINES photos (rows only: placing an order never reads the images)."""
    await photo_session()
    session = await Session.first().select_related("provider")
    gallery = await Gallery.create(
        session=session,
        name="Bench",
        slug=uuid4().hex,
        access_code=uuid4().hex[:16].upper(),
        watermark_text="Bench",
        currency="EUR",
    )
    photos = []
    for n in range(LINES):
        original = await StoredFile.create(
            owner_id=session.provider.user_id,  # type: ignore[attr-defined]
            kind=FileKind.PHOTO,
            key=f"files/bench/{uuid4()}.jpg",
            name=f"{n}.jpg",
            size=1,
            content_type="image/jpeg",
            sha256="0" * 64,
        )
        derived = {
            name: f"galleries/bench/{n}-{name}"
            for name in ("thumbnail_key", "preview_key", "watermarked_key")
        }
        photos.append(
            await Photo.create(
                gallery=gallery,
                original=original,
                width=1,
                height=1,
                sort_order=n,
                watermarked_thumbnail_key=f"galleries/bench/{n}-wt",
                **derived,
            )
        )
    return photos


async def _buyers(
    count: int, lines: int, photos: list[Photo], variants: list[ProductVariant]
) -> list[str]:
    """`count` buyers with `lines` lines in their carts; their tokens."""
    users: list[User] = [await make_user() for _ in range(count)]
    await CartItem.bulk_create(
        [
            CartItem(user=user, photo=photos[n], variant=variants[n], quantity=1 + n % 3)
            for user in users
            for n in range(lines)
        ]
    )
    return [await token_for(user) for user in users]


def placed(lines: int) -> Callable[[dict[str, Any]], str]:
    def outcome(data: dict[str, Any]) -> str:
        payload = data["placeOrder"]
        if payload["userErrors"]:
            return payload["userErrors"][0]["code"]
        assert len(payload["order"]["items"]) == lines, payload
        return "PLACED"

    return outcome


def _orders(base_url: str, tokens: list[str]) -> list[bytes]:
    variables = {"input": {"shippingAddress": ADDRESS}}
    return [
        post_json(
            base_url,
            "/graphql",
            {"query": PLACE, "variables": variables},
            {"Authorization": f"Bearer {token}"},
        )
        for token in tokens
    ]


async def main() -> None:
    async with bench_database():
        variants = await _catalog()
        photos = await _photos()
        warm = await _buyers(WARM_UP, LINES, photos, variants)
        singles = await _buyers(ORDERS, 1, photos, variants)
        tens = await _buyers(ORDERS, LINES, photos, variants)
        with running_server(DATABASE_URL, workers=WORKERS) as base_url:
            connections = await open_spread(base_url, CONCURRENCY, WORKERS)
            await fire(connections, _orders(base_url, warm), placed(LINES))
            with measuring_cpu() as one_cpu:
                one, one_s = await fire(connections, _orders(base_url, singles), placed(1))
            with measuring_cpu() as ten_cpu:
                ten, ten_s = await fire(connections, _orders(base_url, tens), placed(LINES))
            for connection in connections:
                await connection.close()

    print(
        f"placeOrder over HTTP to uvicorn with {WORKERS} worker(s), "
        f"{CONCURRENCY} requests in flight, {ORDERS} orders of each size"
    )
    print(f"1-item carts: {one['PLACED'] / one_s:.0f} orders/s {dict(one)}")
    print(f"  CPU per order: {one_cpu.shares(ORDERS)}")
    print(f"{LINES}-item carts: {ten['PLACED'] / ten_s:.0f} orders/s {dict(ten)}")
    print(f"  CPU per order: {ten_cpu.shares(ORDERS)}")
    ratio = (ten["PLACED"] / ten_s) / (one["PLACED"] / one_s)
    print(f"ratio {LINES}-item/1-item throughput: {ratio:.2f}x")


if __name__ == "__main__":
    asyncio.run(main())
