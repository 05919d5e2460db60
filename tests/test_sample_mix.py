"""Sample mixes: each audio rule has its own code, checked by mutagen; nothing kept on refusal."""

from __future__ import annotations

import asyncio
import io
import json
import wave
from datetime import UTC, datetime, timedelta
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
from tests.api import gql
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
