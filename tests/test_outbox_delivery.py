"""Delivering the outbox over real SMTP: once per message, retried with backoff, taken over
from a worker that died, and never twice by workers draining side by side."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, nullcontext
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from app.main import background_worker
from app.settings import Settings
from domain.outbox import FIRST_RETRY, MAX_ATTEMPTS, MailKind, message_id
from integrations.email import DeliveryError, SmtpSender
from jobs import ensure_queue_schema
from jobs.outbox import drain
from models.outbox import OutboxMessage
from resolvers.outbox import queue_mail
from tests.factories import make_user
from tests.server import free_port
from tests.smtp import Inbox, smtp_server

SENDER = "Studio <mail@studio.example>"
ROOT = Path(__file__).resolve().parent.parent


def sender(port: int) -> SmtpSender:
    return SmtpSender.from_url(f"smtp://127.0.0.1:{port}", starttls=False, timeout=5)


async def queued(count: int = 1) -> list[OutboxMessage]:
    people = [await make_user() for _ in range(count)]
    await queue_mail(MailKind.DELIVERABLE_APPROVED, people, about="Debut EP", detail="")
    return await OutboxMessage.all().order_by("recipient")


async def test_a_message_arrives_once_with_its_recipient_and_subject() -> None:
    [row] = await queued()
    with smtp_server() as inbox:
        first = await drain(sender(inbox.port), SENDER)
        second = await drain(sender(inbox.port), SENDER)
    assert (first.sent, second.sent) == (1, 0)
    [(recipients, message)] = inbox.received
    assert recipients == [row.recipient]
    assert message["To"] == row.recipient
    assert message["From"] == SENDER
    assert message["Subject"] == "Debut EP was approved"
    assert message["Message-ID"] == f"<{row.id}@studio.example>"
    parts = {part.get_content_type(): part.get_content() for part in message.iter_parts()}
    assert "Debut EP was approved and is complete" in parts["text/plain"]
    assert "<strong>Debut EP</strong>" in parts["text/html"]
    await row.refresh_from_db()
    assert (row.status, row.attempts, row.claim_token) == ("SENT", 1, None)
    assert row.sent_at is not None


async def test_an_unreachable_server_schedules_a_retry_then_gives_up() -> None:
    [row] = await queued()
    closed = sender(free_port())  # nothing listens there: connection refused
    before = datetime.now(UTC)
    drained = await drain(closed, SENDER)
    await row.refresh_from_db()
    assert (drained.sent, drained.failed) == (0, 1)
    assert (row.status, row.attempts) == ("PENDING", 1)
    assert row.last_error
    assert before + FIRST_RETRY <= row.next_attempt_at <= datetime.now(UTC) + FIRST_RETRY
    # Not due yet: a second drain leaves it alone.
    assert (await drain(closed, SENDER)).failed == 0

    await OutboxMessage.filter(id=row.id).update(
        attempts=MAX_ATTEMPTS - 1, next_attempt_at=before - timedelta(seconds=1)
    )
    await drain(closed, SENDER)
    await row.refresh_from_db()
    assert (row.status, row.attempts) == ("FAILED", MAX_ATTEMPTS)


async def test_a_refused_recipient_fails_for_good_at_once() -> None:
    refused, accepted = await queued(2)
    with smtp_server() as inbox:
        inbox.refuse.add(refused.recipient)
        drained = await drain(sender(inbox.port), SENDER)
    assert (drained.sent, drained.failed) == (1, 1)
    assert [recipients for recipients, _ in inbox.received] == [[accepted.recipient]]
    await refused.refresh_from_db()
    assert (refused.status, refused.attempts) == ("FAILED", 1)
    assert "550" in refused.last_error


async def test_a_batch_shares_one_connection_past_a_refusal() -> None:
    rows = await queued(3)
    with smtp_server() as inbox:
        inbox.refuse.add(rows[1].recipient)
        drained = await drain(sender(inbox.port), SENDER)
    assert (drained.sent, drained.failed) == (2, 1)
    assert sorted(r for recipients, _ in inbox.received for r in recipients) == sorted(
        [rows[0].recipient, rows[2].recipient]
    )
    assert len(inbox.peers) == 1  # the refusal was reset, not a reason to reconnect


async def claimed_by_a_dead_worker(row: OutboxMessage, lease_left: timedelta) -> None:
    """What a worker killed after its claim leaves behind."""
    await OutboxMessage.filter(id=row.id).update(
        status="SENDING",
        attempts=1,
        claimed_until=datetime.now(UTC) + lease_left,
        claim_token=row.id,
    )


async def test_an_expired_claim_is_delivered_once_and_a_live_one_is_skipped() -> None:
    expired, live = await queued(2)
    await claimed_by_a_dead_worker(expired, timedelta(seconds=-1))
    await claimed_by_a_dead_worker(live, timedelta(minutes=10))
    with smtp_server() as inbox:
        await drain(sender(inbox.port), SENDER)
        await drain(sender(inbox.port), SENDER)
    assert inbox.message_ids() == [message_id(expired.id, SENDER)]
    await expired.refresh_from_db()
    await live.refresh_from_db()
    assert (expired.status, expired.attempts) == ("SENT", 2)
    assert (live.status, live.attempts) == ("SENDING", 1)


class Stalled:
    """A server that hangs until released, then fails: a worker slower than its lease."""

    def __init__(self) -> None:
        self.sending = asyncio.Event()
        self.release = asyncio.Event()

    async def send(self, message: EmailMessage) -> None:
        self.sending.set()
        await self.release.wait()
        raise DeliveryError("timed out")

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[Stalled]:
        yield self


async def test_a_worker_that_lost_its_lease_cannot_record_an_outcome() -> None:
    [row] = await queued()
    stalled = Stalled()
    slow = asyncio.create_task(drain(stalled, SENDER, lease=timedelta(0)))
    await stalled.sending.wait()
    with smtp_server() as inbox:
        taken_over = await drain(sender(inbox.port), SENDER)
    stalled.release.set()
    await slow
    assert taken_over.sent == 1
    await row.refresh_from_db()
    assert (row.status, row.last_error, row.attempts) == ("SENT", "", 2)


async def test_workers_draining_together_send_each_message_once() -> None:
    rows = await queued(40)
    with smtp_server() as inbox:
        results = await asyncio.gather(
            *(drain(sender(inbox.port), SENDER, batch_size=2) for _ in range(4))
        )
    assert sum(result.sent for result in results) == 40
    assert sum(result.sent > 0 for result in results) > 1  # they did run side by side
    assert sorted(inbox.message_ids()) == sorted(message_id(row.id, SENDER) for row in rows)
    assert await OutboxMessage.filter(status="SENT").count() == 40


def wait_for(inbox: Inbox, seconds: float, process: subprocess.Popen[bytes] | None = None) -> None:
    """Until the server received something (the worker runs in another thread or process)."""
    deadline = time.monotonic() + seconds
    while not inbox.received and time.monotonic() < deadline:
        assert process is None or process.poll() is None, "the worker exited"
        time.sleep(0.2)


async def test_the_worker_command_delivers_on_its_schedule(database_url: str) -> None:
    [row] = await queued()
    with smtp_server() as inbox:
        env = os.environ | {
            "DATABASE_URL": database_url,
            "SMTP_URL": f"smtp://127.0.0.1:{inbox.port}",
            "SMTP_STARTTLS": "false",
            "SMTP_FROM": SENDER,
            "LOG_LEVEL": "WARNING",
        }
        worker = subprocess.Popen(  # noqa: ASYNC220 - a separate process, waited for below
            [sys.executable, "-m", "app.cli", "worker"], cwd=ROOT, env=env
        )
        try:
            await asyncio.to_thread(wait_for, inbox, 30, worker)
        finally:
            worker.send_signal(signal.SIGTERM)
            returncode = await asyncio.to_thread(worker.wait, 20)
    assert inbox.message_ids() == [message_id(row.id, SENDER)]
    assert returncode == 0
    await row.refresh_from_db()
    assert row.status == "SENT"


async def test_serve_runs_the_worker_in_process_when_asked(settings: Settings) -> None:
    [row] = await queued()
    with smtp_server() as inbox:
        smtp = {"smtp_url": f"smtp://127.0.0.1:{inbox.port}", "smtp_from": SENDER}
        # Off unless RUN_WORKER asks, and never on the embedded SQLite (no job queue there).
        assert isinstance(background_worker(settings.model_copy(update=smtp)), nullcontext)
        embedded = {"run_worker": True, "database_url": "sqlite://:memory:"}
        assert isinstance(background_worker(settings.model_copy(update=embedded)), nullcontext)
        async with background_worker(settings.model_copy(update=smtp | {"run_worker": True})):
            await asyncio.to_thread(wait_for, inbox, 30)
    assert inbox.message_ids() == [message_id(row.id, SENDER)]


def test_the_worker_command_refuses_the_embedded_database(tmp_path: Path) -> None:
    env = os.environ | {"DATABASE_URL": f"sqlite://{tmp_path}/db.sqlite3"}
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "worker"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode != 0
    assert "mail stays in the outbox" in result.stderr


async def test_replicas_starting_together_create_the_queue_tables_once(database_url: str) -> None:
    created = await asyncio.gather(*(ensure_queue_schema(database_url) for _ in range(3)))
    assert sum(created) <= 1  # one creator, if the tables were not there yet
    assert not await ensure_queue_schema(database_url)
