"""The PostgreSQL pool hands connections back without asyncpg's per-release reset query."""

from __future__ import annotations

from asyncpg.connection import LoggedQuery
from tortoise import connections


async def test_a_released_connection_costs_no_reset_query() -> None:
    sent: list[str] = []

    def log(query: LoggedQuery) -> None:
        sent.append(query.query)

    async with connections.get("default").acquire_connection() as connection:
        pooled = connection._con  # the proxy refuses every call once released
        pooled.add_query_logger(log)
        await connection.fetchval("SELECT 1")
    pooled.remove_query_logger(log)
    assert sent == ["SELECT 1"]


async def test_a_transaction_left_open_is_still_rolled_back() -> None:
    database = connections.get("default")
    async with database.acquire_connection() as connection:
        await connection.transaction().start()
        await connection.execute("CREATE TEMPORARY TABLE scratch (n int)")
    async with database.acquire_connection() as connection:
        assert not connection.is_in_transaction()
        assert await connection.fetchval("SELECT to_regclass('pg_temp.scratch')") is None
