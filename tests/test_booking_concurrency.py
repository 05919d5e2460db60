"""Many clients race for one slot at a real uvicorn on PostgreSQL: exactly one wins."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime

import httpx
import pytest

from models.booking import Session
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking

RACERS = 100


async def race(server: str, attempts: list[tuple[str, dict]]) -> Counter[str]:
    """Fires every (token, variables) booking at once; counts outcomes by status/code."""
    limits = httpx.Limits(max_connections=RACERS)
    async with httpx.AsyncClient(base_url=server, limits=limits, timeout=60) as http:

        async def attempt(token: str, variables: dict) -> str:
            response = await http.post(
                "/graphql",
                json={"query": BOOK, "variables": variables},
                headers={"Authorization": f"Bearer {token}"},
            )
            if response.status_code != 200 or "errors" in response.json():
                return f"HTTP {response.status_code}: {response.text[:200]}"
            payload = response.json()["data"]["bookSession"]
            return payload["userErrors"][0]["code"] if payload["userErrors"] else "BOOKED"

        outcomes = await asyncio.gather(*(attempt(t, v) for t, v in attempts))
    return Counter(outcomes)


async def tokens(n: int) -> list[str]:
    return [await client_token() for _ in range(n)]


def starts(studio: Studio, *times: tuple[int, int]) -> list[datetime]:
    day = next_weekday(2)
    return [at(day, *t) for t in times]


@pytest.mark.parametrize(
    ("times", "rules"),
    [
        ([(10, 0)], {}),  # everyone wants 10:00
        ([(10, 0), (10, 30)], {}),  # half want 10:00, half 10:30: they overlap
        ([(10, 0), (11, 0)], {"buffer_after_minutes": 30}),  # 11:00 hits 10:00's buffer
    ],
)
async def test_exactly_one_booking_wins(
    server: str, times: list[tuple[int, int]], rules: dict
) -> None:
    studio = await open_studio(**rules)
    candidates = starts(studio, *times)
    racers = await tokens(RACERS)
    attempts = [
        (token, booking(studio, candidates[i % len(candidates)])) for i, token in enumerate(racers)
    ]
    outcomes = await race(server, attempts)
    assert outcomes == Counter({"BOOKED": 1, "SLOT_UNAVAILABLE": RACERS - 1})
    assert await Session.all().count() == 1


async def test_group_slot_fills_exactly_to_capacity(server: str) -> None:
    studio = await open_studio(seats=7)
    (ten,) = starts(studio, (10, 0))
    outcomes = await race(server, [(t, booking(studio, ten)) for t in await tokens(40)])
    assert outcomes == Counter({"BOOKED": 7, "SLOT_UNAVAILABLE": 33})
    assert await Session.all().count() == 7


async def test_a_double_submit_books_one_seat(server: str) -> None:
    studio = await open_studio(seats=7)
    (ten,) = starts(studio, (10, 0))
    (token,) = await tokens(1)
    outcomes = await race(server, [(token, booking(studio, ten))] * 10)
    assert outcomes == Counter({"BOOKED": 1, "ALREADY_BOOKED": 9})
    assert await Session.all().count() == 1
