"""Benchmark: the providers listing with users, specialties, services and rates.

Compares the real loaders (batched) with a naive set that loads each relation one row at a
time, in the same run on the same data, and prints p50/p99 latency, statements per request
and the ratios. Needs PostgreSQL (BENCH_DATABASE_URL, default a `studiograph_bench` database
on the local server; it is dropped and re-created).
"""

from __future__ import annotations

import asyncio
import time

from starlette.types import ASGIApp

from app.main import create_app
from bench.common import bench_database, client_for, percentile
from loaders import Loaders
from models.provider import ProviderSpecialty
from tests.api import StatementCounter
from tests.factories import make_provider, make_service

PROVIDERS = 50
REQUESTS = 200
QUERY = """
{ providers(first: 50) { edges { node {
    displayName specialties
    user { firstName lastName }
    services { edges { node { name durations rates { price { amount currency } } } } }
} } } }"""


def naive_loaders() -> Loaders:
    """Same loaders with batching off: every relation costs one statement per row."""
    return Loaders(batch=False)


async def seed() -> None:
    for index in range(PROVIDERS):
        profile = await make_provider(display_name=f"Provider {index:02}")
        await ProviderSpecialty.create(provider=profile, name="mixing")
        await make_service(profile, rates=((30, 4000), (60, 7000)))
        await make_service(profile, rates=((90, 12000),))
        await make_service(profile)


async def measure(app: ASGIApp, counter: StatementCounter) -> tuple[list[float], float]:
    timings = []
    async with client_for(app) as client:
        for _ in range(10):  # warm-up: parser/validation caches, connection pool
            await client.post("/graphql", json={"query": QUERY})
        counter.reset()
        for _ in range(REQUESTS):
            started = time.perf_counter()
            response = await client.post("/graphql", json={"query": QUERY})
            timings.append((time.perf_counter() - started) * 1000)
            assert len(response.json()["data"]["providers"]["edges"]) == PROVIDERS
    return timings, counter.count / REQUESTS


async def main() -> None:
    async with bench_database() as (settings, counter):
        await seed()
        results = {
            "naive (row at a time)": await measure(
                create_app(settings, loaders_factory=naive_loaders), counter
            ),
            "batched (dataloaders)": await measure(create_app(settings), counter),
        }

    print(f"providers query, {PROVIDERS} providers x 3 services, {REQUESTS} requests each")
    print(f"{'variant':<24}{'p50 ms':>10}{'p99 ms':>10}{'statements':>12}")
    for name, (timings, statements) in results.items():
        p50, p99 = percentile(timings, 50), percentile(timings, 99)
        print(f"{name:<24}{p50:>10.2f}{p99:>10.2f}{statements:>12.1f}")
    (naive, naive_statements), (batched, batched_statements) = results.values()
    print(
        f"ratio naive/batched: p50 {percentile(naive, 50) / percentile(batched, 50):.1f}x, "
        f"statements {naive_statements / batched_statements:.1f}x"
    )


if __name__ == "__main__":
    asyncio.run(main())
