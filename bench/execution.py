"""Benchmark: schema/execution.py (plain fields completed directly, lean resolvers) against
Strawberry's own executor and resolvers.

Three reads through the whole app in-process, on the same data in the same run: 90 days of
`availableSlots` (bench/slots.py, ~2,000 slots of four plain leaves each), the providers
listing (bench/providers.py, 50 providers with services and rates) and a client's
dashboard (bench/dashboard.py). Each is timed in alternating blocks on two apps: the
project's, and one built with Strawberry's executor and without `use_lean_resolvers`.
Prints the p50 wall and CPU time of each, and the ratio. Both must give the same answer.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from starlette.types import ASGIApp
from strawberry.asgi import GraphQL
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

import schema
from app.main import create_app
from app.settings import Settings
from bench import dashboard, providers, slots
from bench.common import bench_database, client_for, percentile
from bench.load_seed import seed as seed_clients

BLOCKS = 10
BLOCK = {"slots 90 days": 5, "providers": 5, "dashboard": 50}


async def requests(since: datetime) -> dict[str, tuple[dict[str, Any], dict[str, str]]]:
    """Each read's body and headers."""
    first_day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    first_day += timedelta(days=2)
    ids = await slots.seed(first_day)
    await providers.seed()
    world = await seed_clients(clients=1, providers=3)
    window = {"start": first_day.isoformat(), "end": (first_day + timedelta(days=90)).isoformat()}
    return {
        "slots 90 days": ({"query": slots.QUERY, "variables": ids | window}, {}),
        "providers": ({"query": providers.QUERY}, {}),
        "dashboard": (
            {"query": dashboard.QUERY, "variables": {"from": since.isoformat()}},
            {"Authorization": f"Bearer {world.clients[0].token}"},
        ),
    }


async def timed(
    http: httpx.AsyncClient, body: dict[str, Any], headers: dict[str, str], count: int
) -> tuple[list[float], list[float], bytes]:
    walls, cpus = [], []
    for _ in range(count):
        started, cpu_started = time.perf_counter(), time.process_time()
        response = await http.post("/graphql", json=body, headers=headers)
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu_started) * 1000)
    if "errors" in response.json():
        raise RuntimeError(response.text[:2000])
    return walls, cpus, response.content


def strawberrys_app(settings: Settings) -> ASGIApp:
    """The app as it would be with Strawberry's executor and resolvers."""
    lean, schema.use_lean_resolvers = schema.use_lean_resolvers, lambda _: None
    try:
        app = create_app(settings)
    finally:
        schema.use_lean_resolvers = lean
    graphql = next(r.endpoint for r in app.routes if isinstance(r.endpoint, GraphQL))
    graphql.schema.execution_context_class = StrawberryGraphQLCoreExecutionContext
    return app


async def main() -> None:
    async with bench_database() as (settings, _):
        reads = await requests(datetime.now(UTC))
        apps = {"Strawberry's": strawberrys_app(settings), "ours": create_app(settings)}
        figures: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
        clients = {label: client_for(app) for label, app in apps.items()}
        for name, (body, headers) in reads.items():
            answers = set()
            for block in range(BLOCKS + 1):
                for label, http in clients.items():
                    walls, cpus, answer = await timed(http, body, headers, BLOCK[name])
                    answers.add(answer)
                    if block:  # the first block warms both up
                        wall, cpu = figures.setdefault((name, label), ([], []))
                        wall += walls
                        cpu += cpus
            if len(answers) != 1:
                raise RuntimeError(f"{name}: the two apps answered differently")
        for http in clients.values():
            await http.aclose()

    print(f"in-process, {BLOCKS} alternating blocks per app")
    print(f"{'read':<15}{'execution':<14}{'p50 ms':>9}{'cpu p50 ms':>12}{'ratio':>8}")
    for name in reads:
        base = percentile(figures[name, "Strawberry's"][1], 50)
        for label in apps:
            wall, cpu = figures[name, label]
            p50, cpu50 = percentile(wall, 50), percentile(cpu, 50)
            print(f"{name:<15}{label:<14}{p50:>9.2f}{cpu50:>12.2f}{cpu50 / base:>7.2f}x")


if __name__ == "__main__":
    asyncio.run(main())
