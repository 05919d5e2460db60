"""Benchmark: bookSession throughput, without conflicts and when everyone wants one slot.

Requests go over HTTP to a real uvicorn (BENCH_WORKERS processes, default 2).
Non-conflicting: clients book distinct slots across several providers, CONCURRENCY requests in
flight. Contention: RACERS clients book the same slot at once (one wins, the rest get
SLOT_UNAVAILABLE). Prints bookings (or answers) per second and the ratio between the two.
Target: at least 300 non-conflicting bookings per second.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import httpx

from bench.common import DATABASE_URL, bench_database
from tests.factories import make_user, token_for
from tests.scheduling import Studio, open_studio
from tests.server import running_server

# As deployed: one process per core (the machine has two, shared with PostgreSQL and us).
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
PROVIDERS = 20
BOOKINGS = 600
CONCURRENCY = 20
RACERS = 100
BOOK = """
mutation ($input: BookSessionInput!) {
  bookSession(input: $input) { session { id } userErrors { code } }
}"""


def variables(studio: Studio, start: datetime) -> dict:
    return {
        "input": {"serviceId": studio.service_id, "start": start.isoformat(), "durationMinutes": 60}
    }


async def fire(
    client: httpx.AsyncClient, jobs: list[tuple[str, dict]], concurrency: int
) -> tuple[Counter[str], float]:
    """Runs the jobs with `concurrency` in flight; returns outcome counts and seconds taken."""
    queue: asyncio.Queue[tuple[str, dict]] = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    outcomes: Counter[str] = Counter()

    async def worker() -> None:
        while not queue.empty():
            token, variables_ = queue.get_nowait()
            response = await client.post(
                "/graphql",
                json={"query": BOOK, "variables": variables_},
                headers={"Authorization": f"Bearer {token}"},
            )
            payload = response.json()["data"]["bookSession"]
            outcomes[payload["userErrors"][0]["code"] if payload["userErrors"] else "BOOKED"] += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return outcomes, time.perf_counter() - started


def free_starts(count: int) -> list[datetime]:
    """Hourly starts, 09:00-16:00 UTC-ish Berlin days from next week on."""
    first = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0) + timedelta(days=8)
    return [first + timedelta(days=n // 7, hours=n % 7) for n in range(count)]


async def main() -> None:
    async with bench_database():
        studios = [await open_studio() for _ in range(PROVIDERS)]
        tokens = [await token_for(await make_user()) for _ in range(CONCURRENCY)]
        starts = free_starts(BOOKINGS // PROVIDERS)
        jobs = [
            (tokens[n % CONCURRENCY], variables(studios[n % PROVIDERS], starts[n // PROVIDERS]))
            for n in range(BOOKINGS)
        ]
        racers = [await token_for(await make_user()) for _ in range(RACERS)]
        contested = await open_studio()
        race = [(token, variables(contested, starts[0])) for token in racers]
        limits = httpx.Limits(max_connections=RACERS)
        with running_server(DATABASE_URL, workers=WORKERS) as base_url:
            async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as client:
                await fire(client, jobs[:20], CONCURRENCY)  # warm-up, also real bookings
                spread, spread_s = await fire(client, jobs[20:], CONCURRENCY)
                contention, race_s = await fire(client, race, RACERS)

    booked = spread["BOOKED"]
    print(
        f"bookSession over HTTP to uvicorn with {WORKERS} worker(s), {PROVIDERS} providers, "
        f"{CONCURRENCY} requests in flight"
    )
    print(
        f"non-conflicting: {booked} booked in {spread_s:.2f} s = "
        f"{booked / spread_s:.0f} bookings/s {dict(spread)}"
    )
    print(
        f"contention: {RACERS} racers for one slot in {race_s:.2f} s = "
        f"{RACERS / race_s:.0f} answers/s {dict(contention)}"
    )
    ratio = (booked / spread_s) / (RACERS / race_s)
    print(f"ratio non-conflicting/contended throughput: {ratio:.2f}x")


if __name__ == "__main__":
    asyncio.run(main())
