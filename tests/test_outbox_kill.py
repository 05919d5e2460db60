"""The outbox worker killed (SIGKILL) mid-batch and started again: each mail arrives once."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from tortoise import connections

from models.outbox import OutboxMessage
from tests.smtp import Inbox, smtp_server
from tests.test_outbox_delivery import ROOT, SENDER, queued

MAILS = 6


@dataclass
class Stalling(Inbox):
    """Accepts `accept` messages, then holds the next one unanswered: the worker is killed
    while it waits, before the server said 250."""

    accept: int = 2
    holding: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if len(self.received) >= self.accept:
            self.holding.set()
            await asyncio.sleep(3600)  # never answers; stopping the server cancels it
        return await super().handle_DATA(server, session, envelope)


def worker(database_url: str, port: int) -> subprocess.Popen[bytes]:
    env = os.environ | {
        "DATABASE_URL": database_url,
        "SMTP_URL": f"smtp://127.0.0.1:{port}",
        "SMTP_STARTTLS": "false",
        "SMTP_FROM": SENDER,
        "LOG_LEVEL": "WARNING",
    }
    return subprocess.Popen([sys.executable, "-m", "app.cli", "worker"], cwd=ROOT, env=env)


def wait_until(done: Any, seconds: float, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        assert process.poll() is None, "the worker exited"
        time.sleep(0.1)
    assert done(), "the worker did not get there in time"


async def test_a_worker_killed_mid_batch_and_restarted_delivers_each_mail_once(
    database_url: str,
) -> None:
    rows = await queued(MAILS)
    inbox = Stalling()
    with smtp_server(inbox):
        first = worker(database_url, inbox.port)
        try:
            await asyncio.to_thread(wait_until, inbox.holding.is_set, 30, first)
        finally:
            first.send_signal(signal.SIGKILL)
            await asyncio.to_thread(first.wait, 20)
        statuses = await OutboxMessage.all().values_list("status", flat=True)
        assert sorted(statuses) == ["SENDING"] * (MAILS - 2) + ["SENT"] * 2

        # The killed worker's lease would run out after 15 minutes: let it have run out.
        await connections.get("default").execute_query(
            "UPDATE outbox_messages SET claimed_until = now() - interval '1 second' "
            "WHERE status = 'SENDING'"
        )
        inbox.accept = MAILS * 2
        second = worker(database_url, inbox.port)
        try:
            await asyncio.to_thread(wait_until, lambda: len(inbox.received) >= MAILS, 30, second)
        finally:
            second.send_signal(signal.SIGTERM)
            await asyncio.to_thread(second.wait, 20)
    ids = [f"<{row.id}@studio.example>" for row in rows]
    assert sorted(inbox.message_ids()) == sorted(ids)  # each once: none lost, none twice
    assert await OutboxMessage.filter(status="SENT").count() == MAILS
