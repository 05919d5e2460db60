"""Websockets speak both subscription protocols and authenticate in connection_init."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from strawberry.relay import to_base64
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from models.account import Role, User
from tests.api import execute
from tests.factories import make_provider, make_user, token_for
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking

ME = "{ me { email } }"


def ws_url(server: str) -> str:
    return server.replace("http://", "ws://") + "/graphql"


async def test_graphql_transport_ws_with_token(server: str) -> None:
    user = await make_user()
    token = await token_for(user)
    async with connect(ws_url(server), subprotocols=["graphql-transport-ws"]) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
        )
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": ME}}))
        message = json.loads(await ws.recv())
        assert message["type"] == "next"
        assert message["payload"]["data"] == {"me": {"email": user.email}}
        assert json.loads(await ws.recv()) == {"id": "1", "type": "complete"}


UPDATED = "subscription ($id: ID!) { providerUpdated(id: $id) { displayName } }"
RENAME = """mutation ($input: UpdateProviderProfileInput!) {
  updateProviderProfile(input: $input) { userErrors { code } }
}"""


async def provider_and_token() -> tuple[str, str]:
    profile = await make_provider(display_name="Before")
    return to_base64("Provider", str(profile.id)), await token_for(await profile.user)


async def rename(server: str, token: str, name: str) -> None:
    async with httpx.AsyncClient(base_url=server) as http:
        body = await execute(http, RENAME, {"input": {"displayName": name}}, token=token)
    assert body["data"]["updateProviderProfile"]["userErrors"] == []


async def test_subscription_over_graphql_transport_ws(server: str) -> None:
    provider_id, token = await provider_and_token()
    async with connect(ws_url(server), subprotocols=["graphql-transport-ws"]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        subscribe = {"query": UPDATED, "variables": {"id": provider_id}}
        await ws.send(json.dumps({"id": "s", "type": "subscribe", "payload": subscribe}))
        await asyncio.sleep(0.2)
        await rename(server, token, "After")
        message = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert message == {
            "id": "s",
            "type": "next",
            "payload": {"data": {"providerUpdated": {"displayName": "After"}}},
        }


async def test_subscription_over_legacy_graphql_ws(server: str) -> None:
    provider_id, token = await provider_and_token()
    async with connect(ws_url(server), subprotocols=["graphql-ws"]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        start = {"query": UPDATED, "variables": {"id": provider_id}}
        await ws.send(json.dumps({"id": "s", "type": "start", "payload": start}))
        await asyncio.sleep(0.2)
        await rename(server, token, "Legacy")
        while (message := json.loads(await asyncio.wait_for(ws.recv(), 5)))["type"] == "ka":
            continue
        assert message["type"] == "data"
        assert message["payload"]["data"] == {"providerUpdated": {"displayName": "Legacy"}}


async def test_wrong_token_is_rejected_at_connection_init(server: str) -> None:
    async with connect(ws_url(server), subprotocols=["graphql-transport-ws"]) as ws:
        bad = {"Authorization": "Bearer sg_wrong"}
        await ws.send(json.dumps({"type": "connection_init", "payload": bad}))
        with pytest.raises(ConnectionClosed) as closed:
            await ws.recv()
    assert closed.value.rcvd.code == 4403


SESSION_UPDATED = "subscription ($id: ID!) { sessionUpdated(id: $id) { status } }"


async def subscribe_session(server: str, session_id: str, token: str | None) -> ClientConnection:
    ws = await connect(ws_url(server), subprotocols=["graphql-transport-ws"])
    payload = {"Authorization": f"Bearer {token}"} if token else {}
    await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    query = {"query": SESSION_UPDATED, "variables": {"id": session_id}}
    await ws.send(json.dumps({"id": "s", "type": "subscribe", "payload": query}))
    return ws


async def test_session_updates_reach_participants_only(server: str) -> None:
    studio = await open_studio()
    client_tok = await client_token()
    async with httpx.AsyncClient(base_url=server) as http:
        booked = await execute(
            http, BOOK, booking(studio, at(next_weekday(2), 10)), token=client_tok
        )
    session_id = booked["data"]["bookSession"]["session"]["id"]

    # A stranger's subscription ends in an errors-only result; an anonymous one is refused
    # before it starts (the permission class), as an `error` message.
    refusals = (
        (await client_token(), "next", lambda m: m["payload"]["errors"], "FORBIDDEN"),
        (None, "error", lambda m: m["payload"], "UNAUTHENTICATED"),
    )
    for token, kind, errors_of, code in refusals:
        ws = await subscribe_session(server, session_id, token)
        refusal = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert refusal["type"] == kind, refusal
        assert [e["extensions"]["code"] for e in errors_of(refusal)] == [code], refusal
        assert refusal["type"] == "error" or refusal["payload"]["data"] is None
        await ws.close()

    ws = await subscribe_session(server, session_id, client_tok)
    await asyncio.sleep(0.2)
    confirm = "mutation ($id: ID!) { confirmSession(input: {id: $id}) { userErrors { code } } }"
    async with httpx.AsyncClient(base_url=server) as http:
        await execute(http, confirm, {"id": session_id}, token=studio.provider_token)
    update = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert update["payload"]["data"] == {"sessionUpdated": {"status": "CONFIRMED"}}
    await ws.close()


async def _signed_in_socket(server: str, token: str) -> ClientConnection:
    ws = await connect(ws_url(server), subprotocols=["graphql-transport-ws"])
    await ws.send(
        json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
    )
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    return ws


async def _answer(ws: ClientConnection, operation_id: str, query: str) -> dict:
    """The first result or error of `query`, sent over the socket as `operation_id`."""
    await ws.send(
        json.dumps({"id": operation_id, "type": "subscribe", "payload": {"query": query}})
    )
    while (message := json.loads(await asyncio.wait_for(ws.recv(), 5)))["id"] != operation_id:
        continue
    return message


async def test_a_revoked_token_runs_nothing_more_over_its_open_socket(server: str) -> None:
    """Queries and mutations sent over a websocket act as the token it signed in with: once
    that token is revoked (logout, a password change, a deleted account) they are refused,
    as they are over HTTP."""
    user = await make_user()
    token = await token_for(user)
    ws = await _signed_in_socket(server, token)
    assert (await _answer(ws, "before", ME))["payload"]["data"] == {"me": {"email": user.email}}
    async with httpx.AsyncClient(base_url=server) as http:
        assert (await execute(http, "mutation { logout { revoked } }", token=token))["data"]
    refused = await _answer(ws, "after", ME)
    await ws.close()
    assert refused["type"] == "error", refused
    assert [e["extensions"]["code"] for e in refused["payload"]] == ["UNAUTHENTICATED"]


async def test_a_demoted_admin_loses_admin_fields_over_an_open_socket(server: str) -> None:
    """Each operation over a websocket reads the account as it is now, as a request does."""
    admin = await make_user(Role.ADMIN)
    ws = await _signed_in_socket(server, await token_for(admin))
    users = "{ adminUsers(first: 1) { edges { node { id } } } }"
    assert (await _answer(ws, "before", users))["payload"]["data"]["adminUsers"]["edges"]
    await User.filter(id=admin.id).update(role=Role.CLIENT)
    refused = await _answer(ws, "after", users)
    await ws.close()
    assert [e["extensions"]["code"] for e in refused["payload"]["errors"]] == ["FORBIDDEN"]


async def test_a_subscription_ends_when_the_role_it_was_allowed_under_changes(
    server: str,
) -> None:
    """An admin follows any session; demoted, they are told no more of one not theirs."""
    studio = await open_studio()
    async with httpx.AsyncClient(base_url=server) as http:
        booked = await execute(
            http, BOOK, booking(studio, at(next_weekday(2), 10)), token=await client_token()
        )
    session_id = booked["data"]["bookSession"]["session"]["id"]
    admin = await make_user(Role.ADMIN)
    ws = await subscribe_session(server, session_id, await token_for(admin))
    await asyncio.sleep(0.2)
    await User.filter(id=admin.id).update(role=Role.CLIENT)
    confirm = "mutation ($id: ID!) { confirmSession(input: {id: $id}) { userErrors { code } } }"
    async with httpx.AsyncClient(base_url=server) as http:
        await execute(http, confirm, {"id": session_id}, token=studio.provider_token)
    ended = json.loads(await asyncio.wait_for(ws.recv(), 5))
    await ws.close()
    assert ended["payload"]["data"] is None, ended
    assert [e["extensions"]["code"] for e in ended["payload"]["errors"]] == ["UNAUTHENTICATED"]
