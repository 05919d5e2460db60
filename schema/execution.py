"""Plain fields completed without graphql-core's per-field machinery.

graphql-core completes every field alike: a ResolveInfo of sixteen entries, the resolver
(through Strawberry's wrappers when it has one), an awaitable check, then `complete_value`'s
dispatch on the field's type. Two kinds of field make up most of any answer, and for them
that machinery is most of the cost (bench/execution.py):

- a plain leaf: Strawberry's "basic" field (no resolver, no extension, so no argument) of a
  scalar or enum type, such as a slot's start or a service's name: ~5 µs, where reading the
  attribute and serializing it take under 2;
- a Relay node's `id`, built by Strawberry's `Node._id` resolver from the type's name and
  the attribute annotated `NodeID`: ~18 µs, for one base64 encoding.

Here both are computed directly. Only the ordinary outcome is taken this way: a value that
serializes to something. Null for a non-null field, an exception, an awaitable, a value the
type refuses, or a node class that resolves its own id or type name goes through
graphql-core's path, which reads the attribute again (neither read has side effects) and
reports any error with its path and message exactly as before.

Every other field with a resolver and no argument or extension (a page's provider, a
project's latest version) is called through a lean resolver (`use_lean_resolvers`): its
function with Strawberry's Info, as Strawberry calls it, without the eight calls of argument
conversion and extension chaining that have nothing to do for it (~5 µs a field).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import strawberry
from graphql import (
    GraphQLField,
    GraphQLObjectType,
    GraphQLResolveInfo,
    is_leaf_type,
    is_non_null_type,
    is_object_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import AwaitableOrValue, Path, Undefined
from strawberry import relay
from strawberry.execution.is_awaitable import optimized_is_awaitable
from strawberry.relay.utils import to_base64
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField
from strawberry.types.fields.resolver import StrawberryResolver

# The answer for (source, parent type's name), or Undefined where graphql-core must decide.
Completion = Callable[[Any, str], Any]

_NODE_ID = relay.Node.__dict__["_id"].__func__
_DEFAULT_RESOLVE_ID = relay.Node.resolve_id.__func__
_DEFAULT_RESOLVE_TYPENAME = relay.Node.resolve_typename.__func__

# Per GraphQL field of any schema built in this process, keyed by id(): GraphQLField is not
# hashable. Each entry keeps its field alive, so no id is reused while the entry exists.
_completions: dict[int, tuple[GraphQLField, Completion | None]] = {}


def completion(field: GraphQLField) -> Completion | None:
    """`field`'s direct completion, or None when it needs graphql-core's whole path."""
    entry = _completions.get(id(field))
    if entry is None:
        entry = _completions[id(field)] = (field, _classify(field))
    return entry[1]


def _classify(field: GraphQLField) -> Completion | None:
    definition = (field.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if not isinstance(definition, StrawberryField) or definition.extensions or field.args:
        return None
    resolver = definition.base_resolver
    if resolver is not None:
        bound = getattr(resolver.wrapped_func, "__func__", None)
        return _node_id if bound is _NODE_ID else None
    nullable = not is_non_null_type(field.type)
    named = field.type if nullable else field.type.of_type  # type: ignore[attr-defined]
    if type(definition).get_result is not StrawberryField.get_result or not is_leaf_type(named):
        return None
    # What a basic field's get_result does: the schema's default resolver (getattr unless
    # configured) on the field's Python name.
    read = definition.default_resolver
    return _plain_leaf(read, definition.python_name, named.coerce_output_value, nullable)


def _plain_leaf(
    read: Callable[[Any, str], Any], name: str, coerce: Callable[[Any], Any], nullable: bool
) -> Completion:
    def complete(source: Any, _parent: str) -> Any:
        value = read(source, name)
        if value is None or value is Undefined:
            return None if nullable else Undefined
        if isinstance(value, Exception) or optimized_is_awaitable(value):
            return Undefined
        coerced = coerce(value)
        return Undefined if coerced is None else coerced

    return complete


def _node_id(source: Any, parent: str) -> Any:
    """What `Node._id` gives once serialized: base64 of "<parent type>:<id attribute>"."""
    id_attr = _default_id_attr(type(source))
    if id_attr is None:
        return Undefined
    node_id = getattr(source, id_attr)
    if node_id is None or optimized_is_awaitable(node_id):
        return Undefined
    return to_base64(parent, str(node_id))


@cache
def _default_id_attr(cls: type) -> str | None:
    """The `NodeID` attribute of a node class that keeps Strawberry's way of naming itself."""
    if not issubclass(cls, relay.Node):
        return None
    resolve_id = getattr(cls.resolve_id, "__func__", None)
    resolve_typename = getattr(cls.resolve_typename, "__func__", None)
    if resolve_id is not _DEFAULT_RESOLVE_ID or resolve_typename is not _DEFAULT_RESOLVE_TYPENAME:
        return None
    return cls.resolve_id_attr()


class PlainFieldExecutor(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor, completing plain fields directly (see the module's text).

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
            complete = completion(field) if field is not None else None
            if complete is not None:
                try:
                    completed = complete(source, parent_type.name)
                except Exception:  # graphql-core's path raises it again, and reports it
                    completed = Undefined
                if completed is not Undefined:
                    return completed
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )


def use_lean_resolvers(schema: strawberry.Schema) -> None:
    """Calls each resolver without arguments or extensions directly (see the module's text).

    A schema with exception handlers keeps Strawberry's resolvers: they apply the handlers."""
    if schema.exception_handlers:
        return
    info_class = schema.config.info_class
    for named in schema._schema.type_map.values():
        if not is_object_type(named) or named.name.startswith("__"):
            continue
        for field in named.fields.values():
            definition = (field.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
            if (
                isinstance(definition, StrawberryField)
                and definition.base_resolver is not None
                and not definition.extensions
                and not definition.arguments
                and not definition.is_subscription
            ):
                field.resolve = _lean(definition, definition.base_resolver, info_class)


def _lean(
    definition: StrawberryField, resolver: StrawberryResolver[Any], info_class: type
) -> Callable[..., Any]:
    """What Strawberry's resolver does for a field without arguments or extensions: the
    source as `self`, `root` or `parent`, and Info as the parameter that asks for it."""
    pass_self = resolver.self_parameter is not None
    to_source = [p.name for p in (resolver.root_parameter, resolver.parent_parameter) if p]
    info_name = resolver.info_parameter.name if resolver.info_parameter else None
    function = resolver.wrapped_func

    def resolve(source: Any, info: GraphQLResolveInfo) -> Any:
        kwargs = dict.fromkeys(to_source, source)
        if info_name is not None:
            kwargs[info_name] = info_class(_raw_info=info, _field=definition)
        return function(source, **kwargs) if pass_self else function(**kwargs)

    return resolve
