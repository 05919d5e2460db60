"""End to end through a real uvicorn process on PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from models.account import Role
from tests.api import execute
from tests.factories import make_user, token_for
from tests.server import running_server


@pytest.fixture
async def http(server: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server) as client:
        yield client


async def post(
    http: httpx.AsyncClient, query: str, variables: dict | None = None, token: str | None = None
) -> dict:
    body = await execute(http, query, variables, token=token)
    assert "errors" not in body, body
    return body["data"]


async def test_healthz_and_typename(http: httpx.AsyncClient) -> None:
    assert (await http.get("/healthz")).json() == {"status": "ok", "database": "ok"}
    assert await post(http, "{ __typename }") == {"__typename": "Query"}
    via_get = await http.get("/graphql", params={"query": "{ __typename }"})
    assert via_get.json() == {"data": {"__typename": "Query"}}


REGISTER = """mutation ($input: RegisterInput!) {
  register(input: $input) { user { id } userErrors { code } }
}"""
SET_ROLE = """mutation ($input: SetUserRoleInput!) {
  setUserRole(input: $input) { user { role } userErrors { code } }
}"""
LOGIN = """mutation ($input: LoginInput!) {
  login(input: $input) { token userErrors { code } }
}"""
CREATE_SERVICE = """mutation ($input: CreateServiceInput!) {
  createService(input: $input) { service { id } userErrors { field code } }
}"""
PROVIDERS = """{ providers(first: 10) { edges { node {
  displayName user { firstName }
  services { edges { node { name rates { price { amount currency } } } } }
} } } }"""


async def test_register_login_create_service_and_list(http: httpx.AsyncClient) -> None:
    account = {"email": "mara@studio.example", "password": "mixing-desk-2026"}
    registration = account | {"firstName": "Mara", "lastName": "Lind"}
    registered = (await post(http, REGISTER, {"input": registration}))["register"]
    assert registered["userErrors"] == []

    admin_token = await token_for(await make_user(Role.ADMIN))
    promotion = {"input": {"userId": registered["user"]["id"], "role": "PROVIDER"}}
    promoted = (await post(http, SET_ROLE, promotion, admin_token))["setUserRole"]
    assert promoted["user"]["role"] == "PROVIDER"

    token = (await post(http, LOGIN, {"input": account}))["login"]["token"]
    me = (await post(http, "{ me { email role } }", token=token))["me"]
    assert me == {"email": "mara@studio.example", "role": "PROVIDER"}

    service = {
        "kind": "PROJECT",
        "name": "Full mix",
        "currency": "EUR",
        "durations": [60],
        "rates": [{"durationMinutes": 60, "amount": 25000}],
        "defaultDurationMinutes": 60,
        "minDurationMinutes": 60,
        "maxDurationMinutes": 60,
    }
    created = (await post(http, CREATE_SERVICE, {"input": service}, token))["createService"]
    assert created["userErrors"] == []

    listing = (await post(http, PROVIDERS))["providers"]["edges"]
    assert listing == [
        {
            "node": {
                "displayName": "Mara Lind",
                "user": {"firstName": "Mara"},
                "services": {
                    "edges": [
                        {
                            "node": {
                                "name": "Full mix",
                                "rates": [{"price": {"amount": 25000, "currency": "EUR"}}],
                            }
                        }
                    ]
                },
            }
        }
    ]


TYPENAME = b"GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: test\r\n\r\n"  # { __typename }


async def _ask_after(base_url: str, idle: float) -> bytes:
    """Asks on one keep-alive connection, waits `idle` seconds, then asks again; what the
    second request got back (nothing when the server closed the connection meanwhile)."""
    url = httpx.URL(base_url)
    reader, writer = await asyncio.open_connection(url.host, url.port)
    try:
        writer.write(TYPENAME)
        assert b" 200 " in await reader.readuntil(b"\r\n\r\n")
        await reader.readuntil(b"}}")
        await asyncio.sleep(idle)
        writer.write(TYPENAME)
        return await reader.read(100)
    finally:
        writer.close()


async def test_idle_keep_alive_connections_outlast_a_load_balancer_s_idle_timeout(
    server: str, database_url: str
) -> None:
    # uvicorn's own default closes them after 5 s: a balancer reusing one then fails with 502.
    assert (await _ask_after(server, 6)).startswith(b"HTTP/1.1 200")
    with running_server(database_url, HTTP_KEEP_ALIVE_SECONDS="1") as short:
        assert await _ask_after(short, 2.5) == b""
