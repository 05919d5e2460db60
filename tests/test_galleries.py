"""Galleries end to end: upload, derived images, the family's proofing and downloads."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
from PIL import Image
from strawberry.relay import from_base64

from app.settings import Settings
from models.file import StoredFile
from models.gallery import Gallery as GalleryModel
from models.gallery import Photo as PhotoModel
from tests.api import StatementCounter, gql
from tests.galleries import (
    CREATE,
    blank_photo,
    create_gallery,
    has_gps,
    jpeg_with_gps,
    open_gallery,
    photo_session,
    red_logo,
    shows_red_logo,
    upload_photos,
)
from tests.test_uploads import PREFLIGHT, files_named, upload

ACCESS = """
query ($slug: String!, $token: String!) {
  galleryAccess(slug: $slug, accessToken: $token) {
    accessCode
    allowance { selected included extra extraPrice { amount currency } }
    photos(first: 50) { edges { node { id thumbnailUrl previewUrl canDownload notes } } }
  }
}"""
FAVORITE = """
mutation ($input: FavoritePhotoInput!) {
  favoritePhoto(input: $input) { photo { favorite } userErrors { code } }
}"""
SUBMIT = """
mutation ($input: SubmitSelectionInput!) {
  submitSelection(input: $input) { gallery { selectionSubmittedAt } userErrors { code } }
}"""
DOWNLOAD = """
mutation ($input: DownloadPhotoInput!) {
  downloadPhoto(input: $input) { url userErrors { code } }
}"""
UPDATE_PHOTO = """
mutation ($input: UpdatePhotoInput!) {
  updatePhoto(input: $input) { photo { complimentary editingStatus } userErrors { code } }
}"""
STAFF_PHOTOS = """
query ($id: ID!) { node(id: $id) { ... on Gallery {
  photos(first: 100) { edges { node { previewUrl thumbnailUrl canDownload size contentType } } }
} } }"""


async def fetch(client: httpx.AsyncClient, settings: Settings, url: str) -> httpx.Response:
    return await client.get(url.removeprefix(settings.public_url))


async def test_uploaded_photos_are_served_resized_and_without_exif(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session)
    assert len(gallery["accessCode"]) == 19  # XXXX-XXXX-XXXX-XXXX
    original = jpeg_with_gps(2400, 1600)
    assert has_gps(original)
    uploaded = await upload_photos(
        client, session.provider_token, gallery["id"], [("a.jpg", original, "image/jpeg")] * 2
    )
    assert uploaded["userErrors"] == []
    photo = uploaded["photos"][0]
    assert (photo["width"], photo["height"]) == (2400, 1600)
    for url in (photo["thumbnailUrl"], photo["previewUrl"]):
        served = await fetch(client, settings, url)
        assert served.status_code == 200
        assert not has_gps(served.content)
        assert max(Image.open(io.BytesIO(served.content)).size) <= 1600
    staff = await gql(client, STAFF_PHOTOS, {"id": gallery["id"]}, token=session.provider_token)
    first = staff["node"]["photos"]["edges"][0]["node"]
    assert (first["size"], first["contentType"]) == (len(original), "image/jpeg")
    # Only the originals are files of their own: private, never given a link above.
    assert await StoredFile.all().values_list("kind", flat=True) == ["PHOTO", "PHOTO"]


async def test_the_family_sees_watermarked_previews_picks_and_submits(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    session = await photo_session(included_photos=2)
    gallery = await create_gallery(client, session, extraPhotoPrice=1500)
    jpeg = jpeg_with_gps()
    await upload_photos(
        client, session.provider_token, gallery["id"], [("p.jpg", jpeg, "image/jpeg")] * 3
    )
    opened = await open_gallery(client, gallery["slug"], gallery["accessCode"].lower())
    assert opened["userErrors"] == []
    token = opened["accessToken"]
    seen = (await gql(client, ACCESS, {"slug": gallery["slug"], "token": token}))["galleryAccess"]
    assert seen["accessCode"] is None  # the code is for the studio to hand out
    photos = [edge["node"] for edge in seen["photos"]["edges"]]
    assert len(photos) == 3
    assert all(photo["notes"] is None and not photo["canDownload"] for photo in photos)

    staff = await gql(client, STAFF_PHOTOS, {"id": gallery["id"]}, token=session.provider_token)
    clean = staff["node"]["photos"]["edges"][0]["node"]
    for image in ("previewUrl", "thumbnailUrl"):  # watermarked for the family, plain for staff
        family_bytes = (await fetch(client, settings, photos[0][image])).content
        assert family_bytes != (await fetch(client, settings, clean[image])).content

    for photo in photos:
        picked = {"photoId": photo["id"], "favorite": True, "accessToken": token}
        assert (await gql(client, FAVORITE, {"input": picked}))["favoritePhoto"]["userErrors"] == []
    seen = (await gql(client, ACCESS, {"slug": gallery["slug"], "token": token}))["galleryAccess"]
    assert seen["allowance"] == {
        "selected": 3,
        "included": 2,
        "extra": 1,
        "extraPrice": {"amount": 1500, "currency": "EUR"},
    }
    sent = await gql(client, SUBMIT, {"input": {"galleryId": gallery["id"], "accessToken": token}})
    assert sent["submitSelection"]["gallery"]["selectionSubmittedAt"] is not None
    late = {"photoId": photos[0]["id"], "favorite": False, "accessToken": token}
    refused = (await gql(client, FAVORITE, {"input": late}))["favoritePhoto"]
    assert refused["userErrors"] == [{"code": "INVALID_TRANSITION"}]
    assert await PhotoModel.filter(favorite=True).count() == 3


async def test_originals_only_when_complimentary_and_downloads_are_counted(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session)
    jpeg = jpeg_with_gps()
    uploaded = await upload_photos(
        client, session.provider_token, gallery["id"], [("p.jpg", jpeg, "image/jpeg")]
    )
    photo_id = uploaded["photos"][0]["id"]
    token = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    ask = {"input": {"photoId": photo_id, "accessToken": token}}
    refused = (await gql(client, DOWNLOAD, ask))["downloadPhoto"]
    assert refused == {"url": None, "userErrors": [{"code": "DOWNLOAD_NOT_ALLOWED"}]}

    gift = {"input": {"id": photo_id, "complimentary": True, "editingStatus": "EDITING"}}
    updated = await gql(client, UPDATE_PHOTO, gift, token=session.provider_token)
    assert updated["updatePhoto"]["photo"] == {"complimentary": True, "editingStatus": "EDITING"}
    url = (await gql(client, DOWNLOAD, ask))["downloadPhoto"]["url"]
    assert (await fetch(client, settings, url)).content == jpeg  # the original, as uploaded
    assert (await GalleryModel.get()).download_count == 1

    skip = {"input": {"id": photo_id, "editingStatus": "APPROVED"}}
    jumped = await gql(client, UPDATE_PHOTO, skip, token=session.provider_token)
    assert jumped["updatePhoto"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]


async def test_a_refused_file_stores_nothing_of_the_batch(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session)
    files = [
        ("good.jpg", jpeg_with_gps(), "image/jpeg"),
        ("notes.pdf", b"%PDF-1.4\n" + b"x" * 2000, "image/jpeg"),
    ]
    refused = await upload_photos(client, session.provider_token, gallery["id"], files)
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
        ("files.1", "UNSUPPORTED_TYPE")
    ]
    assert await PhotoModel.all().count() == 0
    assert await StoredFile.all().count() == 0
    root = Path(settings.storage_url.removeprefix("file://"))
    assert files_named(root / "galleries" / from_base64(gallery["id"])[1], ".jpg") == []
    assert files_named(root, "good") == []


async def add_photos(gallery_id: str, count: int) -> None:
    """Rows without processing: the statement count does not depend on the images."""
    gallery = await GalleryModel.get(id=from_base64(gallery_id)[1]).prefetch_related(
        "session__provider"
    )
    original = await StoredFile.create(
        owner_id=gallery.session.provider.user_id,  # type: ignore[attr-defined]
        kind="PHOTO",
        key=f"files/test/{gallery.id}.jpg",
        name="x.jpg",
        size=1,
        content_type="image/jpeg",
        sha256="0" * 64,
    )
    await PhotoModel.bulk_create(
        [
            PhotoModel(
                gallery=gallery,
                original=original,
                thumbnail_key="t/a.jpg",
                preview_key="p/a.jpg",
                watermarked_key="w/a.jpg",
                watermarked_thumbnail_key="w/t.jpg",
                width=10,
                height=10,
                sort_order=i,
            )
            for i in range(count)
        ]
    )


async def test_gallery_photos_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    counts = []
    for total in (5, 50):
        session = await photo_session()
        gallery = await create_gallery(client, session)
        await add_photos(gallery["id"], total)
        statements.reset()
        data = await gql(client, STAFF_PHOTOS, {"id": gallery["id"]}, token=session.provider_token)
        assert len(data["node"]["photos"]["edges"]) == total
        counts.append(statements.count)
    # token, gallery, its session, the provider, the page, the originals, the paid downloads
    assert counts[0] == counts[1] == 7, statements.queries


async def test_what_the_family_bought_costs_one_statement_a_page(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    query = """query ($id: ID!) { node(id: $id) { ... on Gallery {
      photos(first: 100) { edges { node { purchased canDownload } } } } } }"""
    counts = []
    for total in (5, 50):
        session = await photo_session()
        gallery = await create_gallery(client, session)
        await add_photos(gallery["id"], total)
        statements.reset()
        data = await gql(client, query, {"id": gallery["id"]}, token=session.client_token)
        nodes = [edge["node"] for edge in data["node"]["photos"]["edges"]]
        assert nodes == [{"purchased": False, "canDownload": False}] * total
        counts.append(statements.count)
    # token, gallery, its session, the page, the client's paid downloads
    assert counts[0] == counts[1] == 5, statements.queries


async def test_photos_page_in_the_photographers_order(client: httpx.AsyncClient) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session)
    await add_photos(gallery["id"], 5)
    page = """query ($id: ID!, $after: String) { node(id: $id) { ... on Gallery {
      photos(first: 2, after: $after) {
        edges { node { sortOrder } } pageInfo { endCursor hasNextPage } } } } }"""
    seen, after = [], None
    for _ in range(3):
        variables = {"id": gallery["id"], "after": after}
        photos = (await gql(client, page, variables, token=session.provider_token))["node"][
            "photos"
        ]
        seen += [edge["node"]["sortOrder"] for edge in photos["edges"]]
        after = photos["pageInfo"]["endCursor"]
    assert seen == [0, 1, 2, 3, 4]
    assert photos["pageInfo"]["hasNextPage"] is False


async def test_a_gallery_can_watermark_with_the_studios_logo(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    session = await photo_session()
    ids = []
    for token in (session.provider_token, session.client_token):
        sent = await upload(client, token, "WATERMARK", "logo.png", red_logo(), **PREFLIGHT)
        ids.append(sent.json()["data"]["uploadFile"]["file"]["id"])
    logo_id, theirs = ids

    refused = await gql(
        client,
        CREATE,
        {"input": {"sessionId": session.session_id, "name": "Day", "watermarkLogoId": theirs}},
        token=session.provider_token,
    )
    assert refused["createGallery"]["userErrors"][0]["code"] == "NOT_FOUND"
    gallery = await create_gallery(client, session, watermarkLogoId=logo_id)
    await upload_photos(
        client, session.provider_token, gallery["id"], [("w.jpg", blank_photo(), "image/jpeg")]
    )
    token = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    seen = (await gql(client, ACCESS, {"slug": gallery["slug"], "token": token}))["galleryAccess"]
    preview_url = seen["photos"]["edges"][0]["node"]["previewUrl"]
    assert shows_red_logo((await fetch(client, settings, preview_url)).content)


async def test_a_sessions_galleries_with_allowances_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    query = """query ($id: ID!) { sessionGalleries(sessionId: $id, first: 50) { edges { node {
      name allowance { selected included extra } } } } }"""
    counts = []
    for total in (5, 50):
        session = await photo_session()
        galleries = [await create_gallery(client, session) for _ in range(total)]
        await add_photos(galleries[0]["id"], 3)
        await PhotoModel.all().update(favorite=True)
        statements.reset()
        data = await gql(client, query, {"id": session.session_id}, token=session.client_token)
        edges = data["sessionGalleries"]["edges"]
        assert len(edges) == total
        assert sorted(edge["node"]["allowance"]["selected"] for edge in edges)[-1] == 3
        counts.append(statements.count)
    # token, the session (asked for, then through its loader), page, picks, what the family
    # holds already, package: the client is known from the session, without the provider's
    # profile
    assert counts[0] == counts[1] == 7, statements.queries


async def test_a_logo_that_cannot_be_read_is_refused_where_it_is_chosen(
    client: httpx.AsyncClient,
) -> None:
    """A broken logo would fail every later photo upload as "this image cannot be read",
    blaming the photos."""
    session = await photo_session()
    cut = red_logo()[:60]  # a PNG by its first bytes, cut short
    sent = await upload(client, session.provider_token, "WATERMARK", "logo.png", cut, **PREFLIGHT)
    logo_id = sent.json()["data"]["uploadFile"]["file"]["id"]
    variables = {
        "input": {"sessionId": session.session_id, "name": "Day", "watermarkLogoId": logo_id}
    }
    refused = await gql(client, CREATE, variables, token=session.provider_token)
    errors = refused["createGallery"]["userErrors"]
    assert [(e["field"], e["code"]) for e in errors] == [("watermarkLogoId", "UNSUPPORTED_TYPE")]
    assert await GalleryModel.all().count() == 0
