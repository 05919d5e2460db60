"""Sample mixes: each audio rule has its own code, checked by mutagen; nothing kept on refusal."""

from __future__ import annotations

import asyncio
import io
import json
import wave
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

import resolvers.sample_mix
from app.settings import Settings
from domain.outbox import MailKind
from models.attachment import Attachment
from models.file import StoredFile
from models.outbox import OutboxMessage
from models.provider import ProviderProfile, ServiceKind
from models.sample_mix import SampleMix
from tests.api import StatementCounter, assert_denied, gql
from tests.factories import make_service
from tests.scheduling import Studio, client_token, open_studio
from tests.test_attachments import SEND, in_progress
from tests.test_consultations import BOOK_CONSULTATION, consultation_studio, request
from tests.test_projects import start_project

REQUEST = """
mutation ($input: RequestSampleMixInput!) {
  requestSampleMix(input: $input) {
    sampleMix { id status estimatedDelivery source { contentType } mix { name } }
    userErrors { code message }
  }
}"""
TOLD = "{ myNotifications(first: 10) { edges { node { kind title body } } } }"
START = """
mutation ($input: StartSampleMixInput!) {
  startSampleMix(input: $input) { sampleMix { status deliveredAt } userErrors { code } }
}"""
SAMPLE = """query ($id: ID!) { node(id: $id) { ... on SampleMix {
  status deliveredAt updatedAt } } }"""
DELIVER = """
mutation ($input: DeliverSampleMixInput!) {
  deliverSampleMix(input: $input) { sampleMix { status mix { name } } userErrors { code } }
}"""


def wav(seconds: float, rate: int = 44_100, width: int = 2) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(b"\x00" * width * 2 * int(rate * seconds))
    return buffer.getvalue()


async def send(
    client: httpx.AsyncClient, token: str, query: str, fields: dict, content: bytes
) -> dict:
    body = await post(client, token, query, fields, content)
    assert "errors" not in body, body
    return body["data"]


async def post(
    client: httpx.AsyncClient, token: str, query: str, fields: dict, content: bytes
) -> dict:
    """The response's body, errors included."""
    operations = {"query": query, "variables": {"input": fields | {"file": None}}}
    response = await client.post(
        "/graphql",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps({"0": ["variables.input.file"]}),
        },
        files={"0": ("section.wav", content, "audio/wav")},
        headers={"Authorization": f"Bearer {token}", "GraphQL-Require-Preflight": "1"},
    )
    return response.json()


@pytest.fixture
async def consultation(client: httpx.AsyncClient) -> tuple[str, str, str]:
    """(consultation id, client token, provider token)"""
    studio = await consultation_studio()
    token = await client_token()
    booked = await gql(client, BOOK_CONSULTATION, request(studio), token=token)
    return booked["bookConsultation"]["consultation"]["id"], token, studio.provider_token


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (wav(31), "TOO_LONG"),
        (wav(5, rate=22_050), "SAMPLE_RATE_TOO_LOW"),
        (wav(5, width=1), "BIT_DEPTH_TOO_LOW"),
        (b"%PDF-1.4\n" + b"x" * 1000, "UNSUPPORTED_FORMAT"),
    ],
)
async def test_each_audio_rule_refuses_with_its_code(
    client: httpx.AsyncClient, consultation: tuple[str, str, str], content: bytes, code: str
) -> None:
    consultation_id, token, _ = consultation
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, content)
    assert [e["code"] for e in data["requestSampleMix"]["userErrors"]] == [code]
    assert await SampleMix.all().count() == 0
    assert await StoredFile.all().count() == 0


class Broken(Exception):
    pass


def stored_objects(settings: Settings) -> set[Path]:
    """The files in the (session-wide) storage folder, half-written uploads included."""
    root = Path(settings.storage_url.removeprefix("file://"))
    return {path for path in root.rglob("*") if path.is_file()}


async def test_a_sample_mix_not_recorded_keeps_no_file(
    client: httpx.AsyncClient,
    consultation: tuple[str, str, str],
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The section's row and stored object go with the sample mix that failed to be written."""
    consultation_id, token, _ = consultation

    async def fail(*_: object, **__: object) -> None:
        raise Broken

    monkeypatch.setattr(SampleMix, "create", fail)
    before = stored_objects(settings)
    body = await post(client, token, REQUEST, {"consultationId": consultation_id}, wav(10))
    assert body["errors"], body
    assert await SampleMix.all().count() == 0
    assert await StoredFile.all().count() == 0
    assert stored_objects(settings) == before


async def test_a_delivery_not_recorded_keeps_no_file(
    client: httpx.AsyncClient,
    consultation: tuple[str, str, str],
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    consultation_id, token, provider_token = consultation
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(10))
    sample_id = data["requestSampleMix"]["sampleMix"]["id"]

    async def fail(*_: object, **__: object) -> None:
        raise Broken

    monkeypatch.setattr(resolvers.sample_mix, "notify_sample_mix_delivered", fail)
    before = stored_objects(settings)
    body = await post(client, provider_token, DELIVER, {"id": sample_id}, wav(12))
    assert body["errors"], body
    assert (await SampleMix.get()).status == "PENDING"
    assert await StoredFile.all().count() == 1  # the section only
    assert stored_objects(settings) == before


async def test_request_then_deliver(
    client: httpx.AsyncClient, consultation: tuple[str, str, str]
) -> None:
    consultation_id, token, provider_token = consultation
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(10))
    sample = data["requestSampleMix"]["sampleMix"]
    assert sample["status"] == "PENDING"
    assert sample["source"] == {"contentType": "audio/x-wav"}

    refused = await client.post(
        "/graphql",
        data={
            "operations": json.dumps(
                {"query": DELIVER, "variables": {"input": {"id": sample["id"], "file": None}}}
            ),
            "map": json.dumps({"0": ["variables.input.file"]}),
        },
        files={"0": ("mix.wav", wav(10), "audio/wav")},
        headers={"Authorization": f"Bearer {token}", "GraphQL-Require-Preflight": "1"},
    )
    assert refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    delivered = await send(client, provider_token, DELIVER, {"id": sample["id"]}, wav(10))
    assert delivered["deliverSampleMix"]["sampleMix"]["status"] == "DELIVERED"
    again = await send(client, provider_token, DELIVER, {"id": sample["id"]}, wav(10))
    assert again["deliverSampleMix"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]
    # The client hears of it in the app (and by mail), once; the engineer is not told.
    told = await gql(client, TOLD, token=token)
    ready = [
        e["node"] for e in told["myNotifications"]["edges"] if "MIX_DELIVERED" in e["node"]["kind"]
    ]
    assert len(ready) == 1
    assert ready[0]["title"] == "Sample mix ready"
    assert "Listen to it in the app." in ready[0]["body"]
    engineer = await gql(client, TOLD, token=provider_token)
    assert all(
        e["node"]["kind"] != "SAMPLE_MIX_DELIVERED" for e in engineer["myNotifications"]["edges"]
    )
    assert await OutboxMessage.filter(kind=MailKind.SAMPLE_MIX_DELIVERED).count() == 1


FILE_URL = "query ($id: ID!) { node(id: $id) { ... on File { downloadUrl } } }"
FILE_IDS = """
mutation ($input: DeliverSampleMixInput!) {
  deliverSampleMix(input: $input) { sampleMix { source { id } mix { id } } }
}"""


async def test_each_side_of_the_consultation_reads_the_other_sides_audio(
    client: httpx.AsyncClient, consultation: tuple[str, str, str], settings: Settings
) -> None:
    consultation_id, token, provider_token = consultation
    section, mix = wav(10), wav(12)
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, section)
    sample_id = data["requestSampleMix"]["sampleMix"]["id"]
    files = (await send(client, provider_token, FILE_IDS, {"id": sample_id}, mix))[
        "deliverSampleMix"
    ]["sampleMix"]

    for reader, file_id, content in (
        (provider_token, files["source"]["id"], section),
        (token, files["mix"]["id"], mix),
    ):
        url = (await gql(client, FILE_URL, {"id": file_id}, token=reader))["node"]["downloadUrl"]
        downloaded = await client.get(url.removeprefix(settings.public_url))
        assert downloaded.content == content
    stranger = await client_token()
    for file_id in (files["source"]["id"], files["mix"]["id"]):
        assert (await gql(client, FILE_URL, {"id": file_id}, token=stranger))["node"] is None


async def test_a_mix_delivered_twice_at_once_is_delivered_once(
    client: httpx.AsyncClient,
    consultation: tuple[str, str, str],
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Both passed the "delivered already" check: the client got two e-mails, and the first
    # mix's file stayed stored with nothing pointing at it.
    consultation_id, token, provider_token = consultation
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(10))
    sample_id = data["requestSampleMix"]["sampleMix"]["id"]
    both_uploaded = asyncio.Barrier(2)
    save_upload = resolvers.sample_mix.save_upload

    async def upload_then_wait(*args: Any, **kwargs: Any) -> Any:
        """Both deliveries hold their mix, past the first check, before either records it."""
        saved = await save_upload(*args, **kwargs)
        await both_uploaded.wait()
        return saved

    monkeypatch.setattr(resolvers.sample_mix, "save_upload", upload_then_wait)
    before = stored_objects(settings)
    answers = await asyncio.gather(
        *(send(client, provider_token, DELIVER, {"id": sample_id}, wav(12)) for _ in range(2))
    )
    codes = sorted([e["code"] for e in a["deliverSampleMix"]["userErrors"]] for a in answers)
    assert codes == [[], ["INVALID_TRANSITION"]]
    assert await OutboxMessage.filter(kind=MailKind.SAMPLE_MIX_DELIVERED).count() == 1
    assert await StoredFile.all().count() == 2  # the section and one mix
    assert len({path.parent for path in stored_objects(settings) - before}) == 1  # one mix


async def test_the_estimated_delivery_is_a_day_of_the_studio_s_calendar(
    client: httpx.AsyncClient, consultation: tuple[str, str, str]
) -> None:
    # It was the UTC date three days on: for part of every day, a day off the studio's.
    consultation_id, token, _ = consultation
    now = datetime.now(UTC)
    # Whatever the hour, one of these zones is on another date than UTC.
    zone = "Pacific/Kiritimati" if now.hour >= 11 else "Pacific/Pago_Pago"  # UTC+14, UTC-11
    await ProviderProfile.all().update(timezone=zone)
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(10))
    estimated = data["requestSampleMix"]["sampleMix"]["estimatedDelivery"]
    local = datetime.now(ZoneInfo(zone)) + timedelta(days=3)
    assert estimated == local.date().isoformat()
    assert estimated != (datetime.now(UTC) + timedelta(days=3)).date().isoformat()


async def test_notes_over_the_limit_are_refused_not_cut(
    client: httpx.AsyncClient, consultation: tuple[str, str, str]
) -> None:
    # They were cut to 5,000 characters without a word: the end of what the client asked for
    # never reached the engineer.
    consultation_id, token, _ = consultation
    fields = {"consultationId": consultation_id, "notes": "x" * 5_001}
    refused = await send(client, token, REQUEST, fields, wav(10))
    assert [e["code"] for e in refused["requestSampleMix"]["userErrors"]] == ["INVALID_VALUE"]
    assert await SampleMix.all().count() == await StoredFile.all().count() == 0
    kept = await send(client, token, REQUEST, fields | {"notes": "x" * 5_000}, wav(10))
    assert kept["requestSampleMix"]["userErrors"] == []
    assert len((await SampleMix.get()).notes) == 5_000


async def test_a_sample_mix_delivered_to_one_client_is_not_sent_to_another(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    project_id, _ = await start_project(client, studio)
    await in_progress(client, studio, project_id)
    consultations = await make_service(studio.profile)
    consultations.update_from_dict({"kind": ServiceKind.CONSULTATION, "min_notice_minutes": 0})
    await consultations.save()
    booking = request(Studio(studio.profile, consultations, studio.provider_token), hour=14)
    first_client = await client_token()
    booked = await gql(client, BOOK_CONSULTATION, booking, token=first_client)
    consultation_id = booked["bookConsultation"]["consultation"]["id"]
    data = await send(client, first_client, REQUEST, {"consultationId": consultation_id}, wav(5))
    sample_id = data["requestSampleMix"]["sampleMix"]["id"]
    mix = (await send(client, studio.provider_token, FILE_IDS, {"id": sample_id}, wav(6)))[
        "deliverSampleMix"
    ]["sampleMix"]["mix"]["id"]

    # The provider's own REFERENCE_TRACK upload, but it is the first client's mix.
    message = {"projectId": project_id, "body": "listen", "attachmentIds": [mix]}
    refused = (await gql(client, SEND, {"input": message}, token=studio.provider_token))[
        "sendMessage"
    ]
    assert refused["userErrors"] == [{"field": "attachmentIds.0", "code": "ALREADY_ATTACHED"}]
    assert not await Attachment.exists()


ENGINEER_VIEW = """{ mySessions(first: 50) { edges { node { consultation {
    sampleMixes { id status notes source { contentType } }
} } } } }"""


async def test_the_engineer_finds_the_sections_sent_and_delivers_them(
    client: httpx.AsyncClient,
    consultation: tuple[str, str, str],
    statements: StatementCounter,
) -> None:
    # A sample mix was reachable only by its id, which only the client was given: the engineer
    # could neither see what was sent nor deliver it (deliverSampleMix needs that id).
    consultation_id, token, provider_token = consultation
    for notes in ("Vocals up", "More punch"):
        fields = {"consultationId": consultation_id, "notes": notes}
        sent = await send(client, token, REQUEST, fields, wav(5))
        assert sent["requestSampleMix"]["userErrors"] == []
    statements.reset()
    seen = await gql(client, ENGINEER_VIEW, token=provider_token)
    # token, sessions page, consultations, sample mixes, files
    assert statements.count == 5, statements.queries
    [edge] = seen["mySessions"]["edges"]
    mixes = edge["node"]["consultation"]["sampleMixes"]
    assert [(m["notes"], m["status"]) for m in mixes] == [
        ("Vocals up", "PENDING"),
        ("More punch", "PENDING"),
    ]
    assert mixes[0]["source"] == {"contentType": "audio/x-wav"}
    delivered = await send(client, provider_token, DELIVER, {"id": mixes[0]["id"]}, wav(5))
    assert delivered["deliverSampleMix"]["userErrors"] == []
    mine = await gql(client, ENGINEER_VIEW, token=token)
    statuses = [
        m["status"] for m in mine["mySessions"]["edges"][0]["node"]["consultation"]["sampleMixes"]
    ]
    assert statuses == ["DELIVERED", "PENDING"]


async def test_the_engineer_is_told_of_a_section_sent(
    client: httpx.AsyncClient, consultation: tuple[str, str, str]
) -> None:
    # Nothing told the engineer a client had sent a section: the three-day turnaround ran
    # while they knew nothing of it.
    consultation_id, token, provider_token = consultation
    fields = {"consultationId": consultation_id, "notes": "Vocals up"}
    sent = await send(client, token, REQUEST, fields, wav(5))
    due = date.fromisoformat(sent["requestSampleMix"]["sampleMix"]["estimatedDelivery"])
    query = """{ myNotifications { edges { node {
        kind body session { consultation { projectName } } } } } }"""
    told = (await gql(client, query, token=provider_token))["myNotifications"]["edges"]
    assert [edge["node"] for edge in told if edge["node"]["kind"] == "SAMPLE_MIX_REQUESTED"] == [
        {
            "kind": "SAMPLE_MIX_REQUESTED",
            "body": "Your client sent a section of Debut EP for a sample mix, due "
            f"{due:%a %d %b %Y}. Deliver it in the app.",
            "session": {"consultation": {"projectName": "Debut EP"}},
        }
    ]
    [mail] = await OutboxMessage.filter(kind="SAMPLE_MIX_REQUESTED")
    provider = await ProviderProfile.get().prefetch_related("user")
    assert mail.recipient == provider.user.email
    assert "Debut EP" in mail.subject
    assert f"{due:%a %d %b %Y}" in mail.text_body
    assert "Vocals up" not in mail.text_body  # the client's words stay in the app
    mine = (await gql(client, query, token=token))["myNotifications"]["edges"]
    assert all(edge["node"]["kind"] != "SAMPLE_MIX_REQUESTED" for edge in mine)


async def test_the_engineer_starts_the_mix_and_the_client_sees_it(
    client: httpx.AsyncClient, consultation: tuple[str, str, str]
) -> None:
    consultation_id, token, provider_token = consultation
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(10))
    sample_id = data["requestSampleMix"]["sampleMix"]["id"]
    await assert_denied(client, START, {"input": {"id": sample_id}}, token=token)
    started = await gql(client, START, {"input": {"id": sample_id}}, token=provider_token)
    assert started["startSampleMix"] == {
        "sampleMix": {"status": "PROCESSING", "deliveredAt": None},
        "userErrors": [],
    }
    seen = (await gql(client, SAMPLE, {"id": sample_id}, token=token))["node"]
    assert seen["status"] == "PROCESSING"
    again = await gql(client, START, {"input": {"id": sample_id}}, token=provider_token)
    assert again["startSampleMix"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]

    before = datetime.now(UTC)
    delivered = await send(client, provider_token, DELIVER, {"id": sample_id}, wav(10))
    assert delivered["deliverSampleMix"]["sampleMix"]["status"] == "DELIVERED"
    seen = (await gql(client, SAMPLE, {"id": sample_id}, token=token))["node"]
    assert before <= datetime.fromisoformat(seen["deliveredAt"]) <= datetime.now(UTC)
    late = await gql(client, START, {"input": {"id": sample_id}}, token=provider_token)
    assert late["startSampleMix"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]


MY_MIXES = """query ($status: SampleMixStatus) { mySampleMixes(first: 10, status: $status) {
  edges { node { id notes status source { contentType } } } } }"""


async def test_my_sample_mixes_is_the_engineer_s_work_list_and_the_client_s_requests(
    client: httpx.AsyncClient,
    consultation: tuple[str, str, str],
    statements: StatementCounter,
) -> None:
    consultation_id, token, provider_token = consultation
    ids = []
    for notes in ("Vocals up", "More punch", "Wider"):
        fields = {"consultationId": consultation_id, "notes": notes}
        sent = await send(client, token, REQUEST, fields, wav(5))
        ids.append(sent["requestSampleMix"]["sampleMix"]["id"])
    await gql(client, START, {"input": {"id": ids[1]}}, token=provider_token)
    # Another studio's client: neither side above sees it.
    other_studio, other_token = await consultation_studio(), await client_token()
    booked = await gql(client, BOOK_CONSULTATION, request(other_studio), token=other_token)
    other = {"consultationId": booked["bookConsultation"]["consultation"]["id"]}
    await send(client, other_token, REQUEST, other, wav(5))

    statements.reset()
    work = await gql(client, MY_MIXES, token=provider_token)
    # token, the page, the source files
    assert statements.count == 3, statements.queries
    nodes = [edge["node"] for edge in work["mySampleMixes"]["edges"]]
    assert [(n["id"], n["notes"], n["status"]) for n in nodes] == [
        (ids[0], "Vocals up", "PENDING"),
        (ids[1], "More punch", "PROCESSING"),
        (ids[2], "Wider", "PENDING"),
    ]
    assert {n["source"]["contentType"] for n in nodes} == {"audio/x-wav"}
    waiting = await gql(client, MY_MIXES, {"status": "PENDING"}, token=provider_token)
    assert [e["node"]["id"] for e in waiting["mySampleMixes"]["edges"]] == [ids[0], ids[2]]
    mine = await gql(client, MY_MIXES, token=token)
    assert [e["node"]["id"] for e in mine["mySampleMixes"]["edges"]] == ids
    theirs = await gql(client, MY_MIXES, token=other_token)
    assert len(theirs["mySampleMixes"]["edges"]) == 1
    assert theirs["mySampleMixes"]["edges"][0]["node"]["id"] not in ids
