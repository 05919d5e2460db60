"""Refuse operations whose text input holds a NUL character (U+0000).

PostgreSQL's text cannot hold NUL: any such string reaching a query failed there as an
unexpected error, in whichever field received it. Checked once for every operation, in its
literals and its variables, before anything runs."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import BREAK, ExecutionResult, GraphQLError, StringValueNode, Visitor, visit
from strawberry.extensions import SchemaExtension

NUL = "\x00"
MESSAGE = "Text may not contain the NUL character (U+0000)."


class _FindNul(Visitor):
    found = False

    def enter_string_value(self, node: StringValueNode, *_: object) -> object:
        if NUL in node.value:
            self.found = True
            return BREAK
        return None


def _holds_nul(value: object) -> bool:
    if isinstance(value, str):
        return NUL in value
    if isinstance(value, dict):
        return any(_holds_nul(key) or _holds_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_holds_nul(item) for item in value)
    return False


class RefuseNulCharacters(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        finder = _FindNul()
        # A literal holds NUL only raw (block strings allow it) or through a \u escape, so
        # documents with neither are not walked.
        query = context.query
        suspect = query is None or NUL in query or "\\u" in query
        if context.graphql_document is not None and suspect:
            visit(context.graphql_document, finder)
        if finder.found or _holds_nul(context.variables):
            # A result set before execution is what Strawberry answers with instead.
            error = GraphQLError(MESSAGE, extensions={"code": "BAD_USER_INPUT"})
            context.result = ExecutionResult(data=None, errors=[error])
        yield
