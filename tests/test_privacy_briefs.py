"""deleteMyAccount erases what a client wrote when booking and asking: consultation briefs,
sample-mix notes and follow-up questions. The bookings and their prices stay."""

from __future__ import annotations

import httpx

from domain.session import SessionStatus
from models.aftercare import FollowUpRequest
from models.booking import Session
from models.consultation import Consultation
from models.sample_mix import SampleMix
from tests.api import gql
from tests.factories import PASSWORD
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.test_aftercare import FOLLOW_UP, finish
from tests.test_booking import BOOK, booking
from tests.test_consultations import BOOK_CONSULTATION, consultation_studio, request
from tests.test_privacy import DELETE
from tests.test_sample_mix import REQUEST, send, wav

WORDS = "Call me on 0176 5550123, it is about my divorce album"


async def test_an_erased_clients_briefs_and_questions_lose_their_words(
    client: httpx.AsyncClient,
) -> None:
    token = await client_token()
    brief = request(await consultation_studio(), description=WORDS, specialRequirements=WORDS)
    booked = await gql(client, BOOK_CONSULTATION, brief, token=token)
    consultation_id = booked["bookConsultation"]["consultation"]["id"]
    asked = {"consultationId": consultation_id, "notes": WORDS}
    assert (await send(client, token, REQUEST, asked, wav(10)))["requestSampleMix"]["sampleMix"]
    studio = await open_studio()
    session = await gql(client, BOOK, booking(studio, at(next_weekday(2), 14)), token=token)
    session_id = session["bookSession"]["session"]["id"]
    await finish(client, studio, session_id)
    question = {"sessionId": session_id, "kind": "MINI_EXTENSION", "question": WORDS}
    followed = await gql(client, FOLLOW_UP, {"input": question}, token=token)
    assert followed["requestFollowUp"]["userErrors"] == []
    # An upcoming consultation must be cancelled before the account can go.
    upcoming = [SessionStatus.REQUESTED, SessionStatus.CONFIRMED]
    await Session.filter(status__in=upcoming).update(status=SessionStatus.CANCELLED)

    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=token)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    [kept] = await Consultation.all().values(
        "project_name", "description", "special_requirements", "reference_links"
    )
    assert kept == {
        "project_name": "Debut EP",
        "description": "",
        "special_requirements": "",
        "reference_links": [],
    }
    assert await SampleMix.all().values_list("notes", flat=True) == [""]
    [follow_up] = await FollowUpRequest.all()
    assert (follow_up.question, follow_up.price_amount) == ("[deleted]", 2500)
