"""Plain leaf fields and Relay ids completed directly give exactly graphql-core's answers,
errors included, and every other field (or every field, under a field middleware) still takes
its path."""

from __future__ import annotations

import asyncio
import datetime as dt
from enum import Enum
from typing import Any, NewType

import pytest
import strawberry
from graphql import GraphQLResolveInfo
from strawberry import relay
from strawberry.extensions import SchemaExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from app.settings import Settings
from schema import build_schema
from schema.execution import PlainFieldExecutor


@strawberry.enum
class Mood(Enum):
    CALM = "CALM"
    LOUD = "LOUD"


# A scalar that serializes some values to null: a field error on graphql-core's path.
Odd = NewType("Odd", int)
CONFIG = StrawberryConfig(
    scalar_map={Odd: strawberry.scalar(name="Odd", serialize=lambda v: v if v % 2 else None)}
)


@strawberry.type
class Track:
    title: str
    plays: int
    rating: float | None
    mood: Mood
    mood_text: Mood | None
    released: dt.datetime
    odd: Odd
    tags: list[str]
    later: str
    missing: str

    @strawberry.field
    def shout(self) -> str:
        return self.title.upper()


def _track(n: int) -> Track:
    later: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    later.set_result(f"later {n}")
    return Track(
        title=f"Take {n}",
        plays=n,
        rating=None if n % 2 else 4.5,
        mood=Mood.LOUD,
        # Not a member: the enum refuses it, as a field error on this path.
        mood_text="QUIET" if n == 1 else Mood.CALM,  # type: ignore[arg-type]
        released=dt.datetime(2026, 3, n + 1, 9, 30, tzinfo=dt.UTC),
        odd=Odd(n),
        tags=["a", "b"],
        later=later,  # type: ignore[arg-type]
        missing=None,  # type: ignore[arg-type]
    )


@strawberry.type
class Album(relay.Node):
    code: relay.NodeID[str]
    title: str


@strawberry.type
class Single(relay.Node):
    """Names its ids itself: graphql-core's path asks it."""

    id: relay.NodeID[str]

    @classmethod
    def resolve_id(cls, root: Single, *, info: strawberry.Info) -> str:
        return f"single-{root.id}"


@strawberry.type
class Query:
    @strawberry.field
    def tracks(self) -> list[Track | None]:
        return [_track(n) for n in range(3)]

    @strawberry.field
    def albums(self) -> list[Album | None]:
        # The last one has no id: Strawberry's resolver refuses it (a field error).
        return [Album(code="a1", title="One"), Album(code=None, title="None")]  # type: ignore[arg-type]

    @strawberry.field
    def singles(self) -> list[Single]:
        return [Single(id="7")]


QUERY = """{
  tracks { title plays rating mood moodText released odd tags later shout }
  albums { id title }
  singles { id }
}"""


def schemas(**kwargs: Any) -> tuple[strawberry.Schema, strawberry.Schema]:
    return (
        strawberry.Schema(Query, config=CONFIG, **kwargs),
        strawberry.Schema(
            Query, config=CONFIG, execution_context_class=PlainFieldExecutor, **kwargs
        ),
    )


def answer(result: Any) -> tuple[Any, list[tuple[str, list[Any] | None]]]:
    errors = [(e.message, e.path) for e in result.errors or []]
    return result.data, sorted(errors, key=str)


async def test_answers_and_errors_are_graphql_cores() -> None:
    stock, fast = schemas()
    expected = answer(await stock.execute(QUERY))
    assert expected[1], "the query is meant to raise field errors"
    assert expected[0]["albums"][0]["id"] == relay.to_base64("Album", "a1")
    assert expected[0]["singles"] == [{"id": relay.to_base64("Single", "single-7")}]
    assert answer(await fast.execute(QUERY)) == expected


async def test_a_null_for_a_non_null_field_is_reported_with_its_path() -> None:
    stock, fast = schemas()
    query = "{ tracks { title missing } }"
    expected = answer(await stock.execute(query))
    assert expected[0] == {"tracks": [None, None, None]}
    assert [path for _, path in expected[1]] == [["tracks", n, "missing"] for n in range(3)]
    assert answer(await fast.execute(query)) == expected


async def test_only_fields_that_need_it_take_graphql_cores_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    taken: list[str] = []
    full_path = StrawberryGraphQLCoreExecutionContext.execute_field

    def counted(self: Any, parent_type: Any, source: Any, details: Any, *args: Any) -> Any:
        taken.append(f"{parent_type.name}.{details[0].node.name.value}")
        return full_path(self, parent_type, source, details, *args)

    monkeypatch.setattr(StrawberryGraphQLCoreExecutionContext, "execute_field", counted)
    _, fast = schemas()
    result = await fast.execute(
        "{ tracks { title plays mood released tags later shout } albums { id } singles { id } }"
    )
    assert result.errors is not None
    assert [e.path for e in result.errors] == [["albums", 1, "id"]]
    # The lists, a list of scalars, an awaitable value, a resolver, a node that resolves its
    # own id, and the id that is missing: nothing else.
    per_track = ["Track.tags", "Track.later", "Track.shout"]
    other = ["Query.albums", "Album.id", "Query.singles", "Single.id"]
    assert taken == ["Query.tracks", *per_track * 3, *other]


class CountingMiddleware(SchemaExtension):
    calls = 0

    def resolve(self, _next: Any, root: Any, info: GraphQLResolveInfo, **kwargs: Any) -> Any:
        type(self).calls += 1
        return _next(root, info, **kwargs)


async def test_field_middleware_still_sees_every_field() -> None:
    stock, fast = schemas(extensions=[CountingMiddleware])
    expected = answer(await stock.execute(QUERY))
    seen = CountingMiddleware.calls
    assert answer(await fast.execute(QUERY)) == expected
    assert CountingMiddleware.calls == 2 * seen


def test_the_api_schema_executes_with_it() -> None:
    assert build_schema(Settings()).execution_context_class is PlainFieldExecutor
