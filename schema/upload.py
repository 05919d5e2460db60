"""The Upload scalar, accepting only a file part of a multipart request.

Strawberry's own Upload passes any value through: a string literal or a JSON variable in a
file's place reached the resolvers, which then failed reading it. Here it is a GraphQL
error before anything runs."""

from __future__ import annotations

from typing import NoReturn

from graphql import GraphQLError, ValueNode
from starlette.datastructures import UploadFile
from strawberry.types.scalar import ScalarDefinition, scalar

NOT_A_FILE = "Upload must be a file part of a multipart request (GraphQL multipart spec)."


# GraphQLErrors, not TypeErrors: graphql-core keeps any other exception as the original
# error, which production masking would then hide as an unexpected one.
def _uploaded_file(value: object) -> UploadFile:
    if not isinstance(value, UploadFile):
        raise GraphQLError(NOT_A_FILE, extensions={"code": "BAD_USER_INPUT"})
    return value


def _no_literal(_node: ValueNode, _variables: dict[str, object] | None = None) -> NoReturn:
    raise GraphQLError(NOT_A_FILE, extensions={"code": "BAD_USER_INPUT"})


UPLOAD: ScalarDefinition = scalar(
    name="Upload",
    # The same description as Strawberry's, so the published schema does not change.
    description="Represents a file upload.",
    serialize=lambda value: value,
    parse_value=_uploaded_file,
    parse_literal=_no_literal,
)
