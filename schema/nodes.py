"""Fetching rows for `node(id:)` lookups, in the order the ids were asked for."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar
from uuid import UUID

from tortoise.models import Model

M = TypeVar("M", bound=Model)
# No row has the nil UUID, so a malformed id simply finds nothing.
NIL = UUID(int=0)


def as_uuid(node_id: str) -> UUID:
    try:
        return UUID(node_id)
    except ValueError:
        return NIL


async def rows_by_id(model: type[M], node_ids: Iterable[str], *related: str) -> list[M | None]:
    ids = [as_uuid(node_id) for node_id in node_ids]
    query = model.filter(id__in=ids)
    rows = {row.pk: row for row in await (query.select_related(*related) if related else query)}
    return [rows.get(i) for i in ids]
