"""A reference file sent with a consultation request: the client's upload, attached once, read
by the consultation's provider and client."""

from __future__ import annotations

from uuid import uuid4

import httpx
from strawberry.relay import to_base64

from models.booking import Session
from models.consultation import Consultation
from tests.api import gql
from tests.scheduling import client_token, open_studio
from tests.shop import admin_token
from tests.test_attachments import FILE_NODE, PDF, SEND, downloaded, uploaded
from tests.test_consultations import GUEST, consultation_studio, request
from tests.test_projects import start_project
from tests.test_uploads import wav_bytes

BOOK = """
mutation ($input: BookConsultationInput!) {
  bookConsultation(input: $input) {
    consultation { id referenceFile { name } }
    userErrors { field code }
  }
}"""
SEEN = """
query ($id: ID!) { node(id: $id) { ... on Consultation { referenceFile { name downloadUrl } } } }"""


async def test_the_reference_reaches_the_provider_and_nobody_else(
    client: httpx.AsyncClient,
) -> None:
    studio = await consultation_studio()
    # A client who has a project elsewhere, where the track could be shared too.
    project_id, token = await start_project(client, await open_studio())
    take = wav_bytes()
    track = await uploaded(client, token, "REFERENCE_TRACK", "like this.wav", take)
    booked = await gql(client, BOOK, request(studio, referenceFileId=track), token=token)
    consultation = booked["bookConsultation"]["consultation"]
    assert booked["bookConsultation"]["userErrors"] == []
    assert consultation["referenceFile"] == {"name": "like this.wav"}

    for reader in (token, studio.provider_token, await admin_token()):
        seen = await gql(client, SEEN, {"id": consultation["id"]}, token=reader)
        reference = seen["node"]["referenceFile"]
        assert await downloaded(client, reference["downloadUrl"]) == take
    for stranger in (await client_token(), (await open_studio()).provider_token):
        assert (await gql(client, SEEN, {"id": consultation["id"]}, token=stranger))["node"] is None
        assert (await gql(client, FILE_NODE, {"id": track}, token=stranger))["node"] is None

    # Sent with the request, it is shared: the client's project thread cannot take it too.
    again = {"projectId": project_id, "body": "", "attachmentIds": [track]}
    taken = await gql(client, SEND, {"input": again}, token=token)
    assert taken["sendMessage"]["userErrors"] == [
        {"field": "attachmentIds.0", "code": "ALREADY_ATTACHED"}
    ]


async def test_references_that_cannot_be_sent_book_nothing(client: httpx.AsyncClient) -> None:
    studio = await consultation_studio()
    token = await client_token()
    theirs = await uploaded(client, await client_token(), "REFERENCE_TRACK", "t.wav", wav_bytes())
    lines = await uploaded(client, token, "SCRIPT", "lines.pdf", PDF)
    # Shared in a project's thread already.
    project_id, project_client = await start_project(client, await open_studio())
    in_thread = await uploaded(client, project_client, "ATTACHMENT", "thread.pdf", PDF)
    message = {"projectId": project_id, "body": "notes", "attachmentIds": [in_thread]}
    assert (await gql(client, SEND, {"input": message}, token=project_client))["sendMessage"][
        "userErrors"
    ] == []
    sessions = await Session.all().count()

    cases = [
        (token, theirs, "NOT_FOUND"),
        (token, to_base64("File", str(uuid4())), "NOT_FOUND"),
        (token, lines, "UNSUPPORTED_TYPE"),
        (project_client, in_thread, "ALREADY_ATTACHED"),
    ]
    for booker, file_id, code in cases:
        refused = await gql(client, BOOK, request(studio, referenceFileId=file_id), token=booker)
        assert refused["bookConsultation"] == {
            "consultation": None,
            "userErrors": [{"field": "referenceFileId", "code": code}],
        }, file_id
    # A guest has uploaded nothing: the file is not theirs to send.
    as_guest = request(studio, referenceFileId=in_thread, guest=GUEST)
    refused = await gql(client, BOOK, as_guest)
    assert refused["bookConsultation"]["userErrors"] == [
        {"field": "referenceFileId", "code": "NOT_FOUND"}
    ]
    assert await Session.all().count() == sessions
    assert not await Consultation.exists()

    # A reference sent once is shared: a second request cannot take it.
    track = await uploaded(client, token, "REFERENCE_TRACK", "mine.wav", wav_bytes())
    first = await gql(client, BOOK, request(studio, referenceFileId=track), token=token)
    assert first["bookConsultation"]["userErrors"] == []
    second = await gql(client, BOOK, request(studio, 14, referenceFileId=track), token=token)
    assert second["bookConsultation"]["userErrors"] == [
        {"field": "referenceFileId", "code": "ALREADY_ATTACHED"}
    ]
    assert await Consultation.all().count() == 1
