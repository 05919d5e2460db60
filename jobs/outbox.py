"""Delivering the e-mail outbox over SMTP: exactly once per message, with one honest gap.

Workers claim due rows with `SELECT … FOR UPDATE SKIP LOCKED`, so concurrent workers never take
the same row, and lease them until `claimed_until`: the rows of a worker killed mid-batch become
claimable again once its lease ends. Each row is marked SENT in its own statement right after
the server accepts it, so a crash loses at most the outcome of the message being sent then.

That is the gap: SMTP has no idempotency key, so if the process dies after the server's
`250 OK` and before our UPDATE, the message is sent again after the lease. Its `Message-ID` is
derived from the row id, so the resend carries the same id and receivers that deduplicate on
it show one message.
"""

from __future__ import annotations

import logging
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from typing import Any, Protocol
from uuid import UUID, uuid4

from procrastinate import Blueprint, JobContext
from tortoise import connections

from app.settings import Settings
from domain.outbox import (
    BATCH_SIZE,
    LEASE,
    MAX_ATTEMPTS,
    OutboxStatus,
    gives_up,
    message_id,
    retry_delay,
)
from integrations.email import DeliveryError, SmtpSender, build_message

log = logging.getLogger(__name__)

# A drain stops after this many batches; the next periodic run goes on from there.
MAX_BATCHES = 50
ERROR_CHARS = 2_000

# The inner SELECT skips rows another worker holds; rows it sees as PENDING but another worker
# claims meanwhile are re-checked against the WHERE clause when locked, and dropped.
_CLAIM = """
UPDATE outbox_messages
SET status = 'SENDING', attempts = attempts + 1, claimed_until = now() + $1::interval,
    claim_token = $2, updated_at = now()
WHERE id IN (
    SELECT id FROM outbox_messages
    WHERE (status = 'PENDING' AND next_attempt_at <= now())
       OR (status = 'SENDING' AND claimed_until <= now())
    ORDER BY next_attempt_at
    LIMIT $3
    FOR UPDATE SKIP LOCKED
)
RETURNING id, recipient, subject, text_body, html_body, attempts
"""
# `claim_token` makes a worker whose lease ran out (and whose row another worker took over)
# unable to overwrite the outcome.
_SENT = """
UPDATE outbox_messages
SET status = 'SENT', sent_at = now(), last_error = '', claimed_until = NULL, claim_token = NULL,
    updated_at = now()
WHERE id = $1 AND claim_token = $2
"""
_NOT_SENT = """
UPDATE outbox_messages
SET status = $3, next_attempt_at = now() + $4::interval, last_error = $5, claimed_until = NULL,
    claim_token = NULL, updated_at = now()
WHERE id = $1 AND claim_token = $2
"""


class Connection(Protocol):
    async def send(self, message: EmailMessage) -> None: ...


class Sender(Protocol):
    def connection(self) -> AbstractAsyncContextManager[Connection]: ...


@dataclass(frozen=True, slots=True)
class Drained:
    sent: int = 0
    failed: int = 0  # attempts that failed, retried later or given up


def sender_for(settings: Settings) -> SmtpSender | None:
    """None without SMTP_URL: then mail stays PENDING in the outbox for admins to read."""
    if not settings.smtp_url:
        return None
    return SmtpSender.from_url(
        settings.smtp_url, starttls=settings.smtp_starttls, timeout=settings.smtp_timeout_seconds
    )


async def _execute(query: str, *values: Any) -> list[dict[str, Any]]:
    return await connections.get("default").execute_query_dict(query, list(values))


async def _outcome(row: dict[str, Any], token: UUID, error: DeliveryError) -> None:
    final = gives_up(row["attempts"], error.permanent)
    status = OutboxStatus.FAILED if final else OutboxStatus.PENDING
    delay = timedelta(0) if final else retry_delay(row["attempts"])
    await _execute(_NOT_SENT, row["id"], token, status.value, delay, str(error)[:ERROR_CHARS])
    log.warning(
        "mail not sent",
        extra={"outbox_id": str(row["id"]), "attempts": row["attempts"], "final": final},
    )


async def _deliver(
    sender: Connection, sender_address: str, row: dict[str, Any], token: UUID
) -> bool:
    if row["attempts"] > MAX_ATTEMPTS:
        # Claimed that often without an outcome: whatever kills its worker, stop retrying.
        lost = DeliveryError("every worker that claimed it stopped before recording an outcome")
        await _outcome(row, token, lost)
        return False
    message = build_message(
        sender=sender_address,
        recipient=row["recipient"],
        subject=row["subject"],
        text=row["text_body"],
        html=row["html_body"],
        message_id=message_id(row["id"], sender_address),
    )
    try:
        await sender.send(message)
    except DeliveryError as error:
        await _outcome(row, token, error)
        return False
    await _execute(_SENT, row["id"], token)
    return True


async def drain(
    sender: Sender, sender_address: str, *, batch_size: int = BATCH_SIZE, lease: timedelta = LEASE
) -> Drained:
    """Sends every due message, a claimed batch at a time, until none is due."""
    sent = failed = 0
    for _ in range(MAX_BATCHES):
        token = uuid4()
        rows = await _execute(_CLAIM, lease, token, batch_size)
        if not rows:
            break
        async with sender.connection() as connection:
            for row in rows:
                if await _deliver(connection, sender_address, row, token):
                    sent += 1
                else:
                    failed += 1
    return Drained(sent=sent, failed=failed)


blueprint = Blueprint()


# Every five seconds (a sixth cron column counts seconds). The queueing lock keeps at most one
# such job waiting, so a slow SMTP server cannot make them pile up; the periodic deferrer
# defers each tick once however many workers run.
@blueprint.periodic(cron="* * * * * */5")
@blueprint.task(name="deliver_outbox", queueing_lock="deliver_outbox", pass_context=True)
async def deliver_outbox(context: JobContext, timestamp: int) -> None:
    settings: Settings = context.additional_context["settings"]
    sender = sender_for(settings)
    if sender is None:
        return
    drained = await drain(sender, settings.smtp_from)
    if drained.sent or drained.failed:
        log.info("outbox drained", extra={"sent": drained.sent, "failed": drained.failed})
