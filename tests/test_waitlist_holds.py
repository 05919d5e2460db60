"""A time held for a waitlisted client: others cannot take it by any way in, its own client
can, and a freed time goes to the first client in line who can take it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from strawberry.relay import to_base64

from domain.session import SessionStatus
from jobs.waitlist import expire_offers
from models.account import User
from models.booking import Session
from models.notification import Notification
from models.waitlist import WaitlistEntry, WaitlistStatus
from tests.api import gql
from tests.factories import make_user, token_for
from tests.scheduling import Studio, at, client_token, hour_session, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_session_flow import RESCHEDULE
from tests.test_waitlist import CANCEL, JOIN

EXTEND = """mutation ($id: ID!, $minutes: Int!) {
  extendSession(input: {id: $id, minutes: $minutes}) { session { end } userErrors { code } }
}"""


async def offer_to(client: User, studio: Studio, start: datetime) -> WaitlistEntry:
    """An offer of the hour from `start` held for `client`, as a cancellation would make it."""
    now = datetime.now(UTC)
    return await WaitlistEntry.create(
        service=studio.service,
        client=client,
        day=start.date(),
        status=WaitlistStatus.OFFERED,
        offer_start=start,
        offer_end=start + timedelta(hours=1),
        offer_expires_at=now + timedelta(hours=2),
    )


async def test_extending_into_another_client_s_offer_is_refused(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    seated = await make_user()
    began = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
    session_id = await hour_session(seated, studio, began, SessionStatus.IN_PROGRESS)
    ends = began + timedelta(hours=1)
    offer = await offer_to(await make_user(), studio, ends + timedelta(minutes=30))
    variables = {"id": to_base64("Session", str(session_id)), "minutes": 60}

    held = await gql(client, EXTEND, variables, token=studio.provider_token)
    assert held["extendSession"]["userErrors"] == [{"code": "SLOT_UNAVAILABLE"}]
    assert (await Session.get(id=session_id)).end_at == ends
    # Up to the held time it is free.
    short = await gql(client, EXTEND, {**variables, "minutes": 30}, token=studio.provider_token)
    assert short["extendSession"]["userErrors"] == []

    # Held for the session's own client, the time is theirs to stay on into.
    offer.client = seated
    await offer.save()
    own = await gql(client, EXTEND, {**variables, "minutes": 30}, token=studio.provider_token)
    assert own["extendSession"]["userErrors"] == []
    assert (await Session.get(id=session_id)).end_at == ends + timedelta(hours=1)


async def test_extending_into_one_s_own_offer_books_it(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    seated = await make_user()
    began = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
    session_id = await hour_session(seated, studio, began, SessionStatus.IN_PROGRESS)
    ends = began + timedelta(hours=1)
    own = await offer_to(seated, studio, ends + timedelta(minutes=30))
    # Another client's offer of a later time, and one of this client's on another day (one
    # entry a client, service and day).
    later = await offer_to(await make_user(), studio, ends + timedelta(hours=2))
    apart = await offer_to(seated, studio, ends + timedelta(days=2))
    variables = {"id": to_base64("Session", str(session_id)), "minutes": 30}

    # Up to the held time, the offer is untouched.
    short = await gql(client, EXTEND, variables, token=studio.provider_token)
    assert short["extendSession"]["userErrors"] == []
    assert (await WaitlistEntry.get(id=own.id)).status == WaitlistStatus.OFFERED

    # Staying on into it takes it up: the client is with the provider then.
    into = await gql(client, EXTEND, variables, token=studio.provider_token)
    assert into["extendSession"]["userErrors"] == []
    assert (await WaitlistEntry.get(id=own.id)).status == WaitlistStatus.BOOKED
    assert (await WaitlistEntry.get(id=later.id)).status == WaitlistStatus.OFFERED
    assert (await WaitlistEntry.get(id=apart.id)).status == WaitlistStatus.OFFERED
    # Nothing is left for the expiry job to run out and hand on.
    await expire_offers(own.offer_expires_at + timedelta(seconds=1))  # type: ignore[operator]
    assert (await WaitlistEntry.get(id=own.id)).status == WaitlistStatus.BOOKED


async def test_an_offer_that_ran_out_does_not_stop_an_extension(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    began = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
    session_id = await hour_session(await make_user(), studio, began, SessionStatus.IN_PROGRESS)
    offer = await offer_to(await make_user(), studio, began + timedelta(hours=1))
    offer.offer_expires_at = datetime.now(UTC) - timedelta(seconds=1)
    await offer.save()
    variables = {"id": to_base64("Session", str(session_id)), "minutes": 30}
    extended = await gql(client, EXTEND, variables, token=studio.provider_token)
    assert extended["extendSession"]["userErrors"] == []


async def test_moving_into_one_s_own_offer_books_it(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    booker = await client_token()
    waiting_user = await make_user()
    waiting = await token_for(waiting_user)
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=booker)
    mine = await gql(client, BOOK, booking(studio, at(day, 14)), token=waiting)
    join = {"input": {"serviceId": studio.service_id, "date": str(day)}}
    await gql(client, JOIN, join, token=waiting)
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)
    offer = await WaitlistEntry.get(status=WaitlistStatus.OFFERED)
    assert offer.client_id == waiting_user.id  # type: ignore[attr-defined]

    moved = await gql(
        client,
        RESCHEDULE,
        {"id": mine["bookSession"]["session"]["id"], "start": at(day, 10).isoformat()},
        token=waiting,
    )
    assert moved["rescheduleSession"]["userErrors"] == []
    assert (await WaitlistEntry.get(id=offer.id)).status == WaitlistStatus.BOOKED
    # Nothing is left for the expiry job to run out.
    await expire_offers(offer.offer_expires_at + timedelta(seconds=1))  # type: ignore[operator]
    assert (await WaitlistEntry.get(id=offer.id)).status == WaitlistStatus.BOOKED


async def test_a_freed_time_goes_to_the_first_in_line_who_can_take_it(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio(seats=2)
    day = next_weekday(2)
    ten = at(day, 10)
    seated_user, second_user = await make_user(), await make_user()
    seated, second, third = (
        await token_for(seated_user),
        await token_for(second_user),
        await client_token(),
    )
    booker = await client_token()
    await gql(client, BOOK, booking(studio, ten), token=seated)
    booked = await gql(client, BOOK, booking(studio, ten), token=booker)
    join = {"input": {"serviceId": studio.service_id, "date": str(day)}}
    # First in line holds a seat at ten already (and waits for another hour of the day).
    for token in (seated, second, third):
        assert (await gql(client, JOIN, join, token=token))["joinWaitlist"]["userErrors"] == []

    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)
    [offer] = await WaitlistEntry.filter(status=WaitlistStatus.OFFERED)
    assert offer.client_id == second_user.id  # type: ignore[attr-defined]
    assert offer.offer_start == ten
    [told] = await Notification.filter(kind="WAITLIST_OFFER")
    assert told.recipient_id == second_user.id  # type: ignore[attr-defined]
    first = await WaitlistEntry.get(client_id=seated_user.id)
    assert first.status == WaitlistStatus.WAITING  # keeps their place for another hour
    assert await WaitlistEntry.filter(status=WaitlistStatus.WAITING).count() == 2
    taken = await gql(client, BOOK, booking(studio, ten), token=second)
    assert taken["bookSession"]["userErrors"] == []


async def test_a_run_out_offer_is_handed_past_who_cannot_take_it(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio(seats=2)
    day = next_weekday(2)
    ten = at(day, 10)
    first, seated_user, last_user = await make_user(), await make_user(), await make_user()
    booker = await client_token()
    booked = await gql(client, BOOK, booking(studio, ten), token=booker)
    await gql(client, BOOK, booking(studio, ten), token=await token_for(seated_user))
    join = {"input": {"serviceId": studio.service_id, "date": str(day)}}
    for user in (first, seated_user, last_user):
        await gql(client, JOIN, join, token=await token_for(user))
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)
    offer = await WaitlistEntry.get(status=WaitlistStatus.OFFERED)
    assert offer.client_id == first.id  # type: ignore[attr-defined]

    expired, handed_on = await expire_offers(offer.offer_expires_at + timedelta(seconds=1))  # type: ignore[operator]
    assert (expired, handed_on) == (1, 1)
    # The next in line holds a seat at ten: the one after them is offered it.
    [following] = await WaitlistEntry.filter(status=WaitlistStatus.OFFERED)
    assert following.client_id == last_user.id  # type: ignore[attr-defined]
