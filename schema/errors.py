"""Which GraphQL errors are bugs, and how each kind is logged."""

from __future__ import annotations

import logging

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
