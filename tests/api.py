"""Helpers for talking GraphQL to the app and counting SQL statements."""

from __future__ import annotations

import logging
from typing import Any

import httpx


class StatementCounter(logging.Handler):
    """Counts statements the ORM sends (its client logs each one as `query: values`)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.queries: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == "%s: %s":
            self.queries.append(str(record.args[0]) if record.args else "")  # type: ignore[index]

    @property
    def count(self) -> int:
        return len(self.queries)

    def reset(self) -> None:
        self.queries.clear()


def auth(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


async def execute(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
) -> dict[str, Any]:
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=auth(token)
    )
    return response.json()


async def gql(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
) -> dict[str, Any]:
    """Runs a query that must succeed and returns its data."""
    body = await execute(client, query, variables, token=token)
    assert "errors" not in body, body["errors"]
    return body["data"]


async def assert_denied(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
    code: str = "FORBIDDEN",
) -> None:
    body = await execute(client, query, variables, token=token)
    assert body.get("errors"), body
    assert body["errors"][0]["extensions"]["code"] == code, body["errors"]
