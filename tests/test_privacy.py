"""Privacy requests: the data export and erasing an account."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import httpx
from strawberry.relay import from_base64

from app.settings import Settings
from domain.privacy import anonymised_address, erased_email, export_row
from domain.session import SessionStatus
from models.account import AccessToken, User
from models.booking import Session
from models.file import StoredFile
from models.gallery import Gallery, Photo
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment
from models.photography import Child, SessionChild
from models.shop import Order, OrderItem
from tests.api import StatementCounter, execute, gql
from tests.factories import PASSWORD, make_user, token_for
from tests.galleries import open_gallery
from tests.scheduling import open_studio
from tests.shop import PAY, Family, add, catalog, family_with_photos, one_photo_order, place
from tests.test_projects import REVISE, SEND, STATUS, SUBMIT, quiet_project

EXPORT = """
mutation { exportMyData {
  downloadUrl expiresAt file { id kind name contentType }
  userErrors { field code message }
} }"""
DELETE = """
mutation ($input: DeleteMyAccountInput!) {
  deleteMyAccount(input: $input) { deleted userErrors { field code } }
}"""
FILE_URL = "query ($id: ID!) { node(id: $id) { ... on File { downloadUrl } } }"
LOGIN = """
mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code } } }"""


async def _client_of(family: Family) -> User:
    gallery = await Gallery.get(id=from_base64(family.gallery["id"])[1])
    session = await Session.get(id=gallery.session_id)  # type: ignore[attr-defined]
    return await User.get(id=session.client_id)  # type: ignore[attr-defined]


async def _with_child(user: User, name: str) -> Child:
    child = await Child.create(parent=user, first_name=name, last_name="Kid")
    session = await Session.filter(client_id=user.id).first()
    if session is not None:
        await SessionChild.create(session=session, child=child, primary=True)
    return child


async def _export(client: httpx.AsyncClient, settings: Settings, token: str) -> tuple[dict, dict]:
    payload = (await gql(client, EXPORT, token=token))["exportMyData"]
    assert payload["userErrors"] == []
    response = await client.get(payload["downloadUrl"].removeprefix(settings.public_url))
    assert response.status_code == 200
    return payload, response.json()


async def test_the_export_holds_the_callers_rows_and_nobody_elses(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    ours, theirs = await family_with_photos(client), await family_with_photos(client)
    me, other = await _client_of(ours), await _client_of(theirs)
    await _with_child(me, "Mine")
    await _with_child(other, "Theirs")
    await Notification.create(recipient=me, kind="NEW_MESSAGE", title="for me")
    await Notification.create(recipient=other, kind="NEW_MESSAGE", title="for them")

    payload, archive = await _export(client, settings, ours.token)

    assert payload["file"]["kind"] == "EXPORT"
    assert payload["file"]["contentType"] == "application/json"
    sections = archive["sections"]
    assert [row["email"] for row in sections["profile"]] == [me.email]
    assert [row["first_name"] for row in sections["children"]] == ["Mine"]
    assert len(sections["sessionChildren"]) == 1
    assert [row["title"] for row in sections["notifications"]] == ["for me"]
    assert [row["client_id"] for row in sections["sessionsAsClient"]] == [str(me.id)]
    assert [row["name"] for row in sections["galleries"]] == ["Rock day"]
    assert len(sections["photos"]) == 2
    text = json.dumps(archive)
    assert other.email not in text
    assert "Theirs" not in text
    assert "password_hash" not in text
    assert "access_code" not in text

    # The file is the caller's: nobody else gets a link to it.
    other_view = await gql(client, FILE_URL, {"id": payload["file"]["id"]}, token=theirs.token)
    assert other_view["node"] is None
    own_view = await gql(client, FILE_URL, {"id": payload["file"]["id"]}, token=ours.token)
    assert own_view["node"]["downloadUrl"]


async def test_an_anonymous_caller_cannot_export(client: httpx.AsyncClient) -> None:
    body = await execute(client, EXPORT)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED", body


async def _client_with(rows: int) -> str:
    user = await make_user()
    for n in range(rows):
        await Child.create(parent=user, first_name=f"C{n}", last_name="Kid")
        await Notification.create(recipient=user, kind="NEW_MESSAGE", title=f"n{n}")
    return await token_for(user)


async def test_an_export_costs_the_same_statements_for_5_or_50_rows(
    client: httpx.AsyncClient, settings: Settings, statements: StatementCounter
) -> None:
    counts = []
    for rows in (5, 50):
        token = await _client_with(rows)
        statements.reset()
        _, archive = await _export(client, settings, token)
        counts.append(statements.count)
        assert len(archive["sections"]["children"]) == rows
        assert len(archive["sections"]["notifications"]) == rows
    assert counts[0] == counts[1]


def _stored(settings: Settings, key: str) -> bool:
    return (Path(settings.storage_url.removeprefix("file://")) / key).exists()


async def _photo_keys() -> dict[str, list[str]]:
    """Storage keys of every photo (original and derived), by gallery id."""
    keys: dict[str, list[str]] = {}
    for photo in await Photo.all().select_related("original"):
        keys.setdefault(str(photo.gallery_id), []).extend(  # type: ignore[attr-defined]
            [photo.original.key, photo.thumbnail_key, photo.preview_key, photo.watermarked_key]
        )
    return keys


async def test_deleting_an_account_erases_personal_data_and_keeps_the_books(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    shop = await catalog(client)
    ours, theirs = await family_with_photos(client), await family_with_photos(client)
    me, other = await _client_of(ours), await _client_of(theirs)
    await _with_child(me, "Mine")
    await _with_child(other, "Theirs")
    await add(client, ours.token, ours.photos[0], shop.download_variant)
    order = (await place(client, ours.token))["order"]
    paid = {"input": {"orderId": order["id"], "amount": 1785, "reference": "TR-1"}}
    assert (await gql(client, PAY, paid, token=shop.admin))["recordOrderPayment"][
        "userErrors"
    ] == []
    # The transfer is the order's payment (recordOrderPayment writes it).
    await Payment.create(
        session_id=(await Session.get(client_id=me.id)).id, kind="FULL", amount=14900,
        currency="EUR", status="SUCCEEDED", provider="offline",
    )  # fmt: skip
    await OutboxMessage.filter(recipient=me.email).delete()
    pending = await OutboxMessage.create(
        recipient=me.email, kind="SESSION_CONFIRMED", subject="s", text_body="t", html_body="h",
        next_attempt_at=datetime.now(UTC),
    )  # fmt: skip
    export, archive = await _export(client, settings, ours.token)
    assert sorted(row["amount"] for row in archive["sections"]["payments"]) == [1785, 14900]
    assert [row["number"] for row in archive["sections"]["orders"]] == [order["number"]]
    export_key = (await StoredFile.get(id=from_base64(export["file"]["id"])[1])).key
    keys = await _photo_keys()
    my_gallery, their_gallery = (from_base64(f.gallery["id"])[1] for f in (ours, theirs))

    wrong = {"input": {"password": "not my password"}}
    refused = (await gql(client, DELETE, wrong, token=ours.token))["deleteMyAccount"]
    wrong_password = [{"field": "password", "code": "INVALID_CREDENTIALS"}]
    assert refused == {"deleted": False, "userErrors": wrong_password}
    assert (await User.get(id=me.id)).deleted_at is None

    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=ours.token)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    erased = await User.get(id=me.id)
    assert erased.deleted_at is not None
    assert (erased.email, erased.phone, erased.password_hash) == (erased_email(me.id), None, "")
    assert me.last_name not in (erased.first_name, erased.last_name)
    assert await AccessToken.filter(user_id=me.id, revoked_at=None).count() == 0
    login = {"input": {"email": me.email, "password": PASSWORD}}
    assert (await gql(client, LOGIN, login))["login"]["userErrors"] == [
        {"code": "INVALID_CREDENTIALS"}
    ]
    body = await execute(client, EXPORT, token=ours.token)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED", body

    assert await Child.filter(parent_id=me.id).count() == 0
    assert await Gallery.filter(id=my_gallery).count() == 0
    assert await Photo.filter(gallery_id=my_gallery).count() == 0
    assert not any(_stored(settings, key) for key in [*keys[my_gallery], export_key])

    kept = await Order.get(user_id=me.id)
    assert kept.shipping_address is None or kept.shipping_address.get("name") == ""
    assert [item.photo_id for item in await OrderItem.filter(order_id=kept.id)] == [None]  # type: ignore[attr-defined]
    assert await Payment.filter(order_id=kept.id).count() == 1
    assert await Payment.filter(session__client_id=me.id).count() == 1
    mail = await OutboxMessage.get(id=pending.id)
    assert (mail.status, mail.recipient) == ("CANCELLED", erased_email(me.id))

    # The other family keeps everything.
    assert (await User.get(id=other.id)).deleted_at is None
    assert await Child.filter(parent_id=other.id).count() == 1
    assert await SessionChild.filter(child__parent_id=other.id).count() == 1
    assert await Photo.filter(gallery_id=their_gallery).count() == 2
    assert all(_stored(settings, key) for key in keys[their_gallery])


async def test_shipping_addresses_keep_only_the_country(client: httpx.AsyncClient) -> None:
    shop = await catalog(client)
    family, _ = await one_photo_order(client, shop)
    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=family.token)
    assert done["deleteMyAccount"]["deleted"] is True
    order = await Order.get()
    assert order.status == "CANCELLED"  # never paid
    assert order.shipping_address == {
        "name": "", "line1": "", "line2": "", "city": "", "postal_code": "", "region": "",
        "country": "DE",
    }  # fmt: skip


async def test_a_provider_with_upcoming_sessions_must_cancel_them_first(
    client: httpx.AsyncClient,
) -> None:
    family = await family_with_photos(client, count=1)
    session = await Session.get()
    provider_user = await User.get(provider_profile__id=session.provider_id)  # type: ignore[attr-defined]
    start = datetime.now(UTC) + timedelta(days=3)
    await Session.create(
        id=(sid := uuid4()), provider_id=session.provider_id, service_id=session.service_id,  # type: ignore[attr-defined]
        client_id=session.client_id, start_at=start, end_at=start + timedelta(hours=1),  # type: ignore[attr-defined]
        blocked_start=start, blocked_end=start + timedelta(hours=1), slot_key=str(sid),
        status=SessionStatus.CONFIRMED, price_amount=100, currency="EUR",
    )  # fmt: skip
    variables = {"input": {"password": PASSWORD}}
    for token in (family.provider_token, family.token):
        refused = (await gql(client, DELETE, variables, token=token))["deleteMyAccount"]
        open_sessions = [{"field": None, "code": "OPEN_SESSIONS"}]
        assert refused == {"deleted": False, "userErrors": open_sessions}
    assert (await User.get(id=provider_user.id)).deleted_at is None
    assert await Gallery.all().count() == 1

    await Session.filter(id=sid).update(status=SessionStatus.CANCELLED)
    done = await gql(client, DELETE, variables, token=family.provider_token)
    assert done["deleteMyAccount"]["deleted"] is True
    assert await Gallery.all().count() == 1  # the family's, not the provider's to erase


async def _relatives_print_order(client: httpx.AsyncClient, family: Family, variant: str) -> dict:
    """A relative given the gallery's code orders a print of the family's first photo."""
    relative = await token_for(await make_user())
    gallery = family.gallery
    opened = (await open_gallery(client, gallery["slug"], gallery["accessCode"]))["accessToken"]
    added = await add(client, relative, family.photos[0], variant, accessToken=opened)
    assert added["userErrors"] == []
    return (await place(client, relative))["order"]


async def test_erasing_a_gallery_cancels_other_buyers_unpaid_orders_of_its_photos(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    order = await _relatives_print_order(client, family, shop.print_variant)
    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=family.token)
    assert done["deleteMyAccount"]["deleted"] is True

    # The photo is gone: the relative's order can no longer be paid, printed or delivered.
    kept = await Order.get(id=from_base64(order["id"])[1])
    assert kept.status == "CANCELLED"
    assert [i.fulfillment_status for i in await OrderItem.filter(order_id=kept.id)] == ["CANCELLED"]
    total = order["totals"]["total"]["amount"]
    paid = {"input": {"orderId": order["id"], "amount": total, "reference": "TR-9"}}
    refused = (await gql(client, PAY, paid, token=shop.admin))["recordOrderPayment"]
    assert refused["userErrors"] == [{"field": "orderId", "code": "INVALID_TRANSITION"}]


async def test_other_buyers_paid_prints_not_made_yet_keep_the_account(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    order = await _relatives_print_order(client, family, shop.print_variant)
    total = order["totals"]["total"]["amount"]
    paid = {"input": {"orderId": order["id"], "amount": total, "reference": "TR-9"}}
    assert (await gql(client, PAY, paid, token=shop.admin))["recordOrderPayment"][
        "userErrors"
    ] == []

    refused = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=family.token)
    in_fulfilment = [{"field": None, "code": "ORDERS_IN_FULFILMENT"}]
    assert refused["deleteMyAccount"] == {"deleted": False, "userErrors": in_fulfilment}
    assert await Photo.all().count() == 1


def test_the_domain_rules() -> None:
    user_id = uuid4()
    assert erased_email(user_id) != erased_email(uuid4())
    assert erased_email(user_id).endswith(".invalid")
    assert anonymised_address(None) is None
    assert anonymised_address({"name": "Ada", "country": "DE"}) == {"name": "", "country": "DE"}
    row = {"id": 1, "password_hash": "x", "provider_notes": "y", "day": date(2026, 1, 1)}
    assert export_row(row) == {"id": 1, "day": date(2026, 1, 1)}


async def test_an_erased_clients_words_leave_the_project_and_the_studios_notifications(
    client: httpx.AsyncClient,
) -> None:
    """Their messages become `[deleted]`; so do their answers to versions, and the previews of
    both that the studio was notified with."""
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio)
    words = "Call me on 0176 5550123 about the bridge"
    sent = {"id": project_id, "body": words}
    assert (await gql(client, SEND, sent, token=client_tok))["sendMessage"]["userErrors"] == []
    started = {"id": project_id, "status": "IN_PROGRESS"}
    await gql(client, STATUS, started, token=studio.provider_token)
    handed = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
    version = {"id": handed["submitDeliverable"]["deliverable"]["id"]}
    revised = await gql(client, REVISE, version, token=client_tok)
    assert revised["requestRevision"]["userErrors"] == []
    # The provider writes too: their own words and notices stay.
    studio_words = {"id": project_id, "body": "Sure, tomorrow at ten"}
    await gql(client, SEND, studio_words, token=studio.provider_token)
    await Session.filter(provider_id=studio.profile.id).update(status=SessionStatus.COMPLETED)

    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=client_tok)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    seen = """query ($id: ID!) {
      project(id: $id) { deliverables { feedback } }
      projectMessages(projectId: $id) { edges { node { body } } }
      myNotifications(first: 50) { edges { node { kind body } } }
    }"""
    data = await gql(client, seen, {"id": project_id}, token=studio.provider_token)
    assert [d["feedback"] for d in data["project"]["deliverables"]] == ["[deleted]"]
    bodies = [e["node"]["body"] for e in data["projectMessages"]["edges"]]
    assert bodies == ["[deleted]", "Sure, tomorrow at ten"]
    notices = {(e["node"]["kind"], e["node"]["body"]) for e in data["myNotifications"]["edges"]}
    assert notices == {
        ("NEW_MESSAGE", "Debut EP: [deleted]"),
        ("REVISION_REQUESTED", "Debut EP: [deleted]"),
    }


async def test_a_new_export_replaces_the_older_ones(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    """An archive is a full copy of someone's personal data: the studio keeps the newest only,
    not one more copy per request, each with what was erased since."""
    user = await make_user()
    token = await token_for(user)
    child = await Child.create(parent=user, first_name="Erased later", last_name="Kid")
    first, _ = await _export(client, settings, token)
    first_key = (await StoredFile.get(id=from_base64(first["file"]["id"])[1])).key
    await child.delete()
    second, archive = await _export(client, settings, token)

    assert archive["sections"]["children"] == []
    exports = await StoredFile.filter(owner_id=user.id, kind="EXPORT")
    assert [str(row.id) for row in exports] == [from_base64(second["file"]["id"])[1]]
    assert not _stored(settings, first_key)
    gone = await gql(client, FILE_URL, {"id": first["file"]["id"]}, token=token)
    assert gone["node"] is None
