"""What exportMyData says the caller bought: their own purchases, not their relatives'."""

from __future__ import annotations

import httpx
from strawberry.relay import from_base64

from app.settings import Settings
from tests.api import gql
from tests.factories import make_user, token_for
from tests.galleries import open_gallery
from tests.shop import PAY, Catalog, add, catalog, family_with_photos, place
from tests.test_privacy import _export


async def _bought(client: httpx.AsyncClient, shop: Catalog, token: str, photo: str, **via: str):
    """A paid order of the photo's download (recorded by the studio)."""
    assert (await add(client, token, photo, shop.download_variant, **via))["userErrors"] == []
    order = (await place(client, token))["order"]
    total = order["totals"]["total"]["amount"]
    paid = {"input": {"orderId": order["id"], "amount": total, "reference": f"TR-{photo}"}}
    assert (await gql(client, PAY, paid, token=shop.admin))["recordOrderPayment"][
        "userErrors"
    ] == []


async def test_the_export_says_which_photos_the_caller_bought(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=3)
    relative = await token_for(await make_user())
    gallery = family.gallery
    opened = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    await _bought(client, shop, relative, family.photos[0], accessToken=opened)
    await _bought(client, shop, family.token, family.photos[1])

    _, archive = await _export(client, settings, family.token)

    bought = {row["id"]: row["purchased"] for row in archive["sections"]["photos"]}
    # The relative's purchase is theirs: the family's archive does not carry it.
    assert bought == {
        from_base64(family.photos[0])[1]: False,
        from_base64(family.photos[1])[1]: True,
        from_base64(family.photos[2])[1]: False,
    }
