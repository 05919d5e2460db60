"""Benchmark: `availableSlots` over 7, 31 and 90 days with 300 booked sessions in range.

Prints p50/p99 latency, the p50 of this process's CPU time (steadier than wall time when other
processes share the cores) and statements per request for each range, and each range's cost
relative to the 7-day one next to the ratio of days and of slots: the cost follows the slots
(and sessions) returned, and the first 30 days are booked full while later days are free.
Target: under 20 ms p50 for 31 days on this machine.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from strawberry.relay import to_base64

from app.main import create_app
from bench.common import bench_database, client_for, percentile
from domain.session import SessionStatus
from models.availability import AvailabilityWindow
from models.booking import Session
from tests.factories import make_provider, make_service, make_user

REQUESTS = 100
SESSIONS = 300
QUERY = """
query ($provider: ID!, $service: ID!, $start: DateTime!, $end: DateTime!) {
  availableSlots(providerId: $provider, serviceId: $service, durationMinutes: 60,
                 start: $start, end: $end) { start end seatsLeft price { amount currency } }
}"""


async def seed(first_day: datetime) -> dict[str, str]:
    profile = await make_provider(timezone="UTC")
    await AvailabilityWindow.bulk_create(
        [
            AvailabilityWindow(provider=profile, weekday=d, start_minute=6 * 60, end_minute=23 * 60)
            for d in range(7)
        ]
    )
    service = await make_service(profile, rates=((60, 9000),))
    service.update_from_dict(
        {"buffer_before_minutes": 15, "buffer_after_minutes": 15, "min_notice_minutes": 0}
    )
    await service.save()
    client = await make_user()
    # Ten sessions a day, 90 minutes apart: 60 minutes plus two 15-minute buffers.
    starts = [
        first_day + timedelta(days=n // 10, hours=6, minutes=15 + 90 * (n % 10))
        for n in range(SESSIONS)
    ]
    await Session.bulk_create(
        [
            Session(
                id=(session_id := uuid4()),
                provider=profile,
                service=service,
                client=client,
                start_at=start,
                end_at=start + timedelta(minutes=60),
                blocked_start=start - timedelta(minutes=15),
                blocked_end=start + timedelta(minutes=75),
                slot_key=str(session_id),
                status=SessionStatus.CONFIRMED,
                price_amount=9000,
                currency="EUR",
            )
            for start in starts
        ]
    )
    return {
        "provider": to_base64("Provider", str(profile.id)),
        "service": to_base64("Service", str(service.id)),
    }


async def main() -> None:
    first_day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    first_day += timedelta(days=2)
    async with bench_database() as (settings, counter):
        ids = await seed(first_day)
        results = {}
        async with client_for(create_app(settings)) as client:
            for days in (7, 31, 90):
                variables = ids | {
                    "start": first_day.isoformat(),
                    "end": (first_day + timedelta(days=days)).isoformat(),
                }
                for _ in range(5):
                    await client.post("/graphql", json={"query": QUERY, "variables": variables})
                counter.reset()
                timings, cpu = [], []
                for _ in range(REQUESTS):
                    started, cpu_started = time.perf_counter(), time.process_time()
                    response = await client.post(
                        "/graphql", json={"query": QUERY, "variables": variables}
                    )
                    timings.append((time.perf_counter() - started) * 1000)
                    cpu.append((time.process_time() - cpu_started) * 1000)
                slots = len(response.json()["data"]["availableSlots"])
                results[days] = (timings, cpu, counter.count / REQUESTS, slots)

    print(f"availableSlots, {SESSIONS} sessions booked in the first 30 days, {REQUESTS} requests")
    print(
        f"{'days':>5}{'slots':>8}{'p50 ms':>10}{'p99 ms':>10}{'cpu ms':>10}{'statements':>12}"
        f"{'p50 vs 7d':>11}"
    )
    base, base_slots = percentile(results[7][0], 50), results[7][3]
    for days, (timings, cpu, statements, slots) in results.items():
        p50 = percentile(timings, 50)
        print(
            f"{days:>5}{slots:>8}{p50:>10.2f}{percentile(timings, 99):>10.2f}"
            f"{percentile(cpu, 50):>10.2f}{statements:>12.1f}{p50 / base:>10.1f}x"
            f"  (days {days / 7:.1f}x, slots {slots / base_slots:.1f}x)"
        )


if __name__ == "__main__":
    asyncio.run(main())
