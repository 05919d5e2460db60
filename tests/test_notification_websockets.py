"""`myNotifications` over real websockets, and what a closed connection leaves behind."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from contextlib import AsyncExitStack

import httpx
from websockets.asyncio.client import ClientConnection, connect

from app.main import create_app
from app.settings import Settings
from models.project import Project
from subscriptions.broker import InMemoryBroker
from subscriptions.channels import user_channel
from tests.api import execute
from tests.scheduling import open_studio
from tests.server import serving_in_process
from tests.test_projects import SEND, STATUS, start_project
from tests.test_websockets import ws_url

MY_NOTIFICATIONS = "subscription { myNotifications { kind body project { name } } }"


async def listen(server: str, token: str | None, stack: AsyncExitStack) -> ClientConnection:
    ws = await stack.enter_async_context(
        connect(ws_url(server), subprotocols=["graphql-transport-ws"])
    )
    payload = {"Authorization": f"Bearer {token}"} if token else {}
    await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    subscribe = {"query": MY_NOTIFICATIONS}
    await ws.send(json.dumps({"id": "n", "type": "subscribe", "payload": subscribe}))
    return ws


async def next_notification(ws: ClientConnection) -> dict:
    message = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert message["type"] == "next", message
    return message["payload"]["data"]["myNotifications"]


async def call(server: str, query: str, variables: dict, token: str) -> None:
    async with httpx.AsyncClient(base_url=server) as http:
        body = await execute(http, query, variables, token=token)
    assert "errors" not in body, body


async def test_notifications_reach_their_recipient_only(
    client: httpx.AsyncClient, server: str
) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    other_project, stranger_tok = await start_project(client, studio, hour=12, name="B-sides")
    provider_tok = studio.provider_token
    async with AsyncExitStack() as stack:
        anonymous = await listen(server, None, stack)
        refusal = json.loads(await asyncio.wait_for(anonymous.recv(), 5))
        assert refusal["type"] == "error", refusal
        assert refusal["payload"][0]["extensions"]["code"] == "UNAUTHENTICATED"

        client_ws = await listen(server, client_tok, stack)
        provider_ws = await listen(server, provider_tok, stack)
        stranger_ws = await listen(server, stranger_tok, stack)
        await asyncio.sleep(0.3)
        await call(server, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, provider_tok)
        await call(server, SEND, {"id": project_id, "body": "Mix underway"}, provider_tok)
        assert await next_notification(client_ws) == {
            "kind": "PROJECT_STATUS_CHANGED",
            "body": "Debut EP is now in progress.",
            "project": {"name": "Debut EP"},
        }
        assert (await next_notification(client_ws))["body"] == "Debut EP: Mix underway"

        # Events on one channel arrive in order: had the provider been told of their own
        # changes, or the stranger of someone else's, that would come first.
        await call(server, SEND, {"id": project_id, "body": "Thanks"}, client_tok)
        assert (await next_notification(provider_ws))["body"] == "Debut EP: Thanks"
        await call(server, STATUS, {"id": other_project, "status": "IN_PROGRESS"}, provider_tok)
        assert (await next_notification(stranger_ws))["body"] == "B-sides is now in progress."


async def eventually(condition: Callable[[], bool]) -> None:
    """The server cleans up on its own schedule, with nothing to await: poll, for 5 s."""
    for _ in range(250):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("still not so after 5 s")


async def test_closing_the_client_frees_its_server_resources(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    channel = user_channel((await Project.get()).client_id)  # type: ignore[attr-defined]
    app = create_app(settings)
    broker: InMemoryBroker = app.state.broker
    await broker.start()
    try:
        async with serving_in_process(app) as server:
            idle = asyncio.all_tasks()
            async with AsyncExitStack() as stack:
                ws = await listen(server, client_tok, stack)
                await eventually(lambda: broker.subscriber_count(channel) == 1)
                assert asyncio.all_tasks() - idle, "a live subscription runs in its own task"
                status = {"id": project_id, "status": "IN_PROGRESS"}
                await call(server, STATUS, status, studio.provider_token)
                assert (await next_notification(ws))["kind"] == "PROJECT_STATUS_CHANGED"
            # The subscription's `finally` took its queue away, the channel went with its
            # last subscriber, and every task the connection started has ended.
            await eventually(lambda: channel not in broker.channels)
            assert broker.subscriber_count(channel) == 0
            await eventually(lambda: not asyncio.all_tasks() - idle)
    finally:
        await broker.close()
