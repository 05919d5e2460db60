"""Keyset pagination over (a timestamp, id): stable under inserts and cheap at any depth."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Self, TypeVar
from uuid import UUID

import strawberry
from graphql import GraphQLError
from strawberry import Info, relay
from strawberry.relay.types import PREFIX, NodeIterableType, NodeType
from strawberry.relay.utils import SliceMetadata
from strawberry.utils.await_maybe import AwaitableOrValue
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

M = TypeVar("M", bound=Model)
N = TypeVar("N")


BAD_CURSOR = "`after` or `before` is not a cursor from this list."


class BadPageRequest(GraphQLError):
    """Paging arguments a client got wrong: a GraphQL error, since queries have no payload."""

    def __init__(self, message: str) -> None:
        super().__init__(message, extensions={"code": "BAD_USER_INPUT"})


def encode_cursor(row: Any, order_field: str = "created_at") -> str:
    """Lists are ordered by a timestamp or by an integer position, then by id."""
    value = getattr(row, order_field)
    text = value.isoformat() if isinstance(value, datetime) else str(int(value))
    return base64.urlsafe_b64encode(f"{text}|{row.id}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[datetime | int, UUID]:
    try:
        text, _, row_id = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        value = int(text) if text.lstrip("-").isdigit() else datetime.fromisoformat(text)
        return value, UUID(row_id)
    except ValueError as exc:
        raise BadPageRequest("`after` is not a cursor from this list.") from exc


async def keyset_page(
    queryset: QuerySet[M],
    *,
    first: int,
    after: str | None,
    to_node: Callable[[M], N],
    maximum: int,
    order_field: str = "created_at",
    newest_first: bool = False,
) -> relay.Connection[N]:
    """One statement per page: fetch `first + 1` rows to learn whether another page exists."""
    if not 0 <= first <= maximum:
        raise BadPageRequest(f"`first` must be between 0 and {maximum}.")
    if after is not None:
        value, row_id = decode_cursor(after)
        beyond = "lt" if newest_first else "gt"
        queryset = queryset.filter(
            Q(**{f"{order_field}__{beyond}": value})
            | Q(**{order_field: value, f"id__{beyond}": row_id})
        )
    direction = "-" if newest_first else ""
    rows = await queryset.order_by(f"{direction}{order_field}", f"{direction}id").limit(first + 1)
    return _connection(rows, first, after, to_node, lambda row: encode_cursor(row, order_field))


async def sorted_page(
    queryset: QuerySet[M],
    *,
    order: Sequence[str],
    first: int,
    after: str | None,
    to_node: Callable[[M], N],
    maximum: int,
) -> relay.Connection[N]:
    """Like `keyset_page`, over several datetime or integer fields, each ascending or
    descending ("-rating", "-created_at"); the id breaks the last tie in the last direction.

    The cursor names the order it came from, so a cursor of one order is refused by another
    instead of silently skipping rows."""
    if not 0 <= first <= maximum:
        raise BadPageRequest(f"`first` must be between 0 and {maximum}.")
    keys = [*order, f"{'-' if order[-1].startswith('-') else ''}id"]
    spec = ",".join(keys)
    if after is not None:
        queryset = queryset.filter(_beyond(keys, _decode_values(after, spec, len(keys))))
    rows = await queryset.order_by(*keys).limit(first + 1)
    return _connection(rows, first, after, to_node, lambda row: _encode_values(row, keys, spec))


def _beyond(keys: Sequence[str], values: Sequence[object]) -> Q:
    """Rows after the cursor: equal on the first i keys and past it on key i, for some i."""
    clauses = []
    for i, key in enumerate(keys):
        field = key.lstrip("-")
        equal = {k.lstrip("-"): v for k, v in zip(keys[:i], values[:i], strict=True)}
        past = {f"{field}__{'lt' if key.startswith('-') else 'gt'}": values[i]}
        clauses.append(Q(**equal, **past))
    return Q(*clauses, join_type=Q.OR)


def _encode_values(row: Any, keys: Sequence[str], spec: str) -> str:
    values = []
    for key in keys:
        value = getattr(row, key.lstrip("-"))
        values.append(value.isoformat() if isinstance(value, datetime) else str(value))
    return base64.urlsafe_b64encode(json.dumps([spec, *values]).encode()).decode()


def _decode_values(cursor: str, spec: str, count: int) -> list[datetime | int | UUID]:
    try:
        named, *texts = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        if named != spec or len(texts) != count:
            raise ValueError
        *ordered, row_id = texts
        values: list[datetime | int | UUID] = [
            int(t) if t.lstrip("-").isdigit() else datetime.fromisoformat(t) for t in ordered
        ]
        return [*values, UUID(row_id)]
    except (ValueError, TypeError, AttributeError) as exc:
        raise BadPageRequest("`after` is not a cursor from this list in this order.") from exc


def _connection(
    rows: list[M],
    first: int,
    after: str | None,
    to_node: Callable[[M], N],
    cursor: Callable[[M], str],
) -> relay.Connection[N]:
    page = rows[:first]
    edges = [relay.Edge(node=to_node(row), cursor=cursor(row)) for row in page]
    return relay.Connection(
        edges=edges,
        page_info=relay.PageInfo(
            has_next_page=len(rows) > first,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )


@strawberry.type(name="Connection", description="A connection to a list of items.")
class CheckedListConnection(relay.ListConnection[NodeType]):
    """Strawberry's ListConnection, with its refusals of paging arguments (a malformed
    cursor, a negative or too large `first`) as GraphQL errors: it raises ValueError or
    TypeError, which production masked as unexpected."""

    @classmethod
    def resolve_connection(
        cls,
        nodes: NodeIterableType[NodeType],
        *,
        info: Info,
        before: str | None = None,
        after: str | None = None,
        first: int | None = None,
        last: int | None = None,
        max_results: int | None = None,
        **kwargs: Any,
    ) -> AwaitableOrValue[Self]:
        try:
            SliceMetadata.from_arguments(
                info, before=before, after=after, first=first, last=last,
                max_results=max_results, prefix=PREFIX,
            )  # fmt: skip
        except (ValueError, TypeError) as exc:
            # Strawberry's own words for `first` and `last`; its cursor errors name base64.
            message = str(exc) if str(exc).startswith("Argument '") else BAD_CURSOR
            raise BadPageRequest(message) from exc
        return super().resolve_connection(
            nodes, info=info, before=before, after=after, first=first, last=last,
            max_results=max_results, **kwargs,
        )  # fmt: skip
