"""Which GraphQL errors are bugs, and how each kind is logged."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import strawberry
from graphql import GraphQLError
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionContext

log = logging.getLogger("studiograph.graphql")
# Refusal messages can quote names from the client's document; a line in the log is enough.
MAX_LOGGED_MESSAGE = 200


# Strawberry refuses a document of the wrong kind (a query sent where only subscriptions run,
# as over the legacy graphql-ws protocol) with a GraphQLError that keeps these originals: the
# client's doing, to be told as it is, not masked as a bug.
REFUSED_DOCUMENTS = (CannotGetOperationTypeError, InvalidOperationTypeError)


class BadUserInput(GraphQLError):
    """Arguments of a query the client got wrong (a range, a cursor, a deadline past): a
    GraphQL error, since queries have no payload to carry userErrors."""

    def __init__(self, message: str) -> None:
        super().__init__(message, extensions={"code": "BAD_USER_INPUT"})


def require_range(start: datetime, end: datetime, max_days: int) -> None:
    """A report's [start, end): both with a UTC offset (a naive instant is ambiguous, and
    naive and aware ones do not compare), end after start, at most `max_days` apart."""
    if start.tzinfo is None or end.tzinfo is None:
        raise BadUserInput("`from` and `to` need a UTC offset.")
    # A difference rather than `start + limit`, which overflows near year 9999.
    if not timedelta(0) < end - start <= timedelta(days=max_days):
        raise BadUserInput(f"`to` must follow `from` by at most {max_days} days.")


def is_unexpected(error: GraphQLError) -> bool:
    """Mask only bugs: errors we raise on purpose are GraphQLErrors and reach the client intact."""
    original = error.original_error
    return original is not None and not isinstance(original, (GraphQLError, *REFUSED_DOCUMENTS))


class StudioSchema(strawberry.Schema):
    """Strawberry logs every error at ERROR with the document's source around it: refusals
    (a query too deep, a wrong argument, a permission denied) are the client's doing and would
    bury real failures, and the source of an abusive document can be huge. Here refusals are
    one INFO line and bugs keep their traceback; the request id comes from the log filter."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        operation = execution_context.operation_name if execution_context else None
        for error in errors:
            path = ".".join(str(key) for key in error.path) if error.path else None
            if is_unexpected(error):
                log.error(
                    "unexpected error: %s",
                    error.message,
                    exc_info=error.original_error,
                    extra={"graphql_path": path, "operation": operation},
                )
            else:
                log.info(
                    "refused: %s",
                    error.message[:MAX_LOGGED_MESSAGE],
                    extra={
                        "graphql_path": path,
                        "operation": operation,
                        "code": (error.extensions or {}).get("code"),
                    },
                )
