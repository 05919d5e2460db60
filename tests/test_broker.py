"""LISTEN/NOTIFY carries a change made through one server process to another's subscribers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from uuid import uuid4

import pytest
from tortoise.transactions import in_transaction
from websockets.asyncio.client import connect

from subscriptions.broker import PostgresBroker
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
