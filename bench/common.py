"""Shared set-up for the benchmarks: a fresh PostgreSQL database and an in-process client."""

from __future__ import annotations

import logging
import os
import statistics
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from starlette.types import ASGIApp
from tortoise import Tortoise

from app.database import migrate, tortoise_config
from app.settings import Settings
from tests.api import StatementCounter
from tests.database import recreate_database

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/studiograph_bench"
)


@asynccontextmanager
async def bench_database() -> AsyncIterator[tuple[Settings, StatementCounter]]:
    """A migrated, empty database, and a counter of the statements sent to it."""
    await recreate_database(DATABASE_URL)
    await migrate(DATABASE_URL)
    await Tortoise.init(config=tortoise_config(DATABASE_URL), _enable_global_fallback=True)
    counter = StatementCounter()
    db_log = logging.getLogger("tortoise.db_client")
    db_log.addHandler(counter)
    db_log.setLevel(logging.DEBUG)
    db_log.propagate = False  # count statements without printing each one
    try:
        yield Settings(database_url=DATABASE_URL, log_level="WARNING"), counter
    finally:
        await Tortoise.close_connections()


def client_for(app: ASGIApp, **kwargs: object) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://bench", **kwargs
    )


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1]
