"""Plain fields completed without graphql-core's per-field machinery.

graphql-core completes every field alike: a ResolveInfo of sixteen entries, the resolver,
an awaitable check, then `complete_value`'s dispatch on the field's type. For a field that
only reads an attribute (Strawberry's "basic" field: no resolver, no extension, so no
argument) and returns a scalar or an enum, that work is most of its cost: ~5 µs of which the
read and the serialization take under 2 (bench/execution.py). Such fields are most of any
answer (a slot's start and end, a page's names and times), so they are read and serialized
here directly.

Only the ordinary outcome is taken this way: a value that serializes to something. Null for
a non-null field, an exception, an awaitable or a value the type refuses goes through
graphql-core's own path, which reads the attribute again (a basic field's read has no side
effects) and reports the error with its path and message exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from graphql import (
    GraphQLField,
    GraphQLObjectType,
    GraphQLOutputType,
    is_leaf_type,
    is_non_null_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import AwaitableOrValue, Path, Undefined
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter


class PlainLeaf(NamedTuple):
    """How to complete a basic field whose type is a scalar or an enum."""

    resolve: Callable[..., Any]
    coerce: Callable[[Any], Any]
    nullable: bool


# Per GraphQL field of any schema built in this process, keyed by id(): GraphQLField is not
# hashable. Each entry keeps its field alive, so no id is reused while the entry exists.
_plain_leaves: dict[int, tuple[GraphQLField, PlainLeaf | None]] = {}


def plain_leaf(field: GraphQLField) -> PlainLeaf | None:
    """`field`'s fast completion, or None when it needs graphql-core's whole path."""
    entry = _plain_leaves.get(id(field))
    if entry is None:
        entry = _plain_leaves[id(field)] = (field, _classify(field))
    return entry[1]


def _classify(field: GraphQLField) -> PlainLeaf | None:
    definition = (field.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if definition is None or not definition.is_basic_field or field.args:
        return None
    nullable = not is_non_null_type(field.type)
    named: GraphQLOutputType = field.type if nullable else field.type.of_type  # type: ignore[attr-defined]
    if field.resolve is None or not is_leaf_type(named):
        return None
    return PlainLeaf(field.resolve, named.coerce_output_value, nullable)  # type: ignore[attr-defined]


class PlainFieldExecutor(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor, completing plain leaf fields directly (see the module's text).

    Field middleware wraps every resolver, basic ones included, so with any middleware in
    place every field takes the ordinary path."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        manager = self.middleware_manager
        self.plain_fields = manager is None or not manager.middlewares

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> AwaitableOrValue[Any]:
        if self.plain_fields:
            field = parent_type.fields.get(field_details_list[0].node.name.value)
            leaf = plain_leaf(field) if field is not None else None
            if leaf is not None:
                completed = self._complete_plain(leaf, source)
                if completed is not Undefined:
                    return completed
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def _complete_plain(self, leaf: PlainLeaf, source: Any) -> Any:
        """The field's answer, or Undefined where graphql-core must decide (an error)."""
        try:
            value = leaf.resolve(source, None)
            if value is None or value is Undefined:
                return None if leaf.nullable else Undefined
            if isinstance(value, Exception) or self.is_awaitable(value):
                return Undefined
            coerced = leaf.coerce(value)
        except Exception:  # graphql-core's path raises it again, and reports it
            return Undefined
        return Undefined if coerced is None else coerced
