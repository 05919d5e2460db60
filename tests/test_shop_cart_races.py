"""addToCart of a photo deleted while it is being added (its family erased their account):
the photo is not found, and nothing is written."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from strawberry.relay import from_base64
from tortoise.transactions import in_transaction

import resolvers.cart
from models.gallery import Gallery, Photo
from models.shop import CartItem
from tests.factories import make_user, token_for
from tests.galleries import open_gallery
from tests.locks import until_waiting
from tests.shop import add, catalog, family_with_photos

GONE = [{"field": "photoId", "code": "NOT_FOUND", "message": "No such photo."}]


async def _delete_gallery(photo_id: str) -> None:
    """What the erasure does to a gallery of theirs: its photos, then the gallery."""
    photo = await Photo.get(id=from_base64(photo_id)[1])
    await Photo.filter(id=photo.id).delete()
    await Gallery.filter(id=photo.gallery_id).delete()  # type: ignore[attr-defined]


async def test_a_photo_deleted_after_the_checks_is_not_found(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    checked = resolvers.cart._fingerprint

    async def deleted_meanwhile(*args: object) -> str | None:
        fingerprint = await checked(*args)  # type: ignore[arg-type]
        await _delete_gallery(family.photos[0])
        return fingerprint

    monkeypatch.setattr(resolvers.cart, "_fingerprint", deleted_meanwhile)
    added = await add(client, family.token, family.photos[0], shop.print_variant)
    assert added == {"item": None, "cart": None, "userErrors": GONE}
    assert await CartItem.all().count() == 0


async def test_a_photo_being_deleted_is_waited_for_then_not_found(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    deleting = asyncio.Event()

    async def adding() -> dict:
        await deleting.wait()
        return await add(client, family.token, family.photos[0], shop.print_variant)

    # Created outside the transaction below, so that it runs on a connection of its own.
    added = asyncio.create_task(adding())
    async with in_transaction():
        await _delete_gallery(family.photos[0])
        deleting.set()
        await asyncio.sleep(0.5)  # the addition reaches the photo meanwhile
    assert await added == {"item": None, "cart": None, "userErrors": GONE}
    assert await CartItem.all().count() == 0


async def test_an_addition_waits_for_an_erasure_holding_its_line_and_takes_no_photo_first(
    client: httpx.AsyncClient,
) -> None:
    """An erasure locks the cart lines of its photos, then deletes the photos. A relative
    adding such a photo again locked the photo before the line it joins: each then waited
    for the other, and PostgreSQL aborted one with a deadlock error."""
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    relative = await token_for(await make_user())
    gallery = family.gallery
    opened = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    photo = family.photos[0]
    await add(client, relative, photo, shop.print_variant, accessToken=opened)
    line = await CartItem.get()

    # Created outside the transaction below, so that it runs on a connection of its own.
    adding = asyncio.create_task(
        add(client, relative, photo, shop.print_variant, accessToken=opened)
    )
    async with in_transaction():
        await CartItem.filter(id=line.id).select_for_update()
        await until_waiting(1)  # the addition waits for the line, holding nothing of ours
        await CartItem.filter(id=line.id).delete()
        await _delete_gallery(photo)
    assert await adding == {"item": None, "cart": None, "userErrors": GONE}
    assert await CartItem.all().count() == 0
