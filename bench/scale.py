"""Benchmark: a dashboard's cost against the size of the sessions table.

Times a client's and a provider's dashboard (bench/dashboard.py) in-process, then adds
`--sessions` sessions of other clients (default 200,000, spread over every studio) and times
them again. Prints the p50 of each before and after, and the ratio: a dashboard reads its
own rows through indexes, so the ratio should stay near 1 however large the table grows.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from datetime import UTC, datetime

import httpx
from tortoise import connections

from app.main import create_app
from bench.common import bench_database, client_for
from bench.dashboard import QUERY
from bench.load_seed import seed
from tests.factories import make_user

REQUESTS = 100
# Other clients' sessions two hours apart at every studio in turn, a year ahead: no overlap
# (the exclusion constraint holds), and the timed users' own rows stay as they were.
MORE_SESSIONS = """
INSERT INTO sessions (id, created_at, updated_at, start_at, end_at, blocked_start, blocked_end,
                      slot_key, status, seats, price_amount, currency, notes,
                      client_id, provider_id, service_id)
SELECT gen_random_uuid(), now(), now(), t, t + interval '1 hour', t, t + interval '1 hour',
       gen_random_uuid()::text, 'CONFIRMED', 1, 10000, 'EUR', '', c.id, s.provider_id, s.id
FROM generate_series(1, $1) AS g
CROSS JOIN LATERAL (SELECT now() + interval '400 days' + g * interval '2 hours' AS t) AS at
CROSS JOIN LATERAL (SELECT id, provider_id FROM services ORDER BY id OFFSET g % $2 LIMIT 1) AS s
CROSS JOIN LATERAL (SELECT ($3::uuid[])[1 + g % cardinality($3::uuid[])] AS id) AS c
"""
OTHER_CLIENTS = 50


async def p50(http: httpx.AsyncClient, token: str, since: datetime) -> float:
    payload = {"query": QUERY, "variables": {"from": since.isoformat()}}
    headers = {"Authorization": f"Bearer {token}"}
    timings = []
    for n in range(REQUESTS + 5):
        started = time.perf_counter()
        response = await http.post("/graphql", json=payload, headers=headers)
        if n >= 5:  # the first ones warm the caches
            timings.append((time.perf_counter() - started) * 1000)
    if "errors" in response.json():
        raise RuntimeError(response.text[:2000])
    return statistics.median(timings)


async def main(args: argparse.Namespace) -> None:
    async with bench_database() as (settings, _):
        world = await seed(clients=20, providers=5)
        since = datetime.now(UTC)
        db = connections.get("default")
        tokens = {"client": world.clients[0].token, "provider": world.studios[0].provider_token}
        async with client_for(create_app(settings)) as http:
            await db.execute_script("ANALYZE")
            before = {who: await p50(http, token, since) for who, token in tokens.items()}
            others = [str((await make_user()).id) for _ in range(OTHER_CLIENTS)]
            await db.execute_query(MORE_SESSIONS, [args.sessions, len(world.studios), others])
            await db.execute_script("ANALYZE")
            after = {who: await p50(http, token, since) for who, token in tokens.items()}
            _, [total] = await db.execute_query("SELECT count(*) FROM sessions")

    print(f"dashboard p50, in-process, {REQUESTS} requests each; sessions {total['count']:,}")
    for who in tokens:
        ratio = after[who] / before[who]
        print(f"{who:<9} {before[who]:7.2f} ms -> {after[who]:7.2f} ms ({ratio:.2f}x)")


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=200_000)
    return parser.parse_args()


if __name__ == "__main__":
    asyncio.run(main(arguments()))
