"""What the query asks of the field being resolved, for resolvers that read ahead.

Read straight from graphql-core's syntax tree: Strawberry's `info.selected_fields` converts
the arguments, directives and names of the whole subtree first, which cost about 5% of a
dashboard's server time just to learn a few field names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graphql import FieldNode, FragmentDefinitionNode, FragmentSpreadNode, SelectionNode

from app.context import Info

Fragments = dict[str, FragmentDefinitionNode]


def _fields(selections: Iterable[SelectionNode], fragments: Fragments) -> Iterator[FieldNode]:
    """The fields among `selections`, with those of fragments (named or inline) spread in."""
    for selection in selections:
        if isinstance(selection, FieldNode):
            yield selection
            continue
        if isinstance(selection, FragmentSpreadNode):
            selection = fragments[selection.name.value]  # noqa: PLW2901 - its body stands in
        yield from _fields(selection.selection_set.selections, fragments)  # type: ignore[attr-defined]


def _below(fields: Iterable[FieldNode], fragments: Fragments) -> list[FieldNode]:
    return [
        child
        for field in fields
        if field.selection_set is not None
        for child in _fields(field.selection_set.selections, fragments)
    ]


def _asked(info: Info, path: tuple[str, ...]) -> set[str]:
    raw = info._raw_info  # Strawberry's public view of it is the slow one
    fields = _below(raw.field_nodes, raw.fragments)
    for name in path:
        fields = _below([field for field in fields if field.name.value == name], raw.fragments)
    return {field.name.value for field in fields}


def asked_fields(info: Info) -> set[str]:
    """Names of the fields asked of the value being resolved. Directives are not evaluated:
    a field under `@skip` still counts, which only costs reading ahead."""
    return _asked(info, ())


def node_fields(info: Info) -> set[str]:
    """Names of the fields asked of each node of the connection being resolved (directives
    not evaluated, as in `asked_fields`)."""
    return _asked(info, ("edges", "node"))
