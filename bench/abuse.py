"""How fast abusive requests are refused, and whether normal requests notice them.

A real uvicorn (one worker) on the benchmark database. Each kind of abuse from the issue is
sent N times; the server's own time (its Server-Timing header) and the client's round trip
are printed per kind beside a normal small query's, all measured in this run. Then normal
queries run alone and again while a second client sends the abuse non-stop and 50 websockets
sit open without `connection_init`: their latency is printed for both phases with the ratio.
Target: each refusal under 50 ms of server time.

    .venv/bin/python -m bench.abuse
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from dataclasses import dataclass, field

import httpx
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from bench.common import DATABASE_URL, bench_database, percentile
from tests.abuse import (
    CYCLIC_FRAGMENTS,
    HUGE_PAGE,
    aliased_query,
    batch,
    deep_query,
    huge_body,
    nested_fragments,
)
from tests.factories import make_provider
from tests.server import running_server

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))
NORMAL = "query Providers { providers(first: 5) { edges { node { displayName } } } }"
WS_INIT_TIMEOUT_SECONDS = 1.0
IDLE_SOCKETS = 50


def graphql(query: str) -> bytes:
    return json.dumps({"query": query}).encode()


# name -> (request body, the status a refusal answers with)
ABUSE: dict[str, tuple[bytes, int]] = {
    "depth 50": (graphql(deep_query(50)), 200),
    "1,000 aliases": (graphql(aliased_query(1_000)), 200),
    "nested fragments": (graphql(nested_fragments(15)), 200),
    "cyclic fragments": (graphql(CYCLIC_FRAGMENTS), 200),
    "first: 10000": (graphql(HUGE_PAGE), 200),
    "batch of 100": (batch(100), 400),
    "10 MB body": (huge_body(10), 413),
}


@dataclass
class Timings:
    server_ms: list[float] = field(default_factory=list)
    client_ms: list[float] = field(default_factory=list)

    def line(self, name: str) -> str:
        return (
            f"{name:18} server p50 {percentile(self.server_ms, 50):7.2f} ms"
            f"  p99 {percentile(self.server_ms, 99):7.2f} ms"
            f"   round trip p50 {percentile(self.client_ms, 50):7.2f} ms"
            f"  p99 {percentile(self.client_ms, 99):7.2f} ms"
        )


async def timed_post(http: httpx.AsyncClient, body: bytes, status: int, into: Timings) -> None:
    started = time.perf_counter()
    response = await http.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )
    into.client_ms.append((time.perf_counter() - started) * 1000)
    if response.status_code != status:
        msg = f"expected {status}, got {response.status_code}: {response.text[:200]}"
        raise RuntimeError(msg)
    if status == 200 and not response.json().get("errors") and body != NORMAL_BODY:
        msg = f"an abusive request was answered: {response.text[:200]}"
        raise RuntimeError(msg)
    into.server_ms.append(float(response.headers["server-timing"].removeprefix("app;dur=")))


NORMAL_BODY = graphql(NORMAL)


async def run_normal(http: httpx.AsyncClient, rounds: int) -> Timings:
    timings = Timings()
    for _ in range(rounds):
        await timed_post(http, NORMAL_BODY, 200, timings)
    return timings


async def send_forever(
    http: httpx.AsyncClient, requests: list[tuple[bytes, int]], stop: asyncio.Event
) -> int:
    sent = 0
    while not stop.is_set():
        for body, status in requests:
            await timed_post(http, body, status, Timings())
            sent += 1
    return sent


async def beside(
    base_url: str, http: httpx.AsyncClient, requests: list[tuple[bytes, int]]
) -> tuple[Timings, int]:
    """Normal queries while a second client sends `requests` one after the other, non-stop."""
    stop = asyncio.Event()
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as other:
        sending = asyncio.create_task(send_forever(other, requests, stop))
        timings = await run_normal(http, ROUNDS)
        stop.set()
        return timings, await sending


async def idle_socket(url: str, closed_after: list[float]) -> None:
    """Opens a websocket and never says `connection_init`; records when the server hangs up."""
    opened = time.perf_counter()
    ws: ClientConnection
    async with connect(url, subprotocols=["graphql-transport-ws"]) as ws:
        try:
            await ws.recv()
        except ConnectionClosed:
            closed_after.append(time.perf_counter() - opened)


async def measure(base_url: str) -> None:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as http:
        await run_normal(http, 20)  # warm the caches and the connection
        print(f"{ROUNDS} requests of each kind, one at a time:")
        print(f"{'normal query':18}", (await run_normal(http, ROUNDS)).line("")[18:])
        for name, (body, status) in ABUSE.items():
            timings = Timings()
            for _ in range(ROUNDS):
                # The 10 MB body makes the server close the connection (the rest of the body
                # is never read), so each kind gets a fresh client.
                async with httpx.AsyncClient(base_url=base_url, timeout=30) as fresh:
                    await timed_post(fresh, body, status, timings)
            print(timings.line(name))

        alone = await run_normal(http, ROUNDS)
        busy, busy_sent = await beside(base_url, http, [(NORMAL_BODY, 200)])
        url = base_url.replace("http://", "ws://") + "/graphql"
        closed_after: list[float] = []
        sockets = [asyncio.create_task(idle_socket(url, closed_after)) for _ in range(IDLE_SOCKETS)]
        under_abuse, abusive_sent = await beside(base_url, http, list(ABUSE.values()))
        await asyncio.gather(*sockets)

    def ratio(q: int, than: Timings) -> float:
        return percentile(under_abuse.server_ms, q) / percentile(than.server_ms, q)

    print()
    print("normal queries alone; beside a second client sending normal queries non-stop")
    print(f"({busy_sent} sent); beside one sending the abuse above non-stop ({abusive_sent} sent)")
    print(f"with {IDLE_SOCKETS} websockets open that never send connection_init:")
    print(alone.line("alone"))
    print(busy.line("beside normal"))
    print(under_abuse.line("beside abuse"))
    print(
        f"server time beside abuse / alone: p50 {ratio(50, alone):.2f}x"
        f"  p99 {ratio(99, alone):.2f}x; / beside normal: p50 {ratio(50, busy):.2f}x"
        f"  p99 {ratio(99, busy):.2f}x"
    )
    print(
        f"silent websockets closed after {min(closed_after):.2f} to {max(closed_after):.2f} s "
        f"({len(closed_after)}/{IDLE_SOCKETS}; WS_INIT_TIMEOUT_SECONDS={WS_INIT_TIMEOUT_SECONDS})"
    )


async def main() -> None:
    async with bench_database():
        for _ in range(5):
            await make_provider()
    with running_server(DATABASE_URL, WS_INIT_TIMEOUT_SECONDS=str(WS_INIT_TIMEOUT_SECONDS)) as url:
        await measure(url)


if __name__ == "__main__":
    asyncio.run(main())
