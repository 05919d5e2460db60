"""Parsing that refuses oversized documents at C speed, and one cache of what was decided
about each document: its parse outcome and its validation.

graphql-core lexes in Python (about 5 µs a token), so a document just over the token limit
costs ~10 ms of event loop before `max_tokens` stops it, and every request waits meanwhile.
Here a regular expression counts the tokens first (about 20x faster, bench/abuse.py), and an
LRU keeps each document's outcome, refusals included: an abusive document sent again costs
a dictionary lookup.

The LRU is bounded by the documents' length rather than their number: a syntax tree takes
about 95 bytes per character of its document, so 512 documents at the token limit would
pin some 400 MB, while a budget in characters holds memory at a known size whatever mix
arrives. Validation results live with their document, keyed by the text as the parse is:
Strawberry's ValidationCache keyed them by the syntax tree, which a frozen dataclass hashes
in full on every lookup (21 µs for the dashboard) and which kept 512 more trees alive.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from cachetools import LRUCache
from graphql import (
    ASTValidationRule,
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    GraphQLSyntaxError,
    Source,
    parse,
)
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

# Longer documents are stuffed with a string or comments; caching them would let a few
# hundred pin hundreds of megabytes, so they are parsed (and refused) afresh each time.
CACHEABLE_CHARS = 100_000

# One match per token as graphql-core counts them (comments count too), each after the
# characters the lexer ignores. For a valid document the count is exact; for an invalid one
# graphql-core refuses anyway. Unterminated strings run to their line's (or the document's)
# end and stray characters are one token each, so every match attempt succeeds and the scan
# is linear whatever the input.
_TOKENS = re.compile(
    r"""
    [\s,\ufeff]*+
    (?P<token>
        \"\"\"(?:\\\"\"\"|(?!\"\"\").)*+(?:\"\"\"|\Z)  # block string
      | "(?:[^"\\\n\r]|\\.)*+"?                        # string
      | \#[^\n\r]*+                                    # comment
      | -?[0-9]++(?:\.[0-9]++)?+(?:[eE][+-]?+[0-9]++)?+  # number
      | [_A-Za-z][_0-9A-Za-z]*+                        # name
      | \.\.\.
      | .                                              # punctuator or stray character
      | \Z
    )
    """,
    re.VERBOSE | re.DOTALL,
)


def first_token_past(query: str, max_tokens: int) -> int | None:
    """Where the token after the first `max_tokens` starts; None if there are no more."""
    if len(query) <= max_tokens:  # every token takes at least one character
        return None
    for count, match in enumerate(_TOKENS.finditer(query), start=1):
        if count > max_tokens and match.group("token"):  # the empty match is the end
            return match.start("token")
    return None


def _outcome(query: str, max_tokens: int) -> DocumentNode | GraphQLError:
    if (position := first_token_past(query, max_tokens)) is not None:
        description = f"Document contains more than {max_tokens} tokens. Parsing aborted."
        return GraphQLSyntaxError(Source(query), position, description)
    try:
        return parse(query, max_tokens=max_tokens)
    except GraphQLError as error:
        return error


Rules = tuple[type[ASTValidationRule], ...]


@dataclass
class _Known:
    """What was decided about one document: parsed or refused, and valid or not under each
    schema and set of rules it met."""

    outcome: DocumentNode | GraphQLError
    chars: int  # the document's length, its weight in the cache
    validations: dict[tuple[GraphQLSchema, Rules], list[GraphQLError]] = field(default_factory=dict)


@cache
def _known(max_tokens: int, max_chars: int) -> LRUCache[str, _Known]:
    """One LRU per (limit, budget) for the process, shared by every request and schema."""
    return LRUCache(maxsize=max_chars, getsizeof=lambda known: known.chars)


class DocumentCache(SchemaExtension):
    """Replaces Strawberry's MaxTokensLimiter, ParserCache and ValidationCache (same limit,
    same messages). `max_chars` bounds the cached documents' total length."""

    def __init__(self, max_tokens: int, max_chars: int) -> None:
        self.max_tokens = max_tokens
        self.known = _known(max_tokens, max_chars)
        self.seen: _Known | None = None

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        query = context.query or ""
        if len(query) > CACHEABLE_CHARS:
            self.seen = _Known(_outcome(query, self.max_tokens), len(query))
        elif (seen := self.known.get(query)) is not None:
            self.seen = seen
        else:
            self.seen = _Known(_outcome(query, self.max_tokens), len(query))
            self.known[query] = self.seen
        parsed = self.seen.outcome
        if isinstance(parsed, GraphQLError):
            # A fresh error per request: the cached one must not collect tracebacks.
            raise GraphQLError(parsed.message, source=parsed.source, positions=parsed.positions)
        context.graphql_document = parsed
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        document, seen = context.graphql_document, self.seen
        if seen is not None and document is not None:
            schema, rules = context.schema._schema, tuple(context.validation_rules)
            if (errors := seen.validations.get((schema, rules))) is None:
                errors = seen.validations[schema, rules] = validate_document(
                    schema, document, rules
                )
            context.pre_execution_errors = errors
        yield
