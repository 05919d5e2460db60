"""A project's timeline: the studio marks its steps done, and the client sees it."""

from __future__ import annotations

from datetime import timedelta

import httpx

from models.account import Role
from models.project import Milestone
from tests.api import assert_denied, gql
from tests.factories import make_user, token_for
from tests.scheduling import client_token, next_weekday, open_studio
from tests.test_projects import STATUS, start_project

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
