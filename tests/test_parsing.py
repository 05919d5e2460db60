"""The fast token count agrees with graphql-core's, and parse and validation outcomes are
cached within a bounded total length."""

from __future__ import annotations

import time

import pytest
import strawberry
from graphql import GraphQLSyntaxError, parse
from strawberry.extensions import AddValidationRules, QueryDepthLimiter
from strawberry.schema.schema import validate_document

import schema.parsing
from app.settings import Settings
from schema import build_schema
from schema.parsing import CACHEABLE_CHARS, DocumentCache, first_token_past
from tests.abuse import CYCLIC_FRAGMENTS, aliased_query, deep_query, nested_fragments

TRICKY = '''# a comment { } "
query Q($a: Int = -12, $b: Float = 1.5e-3, $s: String = "x { } \\" # no comment") @d(x: [1]) {
  # another, with a BOM and commas around
  f(s: """block "" with \\""" escaped { } # and
  lines""", t: "", u: """""", v: [1, 2.0, true, null, ENUM], w: {k: $a}) { ...F ... on T { a } }
}
fragment F on T { b }
#last'''
DOCUMENTS = [
    TRICKY,
    "\ufeff{ a , b,,, c }",
    "{a}#x\n#y\r\n#z",
    aliased_query(50),
    deep_query(20),
    nested_fragments(5),
    CYCLIC_FRAGMENTS,
]


def graphql_core_count(document: str) -> int:
    """The least `max_tokens` graphql-core parses the document with."""
    count = 1
    while True:
        try:
            parse(document, max_tokens=count)
        except GraphQLSyntaxError as error:
            if "tokens" not in error.message:  # the document itself is wrong
                raise
            count += 1
        else:
            return count


@pytest.mark.parametrize("document", DOCUMENTS)
def test_counts_tokens_as_graphql_core_does(document: str) -> None:
    count = graphql_core_count(document)
    assert first_token_past(document, count) is None
    if len(document) > count - 1:  # shorter ones are let through without counting
        assert first_token_past(document, count - 1) is not None


def test_refuses_where_graphql_core_would() -> None:
    document = aliased_query(1_000)
    with pytest.raises(GraphQLSyntaxError) as core:
        parse(document, max_tokens=2_000)
    assert first_token_past(document, 2_000) == core.value.positions[0]  # type: ignore[index]


@pytest.mark.parametrize(
    "document",
    ['"\\' * 200_000, '"""' + "a" * 400_000, '"' * 400_000, " " * 400_000 + "%", "#\n" * 200_000],
)
def test_the_count_is_linear_on_hostile_input(document: str) -> None:
    started = time.perf_counter()
    first_token_past(document, 2_000)
    assert time.perf_counter() - started < 1  # a quadratic scan would take minutes


class CountingParse:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args: object, **kwargs: object) -> object:
        self.calls += 1
        return parse(*args, **kwargs)  # type: ignore[arg-type]


async def test_an_abusive_document_sent_again_is_not_parsed_again(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting = CountingParse()
    monkeypatch.setattr(schema.parsing, "parse", counting)
    built = build_schema(settings)
    # Under the token limit, so graphql-core parses it all before finding the mistake.
    broken = "{ " + " ".join(f"a{n}: __typename" for n in range(300)) + " oops: }"
    first = await built.execute(broken)
    again = await built.execute(broken)
    assert first.errors is not None
    assert again.errors is not None
    assert first.errors[0].formatted == again.errors[0].formatted
    assert first.errors[0].message.startswith("Syntax Error: Expected Name")
    assert counting.calls == 1
    # Stuffed documents are not kept: each is parsed afresh.
    stuffed = "{ __typename oops: } #" + "x" * CACHEABLE_CHARS
    await built.execute(stuffed)
    await built.execute(stuffed)
    assert counting.calls == 3


class CountingValidation:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args: object) -> object:
        self.calls += 1
        return validate_document(*args)  # type: ignore[arg-type]


@strawberry.type
class Tiny:
    @strawberry.field
    def hello(self, name: str = "") -> str:
        return name

    @strawberry.field
    def tiny(self) -> Tiny:
        return Tiny()


def tiny_schema(budget: int, max_depth: int = 10) -> strawberry.Schema:
    limit = QueryDepthLimiter(max_depth=max_depth).validation_rules
    return strawberry.Schema(
        query=Tiny,
        extensions=[lambda: DocumentCache(2_000, budget), lambda: AddValidationRules(limit)],
    )


async def test_a_document_is_validated_once_per_schema_and_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counting = CountingValidation()
    monkeypatch.setattr(schema.parsing, "validate_document", counting)
    shallow, deep = tiny_schema(10_000, max_depth=2), tiny_schema(10_000, max_depth=5)
    document = "{ tiny { tiny { tiny { hello } } } }"
    for _ in range(3):
        refused = await shallow.execute(document)
        assert refused.errors is not None
        assert "exceeds maximum operation depth of 2" in refused.errors[0].message
    assert counting.calls == 1
    # The same text under other rules is validated, and passes, on its own.
    for _ in range(3):
        assert (await deep.execute(document)).data == {"tiny": {"tiny": {"tiny": {"hello": ""}}}}
    assert counting.calls == 2


async def test_cached_documents_are_bounded_by_their_total_length() -> None:
    budget = 300  # characters; each document below is 100
    tiny = tiny_schema(budget)
    documents = [f'{{ hello(name: "{n:0>81}") }}' for n in range(5)]
    assert {len(document) for document in documents} == {100}
    for document in documents:
        assert (await tiny.execute(document)).errors is None
    known = schema.parsing._known(2_000, budget)
    assert list(known) == documents[2:]  # the oldest went first
    assert known.currsize == budget
