"""Waiting, in a test, until concurrent transactions queue for row locks on PostgreSQL."""

from __future__ import annotations

import asyncio
import time

from tortoise import connections

# Backends of this database waiting for a lock another holds. The activity a transaction reads
# is a snapshot taken at its first look unless cleared.
_CLEAR = "SELECT pg_stat_clear_snapshot()"
_WAITING = (
    "SELECT count(*) FROM pg_stat_activity"
    " WHERE datname = current_database() AND cardinality(pg_blocking_pids(pid)) > 0"
)


async def until_waiting(count: int) -> None:
    """Returns once `count` transactions wait for a lock (30 s at most)."""
    connection = connections.get("default")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        await connection.execute_query(_CLEAR)
        _, rows = await connection.execute_query(_WAITING)
        if rows[0][0] >= count:
            return
        await asyncio.sleep(0.02)
    msg = f"{count} transactions never waited for a lock"
    raise AssertionError(msg)
