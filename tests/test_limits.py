"""Abusive queries are refused with a clear error before they cost anything."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from app.main import create_app
from app.settings import Settings


@pytest.fixture
async def strict(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    strict_settings = settings.model_copy(
        update={
            "graphql_max_depth": 4,
            "graphql_max_aliases": 3,
            "graphql_max_tokens": 60,
            "max_request_bytes": 2_000,
            "graphql_introspection": False,
        }
    )
    transport = httpx.ASGITransport(app=create_app(strict_settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def first_error(client: httpx.AsyncClient, query: str) -> str:
    body = (await client.post("/graphql", json={"query": query})).json()
    assert body.get("errors"), body
    return body["errors"][0]["message"]


async def test_depth_limit(strict: httpx.AsyncClient) -> None:
    deep = "{ providers { edges { node { services { edges { node { provider { id } } } } } } } }"
    assert "exceeds maximum operation depth" in await first_error(strict, deep)


async def test_alias_limit(strict: httpx.AsyncClient) -> None:
    aliased = "{ a: __typename b: __typename c: __typename d: __typename }"
    assert "aliases" in await first_error(strict, aliased)


async def test_token_limit(strict: httpx.AsyncClient) -> None:
    many = "{ " + " ".join("__typename" for _ in range(80)) + " }"
    assert "token" in (await first_error(strict, many)).lower()


async def test_body_size_limit(strict: httpx.AsyncClient) -> None:
    response = await strict.post("/graphql", json={"query": "{ __typename }", "pad": "x" * 5_000})
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"


async def test_introspection_can_be_switched_off(
    strict: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    introspect = "{ __schema { queryType { name } } }"
    assert "introspection" in (await first_error(strict, introspect)).lower()
    allowed = (await client.post("/graphql", json={"query": introspect})).json()
    assert allowed["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_small_queries_pass_the_limits(strict: httpx.AsyncClient) -> None:
    body = (await strict.post("/graphql", json={"query": "{ __typename }"})).json()
    assert body == {"data": {"__typename": "Query"}}
