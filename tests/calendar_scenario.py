"""A provider's calendar holding every kind of busy time, read back as `free_slots` reads it.

The busy-time read is hand-written SQL with a branch per dialect, so tests run this scenario
in-process on PostgreSQL and, as `python -m tests.calendar_scenario URL DAY NOW`, on a fresh
SQLite database (the ORM binds its models to one dialect per process), then compare.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, date, datetime, timedelta
from uuid import uuid4

from tortoise import Tortoise

from app.database import migrate, tortoise_config
from domain.availability import Booking
from domain.session import SessionStatus
from models.account import User
from models.booking import Session
from models.provider import Service, ServiceKind
from models.waitlist import WaitlistEntry, WaitlistStatus
from resolvers.scheduling import busy_time, free_slots
from tests.factories import make_user
from tests.scheduling import at, open_studio


async def _session(service: Service, start: datetime, status: SessionStatus) -> Session:
    client, session_id = await make_user(), uuid4()
    return await Session.create(
        id=session_id,
        provider_id=service.provider_id,  # type: ignore[attr-defined]
        service=service,
        client=client,
        start_at=start,
        end_at=start + timedelta(minutes=60),
        # Buffers as booked: 15 before and 30 after, whatever the service says today.
        blocked_start=start - timedelta(minutes=15),
        blocked_end=start + timedelta(minutes=90),
        slot_key=str(session_id),
        status=status,
        price_amount=10000,
        currency="EUR",
    )


async def _offer(
    service: Service,
    start: datetime,
    expires: datetime,
    *,
    client: User | None = None,
    status: WaitlistStatus = WaitlistStatus.OFFERED,
) -> None:
    await WaitlistEntry.create(
        service=service,
        client=client or await make_user(),
        day=start.date(),
        status=status,
        offer_start=start,
        offer_end=start + timedelta(minutes=60),
        offer_expires_at=expires,
    )


def _bookings(bookings: list[Booking], service: Service) -> list[list[object]]:
    return sorted(
        [
            b.start.isoformat(),
            b.end.isoformat(),
            b.buffer_before,
            b.buffer_after,
            "this service" if b.service_key == str(service.id) else "another service",
            b.seats,
        ]
        for b in bookings
    )


async def calendar(day: date, now: datetime) -> dict[str, list]:
    """What the reads return for `day` (Berlin hours 09-17) as plain JSON values."""
    studio, elsewhere = await open_studio(), await open_studio()
    second_service = await Service.create(
        provider=studio.profile, kind=ServiceKind.SESSION, name="Other", slug="other",
        currency="EUR", default_duration_minutes=60, min_duration_minutes=60,
        max_duration_minutes=60,
    )  # fmt: skip
    confirmed = await _session(studio.service, at(day, 9), SessionStatus.CONFIRMED)
    await _session(second_service, at(day, 12), SessionStatus.REQUESTED)
    await _session(studio.service, at(day, 14), SessionStatus.CANCELLED)
    await _session(studio.service, at(day + timedelta(days=3), 10), SessionStatus.CONFIRMED)
    await _session(elsewhere.service, at(day, 15), SessionStatus.CONFIRMED)
    asker = await make_user()
    await _offer(studio.service, at(day, 16), now + timedelta(hours=1))
    await _offer(studio.service, at(day, 11), now + timedelta(hours=1), client=asker)
    await _offer(studio.service, at(day, 13), now - timedelta(seconds=1))
    await _offer(
        studio.service, at(day, 15), now + timedelta(hours=1), status=WaitlistStatus.WAITING
    )
    await _offer(elsewhere.service, at(day, 10), now + timedelta(hours=1))

    start, end = at(day, 0), at(day + timedelta(days=1), 0)
    bookings, holds = await busy_time(studio.profile.id, start, end, now=now)
    mine, _ = await busy_time(studio.profile.id, start, end, now=now, ignore=confirmed.id)
    _, asked = await busy_time(studio.profile.id, start, end, now=now, client_id=asker.id)
    slots = await free_slots(
        studio.profile, studio.service, duration=60, rate=10000,
        start=start, end=end, now=now, client_id=asker.id,
    )  # fmt: skip
    return {
        "bookings": _bookings(bookings, studio.service),
        "holds": sorted([h.start.isoformat(), h.end.isoformat()] for h in holds),
        "bookings ignoring one": _bookings(mine, studio.service),
        "holds for the asker": sorted([h.start.isoformat(), h.end.isoformat()] for h in asked),
        "slots": [[p.slot.start.isoformat(), p.amount, p.currency] for p in slots],
    }


async def _on_fresh_database(url: str, day: date, now: datetime) -> dict[str, list]:
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    try:
        return await calendar(day, now)
    finally:
        await Tortoise.close_connections()


if __name__ == "__main__":
    url, day, now = (
        sys.argv[1],
        date.fromisoformat(sys.argv[2]),
        datetime.fromisoformat(sys.argv[3]),
    )
    print(json.dumps(asyncio.run(_on_fresh_database(url, day, now.astimezone(UTC)))))
