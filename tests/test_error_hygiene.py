"""Refusals are quiet one-line logs and reach clients clearly, even in production; bugs are
masked for clients and logged with their traceback and request id."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import httpx
import pytest
from strawberry.relay import to_base64

from app.logging import RequestIdFilter
from app.main import create_app
from app.settings import Settings
from schema import build_schema
from schema.account import User
from tests.factories import make_provider, make_user, token_for

DEEP = "{ providers { edges { node { services { edges { node { provider { id } } } } } } } }"
SERVICES = """query ($id: ID!, $n: Int!, $after: String) {
  node(id: $id) { ... on Provider { services(first: $n, after: $after) { edges { node { id } } } } }
}"""


async def client_for(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    # Built during the fixture's setup: create_app replaces the root log handlers, and pytest
    # adds its capturing handler afresh when the test itself starts.
    transport = httpx.ASGITransport(app=create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
async def production(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    update = {"environment": "production", "secret_key": "a-private-key", "page_size_max": 3}
    async for http in client_for(settings.model_copy(update=update)):
        yield http


@pytest.fixture
async def shallow(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async for http in client_for(settings.model_copy(update={"graphql_max_depth": 4})):
        yield http


async def test_refused_queries_log_one_info_line_without_the_document(
    shallow: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    body = (await shallow.post("/graphql", json={"query": DEEP})).json()
    assert "exceeds maximum operation depth" in body["errors"][0]["message"]
    graphql = [r for r in caplog.records if r.name.startswith(("strawberry", "studiograph.gr"))]
    assert [(r.levelno, r.getMessage()[:9]) for r in graphql] == [(logging.INFO, "refused: ")]
    assert "providers {" not in caplog.text


async def test_paging_mistakes_are_clear_errors_in_production(
    production: httpx.AsyncClient,
) -> None:
    provider_id = to_base64("Provider", str((await make_provider()).id))
    cases = {
        (4, None): "Argument 'first' cannot be higher than 3.",
        (-1, None): "Argument 'first' must be a non-negative integer.",
        (1, to_base64("elsewhere", "0")): "Argument 'after' contains a non-existing value.",
    }
    for (first, after), message in cases.items():
        variables = {"id": provider_id, "n": first, "after": after}
        response = await production.post(
            "/graphql", json={"query": SERVICES, "variables": variables}
        )
        [error] = response.json()["errors"]
        assert (error["message"], error["extensions"]["code"]) == (message, "BAD_USER_INPUT")


async def test_bugs_are_masked_and_logged_with_traceback_and_request_id(
    production: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("a bug with secrets in it")

    monkeypatch.setattr(User, "from_model", broken)
    caplog.handler.addFilter(RequestIdFilter())
    token = await token_for(await make_user())
    response = await production.post(
        "/graphql",
        json={"query": "{ me { id } }"},
        headers={"Authorization": f"Bearer {token}", "X-Request-ID": "req-bug-1"},
    )
    [error] = response.json()["errors"]
    assert error["message"] == "Unexpected error."
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert record.getMessage() == "unexpected error: a bug with secrets in it"
    assert record.exc_info is not None
    assert record.exc_info[0] is RuntimeError
    assert record.request_id == "req-bug-1"  # type: ignore[attr-defined]
    assert record.graphql_path == "me"  # type: ignore[attr-defined]


async def test_a_query_where_only_subscriptions_run_is_refused_as_such_in_production(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The legacy graphql-ws protocol subscribes whatever it is sent: a query there was
    answered 'Unexpected error.' and logged at ERROR with its traceback."""
    schema = build_schema(Settings(environment="production", secret_key="a-private-key"))
    caplog.set_level(logging.INFO)
    refused = await anext(await schema.subscribe("{ __typename }"))  # type: ignore[arg-type]
    assert [error.message for error in refused.errors] == ["queries are not allowed"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
