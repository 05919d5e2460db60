"""Cancellations racing at a real uvicorn on PostgreSQL: each freed time is offered to its own
waiting client."""

from __future__ import annotations

import asyncio
import time

import httpx
from tortoise import connections
from tortoise.transactions import in_transaction

from models.waitlist import WaitlistEntry, WaitlistStatus
from tests.api import gql
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_waitlist import CANCEL, JOIN

# Backends of this database waiting for a lock another holds. The activity a transaction reads
# is a snapshot taken at its first look unless cleared.
_CLEAR = "SELECT pg_stat_clear_snapshot()"
_WAITING = (
    "SELECT count(*) FROM pg_stat_activity"
    " WHERE datname = current_database() AND cardinality(pg_blocking_pids(pid)) > 0"
)


async def until_waiting(count: int) -> None:
    """Returns once `count` transactions wait for a lock (30 s at most)."""
    connection = connections.get("default")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        await connection.execute_query(_CLEAR)
        _, rows = await connection.execute_query(_WAITING)
        if rows[0][0] >= count:
            return
        await asyncio.sleep(0.02)
    msg = f"{count} transactions never waited for a lock"
    raise AssertionError(msg)


async def test_two_cancellations_at_once_offer_both_waiting_clients(server: str) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    async with httpx.AsyncClient(base_url=server, timeout=60) as http:
        bookings = []
        for hour in (10, 13):
            token = await client_token()
            booked = await gql(http, BOOK, booking(studio, at(day, hour)), token=token)
            bookings.append((booked["bookSession"]["session"]["id"], token))
        join = {"input": {"serviceId": studio.service_id, "date": str(day)}}
        for _ in range(2):
            await gql(http, JOIN, join, token=await client_token())
        first = await WaitlistEntry.filter(day=day).order_by("created_at", "id").first()

        # Both cancellations reach the first in line while it is locked here, so they contend
        # for it once it is let go, as two at the same instant would.
        async with in_transaction():
            await WaitlistEntry.select_for_update().get(id=first.id)  # type: ignore[union-attr]
            racing = asyncio.gather(*(gql(http, CANCEL, {"id": s}, token=t) for s, t in bookings))
            try:
                await until_waiting(2)
            except AssertionError:
                racing.cancel()
                raise
        cancelled = await racing

    assert all(c["cancelSession"]["userErrors"] == [] for c in cancelled)
    offers = await WaitlistEntry.filter(status=WaitlistStatus.OFFERED)
    assert sorted(o.offer_start for o in offers) == [at(day, 10), at(day, 13)]
    assert len({o.client_id for o in offers}) == 2  # type: ignore[attr-defined]
