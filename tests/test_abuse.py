"""The issue's abuse list at the default limits: each is refused with a clear error.

tests/test_limits.py checks each limiter at small settings; here the sizes are the ones an
attacker would send. How fast the refusals are is measured by bench/abuse.py, not asserted."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from strawberry.relay import to_base64
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from app.main import create_app
from app.settings import Settings
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


async def refusal(client: httpx.AsyncClient, query: str) -> str:
    response = await client.post("/graphql", json={"query": query})
    body = response.json()
    assert body["data"] is None, body
    return body["errors"][0]["message"]


async def test_depth_50_is_refused(client: httpx.AsyncClient) -> None:
    assert "exceeds maximum operation depth of 12" in await refusal(client, deep_query(50))


async def test_depth_hidden_in_nested_fragments_is_refused(client: httpx.AsyncClient) -> None:
    assert "exceeds maximum operation depth of 12" in await refusal(client, nested_fragments(15))


async def test_cyclic_fragments_are_refused(client: httpx.AsyncClient) -> None:
    assert "Cannot spread fragment 'A' within itself" in await refusal(client, CYCLIC_FRAGMENTS)


async def test_a_thousand_aliases_are_refused_by_the_token_limit(
    client: httpx.AsyncClient,
) -> None:
    # 1,000 aliases are 3,000 tokens: the parser stops before building the document.
    assert "more than 2000 tokens" in await refusal(client, aliased_query(1_000))


async def test_aliases_under_the_token_limit_are_still_counted(client: httpx.AsyncClient) -> None:
    assert "31 aliases found. Allowed: 30" in await refusal(client, aliased_query(31))


async def test_a_batch_of_100_operations_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", content=batch(100), headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.text == "Batching is not enabled"


async def test_a_10_mb_body_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", content=huge_body(10), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"


async def test_a_10_mb_body_without_content_length_is_refused(client: httpx.AsyncClient) -> None:
    body = huge_body(10)

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 64_000):
            yield body[start : start + 64_000]

    response = await client.post(
        "/graphql", content=chunks(), headers={"content-type": "application/json"}
    )
    assert "content-length" not in response.request.headers
    assert response.status_code == 413


async def test_first_10000_is_refused(client: httpx.AsyncClient) -> None:
    response = (await client.post("/graphql", json={"query": HUGE_PAGE})).json()
    assert response["errors"][0]["message"] == "`first` must be between 0 and 100."
    assert response["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_list_connections_follow_page_size_max(settings: Settings) -> None:
    """Strawberry's ListConnection has its own cap (relay_max_results); it follows ours."""
    provider = await make_provider()
    app = create_app(settings.model_copy(update={"page_size_max": 3}))
    query = "query ($id: ID!, $n: Int!) { node(id: $id) { ... on Provider { services(first: $n) { edges { node { id } } } } } }"  # noqa: E501
    variables = {"id": to_base64("Provider", str(provider.id))}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        allowed = await http.post(
            "/graphql", json={"query": query, "variables": variables | {"n": 3}}
        )
        refused = await http.post(
            "/graphql", json={"query": query, "variables": variables | {"n": 4}}
        )
    assert "errors" not in allowed.json(), allowed.json()
    assert refused.json()["errors"][0]["message"] == "Argument 'first' cannot be higher than 3."


@pytest.mark.parametrize("protocol", ["graphql-transport-ws", "graphql-ws"])
async def test_a_websocket_that_never_sends_connection_init_is_closed(
    database_url: str, protocol: str
) -> None:
    with running_server(database_url, WS_INIT_TIMEOUT_SECONDS="0.5") as base_url:
        url = base_url.replace("http://", "ws://") + "/graphql"
        async with connect(url, subprotocols=[protocol]) as ws:
            opened = time.monotonic()
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(ws.recv(), timeout=10)
            waited = time.monotonic() - opened
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 4408
    assert closed.value.rcvd.reason == "Connection initialisation timeout"
    # Closed by the server's deadline, not by the ten-second guard above.
    assert waited < 5


async def test_a_websocket_that_sends_connection_init_stays_open(database_url: str) -> None:
    with running_server(database_url, WS_INIT_TIMEOUT_SECONDS="0.3") as base_url:
        url = base_url.replace("http://", "ws://") + "/graphql"
        async with connect(url, subprotocols=["graphql-ws"]) as ws:
            await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
            assert json.loads(await ws.recv())["type"] == "connection_ack"
            await asyncio.sleep(0.6)
            # The client's reader task would have seen a close frame by now.
            assert ws.close_code is None
