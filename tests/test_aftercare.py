"""Session summaries by the provider, follow-ups by the client, priced by the service."""

from __future__ import annotations

import asyncio

import httpx

from models.aftercare import FollowUpRequest, SessionSummary
from tests.api import assert_denied, execute, gql
from tests.scheduling import Studio, at, client_token, due, next_weekday, open_studio
from tests.test_booking import BOOK, booking

SUMMARY = """
mutation ($input: SubmitSessionSummaryInput!) {
  submitSessionSummary(input: $input) {
    summary { findings partsNeeded } userErrors { field code }
  }
}"""
FOLLOW_UP = """
mutation ($input: RequestFollowUpInput!) {
  requestFollowUp(input: $input) {
    followUp { id kind price { amount currency } status } userErrors { field code }
  }
}"""


async def completed_session(client: httpx.AsyncClient, studio: Studio) -> tuple[str, str]:
    token = await client_token()
    booked = await gql(client, BOOK, booking(studio, at(next_weekday(2), 10)), token=token)
    session_id = booked["bookSession"]["session"]["id"]
    return session_id, token


async def finish(client: httpx.AsyncClient, studio: Studio, session_id: str) -> None:
    await due(session_id)
    for name in ("confirmSession", "startSession", "completeSession"):
        move = f"mutation ($id: ID!) {{ {name}(input: {{id: $id}}) {{ userErrors {{ code }} }} }}"
        await gql(client, move, {"id": session_id}, token=studio.provider_token)


async def test_summary_only_after_completion_and_only_by_the_provider(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    session_id, client_tok = await completed_session(client, studio)
    data = {"sessionId": session_id, "findings": "Worn pads", "partsNeeded": ["front pads"]}
    early = await gql(client, SUMMARY, {"input": data}, token=studio.provider_token)
    assert early["submitSessionSummary"]["userErrors"] == [
        {"field": "sessionId", "code": "NOT_FINISHED"}
    ]
    await finish(client, studio, session_id)
    await assert_denied(client, SUMMARY, {"input": data}, token=client_tok)
    done = await gql(client, SUMMARY, {"input": data}, token=studio.provider_token)
    assert done["submitSessionSummary"]["summary"] == {
        "findings": "Worn pads",
        "partsNeeded": ["front pads"],
    }
    seen = await gql(
        client,
        "query ($id: ID!) { session(id: $id) { summary { findings } } }",
        {"id": session_id},
        token=client_tok,
    )
    assert seen["session"]["summary"] == {"findings": "Worn pads"}
    assert await SessionSummary.all().count() == 1


async def test_follow_ups_are_priced_by_the_service(client: httpx.AsyncClient) -> None:
    studio = await open_studio()  # 60 minutes at 100.00 EUR is the default rate
    session_id, client_tok = await completed_session(client, studio)
    ask = {
        "input": {"sessionId": session_id, "kind": "MINI_EXTENSION", "question": "And the rear?"}
    }
    early = await gql(client, FOLLOW_UP, ask, token=client_tok)
    assert early["requestFollowUp"]["userErrors"] == [{"field": None, "code": "NOT_FINISHED"}]
    await finish(client, studio, session_id)
    await assert_denied(client, FOLLOW_UP, ask, token=studio.provider_token)
    asked = await gql(client, FOLLOW_UP, ask, token=client_tok)
    assert asked["requestFollowUp"]["followUp"]["price"] == {"amount": 2500, "currency": "EUR"}

    studio.service.premium = True
    await studio.service.save()
    again = {"input": ask["input"] | {"question": "And the spare?"}}
    free = await gql(client, FOLLOW_UP, again, token=client_tok)
    assert free["requestFollowUp"]["followUp"]["price"]["amount"] == 0
    both = ask["input"] | {"projectId": session_id}
    refused = await gql(client, FOLLOW_UP, {"input": both}, token=client_tok)
    assert refused["requestFollowUp"]["userErrors"][0]["code"] == "INVALID_VALUE"
    assert await FollowUpRequest.all().count() == 2

    node = "query ($id: ID!) { node(id: $id) { ... on FollowUp { question } } }"
    follow_up_id = asked["requestFollowUp"]["followUp"]["id"]
    assert (await gql(client, node, {"id": follow_up_id}, token=client_tok))["node"] == {
        "question": "And the rear?"
    }
    assert (await gql(client, node, {"id": follow_up_id}, token=await client_token()))[
        "node"
    ] is None


async def test_a_blank_part_is_refused(client: httpx.AsyncClient) -> None:
    # Stored trimmed, it was listed as an empty part and counted in the recommendation's
    # "Your summary lists 2 parts needed".
    studio = await open_studio()
    session_id, _ = await completed_session(client, studio)
    await finish(client, studio, session_id)
    data = {"sessionId": session_id, "findings": "Worn pads", "partsNeeded": ["front pads", "  "]}
    refused = await gql(client, SUMMARY, {"input": data}, token=studio.provider_token)
    assert refused["submitSessionSummary"]["userErrors"] == [
        {"field": "partsNeeded", "code": "INVALID_VALUE"}
    ]
    assert not await SessionSummary.exists()


async def test_a_follow_up_sent_twice_is_asked_and_charged_once(
    client: httpx.AsyncClient,
) -> None:
    # A double-click asked twice, and each was priced: the client owed the follow-up twice.
    studio = await open_studio()
    session_id, client_tok = await completed_session(client, studio)
    await finish(client, studio, session_id)
    ask = {"input": {"sessionId": session_id, "kind": "QUICK_QUESTION", "question": "Torque?"}}
    answers = await asyncio.gather(
        *(execute(client, FOLLOW_UP, ask, token=client_tok) for _ in range(3))
    )
    assert all("errors" not in answer for answer in answers), answers
    asked = {answer["data"]["requestFollowUp"]["followUp"]["id"] for answer in answers}
    assert len(asked) == 1
    assert await FollowUpRequest.all().count() == 1

    # Another question, or the same one at another size, is a follow-up of its own.
    other = {"input": ask["input"] | {"kind": "MINI_EXTENSION"}}
    await gql(client, FOLLOW_UP, other, token=client_tok)
    assert await FollowUpRequest.all().count() == 2
