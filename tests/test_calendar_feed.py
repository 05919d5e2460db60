"""A provider's secret iCalendar feed: subscribable, lists upcoming sessions, revocable."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from icalendar import Calendar
from strawberry.relay import from_base64

import resolvers.provider
from domain.session import SessionStatus
from models.account import Role, User
from models.booking import Session
from models.provider import ProviderProfile
from tests.api import assert_denied, gql
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_session_flow import RESCHEDULE, action

ROTATE = "mutation { rotateCalendarFeed(input: {}) { url userErrors { code } } }"
REVOKE = "mutation { revokeCalendarFeed(input: {}) { url userErrors { code } } }"
UPDATE_PROFILE = """
mutation ($input: UpdateProviderProfileInput!) {
  updateProviderProfile(input: $input) { userErrors { code } }
}"""


async def test_feed_lists_sessions_until_revoked(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
    url = (await gql(client, ROTATE, token=studio.provider_token))["rotateCalendarFeed"]["url"]
    assert url.startswith("http://127.0.0.1:8000/calendar/")
    path = url.removeprefix("http://127.0.0.1:8000")

    feed = await client.get(path)
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("text/calendar")
    events = Calendar.from_ical(feed.content).walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("dtstart") == at(day, 10)
    assert events[0]["status"] == "TENTATIVE"  # requested, not yet confirmed

    new_url = (await gql(client, ROTATE, token=studio.provider_token))["rotateCalendarFeed"]["url"]
    assert (await client.get(path)).status_code == 404, "rotating retires the old URL"
    await gql(client, REVOKE, token=studio.provider_token)
    assert (await client.get(new_url.removeprefix("http://127.0.0.1:8000"))).status_code == 404


async def test_clients_have_no_feed(client: httpx.AsyncClient) -> None:
    await assert_denied(client, ROTATE, token=await client_token())
    assert (await client.get("/calendar/guess.ics")).status_code == 404


async def test_a_profile_edit_keeps_a_feed_rotated_meanwhile(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The edit saved the whole profile as it had read it: the secret of a rotation saved in
    # between was overwritten by the old one, the new URL answered 404 and the old one worked.
    studio = await open_studio()
    read, rotated = asyncio.Event(), asyncio.Event()
    managed = resolvers.provider.managed_profile

    async def read_then_wait(*args: Any) -> Any:
        """The edit reads the profile, then waits while the feed is rotated."""
        profile = await managed(*args)
        read.set()
        await rotated.wait()
        return profile

    monkeypatch.setattr(resolvers.provider, "managed_profile", read_then_wait)
    edit = asyncio.create_task(
        gql(
            client,
            UPDATE_PROFILE,
            {"input": {"bio": "Mixing since 2009."}},
            token=studio.provider_token,
        )
    )
    await read.wait()
    monkeypatch.setattr(
        resolvers.provider, "managed_profile", managed
    )  # the rotation goes straight
    url = (await gql(client, ROTATE, token=studio.provider_token))["rotateCalendarFeed"]["url"]
    rotated.set()
    await edit
    assert (await client.get(url.removeprefix("http://127.0.0.1:8000"))).status_code == 200
    assert (await ProviderProfile.get(id=studio.profile.id)).bio == "Mixing since 2009."


async def test_a_session_held_stays_in_the_feed_a_cancelled_one_leaves(
    client: httpx.AsyncClient,
) -> None:
    # The feed listed requested, confirmed and running sessions only: the moment the provider
    # completed a session (or recorded a no-show) it vanished from their calendar.
    studio = await open_studio()
    day = next_weekday(2)
    ids = []
    for hour in (10, 12, 14):
        booked = await gql(client, BOOK, booking(studio, at(day, hour)), token=await client_token())
        ids.append(from_base64(booked["bookSession"]["session"]["id"])[1])
    await Session.filter(id=ids[0]).update(status=SessionStatus.COMPLETED)
    await Session.filter(id=ids[1]).update(status=SessionStatus.NO_SHOW)
    await Session.filter(id=ids[2]).update(status=SessionStatus.CANCELLED)
    url = (await gql(client, ROTATE, token=studio.provider_token))["rotateCalendarFeed"]["url"]

    feed = await client.get(url.removeprefix("http://127.0.0.1:8000"))
    events = Calendar.from_ical(feed.content).walk("VEVENT")
    assert [(e.decoded("dtstart"), str(e["status"])) for e in events] == [
        (at(day, 10), "CONFIRMED"),
        (at(day, 12), "CONFIRMED"),
    ]


async def test_a_demoted_provider_s_feed_answers_404(client: httpx.AsyncClient) -> None:
    # The feed was looked up by its secret alone: demoted to client, the account's link kept
    # publishing its sessions (clients' names and notes) until the account was erased.
    studio = await open_studio()
    url = (await gql(client, ROTATE, token=studio.provider_token))["rotateCalendarFeed"]["url"]
    path = url.removeprefix("http://127.0.0.1:8000")
    assert (await client.get(path)).status_code == 200

    await User.filter(id=studio.profile.user_id).update(role=Role.CLIENT)  # type: ignore[attr-defined]
    assert (await client.get(path)).status_code == 404
    await User.filter(id=studio.profile.user_id).update(role=Role.PROVIDER)  # type: ignore[attr-defined]
    assert (await client.get(path)).status_code == 200, "promoted again, the link is theirs"
    await User.filter(id=studio.profile.user_id).update(deleted_at=datetime.now(UTC))  # type: ignore[attr-defined]
    assert (await client.get(path)).status_code == 404


async def test_an_event_s_sequence_rises_when_its_time_or_status_changes(
    client: httpx.AsyncClient,
) -> None:
    # Every version of an event went out with no SEQUENCE (0 by RFC 5545), so a calendar app
    # could take a moved or confirmed session for the same revision it already had.
    studio = await open_studio()
    day = next_weekday(2)
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
    session_id = booked["bookSession"]["session"]["id"]
    url = (await gql(client, ROTATE, token=studio.provider_token))["rotateCalendarFeed"]["url"]
    path = url.removeprefix("http://127.0.0.1:8000")

    async def seen() -> tuple[int, str, object]:
        [event] = Calendar.from_ical((await client.get(path)).content).walk("VEVENT")
        return int(event["sequence"]), str(event["status"]), event.decoded("dtstart")

    assert await seen() == (0, "TENTATIVE", at(day, 10))
    await gql(client, action("confirmSession"), {"id": session_id}, token=studio.provider_token)
    assert await seen() == (1, "CONFIRMED", at(day, 10))
    moved = {"id": session_id, "start": at(day, 14).isoformat()}
    rescheduled = await gql(client, RESCHEDULE, moved, token=studio.provider_token)
    assert rescheduled["rescheduleSession"]["userErrors"] == []
    assert await seen() == (2, "CONFIRMED", at(day, 14))
    closed = {"id": session_id, "start": at(day, 3).isoformat()}
    refused = await gql(client, RESCHEDULE, closed, token=studio.provider_token)
    assert refused["rescheduleSession"]["userErrors"] != []
    assert await seen() == (2, "CONFIRMED", at(day, 14)), "a refused move changes nothing"
