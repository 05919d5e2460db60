"""LISTEN/NOTIFY carries a change made through one server process to another's subscribers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from uuid import uuid4

import pytest
from tortoise.transactions import in_transaction
from websockets.asyncio.client import connect

from subscriptions.broker import PG_CHANNEL, InMemoryBroker, PostgresBroker
from subscriptions.channels import provider_channel
from tests.server import running_server
from tests.test_websockets import UPDATED, provider_and_token, rename, ws_url


@pytest.fixture(scope="module")
def other_server(database_url: str) -> Iterator[str]:
    with running_server(database_url) as base_url:
        yield base_url


async def test_change_on_one_process_reaches_another(server: str, other_server: str) -> None:
    provider_id, token = await provider_and_token()
    async with connect(ws_url(server), subprotocols=["graphql-transport-ws"]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        subscribe = {"query": UPDATED, "variables": {"id": provider_id}}
        await ws.send(json.dumps({"id": "s", "type": "subscribe", "payload": subscribe}))
        await asyncio.sleep(0.2)
        await rename(other_server, token, "Renamed elsewhere")
        message = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert message["payload"]["data"] == {"providerUpdated": {"displayName": "Renamed elsewhere"}}


class Rollback(Exception):
    pass


async def publish_then_fail(broker: PostgresBroker, channel: str) -> None:
    async with in_transaction():
        await broker.publish(channel, "rolled back")
        raise Rollback


async def test_rolled_back_changes_are_never_announced(database_url: str) -> None:
    """pg_notify inside a transaction is delivered at COMMIT, and never after a rollback."""
    channel = provider_channel(uuid4())
    broker = PostgresBroker(database_url)
    await broker.start()
    received = broker.subscribe(channel)
    first = asyncio.ensure_future(anext(received))
    await asyncio.sleep(0)  # let the subscription register its queue
    try:
        with pytest.raises(Rollback):
            await publish_then_fail(broker, channel)
        async with in_transaction():
            await broker.publish(channel, "committed")
        assert await asyncio.wait_for(first, 5) == "committed"
    finally:
        await received.aclose()
        await broker.close()


async def listen_registrations(broker: InMemoryBroker) -> list[str] | None:
    """What the PostgreSQL broker's own LISTEN connection is registered for."""
    if not isinstance(broker, PostgresBroker):
        return None
    rows = await broker._listener.fetch("SELECT pg_listening_channels() AS c")  # type: ignore[union-attr]
    return [row["c"] for row in rows]


@pytest.mark.parametrize("backend", ["memory", "postgres"])
async def test_a_channel_is_released_with_its_last_subscriber(
    database_url: str, backend: str
) -> None:
    broker = PostgresBroker(database_url) if backend == "postgres" else InMemoryBroker()
    await broker.start()
    # Subscribers never hold LISTEN registrations of their own: a process keeps one, on one
    # PostgreSQL channel, however many come and go, so none is left behind to UNLISTEN.
    registrations = await listen_registrations(broker)
    assert registrations == ([PG_CHANNEL] if backend == "postgres" else None)
    channel = provider_channel(uuid4())
    first, second = broker.subscribe(channel), broker.subscribe(channel)
    received = [asyncio.ensure_future(anext(s)) for s in (first, second)]
    await asyncio.sleep(0)  # let both subscriptions register their queues
    try:
        assert broker.subscriber_count(channel) == 2
        assert await listen_registrations(broker) == registrations
        await broker.publish(channel, "hello")
        assert [await asyncio.wait_for(r, 5) for r in received] == ["hello", "hello"]
        await first.aclose()
        assert (broker.subscriber_count(channel), broker.channels) == (1, {channel})
        await second.aclose()
        assert (broker.subscriber_count(channel), broker.channels) == (0, frozenset())
        assert await listen_registrations(broker) == registrations
    finally:
        await broker.close()
