"""Providers' answered booking requests and what `Provider.responseStats` makes of them
(loaders/response_time.py), as plain JSON values.

Tests run this in-process on PostgreSQL and, as `python -m tests.response_time_scenario URL
DIR`, on a fresh SQLite database, then compare the answers: PostgreSQL takes the median with
percentile_cont, SQLite by ranking the waits.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from domain.session import SessionStatus
from models.booking import Session
from tests.api import gql
from tests.factories import make_user
from tests.fresh_database import print_answers
from tests.scheduling import Studio, hour_session, open_studio

PROVIDERS = """
query {
  providers(first: 10) {
    edges {
      node {
        displayName responseSlaMinutes
        responseStats { medianMinutes withinSlaRate answered }
      }
    }
  }
}"""


async def answered(studio: Studio, wait: timedelta, *, days_ago: int = 1) -> None:
    """A request of `studio`'s made `days_ago` days ago and answered `wait` after it."""
    client = await make_user()
    asked = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days_ago)
    start = asked + timedelta(days=30, hours=await Session.all().count())
    session_id = await hour_session(client, studio, start, SessionStatus.CONFIRMED)
    await Session.filter(id=session_id).update(created_at=asked, responded_at=asked + wait)


async def response_figures(client: httpx.AsyncClient) -> dict[str, Any]:
    """A provider promising 30 minutes who answered in 10, 20, 40 and 50 minutes (and once,
    quickly, 100 days ago); one promising 30 who answered in 5, exactly 30 and 61; one who
    answered twice; and one with a request still waiting."""
    minutes = [timedelta(minutes=m) for m in (10, 20, 40, 50, 5, 30, 61)]
    even, odd, few, waiting = [await open_studio() for _ in range(4)]
    for studio, name in ((even, "even"), (odd, "odd"), (few, "few"), (waiting, "waiting")):
        studio.profile.display_name = name
        studio.profile.response_sla_minutes = 30
        await studio.profile.save()
    for wait in minutes[:4]:
        await answered(even, wait)
    await answered(even, timedelta(minutes=1), days_ago=100)  # before the 90 days
    for wait in minutes[4:]:
        await answered(odd, wait)
    for wait in minutes[:2]:
        await answered(few, wait)
    start = datetime.now(UTC) + timedelta(days=40)
    await hour_session(await make_user(), waiting, start, SessionStatus.REQUESTED)
    data = await gql(client, PROVIDERS)
    return {edge["node"]["displayName"]: edge["node"] for edge in data["providers"]["edges"]}


if __name__ == "__main__":
    print_answers(response_figures)
