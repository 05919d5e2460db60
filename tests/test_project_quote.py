"""projectQuote: the pricing calculator quotes what createProject then charges."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from strawberry.relay import to_base64

from tests.api import execute, gql
from tests.scheduling import client_token, open_studio
from tests.test_voiceover import create

QUOTE = """query ($service: ID!, $deadline: DateTime, $rush: Boolean) {
  projectQuote(serviceId: $service, deadline: $deadline, rush: $rush) {
    base { amount currency } surcharge { amount } total { amount currency }
  }
}"""
ARCHIVE = """mutation ($input: ArchiveServiceInput!) {
  archiveService(input: $input) { userErrors { code } }
}"""


async def test_the_quote_is_what_the_project_then_costs(client: httpx.AsyncClient) -> None:
    # Default length: 60 minutes at 100.00 EUR; a seat for each client's consultation.
    studio = await open_studio(seats=10)
    soon = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    cases = [({}, 0), ({"rush": True}, 5_000), ({"deadline": soon}, 2_500)]
    for fields, surcharge in cases:
        # Anyone browsing may ask, signed in or not.
        asked = await gql(client, QUOTE, {"service": studio.service_id} | fields)
        assert asked["projectQuote"] == {
            "base": {"amount": 10_000, "currency": "EUR"},
            "surcharge": {"amount": surcharge},
            "total": {"amount": 10_000 + surcharge, "currency": "EUR"},
        }
        created = await create(client, studio, await client_token(), **fields)
        assert created["project"]["price"]["amount"] == 10_000 + surcharge


async def test_no_quote_for_a_service_not_offered_nor_a_past_deadline(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    unknown = to_base64("Service", "00000000-0000-0000-0000-000000000000")
    assert (await gql(client, QUOTE, {"service": unknown}))["projectQuote"] is None
    past = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    refused = await execute(client, QUOTE, {"service": studio.service_id, "deadline": past})
    assert refused["data"] == {"projectQuote": None}
    assert refused["errors"][0]["message"] == "The deadline has already passed."
    assert refused["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    archived = await gql(
        client, ARCHIVE, {"input": {"id": studio.service_id}}, token=studio.provider_token
    )
    assert archived["archiveService"]["userErrors"] == []
    assert (await gql(client, QUOTE, {"service": studio.service_id}))["projectQuote"] is None
