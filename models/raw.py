"""Hand-written statements for the hot paths, on either dialect.

Building a query through Tortoise (filters resolved into a PyPika tree, rendered to SQL on
every call) costs about half a millisecond of CPU for a join, several times what sending it
costs. The few statements that run on every request or every booking are written out
instead; their rows still become model instances through Tortoise's own field conversions,
so a datetime stored as text by SQLite or a UUID read natively by asyncpg come out alike.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar
from uuid import UUID

from tortoise import connections
from tortoise.fields import JSONField
from tortoise.models import Model

M = TypeVar("M", bound=Model)


@cache
def numbered(sql: str) -> str:
    """asyncpg's $1, $2 … placeholders for the ? ones (the SQL holds no other question marks)."""
    parts = sql.split("?")
    return "".join(f"{part}${n}" for n, part in enumerate(parts[:-1], 1)) + parts[-1]


async def fetch(sql: str, values: Sequence[object]) -> Sequence[Any]:
    """Rows of `sql` written with ? placeholders, on the current connection (inside a
    transaction, the transaction's); each row reads by position and by column name."""
    connection = connections.get("default")
    if connection.capabilities.dialect == "postgres":
        sql = numbered(sql)
    _, rows = await connection.execute_query(sql, list(values))
    return rows


async def fetch_written(sql: str, values: Sequence[object]) -> list[dict[str, Any]]:
    """What a writing statement's RETURNING gives back (`fetch` loses it on PostgreSQL, where
    Tortoise only counts the rows an INSERT, UPDATE or DELETE touched)."""
    connection = connections.get("default")
    if connection.capabilities.dialect == "postgres":
        sql = numbered(sql)
    return await connection.execute_query_dict(sql, list(values))


@cache
def columns(model: type[Model], alias: str) -> str:
    """The select list of every column of `model`'s table (aliased `alias`), each named
    `alias_column` so several tables fit in one row."""
    return ", ".join(f'{alias}."{c}" AS "{alias}_{c}"' for c in sorted(model._meta.db_fields))


def instance(model: type[M], row: Mapping[str, Any], alias: str) -> M:
    """The `model` instance whose columns `columns(model, alias)` selected into `row`."""
    return reader(model, alias, model._meta.db.capabilities.dialect)(row)


@cache
def reader(model: type[M], alias: str, dialect: str) -> Callable[[Mapping[str, Any]], M]:
    """The `model` instance of each row whose columns `columns(model, alias)` selected (on a
    connection of `dialect`); for many rows, cheaper than `instance` on each.

    It does what `Model._init_from_db` does, reading the row's aliased columns directly.
    Tortoise's own path takes the columns as keyword arguments and sets four bookkeeping
    attributes through the model's `__setattr__`: half the cost of building an instance, for
    the ~45 a dashboard builds. Each column is converted as Tortoise converts it: as the
    driver gave it, by the field's type, or by its `to_python_value`, per the lists Tortoise
    makes for the connection's dialect (hence `dialect` in the key). tests/test_raw_reader.py
    holds it equal to `_init_from_db`, on both dialects, for every model the demo has rows of."""
    meta = model._meta
    native = tuple((f"{alias}_{column}", name) for column, name, _ in meta.db_native_fields)
    typed = tuple(
        (f"{alias}_{column}", name, field.field_type)
        for column, name, field in meta.db_default_fields
    )
    converted = tuple(
        (f"{alias}_{column}", name, field.to_python_value)
        for column, name, field in meta.db_complex_fields
    )
    custom_pk = meta.db_pk_column not in meta.generated_db_fields

    def read(row: Mapping[str, Any]) -> M:
        made = model.__new__(model)
        attributes = made.__dict__
        attributes["_partial"] = False
        attributes["_saved_in_db"] = True
        attributes["_custom_generated_pk"] = custom_pk
        attributes["_await_when_save"] = {}
        for key, name in native:
            attributes[name] = row[key]
        for key, name, kind in typed:
            value = row[key]
            attributes[name] = None if value is None else kind(value)
        for key, name, convert in converted:
            attributes[name] = convert(row[key])
        return made

    return read


@dataclass(frozen=True)
class Beside:
    """At most one row of `model` read beside each row of a page, in the page's own statement:
    what a field of every row would otherwise fetch with a statement of its own, after the
    page. `where` is SQL over the page's alias `r` and this row's alias `x`, with ?
    placeholders for `values`, and `order` (SQL over `x`) picks the row when several match;
    both come from our code, never from a request."""

    name: str
    model: type[Model]
    where: str
    order: str = ""
    values: tuple[object, ...] = ()


@dataclass(frozen=True)
class Scalar:
    """One value read with a page in the page's own statement (a subquery in its select list,
    which PostgreSQL and SQLite evaluate once when it does not refer to the row): what a
    field of the page itself would otherwise fetch with a statement of its own. `sql`, with
    ? placeholders for `values`, comes from our code, never from a request."""

    name: str
    sql: str
    values: tuple[object, ...] = ()


@cache
def _where_in(
    model: type[Model], order: str, dialect: str, shape: tuple[tuple[str, int], ...], also: str
) -> str:
    """PostgreSQL takes each key list as one array (`= ANY`), so a loader's statement has one
    text whatever the batch size and asyncpg prepares it once per connection; SQLite gets a
    placeholder per key."""
    tests = [
        f'r."{column}" = ANY(?)'
        if dialect == "postgres"
        else f'r."{column}" IN ({", ".join("?" * count)})'
        for column, count in shape
    ]
    if also:
        tests.append(f"({also})")
    ordered = f" ORDER BY {order}" if order else ""
    return (
        f'SELECT {columns(model, "r")} FROM "{model._meta.db_table}" r'  # noqa: S608
        f" WHERE {' AND '.join(tests)}{ordered}"
    )


async def rows_in(
    model: type[M],
    order: str = "",
    *,
    also: tuple[str, Sequence[object]] = ("", ()),
    **keys: Sequence[object],
) -> list[M]:
    """Rows of `model` whose columns hold one of the given keys each (a loader's batch), in
    `order` (SQL over the alias `r`, e.g. `r."version"`), that also meet the condition
    `also` (SQL over `r` with ? placeholders, and its values). Column names, the order and
    the condition come from our code, never from a request."""
    dialect = connections.get("default").capabilities.dialect
    if dialect == "postgres":
        shape = tuple((column, 1) for column in keys)
        values: list[object] = [list(values) for values in keys.values()]
    else:
        shape = tuple((column, len(values)) for column, values in keys.items())
        values = [str(v) if isinstance(v, UUID) else v for vs in keys.values() for v in vs]
    condition, condition_values = also
    sql = _where_in(model, order, dialect, shape, condition)
    read = reader(model, "r", dialect)
    return [read(row) for row in await fetch(sql, [*values, *condition_values])]


def _json_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)  # UUID, Decimal


def json_rows(instances: Iterable[Model]) -> str:
    """Unsaved instances of one model as a JSON array of their rows (column: value, as Tortoise
    would write them), for `INSERT INTO t SELECT * FROM jsonb_populate_recordset(NULL::t, ?)`:
    one statement, whose text does not change with the number of rows, writes them all."""
    rows = []
    for row in instances:
        meta = row._meta
        rows.append(
            {
                column: getattr(row, name)
                if isinstance(meta.fields_map[name], JSONField)  # a document, not its text
                else meta.fields_map[name].to_db_value(getattr(row, name), row)
                for name, column in meta.fields_db_projection.items()
            }
        )
    return json.dumps(rows, default=_json_value)
