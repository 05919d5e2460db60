"""Scripted (voice-over) projects over HTTP: the script, who may read it, the quoted price."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import httpx
from strawberry.relay import from_base64, to_base64

from domain.media import FileKind
from domain.project import ProjectStatus, ProjectWorkflow
from models.account import Role
from models.file import StoredFile
from models.project import Project
from tests.api import StatementCounter, assert_denied, gql
from tests.factories import make_user, token_for
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_projects import APPROVE, REVISE, STATUS, SUBMIT
from tests.test_uploads import PREFLIGHT, upload

CREATE = """
mutation ($input: CreateProjectInput!) {
  createProject(input: $input) {
    project { id workflow status rush deadline price { amount currency } }
    userErrors { field code }
  }
}"""
SUBMIT_SCRIPT = """
mutation ($project: ID!, $file: ID!) {
  submitScript(input: {projectId: $project, fileId: $file}) {
    project { status script { id name } } userErrors { field code }
  }
}"""
SCRIPT = "query ($id: ID!) { project(id: $id) { status script { name downloadUrl } } }"
FILE = "query ($id: ID!) { node(id: $id) { ... on File { name downloadUrl } } }"
PUBLIC_URL = "http://127.0.0.1:8000"
PDF = b"%PDF-1.4\n% a voice-over script\n" + b"INT. BOOTH - DAY\n" * 50


def uuid_of(global_id: str) -> str:
    return from_base64(global_id)[1]


async def create(
    client: httpx.AsyncClient, studio: Studio, token: str, **fields: Any
) -> dict[str, Any]:
    """The provider starts a project from a consultation the client booked."""
    booked = await gql(client, BOOK, booking(studio, at(next_weekday(2), 10)), token=token)
    data = {
        "consultationId": booked["bookSession"]["session"]["id"],
        "serviceId": studio.service_id,
        "name": "Museum audio guide",
    } | fields
    created = await gql(client, CREATE, {"input": data}, token=studio.provider_token)
    return created["createProject"]


async def scripted(client: httpx.AsyncClient, studio: Studio) -> tuple[str, str]:
    client_tok = await client_token()
    created = await create(client, studio, client_tok, requiresScript=True)
    assert created["userErrors"] == []
    return created["project"]["id"], client_tok


async def uploaded(
    client: httpx.AsyncClient, token: str, kind: str = "SCRIPT", name: str = ""
) -> str:
    response = await upload(client, token, kind, name or "script.pdf", PDF, **PREFLIGHT)
    payload = response.json()["data"]["uploadFile"]
    assert payload["userErrors"] == []
    return payload["file"]["id"]


async def submit(client: httpx.AsyncClient, project_id: str, file_id: str, token: str) -> Any:
    data = await gql(client, SUBMIT_SCRIPT, {"project": project_id, "file": file_id}, token=token)
    return data["submitScript"]


async def move(client: httpx.AsyncClient, project_id: str, status: str, token: str) -> Any:
    data = await gql(client, STATUS, {"id": project_id, "status": status}, token=token)
    return data["updateProjectStatus"]


NOTIFIED = "{ myNotifications(first: 10) { edges { node { kind } } } }"


async def test_scripted_project_from_script_to_approval(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await scripted(client, studio)
    provider_tok = studio.provider_token

    early = await move(client, project_id, "IN_PRODUCTION", provider_tok)
    assert early["userErrors"][0]["code"] == "INVALID_TRANSITION"  # no recording without a script
    skipped = await move(client, project_id, "SCRIPT_RECEIVED", client_tok)
    assert skipped["userErrors"][0]["code"] == "INVALID_TRANSITION"  # only a script moves it

    first_id = await uploaded(client, client_tok, name="Guide v1.pdf")
    handed = await submit(client, project_id, first_id, client_tok)
    assert handed["userErrors"] == []
    assert handed["project"] == {
        "status": "SCRIPT_RECEIVED",
        "script": {"id": first_id, "name": "Guide v1.pdf"},
    }

    told = await gql(client, NOTIFIED, token=provider_tok)
    assert [n["node"]["kind"] for n in told["myNotifications"]["edges"]] == [
        "PROJECT_STATUS_CHANGED",
        "PROVIDER_ASSIGNED",  # the consultation the project started from
    ]

    # The provider reads it through the link; nobody outside the project gets one.
    seen = (await gql(client, SCRIPT, {"id": project_id}, token=provider_tok))["project"]
    assert seen["status"] == "SCRIPT_RECEIVED"
    downloaded = await client.get(seen["script"]["downloadUrl"].removeprefix(PUBLIC_URL))
    assert downloaded.status_code == 200
    assert downloaded.content == PDF
    for outsider in (await client_token(), (await open_studio()).provider_token):
        assert (await gql(client, FILE, {"id": first_id}, token=outsider))["node"] is None
        assert (await gql(client, SCRIPT, {"id": project_id}, token=outsider))["project"] is None
    admin = await token_for(await make_user(Role.ADMIN))
    assert (await gql(client, FILE, {"id": first_id}, token=admin))["node"]["downloadUrl"]

    # A better script before production replaces the first, which the provider no longer reads.
    second_id = await uploaded(client, client_tok, name="Guide v2.pdf")
    replaced = await submit(client, project_id, second_id, client_tok)
    assert replaced["project"]["script"]["name"] == "Guide v2.pdf"
    assert (await gql(client, FILE, {"id": first_id}, token=provider_tok))["node"] is None
    assert (await gql(client, FILE, {"id": second_id}, token=provider_tok))["node"]["downloadUrl"]

    started = await move(client, project_id, "IN_PRODUCTION", provider_tok)
    assert started == {"project": {"status": "IN_PRODUCTION"}, "userErrors": []}
    late = await submit(client, project_id, first_id, client_tok)
    assert late["userErrors"] == [{"field": "projectId", "code": "INVALID_TRANSITION"}]
    row = await Project.get(id=uuid_of(project_id))
    assert str(row.script_id) == uuid_of(second_id)  # type: ignore[attr-defined]

    handed_in = await gql(client, SUBMIT, {"id": project_id}, token=provider_tok)
    version_id = handed_in["submitDeliverable"]["deliverable"]["id"]
    revised = await gql(client, REVISE, {"id": version_id}, token=client_tok)
    assert revised["requestRevision"]["userErrors"] == []
    assert (await Project.get(id=row.id)).status == ProjectStatus.IN_PRODUCTION
    final = await gql(client, SUBMIT, {"id": project_id}, token=provider_tok)
    final_id = final["submitDeliverable"]["deliverable"]["id"]
    approved = await gql(client, APPROVE, {"id": final_id}, token=client_tok)
    assert approved["approveDeliverable"]["deliverable"]["status"] == "APPROVED"
    assert (await Project.get(id=row.id)).status == ProjectStatus.COMPLETED


async def test_submit_script_refuses_bad_input_and_changes_nothing(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio(seats=2)
    project_id, client_tok = await scripted(client, studio)
    attachment = await uploaded(client, client_tok, kind="ATTACHMENT")
    theirs = await uploaded(client, await client_token())
    missing = to_base64("File", str(uuid4()))
    for file_id, code in (
        (attachment, "WRONG_FILE_KIND"),
        (theirs, "NOT_FOUND"),
        (missing, "NOT_FOUND"),
    ):
        refused = await submit(client, project_id, file_id, client_tok)
        assert refused == {"project": None, "userErrors": [{"field": "fileId", "code": code}]}

    mine = await uploaded(client, client_tok)
    await assert_denied(
        client, SUBMIT_SCRIPT, {"project": project_id, "file": mine}, token=studio.provider_token
    )
    await assert_denied(
        client, SUBMIT_SCRIPT, {"project": project_id, "file": mine}, token=await client_token()
    )
    unknown = await submit(client, to_base64("Project", str(uuid4())), mine, client_tok)
    assert unknown["userErrors"] == [{"field": "projectId", "code": "NOT_FOUND"}]

    standard_tok = await client_token()
    standard = (await create(client, studio, standard_tok))["project"]
    assert (standard["workflow"], standard["status"]) == ("STANDARD", "PLANNING")
    script_of_standard = await uploaded(client, standard_tok)
    refused = await submit(client, standard["id"], script_of_standard, standard_tok)
    assert refused["userErrors"] == [{"field": "projectId", "code": "INVALID_TRANSITION"}]

    row = await Project.get(id=uuid_of(project_id))
    assert (row.status, row.script_id) == (ProjectStatus.PENDING_SCRIPT, None)  # type: ignore[attr-defined]
    assert await Project.filter(script_id__not_isnull=True).count() == 0


async def test_the_quote_follows_rush_and_deadline(client: httpx.AsyncClient) -> None:
    # Default length: 60 minutes at 100.00 EUR; a seat for each client's consultation.
    studio = await open_studio(seats=10)
    now = datetime.now(UTC)
    cases = [
        ({}, 10_000),
        ({"rush": True}, 15_000),
        ({"deadline": (now + timedelta(days=3)).isoformat()}, 12_500),
        ({"deadline": (now + timedelta(hours=20)).isoformat()}, 15_000),
        ({"deadline": (now + timedelta(days=30)).isoformat(), "rush": True}, 15_000),
    ]
    for fields, amount in cases:
        created = await create(client, studio, await client_token(), **fields)
        assert created["userErrors"] == []
        assert created["project"]["price"] == {"amount": amount, "currency": "EUR"}
        assert created["project"]["rush"] is fields.get("rush", False)

    before = await Project.all().count()
    past = await create(
        client, studio, await client_token(), deadline=(now - timedelta(hours=1)).isoformat()
    )
    assert past == {
        "project": None,
        "userErrors": [{"field": "deadline", "code": "DEADLINE_PASSED"}],
    }
    naive = await create(client, studio, await client_token(), deadline="2099-01-01T10:00:00")
    assert naive["userErrors"] == [{"field": "deadline", "code": "INVALID_VALUE"}]
    assert await Project.all().count() == before


async def test_provider_dashboard_scripts_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    query = """{ me { projects(first: 50) { edges { node {
        status price { amount } script { name downloadUrl }
    } } } } }"""
    studio = await open_studio()
    customer = await make_user()
    counts = []
    for total in (5, 50):
        while await Project.all().count() < total:
            script = await StoredFile.create(
                owner=customer,
                kind=FileKind.SCRIPT,
                key=f"files/test/{uuid4()}/script.pdf",
                name="script.pdf",
                size=len(PDF),
                content_type="application/pdf",
                sha256="0" * 64,
            )
            await Project.create(
                client=customer,
                provider=studio.profile,
                service=studio.service,
                name="Spot",
                workflow=ProjectWorkflow.SCRIPTED,
                status=ProjectStatus.SCRIPT_RECEIVED,
                script=script,
            )
        statements.reset()
        data = await gql(client, query, token=studio.provider_token)
        edges = data["me"]["projects"]["edges"]
        assert len(edges) == total
        assert all(edge["node"]["script"]["downloadUrl"] for edge in edges)
        counts.append(statements.count)
    # token, page, scripts, who may read those scripts
    assert counts[0] == counts[1] == 4, statements.queries
