"""Resolvers without arguments or extensions, called directly, answer as Strawberry's own
wrappers do (source, root, parent, Info, static and class methods, async, errors), and the
others keep Strawberry's resolvers."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.permission import BasePermission

from schema.execution import use_lean_resolvers


class Nobody(BasePermission):
    message = "Nobody may."

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        return False


@strawberry.type
class Studio:
    name: str

    @strawberry.field
    def upper(self) -> str:
        return self.name.upper()

    @strawberry.field
    def by_root(root: Studio) -> str:  # noqa: N805 - Strawberry passes the source as `root`
        return f"{root.name} (root)"

    @strawberry.field
    def by_parent(self, parent: strawberry.Parent[Studio]) -> str:
        return f"{parent.name} (parent)"

    @strawberry.field
    def where(self, info: strawberry.Info) -> str:
        return f"{info.path.prev.key}: {info.field_name} for {info.context['who']}"  # type: ignore[union-attr]

    @strawberry.field
    @staticmethod
    def opening() -> int:
        return 9

    @strawberry.field
    @classmethod
    def kind(cls) -> str:
        return cls.__name__

    @strawberry.field
    async def later(self) -> str:
        return f"{self.name} later"

    @strawberry.field
    def broken(self) -> str | None:
        raise ValueError(f"{self.name} is closed")

    @strawberry.field
    def greet(self, who: str) -> str:
        return f"{self.name} greets {who}"

    @strawberry.field(permission_classes=[Nobody])
    def secret(self) -> str | None:
        return "code"


@strawberry.type
class Query:
    @strawberry.field
    def studios(self) -> list[Studio]:
        return [Studio(name="North"), Studio(name="South")]


QUERY = """{ studios {
  upper byRoot byParent where opening kind later broken greet(who: "Ada") secret
} }"""


def answer(result: Any) -> tuple[Any, list[tuple[str, Any]]]:
    return result.data, sorted(((e.message, e.path) for e in result.errors or []), key=str)


async def test_lean_resolvers_answer_as_strawberrys() -> None:
    stock, lean = strawberry.Schema(Query), strawberry.Schema(Query)
    use_lean_resolvers(lean)
    context = {"who": "Ada"}
    expected = answer(await stock.execute(QUERY, context_value=context))
    assert expected[0]["studios"][1]["where"] == "1: where for Ada"
    assert [message for message, _ in expected[1]] == [
        "Nobody may.",
        "Nobody may.",
        "North is closed",
        "South is closed",
    ]
    assert answer(await lean.execute(QUERY, context_value=context)) == expected


def test_only_resolvers_without_arguments_or_extensions_are_replaced() -> None:
    stock, lean = strawberry.Schema(Query), strawberry.Schema(Query)
    use_lean_resolvers(lean)
    before = stock._schema.type_map["Studio"].fields
    after = lean._schema.type_map["Studio"].fields
    replaced = {
        name for name in after if after[name].resolve.__code__ is not before[name].resolve.__code__
    }
    expected = {"upper", "byRoot", "byParent", "where", "opening", "kind", "later", "broken"}
    assert replaced == expected  # not `name` (no resolver), `greet` or `secret`


@strawberry.type
class Closed:
    reason: str


class ClosedHandler(strawberry.ExceptionHandler[ValueError, Closed]):
    def handle(self, exception: ValueError, *, field: Any, info: Any) -> Closed:
        return Closed(reason=str(exception))


@strawberry.type
class Guarded:
    @strawberry.field
    def visit(self) -> Studio | Closed:
        raise ValueError("closed for the holidays")


@strawberry.type
class GuardedQuery:
    @strawberry.field
    def guarded(self) -> Guarded:
        return Guarded()


async def test_a_schema_with_exception_handlers_keeps_strawberrys_resolvers() -> None:
    lean = strawberry.Schema(GuardedQuery, exception_handlers=[ClosedHandler()])
    use_lean_resolvers(lean)
    result = await lean.execute("{ guarded { visit { ... on Closed { reason } } } }")
    assert result.data == {"guarded": {"visit": {"reason": "closed for the holidays"}}}
