"""Cancellations racing at a real uvicorn on PostgreSQL: each freed time is offered to its own
waiting client."""

from __future__ import annotations

import asyncio

import httpx
from tortoise.transactions import in_transaction

from models.waitlist import WaitlistEntry, WaitlistStatus
from tests.api import gql
from tests.locks import until_waiting
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_waitlist import CANCEL, JOIN


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
