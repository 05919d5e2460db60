"""A project's timeline: the studio marks its steps done, and the client sees it."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import httpx
from websockets.asyncio.client import connect

from models.account import Role
from models.notification import Notification
from models.outbox import OutboxMessage
from models.project import Milestone, Project
from models.webhook import WebhookDelivery
from tests.api import assert_denied, execute, gql
from tests.factories import make_user, token_for
from tests.scheduling import client_token, next_weekday, open_studio
from tests.shop import admin_token
from tests.test_order_notifications import CREATE_ENDPOINT
from tests.test_projects import STATUS, quiet_project, start_project
from tests.test_websockets import ws_url

TIMELINE = """query ($id: ID!) {
  project(id: $id) { timeline { id title doneAt } }
}"""
MARK = """mutation ($id: ID!, $done: Boolean!) {
  updateMilestone(input: {id: $id, done: $done}) {
    milestone { id title doneAt } project { id } userErrors { field code }
  }
}"""
NODE = "query ($id: ID!) { node(id: $id) { ... on Milestone { title doneAt } } }"
STEPS = [
    {"title": "Rough mix", "dueDate": str(next_weekday(4))},
    {"title": "Final master", "dueDate": str(next_weekday(4) + timedelta(days=7))},
]


async def _timeline(client: httpx.AsyncClient, project_id: str, token: str) -> list[dict]:
    return (await gql(client, TIMELINE, {"id": project_id}, token=token))["project"]["timeline"]


async def _mark(client: httpx.AsyncClient, milestone_id: str, done: bool, token: str) -> dict:
    data = await gql(client, MARK, {"id": milestone_id, "done": done}, token=token)
    return data["updateMilestone"]


async def test_the_studio_marks_steps_done_and_the_client_sees_them(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio, timeline=STEPS)
    rough, final = await _timeline(client, project_id, client_tok)
    assert (rough["doneAt"], final["doneAt"]) == (None, None)

    marked = await _mark(client, rough["id"], True, studio.provider_token)
    assert marked["userErrors"] == []
    assert marked["project"] == {"id": project_id}
    done_at = marked["milestone"]["doneAt"]
    assert done_at is not None
    seen = await _timeline(client, project_id, client_tok)
    assert [step["doneAt"] for step in seen] == [done_at, None]
    node = await gql(client, NODE, {"id": rough["id"]}, token=client_tok)
    assert node["node"] == {"title": "Rough mix", "doneAt": done_at}

    # Sent again (a double click), the step keeps the time it was first done.
    again = await _mark(client, rough["id"], True, studio.provider_token)
    assert again["milestone"]["doneAt"] == done_at
    # An admin may set the timeline straight too.
    admin = await token_for(await make_user(Role.ADMIN))
    undone = await _mark(client, rough["id"], False, admin)
    assert undone["milestone"]["doneAt"] is None
    assert await Milestone.filter(done_at__isnull=False).count() == 0


async def test_only_the_studio_marks_steps_and_never_on_a_cancelled_project(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio, timeline=STEPS)
    step = (await _timeline(client, project_id, client_tok))[0]["id"]
    variables = {"id": step, "done": True}
    await assert_denied(client, MARK, variables, token=client_tok)
    await assert_denied(client, MARK, variables, token=await client_token())
    await assert_denied(client, MARK, variables, token=(await open_studio()).provider_token)
    outsider = await gql(client, NODE, {"id": step}, token=await client_token())
    assert outsider["node"] is None
    missing = await _mark(client, project_id, True, studio.provider_token)
    assert missing["userErrors"] == [{"field": "id", "code": "NOT_FOUND"}]

    cancelled = await gql(
        client, STATUS, {"id": project_id, "status": "CANCELLED"}, token=client_tok
    )
    assert cancelled["updateProjectStatus"]["project"] == {"status": "CANCELLED"}
    refused = await _mark(client, step, True, studio.provider_token)
    assert refused["userErrors"] == [{"field": "id", "code": "INVALID_TRANSITION"}]
    assert refused["milestone"] is None
    assert await Milestone.filter(done_at__isnull=False).count() == 0


async def _told() -> list[tuple[object, str, str]]:
    rows = await Notification.filter(kind="MILESTONE_REACHED").order_by("created_at")
    return [(row.recipient_id, row.title, row.body) for row in rows]  # type: ignore[attr-defined]


async def test_the_client_is_told_once_when_a_step_is_first_done_and_never_again(
    client: httpx.AsyncClient,
) -> None:
    # Marking a step done told nobody: the client learned of it only by reopening the project.
    hooks = {"url": "https://hooks.example.com/studio", "eventTypes": ["MILESTONE_REACHED"]}
    created = await gql(client, CREATE_ENDPOINT, {"input": hooks}, token=await admin_token())
    assert created["createWebhookEndpoint"]["userErrors"] == []
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio, timeline=STEPS)
    rough, final = await _timeline(client, project_id, client_tok)
    project = await Project.get().select_related("client")

    await _mark(client, rough["id"], True, studio.provider_token)
    told = [(project.client.id, "Milestone reached", "Debut EP: Rough mix is done.")]
    assert await _told() == told
    [mail] = await OutboxMessage.all()
    assert (mail.recipient, mail.kind) == (project.client.email, "MILESTONE_REACHED")
    assert mail.subject == "Debut EP: Rough mix is done"
    assert f"{studio.profile.display_name} marked a step of" in mail.text_body
    [event] = await WebhookDelivery.all()
    assert event.event_type == "MILESTONE_REACHED"
    assert event.payload["data"] == {  # type: ignore[index]
        "about": "Debut EP",
        "detail": "Rough mix",
        "projectId": project_id,
    }
    mine = "{ myNotifications { edges { node { kind project { id } } } } }"
    seen = (await gql(client, mine, token=client_tok))["myNotifications"]["edges"]
    assert [edge["node"] for edge in seen] == [
        {"kind": "MILESTONE_REACHED", "project": {"id": project_id}}
    ]

    # Marked again (a double click), taken back, or taken back again: nobody hears of it.
    await _mark(client, rough["id"], True, studio.provider_token)
    await _mark(client, rough["id"], False, studio.provider_token)
    await _mark(client, rough["id"], False, studio.provider_token)
    assert await _told() == told
    assert await OutboxMessage.all().count() == 1
    assert await WebhookDelivery.all().count() == 1
    # Done once more after all, the client knows it already: they were told the first time.
    admin = await token_for(await make_user(Role.ADMIN))
    again = await _mark(client, rough["id"], True, admin)
    assert again["milestone"]["doneAt"] is not None
    assert await _told() == told
    assert await OutboxMessage.all().count() == 1
    assert await WebhookDelivery.all().count() == 1
    # Another step an admin marks done is news to the client.
    await _mark(client, final["id"], True, admin)
    final_told = (project.client.id, "Milestone reached", "Debut EP: Final master is done.")
    assert await _told() == [*told, final_told]
    assert await OutboxMessage.filter(recipient=project.client.email).count() == 2


async def test_a_step_refused_tells_nobody(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio, timeline=STEPS)
    step = (await _timeline(client, project_id, client_tok))[0]["id"]
    cancel = {"id": project_id, "status": "CANCELLED"}
    await gql(client, STATUS, cancel, token=client_tok)
    await Notification.all().delete()
    await OutboxMessage.all().delete()

    refused = await _mark(client, step, True, studio.provider_token)
    assert refused["userErrors"] == [{"field": "id", "code": "INVALID_TRANSITION"}]
    await assert_denied(client, MARK, {"id": step, "done": True}, token=client_tok)
    assert await Notification.all().count() == 0
    assert await OutboxMessage.all().count() == 0


async def test_subscribers_to_the_project_see_its_steps_change(
    client: httpx.AsyncClient, server: str
) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio, timeline=STEPS[:1])
    step = (await _timeline(client, project_id, client_tok))[0]["id"]
    query = """subscription ($id: ID!) {
      projectUpdated(projectId: $id) { timeline { title doneAt } } }"""
    async with connect(ws_url(server), subprotocols=["graphql-transport-ws"]) as ws:
        init = {"type": "connection_init", "payload": {"Authorization": f"Bearer {client_tok}"}}
        await ws.send(json.dumps(init))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        subscribe = {"query": query, "variables": {"id": project_id}}
        await ws.send(json.dumps({"id": "p", "type": "subscribe", "payload": subscribe}))
        await asyncio.sleep(0.2)  # the subscription is listening
        updates = []
        async with httpx.AsyncClient(base_url=server) as http:
            for done in (True, False):
                variables = {"id": step, "done": done}
                await execute(http, MARK, variables, token=studio.provider_token)
                update = json.loads(await asyncio.wait_for(ws.recv(), 5))
                updates.append(update["payload"]["data"]["projectUpdated"]["timeline"])
    [[reached], [undone]] = updates
    assert reached["title"] == "Rough mix"
    assert reached["doneAt"] is not None
    assert undone == {"title": "Rough mix", "doneAt": None}
