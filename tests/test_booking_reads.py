"""What a booking reads: a fixed number of statements, the same answers on both SQL dialects
(the token read and the terms with the opening hours are hand-written SQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import httpx

from domain.notification import session_time
from domain.session import SessionStatus
from models.booking import Session
from models.waitlist import WaitlistEntry, WaitlistStatus
from tests.api import StatementCounter, gql
from tests.booking_scenario import bookings
from tests.factories import make_user, token_for
from tests.fresh_database import scenario_answers
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking


async def _fill(studio: Studio, days: int) -> None:
    """A session at 09:00 on each of `days` days from next Monday on."""
    first, booker = next_weekday(0), await make_user()
    await Session.bulk_create(
        [
            Session(
                id=(session_id := uuid4()),
                provider=studio.profile,
                service=studio.service,
                client=booker,
                start_at=at(first + timedelta(days=n), 9),
                end_at=at(first + timedelta(days=n), 10),
                blocked_start=at(first + timedelta(days=n), 9),
                blocked_end=at(first + timedelta(days=n), 10),
                slot_key=str(session_id),
                status=SessionStatus.CONFIRMED,
                price_amount=10000,
                currency="EUR",
            )
            for n in range(days)
        ]
    )


async def test_a_booking_costs_the_same_statements_however_full_the_calendar(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    counts = []
    for days in (0, 31):
        studio, token = await open_studio(), await client_token()
        await _fill(studio, days)
        statements.reset()
        booked = await gql(client, BOOK, booking(studio, at(next_weekday(2), 11)), token=token)
        assert booked["bookSession"]["session"] is not None
        counts.append(statements.count)
    # token with user; service with provider (and their account), rates, package, the
    # client's offer and the provider's opening hours; then under the lock: the lock, busy
    # time, the insert; then the funnel in one statement: the SESSION_BOOKED row and the
    # purchase of each upsell shown to this client that the booking buys; then telling the
    # provider, in one statement: the notification, the mail, the webhook deliveries of the
    # endpoints subscribed and the notification's announcement
    assert counts == [7, 7], statements.queries


async def test_a_held_offer_costs_one_statement_more(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio, booker = await open_studio(), await make_user()
    day = next_weekday(2)
    await WaitlistEntry.create(
        service=studio.service, client=booker, day=day, status=WaitlistStatus.OFFERED,
        offer_start=at(day, 11), offer_end=at(day, 12),
        offer_expires_at=datetime.now(UTC) + timedelta(hours=1),
    )  # fmt: skip
    token = await token_for(booker)
    statements.reset()
    await gql(client, BOOK, booking(studio, at(day, 11)), token=token)
    # the 7 of any booking, then marking the offer BOOKED
    assert statements.count == 8, statements.queries
    assert statements.queries[-1].startswith('UPDATE "waitlist_entries"')
    assert await WaitlistEntry.filter(status=WaitlistStatus.BOOKED).count() == 1


async def test_booking_reads_agree_on_sqlite_and_postgresql(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    on_postgres = await bookings(client)
    told, funnel = on_postgres.pop("told"), on_postgres.pop("funnel")
    day, tomorrow = next_weekday(2), next_weekday(2) + timedelta(days=1)

    def booked(start: datetime, minutes: int, amount: int) -> list[object]:
        end = start + timedelta(minutes=minutes)
        return [start.isoformat(), end.isoformat(), {"amount": amount, "currency": "EUR"}]

    assert on_postgres == {
        "10:00": booked(at(day, 10), 60, 10000),
        "overlapping 10:30": ["SLOT_UNAVAILABLE"],
        "45 minutes": ["INVALID_DURATION"],
        "package at 13:00": booked(at(day, 13), 90, 25000),
        "no such package": ["NOT_FOUND"],
        "offered 15:00": booked(at(day, 15), 60, 10000),
        "tomorrow 12:00": booked(at(tomorrow, 12), 60, 20000),
        "tomorrow 10:00": ["SLOT_UNAVAILABLE"],
        "unknown token": [401, "UNAUTHENTICATED"],
        "expired token": [401, "UNAUTHENTICATED"],
        "offer": "BOOKED",
    }
    # Every booking told its provider, in the app and by mail, and queued the event for the
    # endpoints subscribed to it, in booking order, the paused one included.
    whens = [
        session_time(at(d, h), "Europe/Berlin")
        for d, h in ((day, 10), (day, 13), (day, 15), (tomorrow, 12))
    ]
    assert [row[:2] for row in told["notified"]] == [[True, "PROVIDER_ASSIGNED"]] * 4
    # Each mailed its client the receipt too, in the same statement.
    assert [to for to, _ in told["mailed"]] == [True, False] * 4
    requests, receipts = told["mailed"][::2], told["mailed"][1::2]
    assert all(when in subject for when, (_, subject) in zip(whens, requests, strict=True))
    assert receipts == [[False, "Your booking with <studio> is received"]] * 4
    queue = [[n, "PROVIDER_ASSIGNED", "PENDING", when] for n, when in enumerate(whens, 1)]
    assert told["queues"] == {
        "http://127.0.0.1:9/told": {"deliveries": queue, "last_sequence": 4},
        "http://127.0.0.1:9/paused": {"deliveries": queue, "last_sequence": 4},
        "all": 8,
    }
    # Each booking is in the funnel; booking the service again bought what was shown or
    # clicked with an earlier session within 30 days, once (maintenance visit after 10:00,
    # premium upgrade after 13:00).
    ten, one = at(day, 10).isoformat(), at(day, 13).isoformat()
    assert funnel == [
        ["SESSION_BOOKED", None, start.isoformat(), None, True, "SESSION"]
        for start in (at(day, 10), at(day, 13), at(day, 15), at(tomorrow, 12))
    ] + [
        ["UPSELL_PURCHASED", kind, at_, f"purchased:{at_}:{kind}", True, "SESSION"]
        for at_, kind in ((ten, "MAINTENANCE_PLAN"), (one, "PREMIUM_UPGRADE"))
    ]
    sqlite_url = f"sqlite://{tmp_path}/bookings.sqlite3"
    on_sqlite = await scenario_answers("booking_scenario", sqlite_url, str(tmp_path / "files"))
    assert on_sqlite == on_postgres | {"told": told, "funnel": funnel}
