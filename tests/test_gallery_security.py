"""Children's photos never leak: every way in without access finds nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from app.settings import Settings
from integrations.storage import signing
from models.gallery import Gallery as GalleryModel
from tests.api import gql
from tests.galleries import (
    create_gallery,
    jpeg_with_gps,
    open_gallery,
    photo_session,
    upload_photos,
)
from tests.scheduling import client_token

NODE = """
query ($id: ID!) { node(id: $id) {
  ... on Gallery { name } ... on Photo { previewUrl }
} }"""
ACCESS = """
query ($slug: String!, $token: String!) {
  galleryAccess(slug: $slug, accessToken: $token) { photos(first: 10) { edges { node { id } } } }
}"""
DOWNLOAD = """
mutation ($input: DownloadPhotoInput!) { downloadPhoto(input: $input) { url userErrors { code } } }
"""
UPDATE = """
mutation ($input: UpdateGalleryInput!) {
  updateGallery(input: $input) { gallery { expired accessCode } userErrors { code } }
}"""


@pytest.fixture
async def stocked(client: httpx.AsyncClient) -> dict:
    """A gallery with one complimentary photo, downloads on: only access stands in the way."""
    session = await photo_session()
    gallery = await create_gallery(client, session)
    uploaded = await upload_photos(
        client, session.provider_token, gallery["id"], [("p.jpg", jpeg_with_gps(), "image/jpeg")]
    )
    photo_id = uploaded["photos"][0]["id"]
    gift = """mutation ($id: ID!) { updatePhoto(input: {id: $id, complimentary: true}) {
      userErrors { code } } }"""
    await gql(client, gift, {"id": photo_id}, token=session.provider_token)
    return gallery | {"photo_id": photo_id, "session": session}


async def download(
    client: httpx.AsyncClient, photo_id: str, access_token: str | None, user: str | None = None
) -> dict:
    variables = {"input": {"photoId": photo_id, "accessToken": access_token}}
    return (await gql(client, DOWNLOAD, variables, token=user))["downloadPhoto"]


async def test_ids_alone_open_nothing(client: httpx.AsyncClient, stocked: dict) -> None:
    stranger = await client_token()
    for token in (None, stranger):
        for node_id in (stocked["id"], stocked["photo_id"]):
            assert (await gql(client, NODE, {"id": node_id}, token=token))["node"] is None
        refused = await download(client, stocked["photo_id"], None, user=token)
        assert refused == {"url": None, "userErrors": [{"code": "NOT_FOUND"}]}
    # The session's own client, signed in, is family: the original is theirs.
    mine = await download(client, stocked["photo_id"], None, user=stocked["session"].client_token)
    assert mine["url"] is not None


async def test_wrong_code_and_unknown_gallery_answer_alike(
    client: httpx.AsyncClient, stocked: dict
) -> None:
    wrong = await open_gallery(client, stocked["slug"], "2222-2222-2222-2222")
    unknown = await open_gallery(client, "no-such-gallery", stocked["accessCode"])
    assert (
        wrong
        == unknown
        == {
            "accessToken": None,
            "gallery": None,
            "userErrors": [
                {
                    "field": "accessCode",
                    "code": "INVALID_ACCESS",
                    "message": "No gallery matches this link and code.",
                }
            ],
        }
    )


async def test_another_gallerys_token_opens_nothing_here(
    client: httpx.AsyncClient, stocked: dict
) -> None:
    other = await create_gallery(client, await photo_session())
    token = (await open_gallery(client, other["slug"], other["accessCode"]))["accessToken"]
    assert (await download(client, stocked["photo_id"], token))["userErrors"] == [
        {"code": "NOT_FOUND"}
    ]
    variables = {"slug": stocked["slug"], "token": token}
    assert (await gql(client, ACCESS, variables))["galleryAccess"] is None


async def test_expired_gallery_denies_the_family_keeps_photos_and_can_be_extended(
    client: httpx.AsyncClient, stocked: dict
) -> None:
    token = (await open_gallery(client, stocked["slug"], stocked["accessCode"]))["accessToken"]
    await GalleryModel.filter(slug=stocked["slug"]).update(
        expires_at=datetime.now(UTC) - timedelta(minutes=1)
    )
    expired = await open_gallery(client, stocked["slug"], stocked["accessCode"])
    assert expired["userErrors"][0]["code"] == "EXPIRED"
    assert (await gql(client, ACCESS, {"slug": stocked["slug"], "token": token}))[
        "galleryAccess"
    ] is None
    assert (await download(client, stocked["photo_id"], token))["url"] is None

    later = (datetime.now(UTC) + timedelta(days=30)).isoformat()
    extended = await gql(
        client,
        UPDATE,
        {"input": {"id": stocked["id"], "expiresAt": later}},
        token=stocked["session"].provider_token,
    )
    assert extended["updateGallery"]["gallery"]["expired"] is False
    photos = (await gql(client, ACCESS, {"slug": stocked["slug"], "token": token}))[
        "galleryAccess"
    ]["photos"]["edges"]
    assert [edge["node"]["id"] for edge in photos] == [stocked["photo_id"]]


async def test_a_new_code_retires_old_tokens(client: httpx.AsyncClient, stocked: dict) -> None:
    token = (await open_gallery(client, stocked["slug"], stocked["accessCode"]))["accessToken"]
    renewed = await gql(
        client,
        UPDATE,
        {"input": {"id": stocked["id"], "newAccessCode": True}},
        token=stocked["session"].provider_token,
    )
    assert renewed["updateGallery"]["gallery"]["accessCode"] != stocked["accessCode"]
    assert (await download(client, stocked["photo_id"], token))["url"] is None


async def test_password_is_asked_after_the_code(client: httpx.AsyncClient) -> None:
    gallery = await create_gallery(client, await photo_session(), password="rock and roll!")
    asked = await open_gallery(client, gallery["slug"], gallery["accessCode"])
    assert asked["userErrors"][0]["code"] == "PASSWORD_REQUIRED"
    wrong = await open_gallery(client, gallery["slug"], gallery["accessCode"], password="nope-nope")
    assert wrong["accessToken"] is None
    right = await open_gallery(
        client, gallery["slug"], gallery["accessCode"], password="rock and roll!"
    )
    assert right["accessToken"]


async def test_signed_links_expire_and_cannot_be_tampered_with(
    client: httpx.AsyncClient, stocked: dict, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = (await open_gallery(client, stocked["slug"], stocked["accessCode"]))["accessToken"]
    url = (await download(client, stocked["photo_id"], token))["url"]
    path = url.removeprefix(settings.public_url)
    assert (await client.get(path)).status_code == 200
    tampered = path[:-3] + ("aaa" if not path.endswith("aaa") else "bbb")
    assert (await client.get(tampered)).status_code in (403, 404)
    later = signing.time.time() + 301
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert (await client.get(path)).status_code in (403, 404)


@pytest.fixture
async def guesser(app) -> AsyncIterator[httpx.AsyncClient]:
    """A client from its own address, so its failures count against nobody else's."""
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 4000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def test_wrong_codes_are_rate_limited_per_gallery(
    guesser: httpx.AsyncClient, client: httpx.AsyncClient, stocked: dict
) -> None:
    for _ in range(10):
        await open_gallery(guesser, stocked["slug"], "2222-2222-2222-2222")
    blocked = await open_gallery(guesser, stocked["slug"], stocked["accessCode"])
    assert blocked["userErrors"][0]["code"] == "RATE_LIMITED"
    # The limit is the gallery's: the family, from elsewhere, is refused too until it cools.
    also = await open_gallery(client, stocked["slug"], stocked["accessCode"])
    assert also["userErrors"][0]["code"] == "RATE_LIMITED"


async def test_an_expired_gallery_shows_its_signed_in_client_no_photos(
    client: httpx.AsyncClient, stocked: dict
) -> None:
    """Signed in, the session's client needs no code, but expiry holds for them as for anyone
    with the code: sessionGalleries handed out image links past it."""
    session = stocked["session"]
    await GalleryModel.filter(slug=stocked["slug"]).update(
        expires_at=datetime.now(UTC) - timedelta(minutes=1)
    )
    query = """query ($id: ID!) { sessionGalleries(sessionId: $id) { edges { node {
        expired photos { edges { node { thumbnailUrl previewUrl } } }
    } } } }"""
    variables = {"id": session.session_id}
    family = (await gql(client, query, variables, token=session.client_token))["sessionGalleries"]
    assert family["edges"] == [{"node": {"expired": True, "photos": {"edges": []}}}]
    staff = await gql(client, query, variables, token=session.provider_token)
    assert len(staff["sessionGalleries"]["edges"][0]["node"]["photos"]["edges"]) == 1
