"""A provider's secret iCalendar feed: subscribable, lists upcoming sessions, revocable."""

from __future__ import annotations

import httpx
from icalendar import Calendar

from tests.api import assert_denied, gql
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking

ROTATE = "mutation { rotateCalendarFeed(input: {}) { url userErrors { code } } }"
REVOKE = "mutation { revokeCalendarFeed(input: {}) { url userErrors { code } } }"


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
