"""Projects over GraphQL: from consultation to completion, the thread, the dashboard."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import httpx
from strawberry.relay import from_base64
from websockets.asyncio.client import ClientConnection, connect

from models.booking import Session
from models.notification import Notification
from models.outbox import OutboxMessage
from models.project import Milestone, Project
from tests.api import StatementCounter, assert_denied, execute, gql
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_websockets import ws_url

CREATE = """
mutation ($input: CreateProjectInput!) {
  createProject(input: $input) {
    project { id status name timeline { title dueDate } } userErrors { field code }
  }
}"""
STATUS = """
mutation ($id: ID!, $status: ProjectStatus!) {
  updateProjectStatus(input: {id: $id, status: $status}) {
    project { status } userErrors { code message }
  }
}"""
SEND = """
mutation ($id: ID!, $body: String!) {
  sendMessage(input: {projectId: $id, body: $body}) { message { body } userErrors { code } }
}"""
UNREAD = "query ($id: ID!) { project(id: $id) { unreadMessages } }"


async def start_project(
    client: httpx.AsyncClient, studio: Studio, hour: int = 10, **fields: object
) -> tuple[str, str]:
    """A client books a consultation; the provider starts a project from it."""
    token = await client_token()
    booked = await gql(client, BOOK, booking(studio, at(next_weekday(2), hour)), token=token)
    data = {
        "consultationId": booked["bookSession"]["session"]["id"],
        "serviceId": studio.service_id,
        "name": "Debut EP",
        "genre": "indie folk",
        "bpm": 96,
        "timeline": [{"title": "Rough mix", "dueDate": str(next_weekday(4))}],
    } | fields
    created = await gql(client, CREATE, {"input": data}, token=studio.provider_token)
    assert created["createProject"]["userErrors"] == []
    return created["createProject"]["project"]["id"], token


async def quiet_project(
    client: httpx.AsyncClient, studio: Studio, **fields: object
) -> tuple[str, str]:
    """`start_project` without the notice and mail its booking sent the provider
    (PROVIDER_ASSIGNED, tested with bookings): what follows is about the project alone."""
    started = await start_project(client, studio, **fields)
    await Notification.all().delete()
    await OutboxMessage.all().delete()
    return started


async def test_project_lifecycle(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)

    refused = await gql(
        client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=client_tok
    )
    assert refused["updateProjectStatus"]["userErrors"][0]["code"] == "INVALID_TRANSITION"
    query = "query ($id: ID!) { project(id: $id) { status } }"
    # Review and completion come with a version handed in, then answered.
    moved = await gql(
        client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=studio.provider_token
    )
    assert moved["updateProjectStatus"]["project"] == {"status": "IN_PROGRESS"}
    for answer, status in ((REVISE, "IN_PROGRESS"), (APPROVE, "COMPLETED")):
        handed = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
        assert (await gql(client, query, {"id": project_id}, token=client_tok))["project"] == {
            "status": "REVIEW"
        }
        version_id = handed["submitDeliverable"]["deliverable"]["id"]
        await gql(client, answer, {"id": version_id}, token=client_tok)
        assert (await gql(client, query, {"id": project_id}, token=client_tok))["project"] == {
            "status": status
        }
    final = await gql(
        client, STATUS, {"id": project_id, "status": "CANCELLED"}, token=studio.provider_token
    )
    assert final["updateProjectStatus"]["userErrors"][0]["code"] == "INVALID_TRANSITION"


async def test_only_the_provider_starts_a_project_and_input_is_checked(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    token = await client_token()
    booked = await gql(client, BOOK, booking(studio, at(next_weekday(2), 10)), token=token)
    data = {
        "consultationId": booked["bookSession"]["session"]["id"],
        "serviceId": studio.service_id,
        "name": "Mine",
    }
    await assert_denied(client, CREATE, {"input": data}, token=(await open_studio()).provider_token)
    # Longer instructions (a voice-over's pronunciation guide, say) were cut without a word.
    bad = data | {"name": "", "bpm": 5, "specialInstructions": "x" * 10_001}
    refused = await gql(client, CREATE, {"input": bad}, token=studio.provider_token)
    assert {e["field"] for e in refused["createProject"]["userErrors"]} == {
        "name",
        "bpm",
        "specialInstructions",
    }
    assert await Project.all().count() == 0
    assert await Milestone.all().count() == 0


async def test_messages_and_unread_counts(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    sent = await gql(
        client, SEND, {"id": project_id, "body": " Can we add reverb? "}, token=client_tok
    )
    assert sent["sendMessage"]["message"] == {"body": "Can we add reverb?"}
    for token, unread in ((studio.provider_token, 1), (client_tok, 0)):
        seen = await gql(client, UNREAD, {"id": project_id}, token=token)
        assert seen["project"]["unreadMessages"] == unread
    read = """mutation ($id: ID!) {
      markProjectRead(input: {projectId: $id}) { project { unreadMessages } }
    }"""
    marked = await gql(client, read, {"id": project_id}, token=studio.provider_token)
    assert marked["markProjectRead"]["project"]["unreadMessages"] == 0

    empty = await gql(client, SEND, {"id": project_id, "body": "   "}, token=client_tok)
    assert empty["sendMessage"]["userErrors"] == [{"code": "INVALID_VALUE"}]
    await assert_denied(client, SEND, {"id": project_id, "body": "hi"}, token=await client_token())
    messages = """query ($id: ID!) {
      projectMessages(projectId: $id) { edges { node { body sender { firstName } } } }
    }"""
    thread = await gql(client, messages, {"id": project_id}, token=client_tok)
    assert [e["node"]["body"] for e in thread["projectMessages"]["edges"]] == ["Can we add reverb?"]


async def test_dashboard_costs_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    query = """{ me { projects(first: 50) { edges { node {
        name status unreadMessages timeline { title } nextSession { start }
        latestDeliverable { version }
        provider { displayName } service { name }
    } } } } }"""
    studio = await open_studio(seats=60)
    token = await client_token()
    day = next_weekday(2)
    counts = []
    for total in (5, 50):
        while (made := await Project.all().count()) < total:
            # One client holds one seat of a slot: each consultation has an hour of its own.
            start = at(day + timedelta(days=made // 8), 9 + made % 8)
            booked = await gql(client, BOOK, booking(studio, start), token=token)
            data = {
                "consultationId": booked["bookSession"]["session"]["id"],
                "serviceId": studio.service_id,
                "name": "Track",
                "timeline": [{"title": "Mix", "dueDate": str(day)}],
            }
            await gql(client, CREATE, {"input": data}, token=studio.provider_token)
        statements.reset()
        data = await gql(client, query, token=token)
        assert len(data["me"]["projects"]["edges"]) == total
        assert data["me"]["projects"]["edges"][0]["node"]["nextSession"]["start"]
        counts.append(statements.count)
    # token, page (providers and services joined, unread counts, next sessions and latest
    # versions read beside each project), milestones
    assert counts[0] == counts[1] == 3, statements.queries


@asynccontextmanager
async def project_updates(
    server: str, token: str, project_id: str
) -> AsyncIterator[ClientConnection]:
    """A websocket signed in with `token`, subscribed to the project's updates."""
    async with connect(ws_url(server), subprotocols=["graphql-transport-ws"]) as ws:
        init = {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
        await ws.send(json.dumps(init))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        query = "subscription ($id: ID!) { projectUpdated(projectId: $id) { status } }"
        subscribe = {"query": query, "variables": {"id": project_id}}
        await ws.send(json.dumps({"id": "p", "type": "subscribe", "payload": subscribe}))
        await asyncio.sleep(0.2)  # the subscription is listening
        yield ws


async def test_project_updates_over_websockets(client: httpx.AsyncClient, server: str) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    async with project_updates(server, client_tok, project_id) as ws:
        async with httpx.AsyncClient(base_url=server) as http:
            await execute(
                http,
                STATUS,
                {"id": project_id, "status": "IN_PROGRESS"},
                token=studio.provider_token,
            )
        update = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert update["payload"]["data"] == {"projectUpdated": {"status": "IN_PROGRESS"}}


SUBMIT = """
mutation ($id: ID!) {
  submitDeliverable(input: {projectId: $id, notes: "v"}) {
    deliverable { id version status } userErrors { code }
  }
}"""
REVISE = """
mutation ($id: ID!) {
  requestRevision(input: {id: $id, feedback: "More bass"}) {
    deliverable { status billableRevision } userErrors { code }
  }
}"""
APPROVE = """
mutation ($id: ID!) {
  approveDeliverable(input: {id: $id}) { deliverable { status } userErrors { code } }
}"""


async def test_deliverables_revisions_and_approval(client: httpx.AsyncClient) -> None:
    studio = await open_studio(included_revisions=1)
    project_id, client_tok = await start_project(client, studio)
    early = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
    assert early["submitDeliverable"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]
    await gql(
        client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=studio.provider_token
    )

    billable = []
    for _ in range(2):
        handed = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
        version_id = handed["submitDeliverable"]["deliverable"]["id"]
        await assert_denied(client, REVISE, {"id": version_id}, token=await client_token())
        revised = await gql(client, REVISE, {"id": version_id}, token=client_tok)
        billable.append(revised["requestRevision"]["deliverable"]["billableRevision"])
    assert billable == [False, True]  # one round included, the second is charged

    final = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
    assert final["submitDeliverable"]["deliverable"]["version"] == 3
    final_id = final["submitDeliverable"]["deliverable"]["id"]
    by_provider = await gql(client, APPROVE, {"id": final_id}, token=studio.provider_token)
    assert by_provider["approveDeliverable"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]
    approved = await gql(client, APPROVE, {"id": final_id}, token=client_tok)
    assert approved["approveDeliverable"]["deliverable"]["status"] == "APPROVED"
    query = """{ me { projects { edges { node {
        status revisionsUsed latestDeliverable { version }
    } } } } }"""
    dashboard = await gql(client, query, token=client_tok)
    assert dashboard["me"]["projects"]["edges"][0]["node"] == {
        "status": "COMPLETED",
        "revisionsUsed": 2,
        "latestDeliverable": {"version": 3},
    }


async def test_only_the_client_asks_for_a_revision(client: httpx.AsyncClient) -> None:
    """A revision round past those included is charged to the client: the provider cannot
    open one on their own version (they take it back with updateProjectStatus instead)."""
    studio = await open_studio(included_revisions=0)
    project_id, client_tok = await start_project(client, studio)
    await gql(
        client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=studio.provider_token
    )
    handed = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
    version_id = handed["submitDeliverable"]["deliverable"]["id"]

    by_provider = await gql(client, REVISE, {"id": version_id}, token=studio.provider_token)
    assert by_provider["requestRevision"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]
    query = "query ($id: ID!) { project(id: $id) { status revisionsUsed } }"
    untouched = await gql(client, query, {"id": project_id}, token=client_tok)
    assert untouched["project"] == {"status": "REVIEW", "revisionsUsed": 0}

    by_client = await gql(client, REVISE, {"id": version_id}, token=client_tok)
    assert by_client["requestRevision"]["deliverable"] == {
        "status": "REVISION_REQUESTED",
        "billableRevision": True,
    }


async def test_a_version_awaiting_an_answer_is_answered_not_bypassed(
    client: httpx.AsyncClient,
) -> None:
    """With a version in review, the client's answer goes through approveDeliverable or
    requestRevision: a bare status move left the version SUBMITTED for good and a round of
    changes uncounted (so never billed)."""
    studio = await open_studio(included_revisions=0)
    project_id, client_tok = await start_project(client, studio)
    await gql(
        client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=studio.provider_token
    )
    handed = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
    version_id = handed["submitDeliverable"]["deliverable"]["id"]

    for status in ("IN_PROGRESS", "COMPLETED"):
        moved = await gql(client, STATUS, {"id": project_id, "status": status}, token=client_tok)
        assert [e["code"] for e in moved["updateProjectStatus"]["userErrors"]] == [
            "INVALID_TRANSITION"
        ]
    query = """query ($id: ID!) {
      project(id: $id) { status revisionsUsed latestDeliverable { status } }
    }"""
    waiting = await gql(client, query, {"id": project_id}, token=client_tok)
    assert waiting["project"] == {
        "status": "REVIEW",
        "revisionsUsed": 0,
        "latestDeliverable": {"status": "SUBMITTED"},
    }

    revised = await gql(client, REVISE, {"id": version_id}, token=client_tok)
    assert revised["requestRevision"]["deliverable"]["billableRevision"] is True
    # The studio may still take a version back to rework it before the client answers.
    handed = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
    back = {"id": project_id, "status": "IN_PROGRESS"}
    taken = await gql(client, STATUS, back, token=studio.provider_token)
    assert taken["updateProjectStatus"]["project"] == {"status": "IN_PROGRESS"}


async def test_review_and_completion_need_a_version(client: httpx.AsyncClient) -> None:
    """The studio put a project in review with nothing handed in, and the client then
    completed it with nothing delivered: only submitDeliverable and approveDeliverable may."""
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    await gql(
        client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=studio.provider_token
    )
    bare = await gql(
        client, STATUS, {"id": project_id, "status": "REVIEW"}, token=studio.provider_token
    )
    assert [e["code"] for e in bare["updateProjectStatus"]["userErrors"]] == ["INVALID_TRANSITION"]
    query = "query ($id: ID!) { project(id: $id) { status latestDeliverable { status } } }"
    untouched = await gql(client, query, {"id": project_id}, token=client_tok)
    assert untouched["project"] == {"status": "IN_PROGRESS", "latestDeliverable": None}

    # A project left in review with no version awaiting (as the bare move made) is not
    # completed either; the studio takes it back to hand one in.
    await Project.filter(id=from_base64(project_id)[1]).update(status="REVIEW")
    signed = await gql(client, STATUS, {"id": project_id, "status": "COMPLETED"}, token=client_tok)
    assert [e["code"] for e in signed["updateProjectStatus"]["userErrors"]] == [
        "INVALID_TRANSITION"
    ]
    stuck = await gql(client, query, {"id": project_id}, token=client_tok)
    assert stuck["project"] == {"status": "REVIEW", "latestDeliverable": None}
    back = {"id": project_id, "status": "IN_PROGRESS"}
    taken = await gql(client, STATUS, back, token=studio.provider_token)
    assert taken["updateProjectStatus"]["project"] == {"status": "IN_PROGRESS"}


async def test_logging_out_ends_the_project_updates(client: httpx.AsyncClient, server: str) -> None:
    """A websocket outlives the token it signed in with: once that token is revoked (logout,
    a password change, a deleted account) the next update ends the subscription instead."""
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    async with project_updates(server, client_tok, project_id) as ws:
        async with httpx.AsyncClient(base_url=server) as http:
            await execute(http, "mutation { logout { revoked } }", token=client_tok)
            moved = {"id": project_id, "status": "IN_PROGRESS"}
            await execute(http, STATUS, moved, token=studio.provider_token)
        ended = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert ended["payload"]["data"] is None, ended
    assert [e["extensions"]["code"] for e in ended["payload"]["errors"]] == ["UNAUTHENTICATED"]


async def test_no_project_of_an_archived_service_or_a_cancelled_consultation(
    client: httpx.AsyncClient,
) -> None:
    # Both were accepted: a project priced by a service no longer sold, or with a client whose
    # consultation was called off.
    studio = await open_studio()
    token = await client_token()
    booked = await gql(client, BOOK, booking(studio, at(next_weekday(2), 10)), token=token)
    data = {
        "consultationId": booked["bookSession"]["session"]["id"],
        "serviceId": studio.service_id,
        "name": "Debut EP",
    }
    studio.service.active = False
    await studio.service.save(update_fields=["active"])
    archived = await gql(client, CREATE, {"input": data}, token=studio.provider_token)
    assert archived["createProject"]["userErrors"] == [{"field": "serviceId", "code": "NOT_FOUND"}]

    studio.service.active = True
    await studio.service.save(update_fields=["active"])
    await Session.filter(id=from_base64(data["consultationId"])[1]).update(status="CANCELLED")
    cancelled = await gql(client, CREATE, {"input": data}, token=studio.provider_token)
    assert cancelled["createProject"]["userErrors"] == [
        {"field": "consultationId", "code": "CONSULTATION_CANCELLED"}
    ]
    assert await Project.all().count() == 0


async def test_a_missed_consultation_may_still_start_a_project(client: httpx.AsyncClient) -> None:
    """A missed call (NO_SHOW) does not withdraw the client's request as a cancelled one does:
    a project may start before the call is held, and the client can still cancel it."""
    studio = await open_studio()
    token = await client_token()
    booked = await gql(client, BOOK, booking(studio, at(next_weekday(2), 10)), token=token)
    data = {
        "consultationId": booked["bookSession"]["session"]["id"],
        "serviceId": studio.service_id,
        "name": "Debut EP",
    }
    await Session.filter(id=from_base64(data["consultationId"])[1]).update(status="NO_SHOW")
    started = await gql(client, CREATE, {"input": data}, token=studio.provider_token)
    assert started["createProject"]["userErrors"] == []
    assert started["createProject"]["project"]["status"] == "PLANNING"
    project_id = started["createProject"]["project"]["id"]
    called_off = await gql(client, STATUS, {"id": project_id, "status": "CANCELLED"}, token=token)
    assert called_off["updateProjectStatus"]["project"] == {"status": "CANCELLED"}


async def test_a_project_form_sent_twice_starts_one_project(client: httpx.AsyncClient) -> None:
    # A double-click started the same project twice, each with its own thread and timeline.
    studio = await open_studio()
    token = await client_token()
    booked = await gql(client, BOOK, booking(studio, at(next_weekday(2), 10)), token=token)
    data = {
        "consultationId": booked["bookSession"]["session"]["id"],
        "serviceId": studio.service_id,
        "name": "Debut EP",
        "timeline": [{"title": "Rough mix", "dueDate": str(next_weekday(4))}],
    }
    answers = await asyncio.gather(
        *(execute(client, CREATE, {"input": data}, token=studio.provider_token) for _ in range(3))
    )
    assert all("errors" not in answer for answer in answers), answers
    started = {answer["data"]["createProject"]["project"]["id"] for answer in answers}
    assert len(started) == 1
    assert await Project.all().count() == 1
    assert await Milestone.all().count() == 1

    # Another project from the same consultation is a project of its own.
    other = {"input": data | {"name": "Second single"}}
    await gql(client, CREATE, other, token=studio.provider_token)
    assert await Project.all().count() == 2
