"""Delivering webhooks: in order per endpoint, retried with backoff for as long as it takes.

A worker leases whole endpoints (`SELECT … FOR UPDATE SKIP LOCKED`, then `claimed_until`), so
one worker at a time walks an endpoint's queue, and only its oldest undelivered delivery is
ever attempted: a later event never overtakes an earlier one. A worker killed mid-attempt
leaves the delivery SENDING; once the lease ends the next worker attempts it again, so a
receiver may see an event twice (the `Studiograph-Event-Id` header tells it so) but never out
of order and never not at all.

An endpoint that fails for a day (`PAUSE_AFTER`) is paused and its owner told once, in-app and
by mail; its deliveries wait until an admin resumes it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import httpx
from procrastinate import Blueprint, JobContext
from tortoise import connections
from tortoise.transactions import in_transaction

from app.settings import Settings
from domain.notification import NotificationKind
from domain.webhook import (
    BATCH_SIZE,
    LEASE,
    MAX_PER_ENDPOINT,
    RESPONSE_CHARS,
    is_success,
    retry_delay,
    should_pause,
    signing_secrets,
)
from integrations.webhooks import Attempt, post, private_target
from models.account import Role, User
from resolvers.notify import notify_users

log = logging.getLogger(__name__)

# A drain stops after this many rounds; the next periodic run goes on from there.
MAX_BATCHES = 20

# Endpoints whose oldest undelivered delivery is due, and that no live lease holds.
_CLAIM = """
UPDATE webhook_endpoints
SET claimed_until = $1::timestamptz + $2::interval, claim_token = $3
WHERE id IN (
    SELECT e.id FROM webhook_endpoints e
    WHERE e.status = 'ACTIVE' AND (e.claimed_until IS NULL OR e.claimed_until <= $1)
      AND (
          SELECT d.next_attempt_at FROM webhook_deliveries d
          WHERE d.endpoint_id = e.id AND d.status IN ('PENDING', 'SENDING', 'FAILED')
          ORDER BY d.sequence LIMIT 1
      ) <= $1
    LIMIT $4
    FOR UPDATE SKIP LOCKED
)
RETURNING id, url, secret, previous_secret, previous_secret_until
"""
# The head of the queue, taken only while the lease is still ours (`claim_token`): a worker
# whose lease ran out and was taken over stops instead of sending out of turn.
_START = """
UPDATE webhook_deliveries
SET status = 'SENDING', attempts = attempts + 1, last_attempt_at = $3, updated_at = $3
WHERE id = (
    SELECT d.id FROM webhook_deliveries d
    WHERE d.endpoint_id = $1 AND d.status IN ('PENDING', 'SENDING', 'FAILED')
    ORDER BY d.sequence LIMIT 1
)
  AND next_attempt_at <= $3
  AND EXISTS (SELECT 1 FROM webhook_endpoints WHERE id = $1 AND claim_token = $2)
RETURNING id, event_id, event_type, payload, attempts
"""
_OUTCOME = """
UPDATE webhook_deliveries
SET status = $3, next_attempt_at = $4, response_status = $5, response_body = $6,
    response_ms = $7, last_error = $8, delivered_at = $9, updated_at = $10
WHERE id = $1
  AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = endpoint_id AND claim_token = $2)
"""
_HEALTHY = """
UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND claim_token = $2
"""
_FAILING = """
UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $3)
WHERE id = $1 AND claim_token = $2
RETURNING failing_since
"""
# Only the worker that moves it from ACTIVE pauses it, so the owner is told once.
_PAUSE = """
UPDATE webhook_endpoints SET status = 'PAUSED', paused_at = $3, updated_at = $3
WHERE id = $1 AND claim_token = $2 AND status = 'ACTIVE'
RETURNING owner_id, url, failing_since
"""
_RELEASE = """
UPDATE webhook_endpoints SET claimed_until = NULL, claim_token = NULL
WHERE id = $1 AND claim_token = $2
"""


@dataclass(frozen=True, slots=True)
class Drained:
    delivered: int = 0
    failed: int = 0  # attempts that failed and will be retried
    paused: int = 0  # endpoints paused by this drain


async def _execute(query: str, *values: Any) -> list[dict[str, Any]]:
    return await connections.get("default").execute_query_dict(query, list(values))


async def _pause(endpoint_id: UUID, token: UUID, now: datetime) -> bool:
    """Pauses the endpoint and tells its owner, in one transaction: told if and only if paused."""
    async with in_transaction():
        rows = await _execute(_PAUSE, endpoint_id, token, now)
        if not rows:
            return False
        owner = await User.get(id=rows[0]["owner_id"])
        # An owner whose account was closed cannot be told; the other admins are, instead.
        recipients = (
            [owner]
            if owner.deleted_at is None
            else await User.filter(role=Role.ADMIN, deleted_at=None)
        )
        url, since = rows[0]["url"], f"{rows[0]['failing_since']:%Y-%m-%d %H:%M} UTC"
        await notify_users(NotificationKind.WEBHOOK_ENDPOINT_PAUSED, recipients, url, since)
    log.warning("webhook endpoint paused", extra={"endpoint_id": str(endpoint_id)})
    return True


async def _record(
    endpoint_id: UUID, token: UUID, row: dict[str, Any], attempt: Attempt, now: datetime
) -> datetime | None:
    """Stores the attempt's outcome; on failure, returns since when the endpoint has failed."""
    ok = is_success(attempt.status_code)
    retry_at = now if ok else now + retry_delay(row["attempts"])
    await _execute(
        _OUTCOME,
        row["id"],
        token,
        "SUCCEEDED" if ok else "FAILED",
        retry_at,
        attempt.status_code,
        attempt.body,
        attempt.duration_ms,
        attempt.error,
        now if ok else None,
        now,
    )
    if ok:
        await _execute(_HEALTHY, endpoint_id, token)
        return None
    failing = await _execute(_FAILING, endpoint_id, token, now)
    # No row: the lease was lost meanwhile, and the worker that holds it now decides.
    return failing[0]["failing_since"] if failing else None


async def _walk(
    client: httpx.AsyncClient,
    endpoint: dict[str, Any],
    token: UUID,
    now: datetime,
    allow_private: bool,
) -> Drained:
    """Delivers the endpoint's queue from its oldest delivery until one fails or none is due."""
    delivered = failed = paused = 0
    endpoint_id = endpoint["id"]
    try:
        for _ in range(MAX_PER_ENDPOINT):
            started = await _execute(_START, endpoint_id, token, now)
            if not started:
                break
            row = started[0]
            headers = {
                "Studiograph-Event-Id": str(row["event_id"]),
                "Studiograph-Event-Type": row["event_type"],
                "Studiograph-Delivery-Id": str(row["id"]),
            }
            # asyncpg hands jsonb over as text.
            payload = json.loads(row["payload"])
            refusal = None if allow_private else await private_target(endpoint["url"])
            attempt = (
                Attempt(None, "", 0, refusal)
                if refusal
                else await post(
                    client,
                    endpoint["url"],
                    signing_secrets(
                        endpoint["secret"],
                        endpoint["previous_secret"],
                        endpoint["previous_secret_until"],
                        now,
                    ),
                    payload,
                    headers,
                    body_chars=RESPONSE_CHARS,
                )
            )
            failing_since = await _record(endpoint_id, token, row, attempt, now)
            if is_success(attempt.status_code):
                delivered += 1
                continue
            failed += 1
            if failing_since is not None and should_pause(failing_since, now):
                paused += await _pause(endpoint_id, token, now)
            break
    finally:
        await _execute(_RELEASE, endpoint_id, token)
    return Drained(delivered=delivered, failed=failed, paused=paused)


async def drain(
    *,
    http_timeout: float = 10.0,
    now: datetime | None = None,
    batch_size: int = BATCH_SIZE,
    lease: timedelta = LEASE,
    allow_private_targets: bool = False,
) -> Drained:
    """Delivers what is due on every active endpoint. `now` stands in for the clock (tests).
    A target that is not public fails like an unreachable one unless `allow_private_targets`
    (WEBHOOK_ALLOW_PRIVATE_TARGETS): retried, then paused with its owner told."""
    moment = now or datetime.now(UTC)
    totals = Drained()
    async with httpx.AsyncClient(timeout=http_timeout) as client:
        for _ in range(MAX_BATCHES):
            token = uuid4()
            endpoints = await _execute(_CLAIM, moment, lease, token, batch_size)
            if not endpoints:
                break
            results = await asyncio.gather(
                *(
                    _walk(client, endpoint, token, moment, allow_private_targets)
                    for endpoint in endpoints
                )
            )
            for result in results:
                totals = Drained(
                    delivered=totals.delivered + result.delivered,
                    failed=totals.failed + result.failed,
                    paused=totals.paused + result.paused,
                )
    return totals


blueprint = Blueprint()


# Every five seconds; the queueing lock keeps at most one such job waiting, so a slow endpoint
# cannot make them pile up.
@blueprint.periodic(cron="* * * * * */5")
@blueprint.task(name="deliver_webhooks", queueing_lock="deliver_webhooks", pass_context=True)
async def deliver_webhooks(context: JobContext, timestamp: int) -> None:
    settings: Settings = context.additional_context["settings"]
    drained = await drain(
        http_timeout=settings.webhook_timeout_seconds,
        allow_private_targets=settings.webhook_allow_private_targets,
    )
    if drained.delivered or drained.failed:
        log.info(
            "webhooks drained",
            extra={"delivered": drained.delivered, "failed": drained.failed},
        )
