"""Benchmark: 1,000 websocket subscribers on one server process; mutation-to-delivery latency.

A real uvicorn serves the bench database; SUBSCRIBERS clients subscribe to one provider's
`providerUpdated`, then ROUNDS profile changes are made one after another and each
subscriber's delivery time is measured from the moment the mutation was sent. Baseline in
the same run: the same rounds with a single subscriber. Target: p99 under 250 ms.
"""

from __future__ import annotations

import asyncio
import json
import time

import httpx
from strawberry.relay import to_base64
from websockets.asyncio.client import ClientConnection, connect

from bench.common import DATABASE_URL, bench_database, percentile
from tests.factories import make_provider, token_for
from tests.server import running_server

SUBSCRIBERS = 1_000
ROUNDS = 20
UPDATED = "subscription ($id: ID!) { providerUpdated(id: $id) { displayName } }"
RENAME = """mutation ($name: String!) {
  updateProviderProfile(input: {displayName: $name}) { userErrors { code } }
}"""


async def subscriber(url: str, provider_id: str) -> ClientConnection:
    ws = await connect(url, subprotocols=["graphql-transport-ws"], max_queue=None)
    await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
    await ws.recv()
    payload = {"query": UPDATED, "variables": {"id": provider_id}}
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
    return ws


async def receive(ws: ClientConnection, name: str) -> float:
    while True:
        message = json.loads(await ws.recv())
        if message.get("type") == "next":
            assert message["payload"]["data"]["providerUpdated"]["displayName"] == name
            return time.perf_counter()


async def rounds(base_url: str, sockets: list[ClientConnection], token: str) -> list[float]:
    latencies = []
    async with httpx.AsyncClient(base_url=base_url) as http:
        for n in range(ROUNDS):
            name = f"Studio round {n}"
            waiting = [asyncio.ensure_future(receive(ws, name)) for ws in sockets]
            sent = time.perf_counter()
            await http.post(
                "/graphql",
                json={"query": RENAME, "variables": {"name": name}},
                headers={"Authorization": f"Bearer {token}"},
            )
            latencies += [(t - sent) * 1000 for t in await asyncio.gather(*waiting)]
    return latencies


async def main() -> None:
    async with bench_database():
        profile = await make_provider()
        token = await token_for(await profile.user)
        provider_id = to_base64("Provider", str(profile.id))
        with running_server(DATABASE_URL) as base_url:
            url = base_url.replace("http://", "ws://") + "/graphql"
            results = {}
            for count in (1, SUBSCRIBERS):
                sockets = [await subscriber(url, provider_id) for _ in range(count)]
                await asyncio.sleep(1)  # every subscription registered on the server
                results[count] = await rounds(base_url, sockets, token)
                await asyncio.gather(*(ws.close() for ws in sockets))

    print(f"providerUpdated over websockets, one server process, {ROUNDS} changes")
    print(f"{'subscribers':>12}{'deliveries':>12}{'p50 ms':>10}{'p99 ms':>10}")
    for count, latencies in results.items():
        print(
            f"{count:>12}{len(latencies):>12}"
            f"{percentile(latencies, 50):>10.1f}{percentile(latencies, 99):>10.1f}"
        )
    ratio = percentile(results[SUBSCRIBERS], 99) / percentile(results[1], 99)
    print(f"p99 with {SUBSCRIBERS} subscribers vs 1: {ratio:.1f}x")


if __name__ == "__main__":
    asyncio.run(main())
