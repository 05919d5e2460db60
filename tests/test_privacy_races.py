"""placeOrder racing deleteMyAccount: a relative ordering a print of the family's photo while
the family erases its account. Whichever comes first, no order is left standing for an erased
photo: either the order is placed first and the erasure cancels it, or the erasure goes first
and the order finds the cart line gone."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

import resolvers.order
import resolvers.privacy
from models.gallery import Photo
from models.shop import Order, OrderItem
from tests.api import gql
from tests.factories import PASSWORD, make_user, token_for
from tests.galleries import open_gallery
from tests.shop import Family, add, catalog, family_with_photos, place
from tests.test_privacy import DELETE

PAUSE = 0.5  # long enough for the other request to reach the rows this one holds


def _paused_after(
    original: Callable[..., Awaitable[Any]], reached: asyncio.Event
) -> Callable[..., Awaitable[Any]]:
    """`original`, then a pause inside the caller's transaction, its locks held."""

    async def paused(*args: Any, **kwargs: Any) -> Any:
        result = await original(*args, **kwargs)
        reached.set()
        await asyncio.sleep(PAUSE)
        return result

    return paused


async def _relatives_cart(client: httpx.AsyncClient, family: Family, variant: str) -> str:
    """A relative given the gallery's code puts a print of the family's photo in their cart."""
    relative = await token_for(await make_user())
    gallery = family.gallery
    opened = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    added = await add(client, relative, family.photos[0], variant, accessToken=opened)
    assert added["userErrors"] == []
    return relative


async def _delete(client: httpx.AsyncClient, token: str) -> dict:
    variables = {"input": {"password": PASSWORD}}
    return (await gql(client, DELETE, variables, token=token))["deleteMyAccount"]


async def test_an_order_placed_while_the_account_is_erased_finds_the_photo_gone(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    relative = await _relatives_cart(client, family, shop.print_variant)
    erasing = asyncio.Event()
    monkeypatch.setattr(
        resolvers.privacy,
        "_lock_unpaid_orders",
        _paused_after(resolvers.privacy._lock_unpaid_orders, erasing),
    )

    async def order() -> dict:
        await erasing.wait()
        return await place(client, relative)

    ordering = asyncio.create_task(order())
    assert (await _delete(client, family.token))["deleted"] is True
    placed = await ordering

    # The erasure had the cart line: the order waited for it, then found it gone.
    assert [e["code"] for e in placed["userErrors"]] == ["EMPTY_CART"]
    assert await Order.all().count() == 0
    assert await Photo.all().count() == 0


async def test_an_order_placed_as_the_erasure_starts_is_cancelled_by_it(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    relative = await _relatives_cart(client, family, shop.print_variant)
    ordering = asyncio.Event()
    monkeypatch.setattr(
        resolvers.order,
        "access_violations",
        _paused_after(resolvers.order.access_violations, ordering),
    )

    async def delete() -> dict:
        await ordering.wait()
        return await _delete(client, family.token)

    deleting = asyncio.create_task(delete())
    placed = await place(client, relative)
    assert placed["userErrors"] == []
    # The order had the cart line: the erasure waited for it, then cancelled the order.
    assert (await deleting)["deleted"] is True

    order = await Order.get()
    assert order.status == "CANCELLED"
    assert await OrderItem.filter(order_id=order.id).values_list("photo_id", flat=True) == [None]
    assert await Photo.all().count() == 0
