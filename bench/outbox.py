"""Benchmark: outbox mail delivered to a real SMTP server on loopback (aiosmtpd), per second.

`MAILS` rendered messages are queued in the outbox, then drained by the worker's own code
(`jobs.outbox.drain` with the `SmtpSender` that `SMTP_URL` configures): claim a batch with
SKIP LOCKED, send each message, mark each SENT. Two baselines are measured in the same run
against the same server: the same messages sent with raw aiosmtplib on ONE connection (the
fastest this server takes mail: no database, no reconnects), and with `aiosmtplib.send`, one
connection per message (what a naive sender does). Prints mails/s for each and the ratios.
"""

from __future__ import annotations

import asyncio
import os
import time
from datetime import UTC, datetime
from email.message import EmailMessage

import aiosmtplib

from bench.common import DATABASE_URL, bench_database
from domain.outbox import MailKind, OutboxStatus
from integrations.email import build_message, render_mail
from jobs.outbox import drain, sender_for
from models.outbox import OutboxMessage
from tests.smtp import smtp_server

MAILS = int(os.environ.get("BENCH_MAILS", "1000"))
SENDER = "Studio <mail@studio.example>"


def messages(count: int) -> list[EmailMessage]:
    mail = render_mail(MailKind.SESSION_CONFIRMED, {"name": "Ada", "about": "Mon 1 Jun, 10:00"})
    return [
        build_message(
            sender=SENDER,
            recipient=f"client{i}@example.com",
            subject=mail.subject,
            text=mail.text,
            html=mail.html,
            message_id=f"<bench-{i}@studio.example>",
        )
        for i in range(count)
    ]


async def queue(count: int) -> None:
    mail = render_mail(MailKind.SESSION_CONFIRMED, {"name": "Ada", "about": "Mon 1 Jun, 10:00"})
    now = datetime.now(UTC)
    await OutboxMessage.bulk_create(
        [
            OutboxMessage(
                recipient=f"client{i}@example.com",
                kind=MailKind.SESSION_CONFIRMED,
                subject=mail.subject,
                text_body=mail.text,
                html_body=mail.html,
                next_attempt_at=now,
            )
            for i in range(count)
        ],
        batch_size=500,
    )


async def one_connection(port: int, batch: list[EmailMessage]) -> float:
    started = time.perf_counter()
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False) as smtp:
        for message in batch:
            await smtp.send_message(message)
    return time.perf_counter() - started


async def connection_per_message(port: int, batch: list[EmailMessage]) -> float:
    started = time.perf_counter()
    for message in batch:
        await aiosmtplib.send(message, hostname="127.0.0.1", port=port, start_tls=False)
    return time.perf_counter() - started


async def main() -> None:
    async with bench_database() as (base, counter):
        await queue(MAILS)
        with smtp_server() as inbox:
            settings = base.model_copy(
                update={"smtp_url": f"smtp://127.0.0.1:{inbox.port}", "smtp_starttls": False}
            )
            sender = sender_for(settings)
            assert sender is not None
            batch = messages(MAILS)
            raw_one = await one_connection(inbox.port, batch)
            raw_each = await connection_per_message(inbox.port, batch)
            inbox.received.clear()
            counter.reset()
            started = time.perf_counter()
            drained = await drain(sender, SENDER)
            worker = time.perf_counter() - started
            while drained.sent < MAILS:  # drain stops after MAX_BATCHES; the next tick goes on
                more = await drain(sender, SENDER)
                assert more.sent, "the outbox stopped draining"
                drained = type(drained)(sent=drained.sent + more.sent, failed=drained.failed)
                worker = time.perf_counter() - started
        assert drained.failed == 0
        assert len(inbox.received) == MAILS, len(inbox.received)
        assert len(set(inbox.message_ids())) == MAILS
        statements = counter.count
        assert await OutboxMessage.filter(status=OutboxStatus.SENT).count() == MAILS
    print(f"outbox delivery of {MAILS} mails to aiosmtpd on loopback ({DATABASE_URL})")
    print(f"  raw aiosmtplib, one connection:      {MAILS / raw_one:8.0f} mails/s")
    print(f"  raw aiosmtplib, connection per mail: {MAILS / raw_each:8.0f} mails/s")
    print(
        f"  worker drain (claim, send, mark):    {MAILS / worker:8.0f} mails/s"
        f"  ({statements / MAILS:.2f} statements/mail)"
    )
    print(f"  worker / one connection: {raw_one / worker:.2f}")
    print(f"  worker / connection per mail: {raw_each / worker:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
