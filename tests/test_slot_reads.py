"""The reads behind `availableSlots`: a fixed number of statements, the same rows on both SQL
dialects (the busy-time read is hand-written SQL)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import httpx

from domain.session import SessionStatus
from models.booking import Session
from models.waitlist import WaitlistEntry, WaitlistStatus
from tests.api import StatementCounter, gql
from tests.calendar_scenario import calendar
from tests.factories import make_user
from tests.fresh_database import scenario_answers
from tests.scheduling import at, next_weekday, open_studio
from tests.test_booking import SLOTS


async def test_available_slots_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio = await open_studio()
    first = next_weekday(0)
    booker = await make_user()
    # Every day of a month: a session at 10:00 and a held waitlist offer at 14:00.
    await Session.bulk_create(
        [
            Session(
                id=(session_id := uuid4()),
                provider=studio.profile,
                service=studio.service,
                client=booker,
                start_at=at(first + timedelta(days=n), 10),
                end_at=at(first + timedelta(days=n), 11),
                blocked_start=at(first + timedelta(days=n), 10),
                blocked_end=at(first + timedelta(days=n), 11),
                slot_key=str(session_id),
                status=SessionStatus.CONFIRMED,
                price_amount=10000,
                currency="EUR",
            )
            for n in range(31)
        ]
    )
    await WaitlistEntry.bulk_create(
        [
            WaitlistEntry(
                service=studio.service,
                client=await make_user(),
                day=first + timedelta(days=n),
                status=WaitlistStatus.OFFERED,
                offer_start=at(first + timedelta(days=n), 14),
                offer_end=at(first + timedelta(days=n), 15),
                offer_expires_at=datetime.now(UTC) + timedelta(hours=1),
            )
            for n in range(31)
        ]
    )
    counts, sizes = [], []
    for days in (1, 31):
        variables = {
            "provider": studio.provider_id,
            "service": studio.service_id,
            "minutes": 60,
            "start": at(first, 0).isoformat(),
            "end": at(first + timedelta(days=days), 0).isoformat(),
        }
        statements.reset()
        found = (await gql(client, SLOTS, variables))["availableSlots"]
        counts.append(statements.count)
        sizes.append(len(found))
    # 15 starts a day, less 09:30 to 10:30 (the session) and 13:30 to 14:30 (the offer)
    assert sizes == [9, 31 * 9]
    # service with provider, rates, weekly windows with overrides, sessions with waitlist offers
    assert counts == [4, 4], statements.queries


async def test_busy_time_reads_the_same_rows_on_sqlite_and_postgresql(tmp_path: Path) -> None:
    day, now = next_weekday(2), datetime.now(UTC)
    on_postgres = json.loads(json.dumps(await calendar(day, now)))

    def local(*hours: int) -> list[str]:
        return [at(day, hour, minute).isoformat() for hour, minute in hours]

    assert on_postgres["bookings"] == [
        [*local((9, 0), (10, 0)), 15, 30, "this service", 1],
        [*local((12, 0), (13, 0)), 15, 30, "another service", 1],
    ]
    assert on_postgres["holds"] == [local((11, 0), (12, 0)), local((16, 0), (17, 0))]
    assert [b[0] for b in on_postgres["bookings ignoring one"]] == local((12, 0))
    assert on_postgres["holds for the asker"] == [local((16, 0), (17, 0))]
    assert [s[0] for s in on_postgres["slots"]] == local(
        (10, 30), (13, 30), (14, 0), (14, 30), (15, 0)
    )
    sqlite_url = f"sqlite://{tmp_path}/calendar.sqlite3"
    on_sqlite = await scenario_answers("calendar_scenario", sqlite_url, str(day), now.isoformat())
    assert on_sqlite == on_postgres
