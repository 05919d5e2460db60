"""The files of a client's sessions in their privacy requests: the photos shown with their
summaries and the references they sent with consultation requests are in their export and
go with their account; a provider's erasure leaves what it showed a client."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from strawberry.relay import from_base64

from app.settings import Settings
from domain.session import SessionStatus
from models.aftercare import SessionSummary, SummaryFile
from models.booking import Session
from models.consultation import Consultation
from models.file import StoredFile
from tests.api import gql
from tests.factories import PASSWORD
from tests.scheduling import Studio, open_studio
from tests.test_attachments import PDF, uploaded
from tests.test_consultations import BOOK_CONSULTATION, consultation_studio, request
from tests.test_privacy import DELETE, _export
from tests.test_session_files import PHOTO, WRITE, finished, write
from tests.test_uploads import wav_bytes


def _stored(settings: Settings, key: str) -> bool:
    return (Path(settings.storage_url.removeprefix("file://")) / key).exists()


async def _keys(*global_ids: str) -> dict[str, str]:
    rows = await StoredFile.filter(id__in=[from_base64(g)[1] for g in global_ids])
    return {row.name: row.key for row in rows}


async def _past() -> None:
    """Every session over, so no account is kept for an upcoming one."""
    await Session.all().update(
        status=SessionStatus.COMPLETED, end_at=datetime.now(UTC) - timedelta(hours=1)
    )


async def test_a_clients_session_files_are_in_their_export_and_go_with_them(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    studio = await open_studio()
    session_id, client_tok = await finished(client, studio)
    photo = await uploaded(client, studio.provider_token, "ATTACHMENT", "pads.png", PHOTO)
    report = await uploaded(client, studio.provider_token, "ATTACHMENT", "report.pdf", PDF)
    assert (await write(client, studio.provider_token, session_id, [photo, report]))[
        "userErrors"
    ] == []
    track = await uploaded(client, client_tok, "REFERENCE_TRACK", "like this.wav", wav_bytes())
    brief = request(await consultation_studio(), referenceFileId=track)
    booked = await gql(client, BOOK_CONSULTATION, brief, token=client_tok)
    assert booked["bookConsultation"]["userErrors"] == []
    # Another client's summary file stays out of this client's export and erasure.
    elsewhere = await open_studio()
    other_session, _ = await finished(client, elsewhere)
    theirs = await uploaded(client, elsewhere.provider_token, "ATTACHMENT", "theirs.png", PHOTO)
    assert (await write(client, elsewhere.provider_token, other_session, [theirs]))[
        "userErrors"
    ] == []

    _, archive = await _export(client, settings, client_tok)
    sections = archive["sections"]
    shown = sections["sessionSummaryFiles"]
    assert [(row["name"], row["position"]) for row in shown] == [
        ("pads.png", 0),
        ("report.pdf", 1),
    ]
    assert {row["session_id"] for row in shown} == {from_base64(session_id)[1]}
    assert all("key" not in row for row in shown), "the provider's storage keys stay out"
    assert "like this.wav" in [row["name"] for row in sections["files"]]
    assert [row["reference_file_id"] for row in sections["consultations"]] == [
        from_base64(track)[1]
    ]

    keys = await _keys(photo, report, track)
    await _past()
    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=client_tok)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    assert await SummaryFile.all().values_list("file__name", flat=True) == ["theirs.png"]
    assert await StoredFile.filter(name__in=list(keys)).count() == 0
    assert not any(_stored(settings, key) for key in keys.values())
    # The summary and the booking stay for the studio, without the files.
    assert await SessionSummary.filter(session_id=from_base64(session_id)[1]).exists()
    assert await Consultation.filter(reference_file_id=None).count() == 1


async def _summarize(client: httpx.AsyncClient, studio: Studio, findings: str) -> tuple[str, str]:
    """A finished session with a full summary: its id and the client's token."""
    session_id, client_tok = await finished(client, studio)
    summary = {
        "sessionId": session_id,
        "findings": findings,
        "stepsTaken": "Replaced the pads",
        "partsNeeded": ["brake pads (front)"],
        "nextSteps": "Check the discs in spring",
    }
    written = await gql(client, WRITE, {"input": summary}, token=studio.provider_token)
    assert written["submitSessionSummary"]["userErrors"] == []
    return session_id, client_tok


async def test_the_summaries_of_the_callers_sessions_are_in_their_export(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    studio = await open_studio()
    session_id, client_tok = await _summarize(client, studio, "Worn pads")
    elsewhere = await open_studio()
    await _summarize(client, elsewhere, "Someone else's car")

    for token in (client_tok, studio.provider_token):
        _, archive = await _export(client, settings, token)
        [summary] = archive["sections"]["sessionSummaries"]
        assert summary["session_id"] == from_base64(session_id)[1]
        assert (summary["findings"], summary["steps_taken"], summary["next_steps"]) == (
            "Worn pads",
            "Replaced the pads",
            "Check the discs in spring",
        )
        assert summary["parts_needed"] == ["brake pads (front)"]
        assert "Someone else's car" not in json.dumps(archive)


async def test_a_providers_erasure_leaves_what_it_showed_a_client(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    studio = await open_studio()
    session_id, client_tok = await finished(client, studio)
    photo = await uploaded(client, studio.provider_token, "ATTACHMENT", "pads.png", PHOTO)
    draft = await uploaded(client, studio.provider_token, "ATTACHMENT", "draft.pdf", PDF)
    assert (await write(client, studio.provider_token, session_id, [photo]))["userErrors"] == []
    keys = await _keys(photo, draft)
    await _past()

    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=studio.provider_token)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    assert await StoredFile.all().values_list("name", flat=True) == ["pads.png"]
    assert _stored(settings, keys["pads.png"])
    assert not _stored(settings, keys["draft.pdf"])
    files = """query ($id: ID!) { session(id: $id) { summary {
        files { edges { node { name downloadUrl } } }
    } } }"""
    seen = await gql(client, files, {"id": session_id}, token=client_tok)
    [edge] = seen["session"]["summary"]["files"]["edges"]
    assert edge["node"]["name"] == "pads.png"
    assert edge["node"]["downloadUrl"]
