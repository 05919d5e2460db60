"""Fetching rows for `node(id:)` lookups, in the order the ids were asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar
from uuid import UUID

from tortoise.models import Model

from app.context import Info

M = TypeVar("M", bound=Model)
N = TypeVar("N")
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


async def for_admins(
    info: Info, model: type[M], node_ids: Iterable[str], to_node: Callable[[M], N]
) -> list[N | None]:
    """Nodes only admins fetch by ID (anyone else finds nothing), in the order asked."""
    if not info.context.is_admin:
        return [None for _ in node_ids]
    return [to_node(row) if row else None for row in await rows_by_id(model, node_ids)]


async def on_sale(
    info: Info, model: type[M], node_ids: Iterable[str], to_node: Callable[[M, str], N]
) -> list[N | None]:
    """Nodes of a service's offers (packages, bundles) by ID, in the order asked, each with
    its service's currency: active ones for anyone, archived ones for admins only."""
    rows = await rows_by_id(model, node_ids, "service")
    return [
        to_node(row, row.service.currency)  # type: ignore[attr-defined]
        if row is not None and (row.active or info.context.is_admin)  # type: ignore[attr-defined]
        else None
        for row in rows
    ]
