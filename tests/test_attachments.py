"""Files shared in a project's thread and handed in with deliverables: who may download them,
what may be attached, and what listing them costs."""

from __future__ import annotations

from uuid import uuid4

import httpx
from strawberry.relay import from_base64, to_base64

from domain.media import FileKind
from models.account import Role
from models.attachment import Attachment
from models.file import StoredFile
from models.project import Deliverable, Message, Project
from tests.api import StatementCounter, gql
from tests.factories import make_user, token_for
from tests.scheduling import Studio, client_token, open_studio
from tests.test_projects import STATUS, UNREAD, start_project
from tests.test_uploads import PREFLIGHT, upload, wav_bytes

PDF = b"%PDF-1.4\n" + b"x" * 100
SEND = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) {
    message { body attachments { name } } userErrors { field code }
  }
}"""
SUBMIT = """
mutation ($input: SubmitDeliverableInput!) {
  submitDeliverable(input: $input) {
    deliverable { version files { name } } userErrors { field code }
  }
}"""
THREAD = """
query ($id: ID!) {
  projectMessages(projectId: $id, first: 50) {
    edges { node { attachments { name downloadUrl } } }
  }
}"""
DELIVERABLES = """
query ($id: ID!) { project(id: $id) { deliverables { files { name downloadUrl } } } }"""
FILE_NODE = "query ($id: ID!) { node(id: $id) { ... on File { name downloadUrl } } }"


async def uploaded(
    client: httpx.AsyncClient, token: str, kind: str, name: str, content: bytes
) -> str:
    response = await upload(client, token, kind, name, content, **PREFLIGHT)
    payload = response.json()["data"]["uploadFile"]
    assert payload["userErrors"] == []
    return payload["file"]["id"]


async def downloaded(client: httpx.AsyncClient, url: str) -> bytes:
    response = await client.get(url.removeprefix("http://127.0.0.1:8000"))
    assert response.status_code == 200
    return response.content


async def in_progress(client: httpx.AsyncClient, studio: Studio, project_id: str) -> None:
    moved = await gql(
        client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=studio.provider_token
    )
    assert moved["updateProjectStatus"]["project"] == {"status": "IN_PROGRESS"}


async def test_message_attachments_reach_the_other_participant(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    take = wav_bytes()
    track = await uploaded(client, client_tok, "REFERENCE_TRACK", "like this.wav", take)
    notes = await uploaded(client, client_tok, "ATTACHMENT", "notes.pdf", PDF)

    files_only = {"projectId": project_id, "body": " ", "attachmentIds": [track, notes]}
    sent = await gql(client, SEND, {"input": files_only}, token=client_tok)
    assert sent["sendMessage"] == {
        "message": {"body": "", "attachments": [{"name": "like this.wav"}, {"name": "notes.pdf"}]},
        "userErrors": [],
    }
    unread = await gql(client, UNREAD, {"id": project_id}, token=studio.provider_token)
    assert unread["project"]["unreadMessages"] == 1

    thread = await gql(client, THREAD, {"id": project_id}, token=studio.provider_token)
    shared = thread["projectMessages"]["edges"][0]["node"]["attachments"]
    assert [await downloaded(client, f["downloadUrl"]) for f in shared] == [take, PDF]
    seen = await gql(client, FILE_NODE, {"id": track}, token=studio.provider_token)
    assert seen["node"]["downloadUrl"]

    # Another client, and the provider of another project: the file does not exist for them.
    for stranger in (await client_token(), (await open_studio()).provider_token):
        hidden = await gql(client, FILE_NODE, {"id": track}, token=stranger)
        assert hidden["node"] is None


async def test_deliverable_files_reach_the_client(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    await in_progress(client, studio, project_id)
    master = wav_bytes(1.0)
    mixdown = await uploaded(client, studio.provider_token, "DELIVERABLE", "master.wav", master)
    sheet = await uploaded(client, studio.provider_token, "ATTACHMENT", "credits.pdf", PDF)

    handed = {"projectId": project_id, "notes": "v1", "fileIds": [mixdown, sheet]}
    submitted = await gql(client, SUBMIT, {"input": handed}, token=studio.provider_token)
    assert submitted["submitDeliverable"] == {
        "deliverable": {"version": 1, "files": [{"name": "master.wav"}, {"name": "credits.pdf"}]},
        "userErrors": [],
    }

    admin = await token_for(await make_user(Role.ADMIN))
    for token in (client_tok, admin):
        project = await gql(client, DELIVERABLES, {"id": project_id}, token=token)
        files = project["project"]["deliverables"][0]["files"]
        assert [await downloaded(client, f["downloadUrl"]) for f in files] == [master, PDF]
    hidden = await gql(client, FILE_NODE, {"id": mixdown}, token=await client_token())
    assert hidden["node"] is None


async def test_files_that_cannot_be_attached_change_nothing(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    await in_progress(client, studio, project_id)
    mine = await uploaded(client, client_tok, "ATTACHMENT", "mine.pdf", PDF)
    theirs = await uploaded(client, studio.provider_token, "ATTACHMENT", "theirs.pdf", PDF)
    # Not named "script": test_uploads looks for leftovers by that name in shared storage.
    lines = await uploaded(client, client_tok, "SCRIPT", "lines.pdf", PDF)
    shared = await uploaded(client, client_tok, "ATTACHMENT", "shared.pdf", PDF)
    first = {"projectId": project_id, "body": "first", "attachmentIds": [shared]}
    assert (await gql(client, SEND, {"input": first}, token=client_tok))["sendMessage"]["message"]

    unknown = to_base64("File", str(uuid4()))
    not_a_file = project_id
    cases = [
        ([mine, theirs], [("attachmentIds.1", "NOT_FOUND")]),
        (
            [unknown, not_a_file],
            [("attachmentIds.0", "NOT_FOUND"), ("attachmentIds.1", "NOT_FOUND")],
        ),
        ([mine, shared], [("attachmentIds.1", "ALREADY_ATTACHED")]),
        ([mine, mine], [("attachmentIds.1", "INVALID_VALUE")]),
        ([lines, mine], [("attachmentIds.0", "UNSUPPORTED_TYPE")]),
        ([mine] * 11, [("attachmentIds", "TOO_MANY")]),
    ]
    for ids, expected in cases:
        data = {"projectId": project_id, "body": "with files", "attachmentIds": ids}
        refused = await gql(client, SEND, {"input": data}, token=client_tok)
        assert refused["sendMessage"]["message"] is None
        errors = refused["sendMessage"]["userErrors"]
        assert [(e["field"], e["code"]) for e in errors] == expected, ids

    provider_file = await uploaded(
        client, studio.provider_token, "DELIVERABLE", "m.wav", wav_bytes()
    )
    for ids, expected in (
        ([provider_file, mine], [("fileIds.1", "NOT_FOUND")]),
        ([provider_file, shared], [("fileIds.1", "NOT_FOUND")]),
        ([provider_file] * 21, [("fileIds", "TOO_MANY")]),
    ):
        data = {"projectId": project_id, "fileIds": ids}
        refused = await gql(client, SUBMIT, {"input": data}, token=studio.provider_token)
        errors = refused["submitDeliverable"]["userErrors"]
        assert [(e["field"], e["code"]) for e in errors] == expected, ids

    assert await Message.all().count() == 1
    assert await Attachment.all().count() == 1
    assert await Deliverable.all().count() == 0
    project = await Project.get(id=from_base64(project_id)[1])
    assert project.status == "IN_PROGRESS", "a refused hand-in leaves the project where it was"
    unread = await gql(client, UNREAD, {"id": project_id}, token=studio.provider_token)
    assert unread["project"]["unreadMessages"] == 1

    # The refusals attached nothing: the same files go through once the input is right.
    fine = {"projectId": project_id, "body": "", "attachmentIds": [mine]}
    assert (await gql(client, SEND, {"input": fine}, token=client_tok))["sendMessage"]["message"]
    handed = {"projectId": project_id, "fileIds": [provider_file, theirs]}
    ok = await gql(client, SUBMIT, {"input": handed}, token=studio.provider_token)
    assert ok["submitDeliverable"]["userErrors"] == []

    nothing = {"projectId": project_id, "body": "  "}
    empty = await gql(client, SEND, {"input": nothing}, token=client_tok)
    assert empty["sendMessage"]["userErrors"] == [{"field": "body", "code": "INVALID_VALUE"}]


async def shared_files(project: Project, owner_id: object, **on: object) -> None:
    """Two stored files attached to one message or deliverable, written straight to the
    database (the statement counts only look at reading them)."""
    for position in range(2):
        key = f"files/test/{uuid4()}/take.wav"
        stored = await StoredFile.create(
            owner_id=owner_id,
            kind=FileKind.DELIVERABLE,
            key=key,
            name=f"take-{position}.wav",
            size=4,
            content_type="audio/x-wav",
            sha256="0" * 64,
        )
        await Attachment.create(project=project, file=stored, position=position, **on)


async def test_deliverable_files_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    project = await Project.get(id=from_base64(project_id)[1])
    counts = []
    for total in (5, 50):
        while (version := await Deliverable.filter(project=project).count()) < total:
            row = await Deliverable.create(project=project, version=version + 1)
            await shared_files(project, studio.profile.user_id, deliverable=row)  # type: ignore[attr-defined]
        statements.reset()
        data = await gql(client, DELIVERABLES, {"id": project_id}, token=client_tok)
        files = [f for d in data["project"]["deliverables"] for f in d["files"]]
        assert len(files) == 2 * total
        assert all(f["downloadUrl"] for f in files)
        counts.append(statements.count)
    # token, project, deliverables, their files, who may download them
    assert counts[0] == counts[1] == 5, statements.queries


async def test_message_attachments_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio = await open_studio()
    project_id, client_tok = await start_project(client, studio)
    project = await Project.get(id=from_base64(project_id)[1])
    sender = studio.profile.user_id  # type: ignore[attr-defined]
    counts = []
    for total in (5, 50):
        while await Message.filter(project=project).count() < total:
            message = await Message.create(project=project, sender_id=sender, body="take")
            await shared_files(project, sender, message=message)
        statements.reset()
        data = await gql(client, THREAD, {"id": project_id}, token=client_tok)
        edges = data["projectMessages"]["edges"]
        files = [f for e in edges for f in e["node"]["attachments"]]
        assert len(edges) == total
        assert len(files) == 2 * total
        assert all(f["downloadUrl"] for f in files)
        counts.append(statements.count)
    # token, project, page, attachments, who may download them
    assert counts[0] == counts[1] == 5, statements.queries
