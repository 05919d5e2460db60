"""A provider cannot book, wait for or consult on their own services: such a booking would
count them as their own client in the CRM, the funnel and the studio's figures."""

from __future__ import annotations

import httpx

from models.booking import Session
from models.consultation import Consultation
from models.crm import Interaction
from models.provider import ServiceKind
from models.waitlist import WaitlistEntry
from tests.api import gql
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_consultations import BOOK_CONSULTATION, request
from tests.test_waitlist import JOIN

OWN = {"field": "serviceId", "code": "OWN_SERVICE"}


async def test_a_provider_cannot_book_their_own_session(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    ten = at(next_weekday(2), 10)
    refused = await gql(client, BOOK, booking(studio, ten), token=studio.provider_token)
    assert refused["bookSession"]["session"] is None
    assert [
        {"field": e["field"], "code": e["code"]} for e in refused["bookSession"]["userErrors"]
    ] == [OWN]
    assert await Session.all().count() == 0
    assert await Interaction.all().count() == 0
    # Anyone else still books the slot.
    booked = await gql(client, BOOK, booking(studio, ten), token=await client_token())
    assert booked["bookSession"]["userErrors"] == []


async def test_a_provider_cannot_book_their_own_consultation(client: httpx.AsyncClient) -> None:
    studio = await open_studio(default_duration_minutes=60, kind=ServiceKind.CONSULTATION)
    refused = await gql(client, BOOK_CONSULTATION, request(studio), token=studio.provider_token)
    assert refused["bookConsultation"] == {"consultation": None, "userErrors": [OWN]}
    assert await Session.all().count() == 0
    assert await Consultation.all().count() == 0
    assert await Interaction.all().count() == 0


async def test_a_provider_cannot_wait_for_their_own_service(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    variables = {"input": {"serviceId": studio.service_id, "date": str(next_weekday(2))}}
    refused = await gql(client, JOIN, variables, token=studio.provider_token)
    assert refused["joinWaitlist"] == {"entry": None, "userErrors": [{"code": "OWN_SERVICE"}]}
    assert await WaitlistEntry.all().count() == 0
