"""Instances built by `models.raw.reader` against Tortoise's own `_init_from_db`, for every
model the demo seed writes rows of; as a scenario on a fresh database, `python -m
tests.raw_reader_scenario URL DIR` prints the comparison (the SQLite side of the test)."""

from __future__ import annotations

import sys
from typing import Any

import httpx
from tortoise import Tortoise, connections

from app.demo import seed
from app.main import storage_for
from app.settings import Settings
from integrations.storage import Storage
from models.raw import columns, fetch, reader
from tests.fresh_database import print_answers


def _attributes(made: object) -> dict[str, str]:
    """Every attribute with its type and repr: a UTC offset or a str for a UUID differs."""
    return {name: f"{type(value).__name__} {value!r}" for name, value in vars(made).items()}


async def compare_readers(storage: Storage, settings: Settings) -> dict[str, Any]:
    """The models compared and the differing attributes of each row that differed."""
    await seed(storage, settings)
    dialect = connections.get("default").capabilities.dialect
    compared, differing = [], []
    for model in Tortoise.apps["models"].values():
        sql = f'SELECT {columns(model, "r")} FROM "{model._meta.db_table}" r'  # noqa: S608
        rows = await fetch(sql, [])
        if rows:
            compared.append(model.__name__)
        for row in rows:
            ours = _attributes(reader(model, "r", dialect)(row))
            theirs = _attributes(
                model._init_from_db(**{c: row[f"r_{c}"] for c in model._meta.db_fields})
            )
            if ours != theirs:
                differing.append({model.__name__: sorted(ours.items() ^ theirs.items())})
    return {"compared": sorted(compared), "differing": differing}


async def _on_this_database(_: httpx.AsyncClient) -> dict[str, Any]:
    url, folder = sys.argv[1], sys.argv[2]
    settings = Settings(database_url=url, storage_url=f"file://{folder}")
    return await compare_readers(storage_for(settings), settings)


if __name__ == "__main__":
    print_answers(_on_this_database)
