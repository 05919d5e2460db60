"""Studios that keep Calendly: their page on the profile, and Calendly's signed invitee events
booking and cancelling consultations here, each once."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from datetime import datetime

import httpx
import pytest

from app.main import create_app
from app.settings import Settings
from domain.session import SessionStatus
from integrations.calendly import SIGNATURE_HEADER, sign
from models.account import User
from models.booking import Session
from models.consultation import Consultation
from models.notification import Notification
from models.provider import ProviderProfile, ServiceKind
from tests.api import gql
from tests.scheduling import Studio, at, next_weekday, open_studio

KEY = "calendly-signing-key"
PAGE = "https://calendly.com/studio-north/consultation"
INVITEE = "https://api.calendly.com/scheduled_events/EV1/invitees/INV1"
UPDATE = """
mutation ($input: UpdateProviderProfileInput!) {
  updateProviderProfile(input: $input) {
    provider { calendlyUrl } userErrors { field code }
  }
}"""
PROVIDER = "query ($id: ID!) { provider(id: $id) { calendlyUrl } }"


@pytest.fixture
async def calendly(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings.model_copy(update={"calendly_signing_key": KEY}))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def calendly_studio(page: str | None = PAGE) -> Studio:
    studio = await open_studio(default_duration_minutes=60)
    studio.service.kind = ServiceKind.CONSULTATION
    await studio.service.save()
    studio.profile.calendly_url = page
    await studio.profile.save()
    return studio


async def host_email(studio: Studio) -> str:
    return (await User.get(id=studio.profile.user_id)).email  # type: ignore[attr-defined]


def delivery(
    kind: str,
    host: str,
    start: datetime,
    *,
    minutes: int = 60,
    uri: str = INVITEE,
    cancellation: dict | None = None,
) -> bytes:
    """A Calendly delivery shaped as its docs show: the invitee, with its scheduled event."""
    end = datetime.fromtimestamp(start.timestamp() + minutes * 60, tz=start.tzinfo)
    invitee = {
        "uri": uri,
        "email": "Ivy.Invitee@Example.com",
        "name": "Ivy Invitee",
        "first_name": None,
        "last_name": None,
        "status": "canceled" if cancellation else "active",
        "event": "https://api.calendly.com/scheduled_events/EV1",
        "questions_and_answers": [
            {"question": "What are you mixing?", "answer": "A debut EP", "position": 0}
        ],
        "rescheduled": False,
        "cancel_url": "https://calendly.com/cancellations/INV1",
        "reschedule_url": "https://calendly.com/reschedulings/INV1",
        "scheduled_event": {
            "uri": "https://api.calendly.com/scheduled_events/EV1",
            "name": "Mix consultation",
            "status": "canceled" if cancellation else "active",
            "start_time": start.isoformat().replace("+00:00", "Z"),
            "end_time": end.isoformat().replace("+00:00", "Z"),
            "event_type": "https://api.calendly.com/event_types/ET1",
            "event_memberships": [
                {"user": "https://api.calendly.com/users/U1", "user_email": host}
            ],
        },
    }
    if cancellation is not None:
        invitee["cancellation"] = cancellation
    envelope = {
        "event": kind,
        "created_at": "2026-01-01T00:00:00.000000Z",
        "created_by": "https://api.calendly.com/users/U1",
        "payload": invitee,
    }
    return json.dumps(envelope).encode()


async def deliver(
    http: httpx.AsyncClient, body: bytes, *, key: str = KEY, age: int = 0
) -> httpx.Response:
    signature = sign(key, int(time.time()) - age, body)
    return await http.post(
        "/webhooks/calendly", content=body, headers={SIGNATURE_HEADER: signature}
    )


async def test_the_provider_sets_a_calendly_page_shown_on_the_profile(
    client: httpx.AsyncClient,
) -> None:
    studio = await calendly_studio(page=None)
    token = studio.provider_token
    for wrong in (
        "http://calendly.com/studio",
        "https://calendly.com.evil.example/studio",
        "https://user@calendly.com/studio",
        "https://calendly.com:8443/studio",
        "https://calendly.com/",
        "https://calendly.com/studio north",
    ):
        refused = await gql(client, UPDATE, {"input": {"calendlyUrl": wrong}}, token=token)
        errors = refused["updateProviderProfile"]["userErrors"]
        assert errors == [{"field": "calendlyUrl", "code": "INVALID_URL"}], wrong
    assert (await ProviderProfile.get(id=studio.profile.id)).calendly_url is None

    saved = await gql(client, UPDATE, {"input": {"calendlyUrl": f" {PAGE} "}}, token=token)
    assert saved["updateProviderProfile"]["provider"] == {"calendlyUrl": PAGE}
    shown = await gql(client, PROVIDER, {"id": studio.provider_id})  # anyone, signed out
    assert shown["provider"] == {"calendlyUrl": PAGE}

    await gql(client, UPDATE, {"input": {"bio": "Mixing since 2009"}}, token=token)
    assert (await ProviderProfile.get(id=studio.profile.id)).calendly_url == PAGE
    await gql(client, UPDATE, {"input": {"calendlyUrl": ""}}, token=token)
    assert (await ProviderProfile.get(id=studio.profile.id)).calendly_url is None


async def test_a_signed_booking_makes_one_consultation_however_often_it_arrives(
    calendly: httpx.AsyncClient,
) -> None:
    studio = await calendly_studio()
    start = at(next_weekday(2), 20)  # outside the studio's hours here: Calendly's time holds
    body = delivery("invitee.created", (await host_email(studio)).upper(), start, minutes=90)

    first = await deliver(calendly, body)
    again = await deliver(calendly, body)

    assert (first.status_code, first.json()) == (200, {"applied": True})
    assert (again.status_code, again.json()) == (200, {"applied": False})
    consultation = await Consultation.get().select_related("session", "session__client")
    assert await Consultation.all().count() == 1
    session = consultation.session
    assert (session.start_at, (session.end_at - session.start_at).total_seconds()) == (start, 5400)
    assert session.status == SessionStatus.CONFIRMED
    assert session.price_amount == 14000  # the service's 90-minute rate
    assert consultation.calendly_invitee_uri == INVITEE
    assert consultation.project_name == "Mix consultation"
    assert consultation.description == "What are you mixing?: A debut EP"
    client = session.client
    assert (client.email, client.first_name, client.last_name) == (
        "ivy.invitee@example.com",
        "Ivy",
        "Invitee",
    )
    assert client.guest
    # The studio is told, once, as of any booking.
    told = await Notification.filter(kind="PROVIDER_ASSIGNED").values_list(
        "recipient_id", flat=True
    )
    assert told == [studio.profile.user_id]  # type: ignore[attr-defined]


async def test_a_cancellation_cancels_that_consultation_and_tells_the_studio(
    calendly: httpx.AsyncClient,
) -> None:
    studio = await calendly_studio()
    start = at(next_weekday(3), 11)
    host = await host_email(studio)
    await deliver(calendly, delivery("invitee.created", host, start))
    cancellation = {"canceler_type": "invitee", "reason": "Found another studio"}
    body = delivery("invitee.canceled", host, start, cancellation=cancellation)

    first = await deliver(calendly, body)
    again = await deliver(calendly, body)

    assert (first.json(), again.json()) == ({"applied": True}, {"applied": False})
    session = await Session.get()
    assert session.status == SessionStatus.CANCELLED
    assert session.cancellation_reason == "Found another studio"
    assert session.cancelled_by == "CLIENT"
    cancelled = await Notification.filter(kind="SESSION_CANCELLED").values_list(
        "recipient_id", flat=True
    )
    assert cancelled == [studio.profile.user_id]  # type: ignore[attr-defined]
    # The freed time can be booked again on Calendly, and is.
    other = delivery("invitee.created", host, start, uri=INVITEE + "-2")
    assert (await deliver(calendly, other)).json() == {"applied": True}
    assert await Session.filter(status=SessionStatus.CONFIRMED).count() == 1


async def test_bad_missing_or_stale_signatures_write_nothing(
    client: httpx.AsyncClient, calendly: httpx.AsyncClient
) -> None:
    studio = await calendly_studio()
    body = delivery("invitee.created", await host_email(studio), at(next_weekday(2), 10))
    wrong = await deliver(calendly, body, key="guessed")
    stale = await deliver(calendly, body, age=181)  # a captured delivery replayed later
    bare = await calendly.post("/webhooks/calendly", content=body)
    tampered = await calendly.post(
        "/webhooks/calendly",
        content=body.replace(b"Ivy", b"Eve"),
        headers={SIGNATURE_HEADER: sign(KEY, int(time.time()), body)},
    )
    mangled = await calendly.post(
        "/webhooks/calendly", content=body, headers={SIGNATURE_HEADER: "t=1²,v1=ab".encode()}
    )
    codes = [r.status_code for r in (wrong, stale, bare, tampered, mangled)]
    assert codes == [401, 401, 401, 401, 401]
    assert (await deliver(calendly, b"{not json")).status_code == 400
    assert await Session.all().count() == 0
    assert await User.filter(email="ivy.invitee@example.com").count() == 0
    # Without a signing key configured, the route takes nothing at all.
    assert (await client.post("/webhooks/calendly", content=body)).status_code == 404


async def test_unknown_studios_and_invitees_are_acknowledged_and_change_nothing(
    calendly: httpx.AsyncClient,
) -> None:
    studio = await calendly_studio(page=None)  # hosts the event, but does not keep Calendly
    start = at(next_weekday(2), 10)
    host = await host_email(studio)
    for body in (
        delivery("invitee.created", "someone@elsewhere.example", start),
        delivery("invitee.created", host, start),
        delivery("invitee.canceled", host, start, cancellation={"canceler_type": "host"}),
        delivery("invitee_no_show.created", host, start),
    ):
        response = await deliver(calendly, body)
        assert (response.status_code, response.json()) == (200, {"applied": False})
    assert await Session.all().count() == 0
    assert await User.filter(email="ivy.invitee@example.com").count() == 0
