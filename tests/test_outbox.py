"""Milestone e-mail: written with the change, rendered from the brand's templates, and the
admins' outbox query."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from strawberry.relay import to_base64

import resolvers.notification
from domain.outbox import MailKind
from integrations.email import render_mail
from models.account import Role
from models.booking import Session
from models.outbox import OutboxMessage
from models.project import Project
from resolvers.outbox import queue_mail
from tests.api import StatementCounter, assert_denied, execute, gql
from tests.factories import make_user, token_for
from tests.galleries import create_gallery, jpeg_with_gps, photo_session, upload_photos
from tests.scheduling import open_studio
from tests.test_consultations import BOOK_CONSULTATION, GUEST, consultation_studio, request
from tests.test_projects import REVISE, SEND, STATUS, SUBMIT, quiet_project
from tests.test_sample_mix import DELIVER, REQUEST, send, wav
from tests.test_session_flow import action, book

OUTBOX = """
query ($first: Int, $after: String, $status: OutboxStatus) {
  outbox(first: $first, after: $after, status: $status) {
    edges { node { id recipient kind subject textBody htmlBody status attempts sentAt } }
    pageInfo { hasNextPage endCursor }
  }
}"""


async def mail() -> list[tuple[str, str, str]]:
    rows = await OutboxMessage.all().order_by("created_at")
    return [(row.recipient, row.kind, row.subject) for row in rows]


def test_html_escapes_user_text_and_text_part_keeps_it() -> None:
    rendered = render_mail(
        MailKind.REVISION_REQUESTED,
        {"name": "Ana", "about": "Tom & Jerry\nEP", "detail": "<script>alert(1)</script>"},
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered.html
    assert "<script>" not in rendered.html
    assert "Tom &amp; Jerry" in rendered.html
    assert "<script>alert(1)</script>" in rendered.text
    assert rendered.text.startswith("Hi Ana,")
    assert "studiograph" in rendered.text  # the brand layout wraps the text part too
    # A line break in user text must not reach the Subject header.
    assert rendered.subject == "Changes requested on Tom & Jerry EP"


async def test_project_milestones_mail_the_other_side(client: httpx.AsyncClient) -> None:
    studio = await open_studio(included_revisions=1)
    project_id, client_tok = await quiet_project(client, studio)
    project = await Project.get().select_related("client", "provider__user")
    client_email, provider_email = project.client.email, project.provider.user.email

    await gql(
        client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=studio.provider_token
    )
    await gql(client, SEND, {"id": project_id, "body": "Hello"}, token=client_tok)
    handed = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
    version_id = handed["submitDeliverable"]["deliverable"]["id"]
    await gql(client, REVISE, {"id": version_id}, token=client_tok)

    # Messages are in-app only; nobody is mailed about what they did themselves.
    assert await mail() == [
        (client_email, "PROJECT_STATUS_CHANGED", "Debut EP is now in progress"),
        (client_email, "DELIVERABLE_SUBMITTED", "Version 1 of Debut EP is ready"),
        (provider_email, "REVISION_REQUESTED", "Changes requested on Debut EP"),
    ]
    revision = await OutboxMessage.get(kind=MailKind.REVISION_REQUESTED)
    assert "More bass" in revision.text_body
    assert "More bass" in revision.html_body
    assert (revision.status, revision.attempts) == ("PENDING", 0)


async def test_confirming_a_session_mails_the_client(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, _ = await book(client, studio)
    await gql(client, action("confirmSession"), {"id": session_id}, token=studio.provider_token)
    session = await Session.get().select_related("client", "provider__user")
    [booked, receipt, (recipient, kind, subject)] = await mail()
    assert booked[:2] == (session.provider.user.email, "PROVIDER_ASSIGNED")
    assert receipt[:2] == (session.client.email, "SESSION_BOOKED")
    assert (recipient, kind) == (session.client.email, "SESSION_CONFIRMED")
    assert subject.startswith("Your session on ")
    assert subject.endswith(" is confirmed")


async def test_a_cancellation_mail_speaks_to_each_side(client: httpx.AsyncClient) -> None:
    # Both sides got the client's wording: a provider whose client cancelled was told "You can
    # book another time in the app".
    studio = await open_studio()
    cancel = action("cancelSession").replace("{id: $id}", '{id: $id, reason: "Flu"}')
    by_client, client_tok = await book(client, studio, hour=10)
    await gql(client, cancel, {"id": by_client}, token=client_tok)
    by_provider, _ = await book(client, studio, hour=14)
    await gql(client, cancel, {"id": by_provider}, token=studio.provider_token)

    rows = await OutboxMessage.filter(kind=MailKind.SESSION_CANCELLED).order_by("created_at")
    provider_email = (await studio.profile.user).email  # type: ignore[attr-defined]
    to_provider, to_client = rows
    assert to_provider.recipient == provider_email
    assert to_client.recipient != provider_email
    for told in (to_provider.text_body, to_provider.html_body):
        assert "Reason given: Flu" in told
        assert "book another time" not in told
        assert "open for new bookings" in told
    for told in (to_client.text_body, to_client.html_body):
        assert "Reason given: Flu" in told
        assert "You can book another time in the app." in told


async def test_a_guest_booking_a_consultation_is_mailed(client: httpx.AsyncClient) -> None:
    studio = await consultation_studio()
    await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    provider, row = await OutboxMessage.all().order_by("created_at")
    assert (row.recipient, row.kind) == ("gus@example.com", "CONSULTATION_BOOKED")
    assert provider.kind == "PROVIDER_ASSIGNED"  # the studio is told too, not the guest twice
    assert row.subject == f"Your consultation with {studio.profile.display_name} is booked"
    assert "Hi Gus," in row.text_body
    assert "Debut EP" in row.text_body


async def test_a_delivered_sample_mix_is_mailed(client: httpx.AsyncClient) -> None:
    studio = await consultation_studio()
    client_user = await make_user(email="singer@example.com")
    token = await token_for(client_user)
    booked = await gql(client, BOOK_CONSULTATION, request(studio), token=token)
    consultation_id = booked["bookConsultation"]["consultation"]["id"]
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(5))
    sample_id = data["requestSampleMix"]["sampleMix"]["id"]
    await OutboxMessage.all().delete()  # the booking's own mail

    await send(client, studio.provider_token, DELIVER, {"id": sample_id}, wav(5))
    assert await mail() == [
        ("singer@example.com", "SAMPLE_MIX_DELIVERED", "Your sample mix of Debut EP is ready")
    ]


async def test_first_photos_mail_the_family_the_link_and_code(client: httpx.AsyncClient) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session, password="family-secret-1")
    gallery_id = gallery["id"]
    photo = ("a.jpg", jpeg_with_gps(), "image/jpeg")
    await upload_photos(client, session.provider_token, gallery_id, [photo])
    await upload_photos(client, session.provider_token, gallery_id, [photo])

    [row] = await OutboxMessage.all()  # the second upload mails nobody again
    owner = await Session.get().select_related("client")
    assert (row.recipient, row.kind) == (owner.client.email, "GALLERY_READY")
    assert f"/galleries/{gallery['slug']}" in row.text_body
    assert f"Access code: {gallery['accessCode']}" in row.text_body
    assert "password" in row.text_body
    assert f'href="http://127.0.0.1:8000/galleries/{gallery["slug"]}"' in row.html_body


class Broken(Exception):
    pass


async def test_a_change_that_rolls_back_mails_nobody(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    studio = await open_studio()
    project_id, _ = await quiet_project(client, studio)
    real_record = resolvers.notification.record_milestone

    async def written_then_broken(*args: Any, **kwargs: Any) -> None:
        await real_record(*args, **kwargs)
        assert await OutboxMessage.all().count() == 1  # inside the transaction, it is there
        raise Broken

    monkeypatch.setattr(resolvers.notification, "record_milestone", written_then_broken)
    moved = await execute(
        client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=studio.provider_token
    )
    assert moved["errors"], moved
    assert (await Project.get()).status == "PLANNING"
    assert await OutboxMessage.all().count() == 0


async def test_the_outbox_is_for_admins(client: httpx.AsyncClient) -> None:
    somebody = await make_user()
    await queue_mail(MailKind.SESSION_CANCELLED, [somebody], about="Fri 04 Dec", detail="")
    provider = await token_for(await make_user(Role.PROVIDER))
    await assert_denied(client, OUTBOX, token=await token_for(somebody))
    await assert_denied(client, OUTBOX, token=provider)
    await assert_denied(client, OUTBOX)
    row = await OutboxMessage.get()
    node = "query ($id: ID!) { node(id: $id) { ... on OutboxMessage { subject } } }"
    row_id = to_base64("OutboxMessage", str(row.id))
    mine = await gql(client, node, {"id": row_id}, token=await token_for(somebody))
    assert mine["node"] is None

    admin = await token_for(await make_user(Role.ADMIN))
    page = (await gql(client, OUTBOX, token=admin))["outbox"]
    [edge] = page["edges"]
    assert edge["node"]["recipient"] == somebody.email
    assert edge["node"]["subject"] == "Your session on Fri 04 Dec was cancelled"
    assert (edge["node"]["status"], edge["node"]["attempts"]) == ("PENDING", 0)
    assert "Hi Ada," in edge["node"]["textBody"]
    sent = await gql(client, OUTBOX, {"status": "SENT"}, token=admin)
    assert sent["outbox"]["edges"] == []
    seen = await gql(client, node, {"id": row_id}, token=admin)
    assert seen["node"]["subject"] == edge["node"]["subject"]


async def test_an_outbox_page_costs_the_same_for_5_or_50(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    admin = await token_for(await make_user(Role.ADMIN))
    people = [await make_user() for _ in range(50)]
    costs = []
    for size in (5, 50):
        await OutboxMessage.all().delete()
        await queue_mail(MailKind.DELIVERABLE_APPROVED, people[:size], about="EP", detail="")
        statements.reset()
        page = await gql(client, OUTBOX, {"first": 50}, token=admin)
        assert len(page["outbox"]["edges"]) == size
        costs.append(statements.count)
    assert costs[0] == costs[1]
