"""Files shown with a session's summary: uploaded by the provider, attached once, read by the
session's client, its provider and admins, and listed at a fixed cost."""

from __future__ import annotations

from uuid import uuid4

import httpx
import pytest
from strawberry.relay import from_base64, to_base64

from domain.media import FileKind
from domain.session import SessionStatus
from models.aftercare import SessionSummary, SummaryFile
from models.file import StoredFile
from models.outbox import OutboxMessage
from tests.api import StatementCounter, gql
from tests.factories import make_user, token_for
from tests.scheduling import Studio, at, client_token, hour_session, next_weekday, open_studio
from tests.shop import admin_token
from tests.test_aftercare import completed_session, finish
from tests.test_attachments import FILE_NODE, PDF, SEND, downloaded, uploaded
from tests.test_projects import start_project
from tests.test_uploads import wav_bytes

PHOTO = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200  # a PNG by its first bytes
WRITE = """
mutation ($input: SubmitSessionSummaryInput!) {
  submitSessionSummary(input: $input) {
    summary { findings files { edges { node { id name } } } }
    userErrors { field code }
  }
}"""
FILES = """
query ($id: ID!, $first: Int!, $after: String) { session(id: $id) { summary {
  files(first: $first, after: $after) {
    edges { node { name downloadUrl } } pageInfo { hasNextPage endCursor }
  }
} } }"""


async def finished(client: httpx.AsyncClient, studio: Studio) -> tuple[str, str]:
    """A completed session of a new client: its id and the client's token."""
    session_id, client_tok = await completed_session(client, studio)
    await finish(client, studio, session_id)
    return session_id, client_tok


async def write(
    client: httpx.AsyncClient, token: str, session_id: str, file_ids: list[str] | None
) -> dict:
    data = {"sessionId": session_id, "findings": "Worn pads", "fileIds": file_ids}
    return (await gql(client, WRITE, {"input": data}, token=token))["submitSessionSummary"]


def names(summary: dict) -> list[str]:
    return [edge["node"]["name"] for edge in summary["files"]["edges"]]


async def files_seen(client: httpx.AsyncClient, session_id: str, token: str, **page: object):
    variables = {"id": session_id, "first": 20} | page
    session = (await gql(client, FILES, variables, token=token))["session"]
    return session["summary"]["files"] if session else None


async def test_summary_files_reach_the_client_and_nobody_else(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, client_tok = await finished(client, studio)
    photo = await uploaded(client, studio.provider_token, "ATTACHMENT", "pads.png", PHOTO)
    report = await uploaded(client, studio.provider_token, "ATTACHMENT", "report.pdf", PDF)

    written = await write(client, studio.provider_token, session_id, [photo, report])
    assert written["userErrors"] == []
    assert names(written["summary"]) == ["pads.png", "report.pdf"]

    for token in (client_tok, studio.provider_token, await admin_token()):
        files = await files_seen(client, session_id, token)
        assert [await downloaded(client, e["node"]["downloadUrl"]) for e in files["edges"]] == [
            PHOTO,
            PDF,
        ]
        seen = await gql(client, FILE_NODE, {"id": photo}, token=token)
        assert seen["node"]["downloadUrl"]

    # Another client, and the provider of another studio: no link, not even the file.
    for stranger in (await client_token(), (await open_studio()).provider_token):
        assert await files_seen(client, session_id, stranger) is None
        hidden = await gql(client, FILE_NODE, {"id": photo}, token=stranger)
        assert hidden["node"] is None

    first = await files_seen(client, session_id, client_tok, first=1)
    assert [e["node"]["name"] for e in first["edges"]] == ["pads.png"]
    assert first["pageInfo"]["hasNextPage"] is True
    after = first["pageInfo"]["endCursor"]
    rest = await files_seen(client, session_id, client_tok, first=1, after=after)
    assert [e["node"]["name"] for e in rest["edges"]] == ["report.pdf"]
    assert rest["pageInfo"]["hasNextPage"] is False


async def test_files_that_cannot_be_shown_change_nothing(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, client_tok = await finished(client, studio)
    mine = await uploaded(client, studio.provider_token, "ATTACHMENT", "mine.png", PHOTO)
    theirs = await uploaded(client, client_tok, "ATTACHMENT", "theirs.pdf", PDF)
    track = await uploaded(client, studio.provider_token, "REFERENCE_TRACK", "t.wav", wav_bytes())
    # Shared in a project's thread already: it cannot be shown with a summary too.
    project_id, _ = await start_project(client, studio)
    in_thread = await uploaded(client, studio.provider_token, "ATTACHMENT", "thread.pdf", PDF)
    message = {"projectId": project_id, "body": "notes", "attachmentIds": [in_thread]}
    sent = await gql(client, SEND, {"input": message}, token=studio.provider_token)
    assert sent["sendMessage"]["userErrors"] == []

    unknown = to_base64("File", str(uuid4()))
    cases = [
        ([mine, theirs], [("fileIds.1", "NOT_FOUND")]),
        ([unknown, session_id], [("fileIds.0", "NOT_FOUND"), ("fileIds.1", "NOT_FOUND")]),
        ([mine, in_thread], [("fileIds.1", "ALREADY_ATTACHED")]),
        ([mine, mine], [("fileIds.1", "INVALID_VALUE")]),
        ([track], [("fileIds.0", "UNSUPPORTED_TYPE")]),
        ([mine] * 21, [("fileIds", "TOO_MANY")]),
    ]
    for ids, expected in cases:
        refused = await write(client, studio.provider_token, session_id, ids)
        assert refused["summary"] is None
        assert [(e["field"], e["code"]) for e in refused["userErrors"]] == expected, ids
    assert not await SessionSummary.exists()
    assert not await SummaryFile.exists()

    # The refusals attached nothing: the file goes through once the input is right, and
    # then it is shared, so no message (nor another summary) can take it.
    assert names((await write(client, studio.provider_token, session_id, [mine]))["summary"]) == [
        "mine.png"
    ]
    again = {"projectId": project_id, "body": "", "attachmentIds": [mine]}
    taken = await gql(client, SEND, {"input": again}, token=studio.provider_token)
    assert taken["sendMessage"]["userErrors"] == [
        {"field": "attachmentIds.0", "code": "ALREADY_ATTACHED"}
    ]
    start = at(next_weekday(4, weeks_ahead=3), 10)
    other = await hour_session(await make_user(), studio, start, SessionStatus.COMPLETED)
    other_session = to_base64("Session", str(other))
    elsewhere = await write(client, studio.provider_token, other_session, [mine])
    assert elsewhere["userErrors"] == [{"field": "fileIds.0", "code": "ALREADY_ATTACHED"}]


async def test_an_edit_rewrites_the_files_and_null_keeps_them(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, client_tok = await finished(client, studio)
    before = await uploaded(client, studio.provider_token, "ATTACHMENT", "before.png", PHOTO)
    after = await uploaded(client, studio.provider_token, "ATTACHMENT", "after.png", PHOTO)
    bill = await uploaded(client, studio.provider_token, "ATTACHMENT", "bill.pdf", PDF)
    assert (await write(client, studio.provider_token, session_id, [before, bill]))[
        "userErrors"
    ] == []

    kept = await write(client, studio.provider_token, session_id, None)
    assert names(kept["summary"]) == ["before.png", "bill.pdf"]
    reordered = await write(client, studio.provider_token, session_id, [after, before])
    assert names(reordered["summary"]) == ["after.png", "before.png"]
    # An admin correcting it keeps the provider's photos, and adds none of another's.
    admin = await admin_token()
    by_admin = await write(client, admin, session_id, [before, after])
    assert names(by_admin["summary"]) == ["before.png", "after.png"]
    foreign = await write(client, admin, session_id, [before, bill])
    assert foreign["userErrors"] == [{"field": "fileIds.1", "code": "NOT_FOUND"}]

    # Left out, the bill is shared no more: the session's client cannot read it now, and
    # its uploader may show it again.
    hidden = await gql(client, FILE_NODE, {"id": bill}, token=client_tok)
    assert hidden["node"] is None
    assert names((await write(client, studio.provider_token, session_id, [bill]))["summary"]) == [
        "bill.pdf"
    ]
    assert await SummaryFile.all().count() == 1
    assert await StoredFile.filter(id=from_base64(before)[1]).exists()


async def test_summary_files_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio = await open_studio()
    provider_user = studio.profile.user_id  # type: ignore[attr-defined]
    me = await make_user()
    token = await token_for(me)
    query = """{ mySessions(first: 50) { edges { node { summary {
        findings files(first: 2) { edges { node { name downloadUrl } } pageInfo { hasNextPage } }
    } } } } }"""
    counts = []
    for total in (2, 6):
        while (count := await SessionSummary.all().count()) < total:
            start = at(next_weekday(0, weeks_ahead=count + 1), 10)
            session_id = await hour_session(me, studio, start, SessionStatus.COMPLETED)
            summary = await SessionSummary.create(session_id=session_id, findings=f"s{count}")
            for position in range(3):
                stored = await StoredFile.create(
                    owner_id=provider_user,
                    kind=FileKind.ATTACHMENT,
                    key=f"files/test/{uuid4()}/photo.png",
                    name=f"photo-{position}.png",
                    size=4,
                    content_type="image/png",
                    sha256="0" * 64,
                )
                await SummaryFile.create(summary=summary, file=stored, position=position)
        statements.reset()
        sessions = (await gql(client, query, token=token))["mySessions"]["edges"]
        assert len(sessions) == total
        for edge in sessions:
            files = edge["node"]["summary"]["files"]
            assert [e["node"]["name"] for e in files["edges"]] == ["photo-0.png", "photo-1.png"]
            assert all(e["node"]["downloadUrl"] for e in files["edges"])
            assert files["pageInfo"]["hasNextPage"] is True
        counts.append(statements.count)
    # token, sessions, summaries, their reading recorded, their files, and who may download
    # an ATTACHMENT: the projects, summaries and consultations sharing one
    assert counts[0] == counts[1] == 8, statements.queries


@pytest.mark.parametrize(
    ("count", "said"), [(0, None), (1, "1 file is attached"), (2, "2 files are attached")]
)
async def test_the_summary_mail_says_how_many_files_it_shows_and_links_none(
    client: httpx.AsyncClient, count: int, said: str | None
) -> None:
    studio = await open_studio()
    session_id, _ = await finished(client, studio)
    uploads = [
        await uploaded(client, studio.provider_token, "ATTACHMENT", f"p{n}.png", PHOTO)
        for n in range(count)
    ]
    assert (await write(client, studio.provider_token, session_id, uploads))["userErrors"] == []

    mail = await OutboxMessage.get(kind="SUMMARY_DELIVERED")
    html = mail.html_body.replace("<strong>", "").replace("</strong>", "")
    for body in (mail.text_body, html):
        if said is None:
            assert "attached" not in body
        else:
            assert said in body
            assert "download them in the app" in body or "download it in the app" in body
        # Downloaded in the app, where the client is signed in: the mail links no file.
        assert "http" not in body
        for stored in await StoredFile.filter(name__endswith=".png"):
            assert str(stored.id) not in body
            assert stored.key not in body
