"""No sample mix of a cancelled consultation: the client withdrew the request it was for."""

from __future__ import annotations

import httpx
import pytest

import resolvers.sample_mix
from domain.notification import NotificationKind
from domain.session import SessionStatus
from models.booking import Session
from models.file import StoredFile
from models.notification import Notification
from models.sample_mix import SampleMix
from tests.api import gql
from tests.scheduling import client_token
from tests.test_consultations import BOOK_CONSULTATION, consultation_studio, request
from tests.test_sample_mix import REQUEST, send, wav
from tests.test_waitlist import CANCEL

SESSION_OF = """query ($id: ID!) { node(id: $id) { ... on Consultation { session { id } } } }"""


@pytest.fixture
async def booked(client: httpx.AsyncClient) -> tuple[str, str]:
    """(consultation id, client token)"""
    token = await client_token()
    data = await gql(client, BOOK_CONSULTATION, request(await consultation_studio()), token=token)
    return data["bookConsultation"]["consultation"]["id"], token


async def _nothing_kept() -> None:
    assert await SampleMix.all().count() == 0
    assert await StoredFile.all().count() == 0
    told = Notification.filter(kind=NotificationKind.SAMPLE_MIX_REQUESTED)
    assert await told.count() == 0


async def test_a_cancelled_consultation_takes_no_section(
    client: httpx.AsyncClient, booked: tuple[str, str]
) -> None:
    consultation_id, token = booked
    found = await gql(client, SESSION_OF, {"id": consultation_id}, token=token)
    await gql(client, CANCEL, {"id": found["node"]["session"]["id"]}, token=token)
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(5))
    assert data["requestSampleMix"]["userErrors"] == [
        {"code": "CONSULTATION_CANCELLED", "message": "This consultation was cancelled."}
    ]
    await _nothing_kept()


async def test_a_consultation_cancelled_while_the_section_uploads_takes_none(
    client: httpx.AsyncClient,
    booked: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    consultation_id, token = booked
    checked = resolvers.sample_mix._audio_violations

    async def cancelled_meanwhile(upload: object) -> list:
        await Session.all().update(status=SessionStatus.CANCELLED)
        return await checked(upload)  # type: ignore[arg-type]

    monkeypatch.setattr(resolvers.sample_mix, "_audio_violations", cancelled_meanwhile)
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(5))
    assert [e["code"] for e in data["requestSampleMix"]["userErrors"]] == ["CONSULTATION_CANCELLED"]
    await _nothing_kept()
