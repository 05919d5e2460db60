"""Killing the server or the worker outright (SIGKILL) in the middle of uploads, Stripe's
payment events and an outbox batch: after a restart no row names a missing file, the sweep
leaves no orphan, every payment event counts once, and every mail goes out once (with the one
documented exception, jobs/outbox.py)."""

from __future__ import annotations

import asyncio
import io
import json
import os
import socket
from collections import Counter
from collections.abc import Iterator
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from procrastinate.exceptions import AlreadyEnqueued
from tortoise import connections

from domain.outbox import MailKind, message_id
from domain.payment import PaymentKind
from integrations.storage import DiskStorage, UrlSigner
from jobs import ensure_queue_schema, queue_app
from jobs.file import Swept, sweep
from models.booking import Session
from models.file import StoredFile
from models.gallery import Photo
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment, ProcessedStripeEvent
from resolvers.notify import queue_mail
from tests.crash import Crashable, crashable_server
from tests.factories import make_user, token_for
from tests.galleries import UPLOAD as UPLOAD_PHOTOS
from tests.galleries import create_gallery, photo_session
from tests.payments import (
    WEBHOOK_SECRET,
    booked_session,
    charge_refunded,
    deliver,
    intent_failed,
    intent_succeeded,
)
from tests.smtp import smtp_server

MIB = 1024 * 1024
SENDER = "Studio <mail@studio.example>"
UPLOAD_FILE = """
mutation ($input: UploadFileInput!) {
  uploadFile(input: $input) { file { id size } userErrors { field code message } }
}"""


@pytest.fixture(scope="module")
def storage_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("crash-storage")


@pytest.fixture(scope="module")
def server(database_url: str, storage_root: Path) -> Iterator[tuple[Crashable, str]]:
    with crashable_server(
        DATABASE_URL=database_url,
        STORAGE_URL=f"file://{storage_root}",
        STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET,
    ) as running:
        yield running


# --- uploads -------------------------------------------------------------------------------


def multipart(
    base_url: str, query: str, variables: dict[str, Any], files: dict[str, Any], token: str
) -> httpx.Request:
    """A GraphQL multipart request (files are mapped to `variables.input.<path>`)."""
    operations = {"query": query, "variables": variables}
    return httpx.Request(
        "POST",
        f"{base_url}/graphql",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps(
                {str(n): [f"variables.input.{path}"] for n, path in enumerate(files)}
            ),
        },
        files={str(n): file for n, file in enumerate(files.values())},
        headers={"Authorization": f"Bearer {token}", "GraphQL-Require-Preflight": "1"},
    )


def file_upload(base_url: str, token: str, name: str) -> httpx.Request:
    data = b"\x89PNG\r\n\x1a\n" + os.urandom(20 * MIB)  # an attachment, by its first bytes
    variables = {"input": {"kind": "ATTACHMENT", "file": None}}
    return multipart(base_url, UPLOAD_FILE, variables, {"file": (name, data, "image/png")}, token)


def photo_upload(base_url: str, token: str, gallery_id: str, count: int) -> httpx.Request:
    """Big enough photos that deriving their images takes a while."""
    out = io.BytesIO()
    Image.new("RGB", (4000, 3000), "teal").save(out, "JPEG")
    files = {f"files.{n}": (f"photo-{n}.jpg", out.getvalue(), "image/jpeg") for n in range(count)}
    variables = {"input": {"galleryId": gallery_id, "files": [None] * count}}
    return multipart(base_url, UPLOAD_PHOTOS, variables, files, token)


def half_sent(request: httpx.Request) -> socket.socket:
    """A connection that sent its headers and half its body, and waits."""
    body = request.read()
    head = "POST /graphql HTTP/1.1\r\n" + "".join(
        f"{name}: {value}\r\n" for name, value in request.headers.items()
    )
    connection = socket.create_connection(("127.0.0.1", request.url.port))
    connection.sendall(head.encode() + b"\r\n" + body[: len(body) // 2])
    return connection


def answered(connection: socket.socket) -> bytes:
    try:
        return connection.recv(1024)
    except ConnectionResetError:
        return b""
    finally:
        connection.close()


def objects(root: Path, folder: str = "") -> list[Path]:
    return [
        path
        for path in (root / folder).rglob("*")
        if path.is_file() and not path.name.startswith(".") and not path.name.endswith(".meta.json")
    ]


def files_left(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


def partials(root: Path, at_least: int = 0) -> list[Path]:
    return [path for path in root.rglob(".upload-*") if path.stat().st_size >= at_least]


async def until(condition: Any, seconds: float = 20) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "it never happened"
        await asyncio.sleep(0.001)


async def every_row_has_its_object(storage: DiskStorage) -> int:
    keys = [row.key for row in await StoredFile.all()]
    for photo in await Photo.all():
        keys += [photo.thumbnail_key, photo.preview_key, photo.watermarked_key]
        keys.append(photo.watermarked_thumbnail_key)
    assert [key for key in keys if await storage.stat(key) is None] == []
    return len(keys)


async def test_uploads_cut_short_leave_no_row_and_only_what_the_sweep_removes(
    server: tuple[Crashable, str], storage_root: Path
) -> None:
    process, base_url = server
    storage = DiskStorage(storage_root, base_url, UrlSigner("unused"))
    user_token = await token_for(await make_user())
    photos = await photo_session()
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as http:
        gallery_id = (await create_gallery(http, photos))["id"]

        # A: the body is still arriving.
        cut_body = await asyncio.to_thread(
            half_sent, file_upload(base_url, user_token, "cut-body.png")
        )
        # C: a photo batch, between its first original in storage and its rows.
        batch = asyncio.create_task(
            http.send(photo_upload(base_url, photos.provider_token, gallery_id, 3))
        )
        await until(lambda: objects(storage_root, "files"))
        # B: a file being streamed into storage (its partial save is the only big one).
        saving = asyncio.create_task(http.send(file_upload(base_url, user_token, "cut-save.png")))
        await until(lambda: partials(storage_root, at_least=MIB))
        process.kill()

        assert await asyncio.to_thread(answered, cut_body) == b""
        for request in (batch, saving):
            with pytest.raises(httpx.TransportError):
                await request
        left_objects, left_partials = objects(storage_root), partials(storage_root)
        assert left_objects  # at least the batch's first original
        assert left_partials  # at least the file being saved
        assert (await StoredFile.all().count(), await Photo.all().count()) == (0, 0)

        process.start()
        later = datetime.now(UTC) + timedelta(seconds=1)
        swept = await sweep(storage, grace=timedelta(0), now=later)
        # (More partial leftovers than `.upload-` files if a save was cut between its steps.)
        assert swept.orphans == len(left_objects)
        assert swept.partial >= len(left_partials)
        assert files_left(storage_root) == []

        # The restarted server takes the same uploads, and the sweep keeps them.
        again = (await http.send(file_upload(base_url, user_token, "again.png"))).json()
        assert again["data"]["uploadFile"]["file"]["size"] == 20 * MIB + 8
        batch_again = (
            await http.send(photo_upload(base_url, photos.provider_token, gallery_id, 1))
        ).json()
        assert len(batch_again["data"]["uploadPhotos"]["photos"]) == 1
    assert await every_row_has_its_object(storage) == 1 + 5
    later = datetime.now(UTC) + timedelta(seconds=1)
    assert await sweep(storage, grace=timedelta(0), now=later) == Swept()
    assert await every_row_has_its_object(storage) == 1 + 5


# --- Stripe's payment events ---------------------------------------------------------------

PAYMENTS = 20


def story(n: int, intent: str, world: str) -> list[dict[str, Any]]:
    """What Stripe says about deposit n, in order: ending PENDING, FAILED, SUCCEEDED,
    PARTIALLY_REFUNDED or REFUNDED."""
    kind, events = n % 5, []
    if kind in (1, 2):
        events.append(intent_failed("", intent))
    if kind >= 2:
        events.append(intent_succeeded("", intent, 7_500))
    if kind >= 3:
        events += [
            charge_refunded("", intent, 7_500, 1_000),
            charge_refunded("", intent, 7_500, 3_500),
        ]
    if kind == 4:
        events.append(charge_refunded("", intent, 7_500, 7_500))
    return [{**event, "id": f"evt_{world}{n}_{k}"} for k, event in enumerate(events)]


async def world(name: str) -> tuple[list[Session], list[dict[str, Any]]]:
    sessions, events = [], []
    for n in range(PAYMENTS):
        booked = await booked_session(price=25_000)
        await Payment.create(
            session=booked.session,
            kind=PaymentKind.DEPOSIT,
            amount=7_500,
            currency="EUR",
            provider="stripe",
            reference=f"pi_{name}{n}",
        )
        sessions.append(booked.session)
        events += story(n, f"pi_{name}{n}", name)
    return sessions, events


async def outcome(sessions: list[Session]) -> list[tuple[object, ...]]:
    """What each session's deposit ended as, and what it told whom."""
    found = []
    for session in sessions:
        row = await Session.get(id=session.id)
        payment = await Payment.get(session_id=session.id)
        notices = await Notification.filter(session_id=session.id).values_list("kind", flat=True)
        found.append(
            (
                payment.status,
                payment.refunded_amount,
                payment.paid_at is not None,
                row.paid_amount,
                row.payment_status,
                sorted(notices),  # type: ignore[type-var]
            )
        )
    return found


async def test_payment_events_count_once_across_a_crash(server: tuple[Crashable, str]) -> None:
    process, base_url = server
    chaos, events = await world("a")
    once, reference = await world("b")
    acked: set[str] = set()
    gate = asyncio.Semaphore(6)

    async def send(event: dict[str, Any]) -> None:
        async with gate:
            try:
                status = await deliver(http, event)
            except httpx.TransportError:
                return  # not acknowledged: Stripe sends it again later
        assert status == 200
        acked.add(event["id"])
        if len(acked) == len(events) // 3:
            process.kill()  # with deliveries in flight

    async with httpx.AsyncClient(base_url=base_url, timeout=30) as http:
        await asyncio.gather(*(send(event) for event in events))
        assert len(events) // 3 <= len(acked) < len(events)
        process.start()
        # Stripe retries what was not acknowledged, and may resend any event at all.
        for event in [e for e in events if e["id"] not in acked] + events:
            assert await deliver(http, event) == 200
        for event in reference:
            assert await deliver(http, event) == 200

    assert await outcome(chaos) == await outcome(once)
    assert await ProcessedStripeEvent.all().count() == 2 * len(events)
    assert {status for status, *_ in await outcome(chaos)} >= {"PENDING", "FAILED", "REFUNDED"}


# --- the mail outbox -----------------------------------------------------------------------

MAILS = 100
KILL_AFTER = 30  # mails received: the second batch of 20 is under way


async def tick_now(database_url: str) -> None:
    """Defers a delivery run, as the five-second tick would: the worker takes it at start."""
    app = queue_app(database_url)
    async with app.open_async():
        await ensure_queue_schema(database_url)
        with suppress(AlreadyEnqueued):  # a tick is waiting already
            await app.configure_task("outbox:deliver_outbox").defer_async(timestamp=0)


async def test_a_worker_killed_mid_batch_sends_each_mail_once(database_url: str) -> None:
    people = [await make_user() for _ in range(MAILS)]
    await queue_mail(MailKind.DELIVERABLE_APPROVED, people, about="Debut EP", detail="")
    rows = await OutboxMessage.all()
    with smtp_server() as inbox:
        env = {
            "DATABASE_URL": database_url,
            "SMTP_URL": f"smtp://127.0.0.1:{inbox.port}",
            "SMTP_STARTTLS": "false",
            "SMTP_FROM": SENDER,
        }
        worker = Crashable(["worker"], env, ready=lambda: len(inbox.received) > 0)
        try:
            await tick_now(database_url)
            worker.start()
            await until(lambda: len(inbox.received) >= KILL_AFTER)
            worker.kill()
            claimed = set(await OutboxMessage.filter(status="SENDING").values_list("id", flat=True))
            received = Counter(inbox.message_ids())
            # The gap: accepted by the server, not yet marked SENT. One worker sends one mail
            # at a time, so a kill leaves at most one there.
            in_the_gap = {message_id(row, SENDER) for row in claimed} & set(received)
            assert claimed  # the batch the worker held
            assert len(in_the_gap) <= 1
            # Its lease would end in 15 minutes; make that time pass.
            await connections.get("default").execute_query(
                "UPDATE outbox_messages SET claimed_until = now() WHERE status = 'SENDING'"
            )
            await tick_now(database_url)
            worker.start(ready=lambda: True)
            for _ in range(300):
                if await OutboxMessage.filter(status="SENT").count() == MAILS:
                    break
                await asyncio.sleep(0.1)
        finally:
            worker.stop()
    assert await OutboxMessage.filter(status="SENT").count() == MAILS
    sent = Counter(inbox.message_ids())
    assert set(sent) == {message_id(row.id, SENDER) for row in rows}
    assert {mail for mail, times in sent.items() if times > 1} == in_the_gap
    assert max(sent.values()) <= 2
