"""Regressions for the server errors the schema fuzzer (tests/fuzz.py) found. Each answered
with a masked "Unexpected error." before its fix, so each is checked here through an app in
production mode, where that is what a client would have seen."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from strawberry.relay import to_base64

from app.main import create_app
from app.settings import Settings
from integrations.fulfillment import sign, verify_signature
from models.account import Role
from schema.input_text import MESSAGE as NUL_REFUSED
from schema.pagination import BAD_CURSOR
from schema.upload import NOT_A_FILE
from tests.api import execute
from tests.factories import make_provider, make_user, token_for
from tests.galleries import create_gallery, open_gallery, photo_session

UPLOAD_FILE = """
mutation ($file: Upload!) { uploadFile(input: {kind: ATTACHMENT, file: $file}) {
  file { id } userErrors { code }
} }"""
FUNNEL = """
query ($from: DateTime!, $to: DateTime!) {
  funnel(from: $from, to: $to) { total { steps { step } } }
}"""


@pytest.fixture
async def production(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    masked = settings.model_copy(
        update={"environment": "production", "secret_key": "findings-not-the-default"}
    )
    transport = httpx.ASGITransport(app=create_app(masked))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


def refused(body: dict[str, Any], message: str) -> None:
    assert body.get("data") is None, body
    assert [error["message"] for error in body["errors"]] == [message], body


async def test_a_string_in_place_of_an_upload_is_a_graphql_error(
    production: httpx.AsyncClient,
) -> None:
    token = await token_for(await make_user(Role.CLIENT))
    literal = UPLOAD_FILE.replace("($file: Upload!) ", "").replace("$file", '"not a file"')
    body = await execute(production, literal, token=token)
    assert body.get("data") is None, body
    assert body["errors"][0]["message"].endswith(NOT_A_FILE), body
    body = await execute(production, UPLOAD_FILE, {"file": "not a file"}, token=token)
    assert body.get("data") is None, body
    assert body["errors"][0]["message"].endswith(NOT_A_FILE), body


async def test_text_with_a_nul_character_is_refused_before_it_reaches_postgresql(
    production: httpx.AsyncClient,
) -> None:
    by_literal = '{ galleryAccess(slug: "a\\u0000b", accessToken: "t") { id } }'
    refused(await execute(production, by_literal), NUL_REFUSED)
    block_string = '{ galleryAccess(slug: """a\x00b""", accessToken: "t") { id } }'
    refused(await execute(production, block_string), NUL_REFUSED)
    by_variable = 'query ($slug: String!) { galleryAccess(slug: $slug, accessToken: "t") { id } }'
    refused(await execute(production, by_variable, {"slug": "a\x00b"}), NUL_REFUSED)
    nested = {"input": {"slug": "x", "accessCode": "ABCD\x00"}}
    refused(
        await execute(
            production,
            "mutation ($input: OpenGalleryInput!) { openGallery(input: $input) { accessToken } }",
            nested,
        ),
        NUL_REFUSED,
    )


async def test_funnel_refuses_instants_without_offset_and_ranges_past_year_9999(
    production: httpx.AsyncClient,
) -> None:
    admin = await token_for(await make_user(Role.ADMIN))
    naive = {"from": "2026-01-01T00:00:00", "to": "2026-02-01T00:00:00+00:00"}
    refused(
        await execute(production, FUNNEL, naive, token=admin), "`from` and `to` need a UTC offset."
    )
    late = {"from": "9999-12-01T00:00:00+00:00", "to": "9999-12-31T00:00:00+00:00"}
    body = await execute(production, FUNNEL, late, token=admin)
    assert "errors" not in body, body
    too_long = {"from": "9998-01-01T00:00:00+00:00", "to": "9999-12-31T00:00:00+00:00"}
    refused(
        await execute(production, FUNNEL, too_long, token=admin),
        "`to` must follow `from` by at most 366 days.",
    )


async def test_an_access_code_with_non_ascii_letters_is_just_a_wrong_code(
    production: httpx.AsyncClient,
) -> None:
    gallery = await create_gallery(production, await photo_session())
    payload = await open_gallery(production, gallery["slug"], "ÄÖÜ-éèê-ñ")
    assert payload["accessToken"] is None
    assert [error["code"] for error in payload["userErrors"]] == ["INVALID_ACCESS"], payload


def test_a_print_lab_signature_with_non_ascii_characters_is_just_wrong() -> None:
    """Found beside the fuzzer's findings, by the same kind of input in a header."""
    now = 1_000_000
    assert not verify_signature("s3cret", "t=²,v1=00", b"{}", now)
    assert not verify_signature("s3cret", f"t={now},v1=é", b"{}", now)
    assert verify_signature("s3cret", sign("s3cret", now, b"{}"), b"{}", now)


async def test_bad_paging_arguments_on_list_connections_are_graphql_errors(
    production: httpx.AsyncClient,
) -> None:
    provider = await make_provider()
    query = """query ($id: ID!, $after: String, $first: Int) { node(id: $id) {
      ... on Provider { services(after: $after, first: $first) { edges { cursor } } }
    } }"""
    provider_id = to_base64("Provider", str(provider.id))
    not_numbered = to_base64("arrayconnection", "x")
    for after, first, message in [
        ("not base64", None, BAD_CURSOR),
        (not_numbered, None, BAD_CURSOR),
        (None, -1, "Argument 'first' must be a non-negative integer."),
        (None, 1000, "Argument 'first' cannot be higher than 100."),
    ]:
        variables = {"id": provider_id, "after": after, "first": first}
        body = await execute(production, query, variables)
        assert [error["message"] for error in body["errors"]] == [message], body
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", body
