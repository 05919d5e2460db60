"""Galleries kept right over time: batches and edits that race the family's picks, a
selection sent twice or reopened, and the sessions and settings a gallery may not have."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
import pytest
from strawberry.relay import from_base64
from tortoise.expressions import F

from models.booking import Session
from models.gallery import Gallery as GalleryModel
from models.gallery import Photo as PhotoModel
from models.notification import Notification
from models.outbox import OutboxMessage
from models.provider import ProviderProfile
from resolvers import gallery as gallery_resolvers
from resolvers import gallery_access as gallery_access_resolvers
from resolvers import photo_upload
from tests.api import gql
from tests.factories import PASSWORD
from tests.galleries import (
    CREATE,
    create_gallery,
    jpeg_with_gps,
    open_gallery,
    photo_session,
    red_logo,
    upload_photos,
)
from tests.test_galleries import FAVORITE, SUBMIT, UPDATE_PHOTO
from tests.test_uploads import PREFLIGHT, upload


async def test_two_first_uploads_at_once_mail_the_family_once_and_keep_their_order(
    client: httpx.AsyncClient, server: str
) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session)
    batches = [[(f"{name}.jpg", jpeg_with_gps(640, 480), "image/jpeg")] for name in "abcd"]
    async with httpx.AsyncClient(base_url=server, timeout=60) as http:
        uploaded = await asyncio.gather(
            *(upload_photos(http, session.provider_token, gallery["id"], b) for b in batches)
        )
    assert [batch["userErrors"] for batch in uploaded] == [[]] * 4
    assert await OutboxMessage.filter(kind="GALLERY_READY").count() == 1
    orders = await PhotoModel.all().order_by("sort_order").values_list("sort_order", flat=True)
    assert orders == [0, 1, 2, 3]


async def test_staff_edits_keep_what_the_family_did_meanwhile(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session)
    files = [("p.jpg", jpeg_with_gps(64, 48), "image/jpeg")]
    uploaded = await upload_photos(client, session.provider_token, gallery["id"], files)
    photo_id = uploaded["photos"][0]["id"]
    gallery_row, photo_row = from_base64(gallery["id"])[1], from_base64(photo_id)[1]
    is_staff = gallery_resolvers._is_staff

    async def family_acts_meanwhile(info: object, session_row: object) -> None:
        """Between the staff's read and write: the family opens the gallery and sends its
        picks."""
        await GalleryModel.filter(id=gallery_row).update(
            selection_submitted_at=datetime.now(UTC), view_count=F("view_count") + 1
        )
        await PhotoModel.filter(id=photo_row).update(favorite=True)
        await is_staff(info, session_row)  # type: ignore[arg-type]

    monkeypatch.setattr(gallery_resolvers, "_is_staff", family_acts_meanwhile)
    update = """mutation ($input: UpdateGalleryInput!) {
      updateGallery(input: $input) { userErrors { code } } }"""
    renamed = {"input": {"id": gallery["id"], "name": "Encore", "newAccessCode": True}}
    assert (await gql(client, update, renamed, token=session.provider_token))["updateGallery"] == {
        "userErrors": []
    }
    kept = await GalleryModel.get(id=gallery_row)
    assert (kept.name, kept.view_count) == ("Encore", 1)
    assert kept.selection_submitted_at is not None

    await PhotoModel.filter(id=photo_row).update(favorite=False)
    editing = {"input": {"id": photo_id, "editingStatus": "EDITING"}}
    await gql(client, UPDATE_PHOTO, editing, token=session.provider_token)
    photo = await PhotoModel.get(id=photo_row)
    assert (photo.editing_status, photo.favorite) == ("EDITING", True)


async def test_update_gallery_sets_a_logo_and_removes_a_password(client: httpx.AsyncClient) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session, password="rock and roll!")
    sent = await upload(
        client, session.provider_token, "WATERMARK", "logo.png", red_logo(), **PREFLIGHT
    )
    logo_id = sent.json()["data"]["uploadFile"]["file"]["id"]
    update = """mutation ($input: UpdateGalleryInput!) {
      updateGallery(input: $input) { gallery { hasPassword } userErrors { code } } }"""
    changed = {"input": {"id": gallery["id"], "password": "", "watermarkLogoId": logo_id}}
    assert (await gql(client, update, changed, token=session.provider_token))["updateGallery"] == {
        "gallery": {"hasPassword": False},
        "userErrors": [],
    }
    row = await GalleryModel.get(id=from_base64(gallery["id"])[1])
    assert row.password_hash is None
    assert str(row.watermark_logo_id) == from_base64(logo_id)[1]  # type: ignore[attr-defined]


async def test_a_pick_racing_the_submitted_selection_is_refused(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session)
    files = [("p.jpg", jpeg_with_gps(64, 48), "image/jpeg")]
    uploaded = await upload_photos(client, session.provider_token, gallery["id"], files)
    photo_id = uploaded["photos"][0]["id"]
    photo_for_family = gallery_access_resolvers._photo_for_family

    async def selection_sent_meanwhile(*args: object) -> object:
        found = await photo_for_family(*args)  # type: ignore[arg-type]
        sent = datetime.now(UTC)
        await GalleryModel.filter(id=from_base64(gallery["id"])[1]).update(
            selection_submitted_at=sent
        )
        return found

    monkeypatch.setattr(gallery_access_resolvers, "_photo_for_family", selection_sent_meanwhile)
    picked = {"photoId": photo_id, "favorite": True}
    late = await gql(client, FAVORITE, {"input": picked}, token=session.client_token)
    assert late["favoritePhoto"] == {"photo": None, "userErrors": [{"code": "INVALID_TRANSITION"}]}
    assert await PhotoModel.filter(favorite=True).count() == 0


async def test_no_gallery_for_a_session_cancelled_or_missed(client: httpx.AsyncClient) -> None:
    session = await photo_session()
    variables = {"input": {"sessionId": session.session_id, "name": "Rock day"}}
    for status in ("CANCELLED", "NO_SHOW"):
        await Session.all().update(status=status)
        refused = await gql(client, CREATE, variables, token=session.provider_token)
        assert refused["createGallery"]["userErrors"] == [
            {
                "field": "sessionId",
                "code": "INVALID_VALUE",
                "message": "This session did not take place.",
            }
        ]
    assert await GalleryModel.all().count() == 0


async def test_sending_the_selection_twice_keeps_when_it_was_sent(
    client: httpx.AsyncClient,
) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session)
    files = [("p.jpg", jpeg_with_gps(64, 48), "image/jpeg")]
    uploaded = await upload_photos(client, session.provider_token, gallery["id"], files)
    picked = {"photoId": uploaded["photos"][0]["id"], "favorite": True}
    await gql(client, FAVORITE, {"input": picked}, token=session.client_token)
    send = {"input": {"galleryId": gallery["id"]}}
    first = await gql(client, SUBMIT, send, token=session.client_token)
    again = await gql(client, SUBMIT, send, token=session.client_token)
    assert again == first
    assert first["submitSelection"]["userErrors"] == []


async def test_the_studio_is_told_once_when_the_family_sends_its_selection(
    client: httpx.AsyncClient,
) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session, name="Beach day")
    files = [("p.jpg", jpeg_with_gps(64, 48), "image/jpeg")] * 3
    uploaded = await upload_photos(client, session.provider_token, gallery["id"], files)
    token = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    for photo in uploaded["photos"][:2]:
        picked = {"photoId": photo["id"], "favorite": True, "accessToken": token}
        await gql(client, FAVORITE, {"input": picked})
    send = {"input": {"galleryId": gallery["id"], "accessToken": token}}
    assert (await gql(client, SUBMIT, send))["submitSelection"]["userErrors"] == []
    await gql(client, SUBMIT, send)  # a retry tells nobody again

    row = await Session.get(id=from_base64(session.session_id)[1])
    photographer = await (await ProviderProfile.get(id=row.provider_id)).user  # type: ignore[attr-defined]
    [told] = await Notification.filter(kind="SELECTION_SUBMITTED")
    assert (told.recipient_id, told.session_id) == (photographer.id, row.id)  # type: ignore[attr-defined]
    assert "Beach day" in told.body
    assert "2 photos" in told.body
    [mailed] = await OutboxMessage.filter(kind="SELECTION_SUBMITTED")
    assert mailed.recipient == photographer.email
    assert "Beach day" in mailed.text_body


async def test_a_blank_watermark_text_marks_with_the_studios_name(
    client: httpx.AsyncClient,
) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session, watermarkText="   ")
    studio = await ProviderProfile.get()
    row = await GalleryModel.get(id=from_base64(gallery["id"])[1])
    # Blanks would tile nothing: the family's previews would show the photos plainly.
    assert row.watermark_text == studio.display_name


async def test_no_new_gallery_for_a_family_that_erased_its_account(
    client: httpx.AsyncClient,
) -> None:
    session = await photo_session()
    erase = """mutation ($input: DeleteMyAccountInput!) {
      deleteMyAccount(input: $input) { deleted } }"""
    done = await gql(client, erase, {"input": {"password": PASSWORD}}, token=session.client_token)
    assert done["deleteMyAccount"]["deleted"] is True
    variables = {"input": {"sessionId": session.session_id, "name": "Rock day"}}
    refused = await gql(client, CREATE, variables, token=session.provider_token)
    assert refused["createGallery"]["userErrors"] == [
        {
            "field": "sessionId",
            "code": "INVALID_VALUE",
            "message": "This family erased its account and its photos.",
        }
    ]
    assert await GalleryModel.all().count() == 0


async def test_update_gallery_changes_the_price_of_extra_picks(client: httpx.AsyncClient) -> None:
    session = await photo_session(included_photos=0)
    gallery = await create_gallery(client, session, extraPhotoPrice=1500)
    update = """mutation ($input: UpdateGalleryInput!) {
      updateGallery(input: $input) {
        gallery { allowance { extraPrice { amount } } } userErrors { field code }
      } }"""
    negative = {"input": {"id": gallery["id"], "extraPhotoPrice": -1}}
    refused = (await gql(client, update, negative, token=session.provider_token))["updateGallery"]
    assert refused == {
        "gallery": None,
        "userErrors": [{"field": "extraPhotoPrice", "code": "INVALID_VALUE"}],
    }
    files = [("p.jpg", jpeg_with_gps(64, 48), "image/jpeg")]
    uploaded = await upload_photos(client, session.provider_token, gallery["id"], files)
    picked = {"photoId": uploaded["photos"][0]["id"], "favorite": True}
    await gql(client, FAVORITE, {"input": picked}, token=session.client_token)
    cheaper = {"input": {"id": gallery["id"], "extraPhotoPrice": 900}}
    changed = (await gql(client, update, cheaper, token=session.provider_token))["updateGallery"]
    assert changed == {"gallery": {"allowance": {"extraPrice": {"amount": 900}}}, "userErrors": []}


async def test_the_studio_reopens_a_sent_selection(client: httpx.AsyncClient) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session)
    files = [("p.jpg", jpeg_with_gps(64, 48), "image/jpeg")] * 2
    uploaded = await upload_photos(client, session.provider_token, gallery["id"], files)
    first, second = (photo["id"] for photo in uploaded["photos"])
    family = session.client_token
    await gql(client, FAVORITE, {"input": {"photoId": first, "favorite": True}}, token=family)
    await gql(client, SUBMIT, {"input": {"galleryId": gallery["id"]}}, token=family)
    pick = {"input": {"photoId": second, "favorite": True}}
    refused = (await gql(client, FAVORITE, pick, token=family))["favoritePhoto"]
    assert refused["userErrors"] == [{"code": "INVALID_TRANSITION"}]

    # Sent too early: the studio gives the family its picks back.
    reopen = """mutation ($input: UpdateGalleryInput!) {
      updateGallery(input: $input) { gallery { selectionSubmittedAt } userErrors { code } } }"""
    variables = {"input": {"id": gallery["id"], "reopenSelection": True}}
    reopened = (await gql(client, reopen, variables, token=session.provider_token))["updateGallery"]
    assert reopened == {"gallery": {"selectionSubmittedAt": None}, "userErrors": []}
    picked = (await gql(client, FAVORITE, pick, token=family))["favoritePhoto"]
    assert picked == {"photo": {"favorite": True}, "userErrors": []}


async def test_a_code_changed_during_the_first_upload_is_the_one_mailed(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gallery was read when the upload started; its photos take a while to derive, and
    staff give it a new code (and name) meanwhile: the family must get the code that opens it."""
    session = await photo_session()
    gallery = await create_gallery(client, session)
    store_derived = photo_upload.store_derived
    update = """mutation ($input: UpdateGalleryInput!) {
      updateGallery(input: $input) { gallery { accessCode } userErrors { code } } }"""
    changed: list[str] = []

    async def staff_change_it_meanwhile(*args: object, **kwargs: object) -> object:
        renamed = {"input": {"id": gallery["id"], "name": "Encore", "newAccessCode": True}}
        answer = await gql(client, update, renamed, token=session.provider_token)
        changed.append(answer["updateGallery"]["gallery"]["accessCode"])
        return await store_derived(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(photo_upload, "store_derived", staff_change_it_meanwhile)
    photo = ("a.jpg", jpeg_with_gps(), "image/jpeg")
    uploaded = await upload_photos(client, session.provider_token, gallery["id"], [photo])
    assert uploaded["userErrors"] == []

    [new_code] = changed
    assert new_code != gallery["accessCode"]
    [mail] = await OutboxMessage.filter(kind="GALLERY_READY")
    assert f"Access code: {new_code}" in mail.text_body
    assert gallery["accessCode"] not in mail.text_body
    assert "Encore" in mail.text_body
