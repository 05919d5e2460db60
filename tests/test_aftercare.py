"""Session summaries by the provider, follow-ups by the client, priced by the service."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from strawberry.relay import to_base64

import resolvers.aftercare
from domain.session import SessionStatus
from models.aftercare import FollowUpRequest, SessionSummary
from models.booking import Session
from models.notification import Notification
from models.outbox import OutboxMessage
from models.project import Project
from tests.api import StatementCounter, assert_denied, execute, gql
from tests.factories import make_user, token_for
from tests.follow_up_scenario import follow_up_reads
from tests.fresh_database import scenario_answers
from tests.payments import RECORD
from tests.scheduling import (
    Studio,
    at,
    client_token,
    due,
    hour_session,
    next_weekday,
    open_studio,
)
from tests.shop import admin_token
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


ANSWER = """
mutation ($input: AnswerFollowUpInput!) {
  answerFollowUp(input: $input) {
    followUp { id status answer answeredAt } userErrors { field code }
  }
}"""
FOLLOW_UPS = """
query ($id: ID!) { session(id: $id) { followUps(first: 10) { edges { node {
  question answer status price { amount } createdAt answeredAt
} } } } }"""


PAY_FOLLOW_UP = """
mutation ($input: PayFollowUpInput!) {
  payFollowUp(input: $input) { payment { id } userErrors { code } }
}"""


async def paid_by_transfer(client: httpx.AsyncClient, follow_up_id: str, token: str) -> None:
    """The client pays the follow-up (offline) and an admin records the transfer: a priced
    follow-up is answered only once paid."""
    pay = {"input": {"followUpId": follow_up_id}}
    payment = (await gql(client, PAY_FOLLOW_UP, pay, token=token))["payFollowUp"]["payment"]
    record = {"input": {"paymentId": payment["id"], "reference": f"TR-{follow_up_id}"}}
    recorded = await gql(client, RECORD, record, token=await admin_token())
    assert recorded["recordPayment"]["userErrors"] == [], recorded


async def follow_ups_seen(client: httpx.AsyncClient, session_id: str, token: str) -> list[Any]:
    seen = await gql(client, FOLLOW_UPS, {"id": session_id}, token=token)
    return [edge["node"] for edge in seen["session"]["followUps"]["edges"]]


async def test_a_follow_up_reaches_the_provider_who_answers_it_once(
    client: httpx.AsyncClient,
) -> None:
    # The question was priced and stored, and nobody heard of it: no notice, no list, no answer.
    studio = await open_studio()
    session_id, client_tok = await completed_session(client, studio)
    await finish(client, studio, session_id)
    ask = {"input": {"sessionId": session_id, "kind": "QUICK_QUESTION", "question": "Torque?"}}
    asked = (await gql(client, FOLLOW_UP, ask, token=client_tok))["requestFollowUp"]["followUp"]
    provider = await studio.profile.user
    [told] = await Notification.filter(kind="FOLLOW_UP_ASKED")
    assert told.recipient_id == provider.id  # type: ignore[attr-defined]
    assert told.session_id == (await Session.get()).id  # type: ignore[attr-defined]
    [mailed] = await OutboxMessage.filter(kind="FOLLOW_UP_ASKED")
    assert mailed.recipient == provider.email
    assert "Torque?" in mailed.text_body
    await paid_by_transfer(client, asked["id"], client_tok)

    for token in (client_tok, studio.provider_token, await admin_token()):
        [listed] = await follow_ups_seen(client, session_id, token)
        assert (listed["question"], listed["status"], listed["answer"]) == ("Torque?", "OPEN", None)
        assert listed["price"] == {"amount": 1000}
        assert listed["answeredAt"] is None

    answer = {"followUpId": asked["id"], "answer": "30 Nm, then a quarter turn."}
    await assert_denied(client, ANSWER, {"input": answer}, token=client_tok)
    stranger = await gql(client, ANSWER, {"input": answer}, token=await client_token())
    assert stranger["answerFollowUp"]["userErrors"] == [
        {"field": "followUpId", "code": "NOT_FOUND"}
    ]
    for bad in ("  ", "x" * 10_001):
        blank = {"input": answer | {"answer": bad}}
        refused = await gql(client, ANSWER, blank, token=studio.provider_token)
        assert refused["answerFollowUp"]["userErrors"] == [
            {"field": "answer", "code": "INVALID_VALUE"}
        ]
    assert (await FollowUpRequest.get()).status == "OPEN"

    done = await gql(client, ANSWER, {"input": answer}, token=studio.provider_token)
    assert done["answerFollowUp"]["followUp"]["status"] == "ANSWERED"
    assert done["answerFollowUp"]["followUp"]["answer"] == "30 Nm, then a quarter turn."
    [told_back] = await Notification.filter(kind="FOLLOW_UP_ANSWERED")
    assert told_back.recipient_id == (await Session.get()).client_id  # type: ignore[attr-defined]
    assert "30 Nm, then a quarter turn." in told_back.body
    [mailed_back] = await OutboxMessage.filter(kind="FOLLOW_UP_ANSWERED")
    assert "30 Nm, then a quarter turn." in mailed_back.text_body

    again = {"input": answer | {"answer": "Actually 35 Nm."}}
    twice = await gql(client, ANSWER, again, token=await admin_token())
    assert twice["answerFollowUp"]["userErrors"] == [{"field": None, "code": "ALREADY_ANSWERED"}]
    [listed] = await follow_ups_seen(client, session_id, client_tok)
    assert (listed["status"], listed["answer"]) == ("ANSWERED", "30 Nm, then a quarter turn.")
    assert listed["answeredAt"] >= listed["createdAt"]
    assert await Notification.filter(kind="FOLLOW_UP_ANSWERED").count() == 1


async def test_an_admin_answers_a_project_follow_up_for_its_client(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    client_user = await make_user()
    project = await Project.create(
        client=client_user,
        provider=studio.profile,
        service=studio.service,
        name="Debut EP",
        status="COMPLETED",
        price_amount=10000,
        currency="EUR",
    )
    project_id = to_base64("Project", str(project.id))
    ask = {"input": {"projectId": project_id, "kind": "NEW_ISSUE", "question": "Hiss on track 2?"}}
    asked = await gql(client, FOLLOW_UP, ask, token=await token_for(client_user))
    follow_up_id = asked["requestFollowUp"]["followUp"]["id"]
    [told] = await Notification.filter(kind="FOLLOW_UP_ASKED")
    assert (told.recipient_id, told.project_id) == (studio.profile.user_id, project.id)  # type: ignore[attr-defined]
    await paid_by_transfer(client, follow_up_id, await token_for(client_user))

    answer = {"followUpId": follow_up_id, "answer": "A noise gate fixes it."}
    done = await gql(client, ANSWER, {"input": answer}, token=await admin_token())
    assert done["answerFollowUp"]["followUp"]["status"] == "ANSWERED"
    # The client is told; the provider, whose question it was not, is not.
    [told_back] = await Notification.filter(kind="FOLLOW_UP_ANSWERED")
    assert told_back.recipient_id == client_user.id  # type: ignore[attr-defined]
    listed = await gql(
        client,
        "query ($id: ID!) { project(id: $id) { followUps { edges { node { answer } } } } }",
        {"id": project_id},
        token=studio.provider_token,
    )
    assert listed["project"]["followUps"]["edges"] == [
        {"node": {"answer": "A noise gate fixes it."}}
    ]


async def test_follow_up_lists_cost_the_same_for_few_sessions_and_many(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio = await open_studio()
    client_user = await make_user()
    token = await token_for(client_user)
    query = """{ mySessions(first: 50) { edges { node {
        id
        followUps(first: 2) {
            edges { node { question status } } pageInfo { hasNextPage endCursor }
        }
    } } } }"""
    counts = []
    for total in (2, 6):
        while await Session.filter(client=client_user).count() < total:
            count = await Session.all().count()
            start = at(next_weekday(0, weeks_ahead=count + 1), 10)
            session_id = await hour_session(client_user, studio, start, SessionStatus.COMPLETED)
            for n in range(3):
                await FollowUpRequest.create(
                    client=client_user,
                    session_id=session_id,
                    kind="QUICK_QUESTION",
                    question=f"Question {n}",
                    price_amount=1000,
                    currency="EUR",
                )
        statements.reset()
        sessions = (await gql(client, query, token=token))["mySessions"]["edges"]
        assert len(sessions) == total
        for edge in sessions:
            listed = edge["node"]["followUps"]
            assert [e["node"]["question"] for e in listed["edges"]] == ["Question 0", "Question 1"]
            assert listed["pageInfo"]["hasNextPage"] is True
        counts.append(statements.count)
    assert counts[0] == counts[1], statements.queries

    first = sessions[0]["node"]
    rest = """query ($id: ID!, $after: String) { session(id: $id) {
        followUps(first: 2, after: $after) { edges { node { question } } pageInfo { hasNextPage } }
    } }"""
    after = first["followUps"]["pageInfo"]["endCursor"]
    page = await gql(client, rest, {"id": first["id"], "after": after}, token=token)
    assert page["session"]["followUps"] == {
        "edges": [{"node": {"question": "Question 2"}}],
        "pageInfo": {"hasNextPage": False},
    }


async def test_an_answer_sent_twice_at_once_answers_and_tells_once(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    studio = await open_studio()
    session_id, client_tok = await completed_session(client, studio)
    await finish(client, studio, session_id)
    ask = {"input": {"sessionId": session_id, "kind": "QUICK_QUESTION", "question": "Oil?"}}
    asked = (await gql(client, FOLLOW_UP, ask, token=client_tok))["requestFollowUp"]["followUp"]
    await paid_by_transfer(client, asked["id"], client_tok)
    answer = {"input": {"followUpId": asked["id"], "answer": "5W-30."}}
    followed_by = resolvers.aftercare._followed_by

    async def slowly(row: FollowUpRequest) -> object:
        # Both answers have read the follow-up before either writes, unless the read locks it.
        await asyncio.sleep(0.2)
        return await followed_by(row)

    monkeypatch.setattr(resolvers.aftercare, "_followed_by", slowly)
    answers = await asyncio.gather(
        *(execute(client, ANSWER, answer, token=studio.provider_token) for _ in range(2))
    )
    errors = sorted(str(a["data"]["answerFollowUp"]["userErrors"]) for a in answers)
    assert errors == ["[]", "[{'field': None, 'code': 'ALREADY_ANSWERED'}]"], answers
    assert await Notification.filter(kind="FOLLOW_UP_ANSWERED").count() == 1
    assert await OutboxMessage.filter(kind="FOLLOW_UP_ANSWERED").count() == 1


async def test_follow_up_pages_read_alike_on_both_databases(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    on_postgres = await follow_up_reads(client)
    assert [
        [e["node"]["question"] for e in edge["node"]["followUps"]["edges"]]
        for edge in on_postgres["page"]
    ] == [["0.0", "0.1"], ["1.0", "1.1"], []]
    assert on_postgres["page"][1]["node"]["followUps"]["edges"][1]["node"]["answer"] == "Yes."
    assert on_postgres["rest"] == [
        {"edges": [{"node": {"question": q}}], "pageInfo": {"hasNextPage": False}}
        for q in ("0.2", "1.2")
    ]
    url, files = f"sqlite://{tmp_path}/f.sqlite3", str(tmp_path / "files")
    assert await scenario_answers("follow_up_scenario", url, files) == on_postgres
