"""Benchmark: a mixed workload from N clients against uvicorn with BENCH_WORKERS processes.

Each client holds one keep-alive connection and, after a random pause (uniform, mean
`--think` seconds), does one of: browse providers, look at a week of slots, book a free slot,
open their dashboard (bench/dashboard.py), write in one of their projects, or read the same
dashboard straight from PostgreSQL with one hand-written query (the floor, over asyncpg from
this process). M websockets of the providers listen to `myNotifications`: every message a
client writes is delivered to each socket of the project's provider, timed from the send.

Before the clock starts, every client's dashboard is compared with the floor's JSON, and both
are timed alone, one request at a time (with `{ __typename }`, the cost of any request, the
floor served over HTTP by a minimal Starlette app on uvicorn in this process, i.e. one web
round trip and one query, and the CPU time each took in this process, the server and
PostgreSQL). Prints per operation:
count, throughput, p50, p99 and errors (HTTP status, GraphQL errors, userErrors, lost
deliveries), the CPU per API request, then the dashboard's p50 against the floor's, alone
and under load (the floor skips the server's queue, so under load the ratio also measures
how busy the server is). Targets: 0 errors; dashboard p50 within 3x of the floor.

    .venv/bin/python -m bench.load --clients 50 --duration 30 --subscribers 100
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import time
from datetime import UTC, datetime, timedelta

import asyncpg
from websockets.asyncio.client import ClientConnection, connect

from app.main import create_app
from bench.booking import booking, free_starts, measuring_cpu
from bench.common import DATABASE_URL, bench_database, client_for
from bench.dashboard import QUERY as DASHBOARD
from bench.dashboard import floor, floor_app, same_data
from bench.keepalive import KeepAliveConnection, open_spread, post_json
from bench.load_report import Quiet, Results, report
from bench.load_seed import Client, World, seed
from tests.server import running_server, serving_in_process

WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
QUIET_ROUNDS = 1000
QUIET_BLOCK = 20
# Relative frequency of each operation; the floor as often as the dashboard it is set against.
MIX = {"browse": 2, "slots": 2, "book": 1, "dashboard": 3, "message": 1, "floor": 3}
BROWSE = """
query Browse { providers(first: 20) { edges { node {
  id displayName avgRating specialties
  services { edges { node { id name durations rates { price { amount currency } } } } }
} } } }"""
SLOTS = """
query Slots($provider: ID!, $service: ID!, $start: DateTime!, $end: DateTime!) {
  availableSlots(providerId: $provider, serviceId: $service, durationMinutes: 60,
                 start: $start, end: $end) { start end price { amount currency } }
}"""
MESSAGE = """
mutation Message($input: SendMessageInput!) { sendMessage(input: $input) { userErrors { code } } }
"""
LISTEN = "subscription { myNotifications { kind body } }"
TOKEN = re.compile(r"load-(\d+)")


def graphql_failure(body: bytes, field_name: str | None) -> str | None:
    """What went wrong in a 200 answer: GraphQL errors, or userErrors of a mutation."""
    answer = json.loads(body)
    if answer.get("errors"):
        return json.dumps(answer["errors"])
    if field_name and answer["data"][field_name]["userErrors"]:
        return json.dumps(answer["data"][field_name]["userErrors"])
    return None


class Workload:
    """The requests of every operation, encoded on demand from the seeded world."""

    def __init__(self, base_url: str, floor_url: str, world: World, since: datetime) -> None:
        self.base_url = base_url
        self.floor_url = floor_url
        self.world = world
        self.since = since
        first_day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        self.week = (first_day + timedelta(days=8), first_day + timedelta(days=15))
        per_studio = free_starts(world.free_slots // len(world.studios))
        pairs = [(s, start) for start in per_studio for s in range(len(world.studios))]
        self.free = iter(pairs)  # distinct (studio, start): no booking competes with another
        self.messages = 0

    def post(self, client: Client, query: str, variables: dict[str, object]) -> bytes:
        headers = {"Authorization": f"Bearer {client.token}"}
        return post_json(
            self.base_url, "/graphql", {"query": query, "variables": variables}, headers
        )

    def dashboard(self, client: Client) -> bytes:
        return self.post(client, DASHBOARD, {"from": self.since.isoformat()})

    def floor_over_http(self, client: Client) -> bytes:
        payload = {"user": str(client.user_id), "from": self.since.isoformat()}
        return post_json(self.floor_url, "/floor", payload, {})

    def request(self, operation: str, client: Client, results: Results) -> bytes | None:
        if operation == "browse":
            return self.post(client, BROWSE, {})
        if operation == "slots":
            studio = random.choice(self.world.studios)
            start, end = self.week
            variables = {"provider": studio.provider_id, "service": studio.service_id}
            variables |= {"start": start.isoformat(), "end": end.isoformat()}
            return self.post(client, SLOTS, variables)
        if operation == "book":
            pair = next(self.free, None)
            if pair is None:
                return None  # every free slot is booked: the run books no more
            return booking(self.base_url, client.token, self.world.studios[pair[0]], pair[1])
        if operation == "dashboard":
            return self.dashboard(client)
        number = self.messages = self.messages + 1
        project, studio = random.choice(client.projects)
        results.sent[number] = (time.perf_counter(), studio)
        variables = {"input": {"projectId": project, "body": f"Mix ready? load-{number}"}}
        return self.post(client, MESSAGE, variables)


MUTATION_FIELDS = {"book": "bookSession", "message": "sendMessage"}


async def run_client(
    connection: KeepAliveConnection,
    client: Client,
    work: Workload,
    pool: asyncpg.Pool,
    think: float,
    stop_at: float,
    results: Results,
) -> None:
    operations, weights = list(MIX), list(MIX.values())
    while True:
        await asyncio.sleep(random.uniform(0, 2 * think))
        if time.perf_counter() >= stop_at:
            return
        operation = random.choices(operations, weights)[0]
        if operation == "floor":
            async with pool.acquire() as db:
                started = time.perf_counter()
                await floor(db, client.user_id, work.since)
            results.latencies[operation].append((time.perf_counter() - started) * 1000)
            continue
        request = work.request(operation, client, results)
        if request is None:
            continue
        started = time.perf_counter()
        try:
            status, body = await connection.send(request)
        except (OSError, asyncio.IncompleteReadError) as exc:
            results.error(operation, repr(exc))
            return  # the connection is gone
        results.latencies[operation].append((time.perf_counter() - started) * 1000)
        failure = (
            graphql_failure(body, MUTATION_FIELDS.get(operation))
            if status == 200
            else f"HTTP {status}"
        )
        if failure:
            results.error(operation, failure)


async def listen(url: str, token: str) -> ClientConnection:
    ws = await connect(url, subprotocols=["graphql-transport-ws"], max_queue=None)
    await ws.send(
        json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
    )
    await ws.recv()
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": LISTEN}}))
    return ws


async def receive(ws: ClientConnection, studio: int, results: Results) -> None:
    """Times every delivery until the socket is closed by the benchmark."""
    async for raw in ws:
        message = json.loads(raw)
        told = (message.get("payload") or {}).get("data") or {}
        if (told.get("myNotifications") or {}).get("kind") not in (None, "NEW_MESSAGE"):
            continue  # the workload's bookings tell their provider too: not a timed message
        found = TOKEN.search(json.dumps(message.get("payload", {})))
        if message.get("type") != "next" or "errors" in message["payload"] or not found:
            results.error("delivery", str(raw))
            continue
        sent_at, sent_to = results.sent[int(found.group(1))]
        if sent_to != studio:
            results.error("delivery", f"for studio {sent_to} on a socket of {studio}")
        results.latencies["delivery"].append((time.perf_counter() - sent_at) * 1000)


async def compare(world: World, work: Workload, pool: asyncpg.Pool) -> None:
    """Every client's dashboard equals the floor's JSON (over HTTP too), and it shows
    something."""
    connection = await KeepAliveConnection.open(work.base_url)
    floor_connection = await KeepAliveConnection.open(work.floor_url)
    async with pool.acquire() as db:
        for client in world.clients:
            status, body = await connection.send(work.dashboard(client))
            direct = await floor(db, client.user_id, work.since)
            equal, data = same_data(body, direct)
            if status != 200 or not equal:
                msg = f"dashboard differs from the floor for {client.user_id}: {body[:2000]!r}"
                raise RuntimeError(msg)
            status, body = await floor_connection.send(work.floor_over_http(client))
            if status != 200 or not same_data(body, direct)[0]:
                msg = f"the floor over HTTP differs for {client.user_id}: {body[:2000]!r}"
                raise RuntimeError(msg)
            if not (data["me"]["projects"]["edges"] and data["mySessions"]["edges"]):
                msg = f"an empty dashboard proves nothing: {data}"
                raise RuntimeError(msg)
    await connection.close()
    await floor_connection.close()


async def quiet(world: World, work: Workload, pool: asyncpg.Pool) -> Quiet:
    """Dashboard and floor timed alone, one request at a time, in alternating blocks; with
    the CPU time each cost this process, the server and PostgreSQL (steadier than latency
    when other work shares the cores)."""
    connection = await KeepAliveConnection.open(work.base_url)
    floor_connection = await KeepAliveConnection.open(work.floor_url)
    alone = Quiet()
    async with pool.acquire() as db:
        for block in range(0, QUIET_ROUNDS, QUIET_BLOCK):
            clients = [
                world.clients[n % len(world.clients)] for n in range(block, block + QUIET_BLOCK)
            ]
            with measuring_cpu() as cpu:
                for client in clients:
                    request = work.dashboard(client)
                    started = time.perf_counter()
                    await connection.send(request)
                    alone.dashboard.append((time.perf_counter() - started) * 1000)
            alone.dashboard_cpu += cpu.client + cpu.server + cpu.database
            with measuring_cpu() as cpu:
                for client in clients:
                    started = time.perf_counter()
                    await floor(db, client.user_id, work.since)
                    alone.floor.append((time.perf_counter() - started) * 1000)
            alone.floor_cpu += cpu.client + cpu.server + cpu.database
            for client in clients:
                request = work.post(client, "{ __typename }", {})
                started = time.perf_counter()
                await connection.send(request)
                alone.trivial.append((time.perf_counter() - started) * 1000)
            for client in clients:
                request = work.floor_over_http(client)
                started = time.perf_counter()
                await floor_connection.send(request)
                alone.floor_http.append((time.perf_counter() - started) * 1000)
    await connection.close()
    await floor_connection.close()
    return alone


async def statements(world: World, work: Workload, settings: object, counter: object) -> int:
    """Statements one dashboard sends, counted in this process through the same app."""
    client = world.clients[0]
    async with client_for(create_app(settings)) as http:  # type: ignore[arg-type]
        payload = {"query": DASHBOARD, "variables": {"from": work.since.isoformat()}}
        headers = {"Authorization": f"Bearer {client.token}"}
        await http.post("/graphql", json=payload, headers=headers)
        counter.reset()  # type: ignore[attr-defined]
        await http.post("/graphql", json=payload, headers=headers)
        return counter.count  # type: ignore[attr-defined]


async def main(args: argparse.Namespace) -> None:
    async with bench_database() as (settings, counter):
        world = await seed(args.clients, args.providers)
        since = datetime.now(UTC)
        pool = await asyncpg.create_pool(
            DATABASE_URL, min_size=2, max_size=8, server_settings={"timezone": "UTC"}
        )
        # Statistics of the fresh rows now, not whenever autovacuum gets to them: plans that
        # change halfway through the timing made the quiet figures jump by a third.
        await pool.execute("ANALYZE")
        results = Results()
        with running_server(DATABASE_URL, workers=WORKERS) as base_url:
            async with serving_in_process(floor_app(pool)) as floor_url:
                work = Workload(base_url, floor_url, world, since)
                count = await statements(world, work, settings, counter)
                await compare(world, work, pool)
                alone = await quiet(world, work, pool)
                url = base_url.replace("http://", "ws://") + "/graphql"
                owners = [n % len(world.studios) for n in range(args.subscribers)]
                sockets = [await listen(url, world.studios[s].provider_token) for s in owners]
                readers = [
                    asyncio.ensure_future(receive(ws, s, results))
                    for ws, s in zip(sockets, owners, strict=True)
                ]
                connections = await open_spread(base_url, args.clients, WORKERS)
                started = time.perf_counter()
                stop_at = started + args.duration
                with measuring_cpu() as cpu:
                    await asyncio.gather(
                        *(
                            run_client(c, client, work, pool, args.think, stop_at, results)
                            for c, client in zip(connections, world.clients, strict=True)
                        )
                    )
                elapsed = time.perf_counter() - started
                await asyncio.sleep(2)  # deliveries of the last messages
                expected = sum(owners.count(studio) for _, studio in results.sent.values())
                lost = expected - len(results.latencies["delivery"])
                if lost:
                    results.error("delivery", f"{lost} of {expected} deliveries never arrived")
                for ws in sockets:
                    await ws.close()
                await asyncio.gather(*readers)
                for connection in connections:
                    await connection.close()
        await pool.close()

    print(
        f"mixed load: {args.clients} clients (think {args.think} s), {args.subscribers} "
        f"websockets, {args.duration:.0f} s, uvicorn with {WORKERS} worker(s), "
        f"{len(world.studios)} providers; dashboard {count} statements; all "
        f"{len(world.clients)} dashboards equal the floor's JSON"
    )
    report(results, elapsed, alone, cpu, [*MIX, "delivery"])


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--providers", type=int, default=20)
    parser.add_argument("--subscribers", type=int, default=100)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--think", type=float, default=0.5, help="mean pause, seconds")
    return parser.parse_args()


if __name__ == "__main__":
    asyncio.run(main(arguments()))
