"""Benchmark: bookSession throughput, without conflicts and when everyone wants one slot.

Requests go over HTTP to a real uvicorn (BENCH_WORKERS processes, default 2).
Non-conflicting: clients book distinct slots across several providers, CONCURRENCY requests in
flight. Contention: RACERS clients book the same slot at once (one wins, the rest get
SLOT_UNAVAILABLE). Prints bookings (or answers) per second and the ratio between the two, and
how the CPU time of each phase divides between this client, the server and PostgreSQL (they
share the machine's cores).
Target: at least 300 non-conflicting bookings per second.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import psutil

from bench.common import DATABASE_URL, bench_database
from bench.keepalive import fire, open_spread, post_json
from tests.factories import make_user, token_for
from tests.scheduling import Studio, open_studio
from tests.server import running_server

# As deployed: one process per core (the machine has two, shared with PostgreSQL and us).
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
PROVIDERS = 20
BOOKINGS = 600
CONCURRENCY = 20
RACERS = 100
WARM_UP = 20
BOOK = """
mutation ($input: BookSessionInput!) {
  bookSession(input: $input) { session { id } userErrors { code } }
}"""


def booking(base_url: str, token: str, studio: Studio, start: datetime) -> bytes:
    variables = {
        "input": {"serviceId": studio.service_id, "start": start.isoformat(), "durationMinutes": 60}
    }
    return post_json(
        base_url,
        "/graphql",
        {"query": BOOK, "variables": variables},
        {"Authorization": f"Bearer {token}"},
    )


@dataclass
class CpuSplit:
    """CPU seconds one phase cost this client, the server's processes and PostgreSQL."""

    client: float = 0.0
    server: float = 0.0
    database: float = 0.0
    machine: float = 0.0  # every process on the machine, these three and all others

    def shares(self, requests: int) -> str:
        total = self.client + self.server + self.database
        split = ", ".join(
            f"{name} {seconds * 1000 / requests:.2f} ms ({seconds / total:.0%})"
            for name, seconds in (
                ("server", self.server),
                ("client", self.client),
                ("PostgreSQL", self.database),
            )
        )
        others = max(self.machine - total, 0.0)
        return f"{split}; other processes {others * 1000 / requests:.2f} ms"


def _cpu_seconds(processes: list[psutil.Process]) -> dict[int, float]:
    seconds = {}
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        seconds[process.pid] = times.user + times.system
    return seconds


def _postgres() -> list[psutil.Process]:
    """The backends serving the benchmark's database, and the shared ones (WAL writer,
    checkpointer…); backends of other databases on the machine are left out."""
    ours = f" {urlsplit(DATABASE_URL).path.lstrip('/')} "
    processes = []
    for process in psutil.process_iter(["name", "cmdline"]):
        title = " ".join(process.info["cmdline"] or ())
        backend = "(" in title  # "postgres: 15/main: user database host(port) state"
        if process.info["name"] == "postgres" and (not backend or ours in title):
            processes.append(process)
    return processes


def _busy_seconds() -> float:
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def _spent(before: dict[int, float], after: dict[int, float]) -> float:
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())


@contextmanager
def measuring_cpu() -> Iterator[CpuSplit]:
    """Fills the yielded split with the CPU time spent inside the block."""
    this = psutil.Process()
    server = this.children(recursive=True)  # the uvicorn supervisor and its workers
    before = _cpu_seconds([this]), _cpu_seconds(server), _cpu_seconds(_postgres())
    machine = _busy_seconds()
    split = CpuSplit()
    yield split
    split.machine = _busy_seconds() - machine
    split.client = _spent(before[0], _cpu_seconds([this]))
    split.server = _spent(before[1], _cpu_seconds(server))
    split.database = _spent(before[2], _cpu_seconds(_postgres()))


def booking_outcome(data: dict[str, Any]) -> str:
    errors = data["bookSession"]["userErrors"]
    return errors[0]["code"] if errors else "BOOKED"


def free_starts(count: int) -> list[datetime]:
    """Hourly starts, 09:00-16:00 UTC-ish Berlin days from next week on."""
    first = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0) + timedelta(days=8)
    return [first + timedelta(days=n // 7, hours=n % 7) for n in range(count)]


async def main() -> None:
    async with bench_database():
        studios = [await open_studio() for _ in range(PROVIDERS)]
        tokens = [await token_for(await make_user()) for _ in range(CONCURRENCY)]
        starts = free_starts(BOOKINGS // PROVIDERS)
        racers = [await token_for(await make_user()) for _ in range(RACERS)]
        contested = await open_studio()
        with running_server(DATABASE_URL, workers=WORKERS) as base_url:
            jobs = [
                booking(
                    base_url,
                    tokens[n % CONCURRENCY],
                    studios[n % PROVIDERS],
                    starts[n // PROVIDERS],
                )
                for n in range(BOOKINGS)
            ]
            race = [booking(base_url, token, contested, starts[0]) for token in racers]
            # Connections are opened (and spread over the workers) before the clock starts.
            connections = await open_spread(base_url, CONCURRENCY, WORKERS)
            await fire(connections, jobs[:WARM_UP], booking_outcome)  # also real bookings
            with measuring_cpu() as spread_cpu:
                spread, spread_s = await fire(connections, jobs[WARM_UP:], booking_outcome)
            racing = await open_spread(base_url, RACERS, WORKERS)
            with measuring_cpu() as race_cpu:
                contention, race_s = await fire(racing, race, booking_outcome)
            for connection in connections + racing:
                await connection.close()

    booked = spread["BOOKED"]
    print(
        f"bookSession over HTTP to uvicorn with {WORKERS} worker(s), {PROVIDERS} providers, "
        f"{CONCURRENCY} requests in flight"
    )
    print(
        f"non-conflicting: {booked} booked in {spread_s:.2f} s = "
        f"{booked / spread_s:.0f} bookings/s {dict(spread)}"
    )
    print(f"  CPU per booking: {spread_cpu.shares(BOOKINGS - WARM_UP)}")
    print(
        f"contention: {RACERS} racers for one slot in {race_s:.2f} s = "
        f"{RACERS / race_s:.0f} answers/s {dict(contention)}"
    )
    print(f"  CPU per answer: {race_cpu.shares(RACERS)}")
    ratio = (booked / spread_s) / (RACERS / race_s)
    print(f"ratio non-conflicting/contended throughput: {ratio:.2f}x")


if __name__ == "__main__":
    asyncio.run(main())
