"""GraphQL multipart uploads: CSRF-safe, typed by content, size-capped, downloadable."""

from __future__ import annotations

import hashlib
import io
import json
import wave
from pathlib import Path

import httpx
from strawberry.relay import to_base64

from app.settings import Settings
from models.file import StoredFile
from tests.api import gql
from tests.factories import make_user, token_for

UPLOAD = """
mutation ($input: UploadFileInput!) {
  uploadFile(input: $input) {
    file { id name size contentType sha256 downloadUrl }
    userErrors { field code message }
  }
}"""
PREFLIGHT = {"GraphQL-Require-Preflight": "1"}


def wav_bytes(seconds: float = 0.5, rate: int = 44_100) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\x00\x01" * 2 * int(rate * seconds))
    return buffer.getvalue()


async def upload(
    client: httpx.AsyncClient, token: str, kind: str, name: str, content: bytes, **headers: str
) -> httpx.Response:
    operations = {"query": UPLOAD, "variables": {"input": {"kind": kind, "file": None}}}
    return await client.post(
        "/graphql",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps({"0": ["variables.input.file"]}),
        },
        files={"0": (name, content, "application/octet-stream")},
        headers={"Authorization": f"Bearer {token}"} | headers,
    )


async def test_upload_and_download(client: httpx.AsyncClient) -> None:
    token = await token_for(await make_user())
    audio = wav_bytes()
    response = await upload(
        client, token, "REFERENCE_TRACK", "My Take (final).wav", audio, **PREFLIGHT
    )
    payload = response.json()["data"]["uploadFile"]
    assert payload["userErrors"] == []
    stored = payload["file"]
    assert stored["name"] == "My Take (final).wav"
    assert stored["size"] == len(audio)
    assert stored["contentType"] == "audio/x-wav"
    path = stored["downloadUrl"].removeprefix("http://127.0.0.1:8000")
    downloaded = await client.get(path)
    assert downloaded.status_code == 200
    assert downloaded.content == audio
    assert 'filename="My Take (final).wav"' in downloaded.headers["content-disposition"]
    assert (await client.get(path[:-3] + "abc")).status_code == 403


async def test_multipart_without_preflight_header_is_refused(client: httpx.AsyncClient) -> None:
    token = await token_for(await make_user())
    response = await upload(client, token, "REFERENCE_TRACK", "take.wav", wav_bytes())
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "CSRF_PREFLIGHT_REQUIRED"
    assert await StoredFile.all().count() == 0


async def test_type_comes_from_the_content_not_the_name(client: httpx.AsyncClient) -> None:
    token = await token_for(await make_user())
    fake = b"%PDF-1.4\n" + b"x" * 100  # a PDF calling itself .wav
    response = await upload(client, token, "REFERENCE_TRACK", "song.wav", fake, **PREFLIGHT)
    errors = response.json()["data"]["uploadFile"]["userErrors"]
    assert [e["code"] for e in errors] == ["UNSUPPORTED_TYPE"]
    assert await StoredFile.all().count() == 0


async def test_each_kind_has_its_size_cap(client: httpx.AsyncClient, settings: Settings) -> None:
    token = await token_for(await make_user())
    root = Path(settings.storage_url.removeprefix("file://"))
    # The storage outlives each test's rows: scripts stored by earlier tests stay on disk.
    earlier = set(files_named(root, "script"))
    big = b"%PDF-1.4\n" + b"x" * (21 * 1024 * 1024)  # scripts stop at 20 MB
    response = await upload(client, token, "SCRIPT", "script.pdf", big, **PREFLIGHT)
    errors = response.json()["data"]["uploadFile"]["userErrors"]
    assert [e["code"] for e in errors] == ["TOO_LARGE"]
    assert await StoredFile.all().count() == 0
    assert set(files_named(root, "script")) == earlier


def files_named(root: Path, part: str) -> list[Path]:
    """Files whose name contains `part`, and any half-written temporary upload."""
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and (part in path.name or path.name.startswith(".upload-"))
    ]


REQUEST_UPLOAD = """
mutation ($input: RequestUploadInput!) {
  requestUpload(input: $input) { ticket { uploadUrl uploadToken } userErrors { code } }
}"""
COMPLETE_UPLOAD = """
mutation ($token: String!) {
  completeUpload(input: {uploadToken: $token}) {
    file { size contentType sha256 } userErrors { code }
  }
}"""


async def ticket(
    client: httpx.AsyncClient, token: str, size: int, kind: str = "REFERENCE_TRACK"
) -> dict:
    announce = {"kind": kind, "filename": "take.wav", "contentType": "audio/x-wav", "size": size}
    payload = await gql(client, REQUEST_UPLOAD, {"input": announce}, token=token)
    return payload["requestUpload"]


async def test_direct_upload_then_complete(client: httpx.AsyncClient) -> None:
    token = await token_for(await make_user())
    audio = wav_bytes()
    issued = (await ticket(client, token, len(audio)))["ticket"]
    path = issued["uploadUrl"].removeprefix("http://127.0.0.1:8000")
    nothing_yet = await gql(client, COMPLETE_UPLOAD, {"token": issued["uploadToken"]}, token=token)
    assert nothing_yet["completeUpload"]["userErrors"] == [{"code": "NOT_UPLOADED"}]

    put = await client.put(path, content=audio, headers={"Content-Type": "audio/x-wav"})
    assert put.status_code == 201
    done = await gql(client, COMPLETE_UPLOAD, {"token": issued["uploadToken"]}, token=token)
    assert done["completeUpload"]["file"] == {
        "size": len(audio),
        "contentType": "audio/x-wav",
        "sha256": hashlib.sha256(audio).hexdigest(),
    }
    stranger = await token_for(await make_user())
    refused = await gql(client, COMPLETE_UPLOAD, {"token": issued["uploadToken"]}, token=stranger)
    assert refused["completeUpload"]["userErrors"] == [{"code": "INVALID_VALUE"}]


async def test_direct_upload_refusals(client: httpx.AsyncClient) -> None:
    token = await token_for(await make_user())
    too_big = await ticket(client, token, 300 * 1024 * 1024)
    assert too_big["userErrors"] == [{"code": "TOO_LARGE"}]

    issued = (await ticket(client, token, 100))["ticket"]
    path = issued["uploadUrl"].removeprefix("http://127.0.0.1:8000")
    assert (await client.put(path, content=b"x" * 101)).status_code == 413

    fake = b"%PDF-1.4\n" + b"x" * 50
    issued = (await ticket(client, token, len(fake)))["ticket"]
    path = issued["uploadUrl"].removeprefix("http://127.0.0.1:8000")
    assert (await client.put(path, content=fake)).status_code == 201
    checked = await gql(client, COMPLETE_UPLOAD, {"token": issued["uploadToken"]}, token=token)
    assert checked["completeUpload"]["userErrors"] == [{"code": "UNSUPPORTED_TYPE"}]
    again = await gql(client, COMPLETE_UPLOAD, {"token": issued["uploadToken"]}, token=token)
    assert again["completeUpload"]["userErrors"] == [{"code": "NOT_UPLOADED"}], "it was deleted"
    assert await StoredFile.all().count() == 0


async def test_a_completed_upload_is_out_of_its_urls_reach(client: httpx.AsyncClient) -> None:
    """The checked file is what stays: its upload URL (valid a while longer) cannot replace
    it, and its token does not record it twice."""
    token = await token_for(await make_user())
    audio = wav_bytes()
    issued = (await ticket(client, token, len(audio)))["ticket"]
    path = issued["uploadUrl"].removeprefix("http://127.0.0.1:8000")
    assert (await client.put(path, content=audio)).status_code == 201
    done = await gql(client, COMPLETE_UPLOAD, {"token": issued["uploadToken"]}, token=token)
    assert done["completeUpload"]["userErrors"] == []

    swapped = b"%PDF-1.4\n" + b"x" * (len(audio) - 9)  # not audio, same size
    await client.put(path, content=swapped)
    again = await gql(client, COMPLETE_UPLOAD, {"token": issued["uploadToken"]}, token=token)
    assert again["completeUpload"] == {"file": None, "userErrors": [{"code": "INVALID_VALUE"}]}
    stored = await StoredFile.get()
    assert stored.sha256 == hashlib.sha256(audio).hexdigest()
    query = "query ($id: ID!) { node(id: $id) { ... on File { downloadUrl } } }"
    file_id = to_base64("File", stored.id)
    url = (await gql(client, query, {"id": file_id}, token=token))["node"]["downloadUrl"]
    downloaded = await client.get(url.removeprefix("http://127.0.0.1:8000"))
    assert downloaded.content == audio
