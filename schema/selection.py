"""What the query asks of the field being resolved, for resolvers that read ahead."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from strawberry.types.nodes import SelectedField, Selection

from app.context import Info


def _fields(selections: Iterable[Selection]) -> Iterator[SelectedField]:
    """The fields among `selections`, with those of fragments (named or inline) spread in."""
    for selection in selections:
        if isinstance(selection, SelectedField):
            yield selection
        else:
            yield from _fields(selection.selections)


def _below(fields: Iterable[SelectedField], name: str) -> list[SelectedField]:
    return [child for field in fields if field.name == name for child in _fields(field.selections)]


def _asked(info: Info) -> list[SelectedField]:
    return [child for field in info.selected_fields for child in _fields(field.selections)]


def asked_fields(info: Info) -> set[str]:
    """Names of the fields asked of the value being resolved. Directives are not evaluated:
    a field under `@skip` still counts, which only costs reading ahead."""
    return {field.name for field in _asked(info)}


def node_fields(info: Info) -> set[str]:
    """Names of the fields asked of each node of the connection being resolved (directives
    not evaluated, as in `asked_fields`)."""
    return {field.name for field in _below(_below(_asked(info), "edges"), "node")}
