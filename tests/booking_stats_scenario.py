"""Sessions of several lengths, statuses and currencies, and the admins' booking figures over
them (resolvers/booking_stats.py), as plain JSON values.

Tests run this in-process on PostgreSQL and, as `python -m tests.booking_stats_scenario URL
DIR`, on a fresh SQLite database, then compare the answers: each dialect measures a session's
length in its own date arithmetic.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import httpx

from domain.session import SessionStatus
from models.booking import Session
from models.provider import ProviderProfile
from tests.api import gql
from tests.factories import make_user
from tests.fresh_database import print_answers
from tests.scheduling import open_studio
from tests.shop import admin_token

STATS = """
query ($from: DateTime!, $to: DateTime!, $provider: ID) {
  bookingStats(from: $from, to: $to, providerId: $provider) {
    total { ...counts }
    byDuration { ...counts }
  }
}
fragment counts on BookingStatGroup {
  durationMinutes booked completed cancelled noShow completionBp
  averageValue { amount currency }
}"""
START = datetime(2026, 3, 2, 9, tzinfo=UTC)
MONTH = {"from": START.isoformat(), "to": (START + timedelta(days=30)).isoformat()}


async def held(
    provider: ProviderProfile,
    minutes: int,
    status: SessionStatus,
    price: int,
    *,
    days: int = 1,
    currency: str = "EUR",
) -> None:
    """A session of `provider` starting `days` after START, for a client of its own."""
    start = START + timedelta(days=days, hours=await Session.all().count())
    end = start + timedelta(minutes=minutes)
    await Session.create(
        provider=provider,
        service_id=(await provider.services.all().first()).id,  # type: ignore[attr-defined, union-attr]
        client=await make_user(),
        start_at=start,
        end_at=end,
        blocked_start=start,
        blocked_end=end,
        slot_key=str(uuid4()),
        status=status,
        price_amount=price,
        currency=currency,
    )


async def booking_figures(client: httpx.AsyncClient) -> dict[str, Any]:
    """Four hour-long sessions (completed twice, cancelled, missed), a completed 90-minute one
    in EUR and a confirmed one in USD, one after the period, and another provider's."""
    studio, other = await open_studio(), await open_studio()
    done, gone, missed = SessionStatus.COMPLETED, SessionStatus.CANCELLED, SessionStatus.NO_SHOW
    for status, price in ((done, 10000), (done, 10001), (gone, 10000), (missed, 9000)):
        await held(studio.profile, 60, status, price)
    await held(studio.profile, 90, done, 15000)
    await held(studio.profile, 90, SessionStatus.CONFIRMED, 30000, currency="USD")
    await held(studio.profile, 60, done, 99999, days=40)  # starts after the period
    await held(other.profile, 45, done, 5000)
    admin = await admin_token()
    mine = MONTH | {"provider": studio.provider_id}
    return {
        "one": (await gql(client, STATS, mine, token=admin))["bookingStats"],
        "all": (await gql(client, STATS, MONTH, token=admin))["bookingStats"],
    }


if __name__ == "__main__":
    print_answers(booking_figures)
