"""Regressions for the server errors the schema fuzzer (tests/fuzz.py) found: each answered
with a masked "Unexpected error." before its fix."""

from __future__ import annotations

import httpx

from models.account import Role
from schema.upload import NOT_A_FILE
from tests.api import execute
from tests.factories import make_user, token_for

UPLOAD_FILE = """
mutation ($file: Upload!) { uploadFile(input: {kind: ATTACHMENT, file: $file}) {
  file { id } userErrors { code }
} }"""


async def test_a_string_in_place_of_an_upload_is_a_graphql_error(
    client: httpx.AsyncClient,
) -> None:
    token = await token_for(await make_user(Role.CLIENT))
    literal = UPLOAD_FILE.replace("($file: Upload!) ", "").replace("$file", '"not a file"')
    by_literal = await execute(client, literal, token=token)
    by_variable = await execute(client, UPLOAD_FILE, {"file": "not a file"}, token=token)
    for body in (by_literal, by_variable):
        assert body.get("data") is None, body
        assert NOT_A_FILE in body["errors"][0]["message"], body
