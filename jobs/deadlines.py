"""Reminders of what was promised by a time (domain/deadline.py): a project's deadline near
while its work is not handed in, and a sample mix not delivered by the day promised.

Each is sent once, recorded on the row itself. A run claims a batch with one conditional
UPDATE … RETURNING, whose subquery picks the due rows FOR UPDATE SKIP LOCKED and whose SET
makes them no longer due, then tells everyone of the batch in one more statement
(`record_milestones`), in the same transaction. A second worker running at once skips the
rows the first holds and, once it has committed, no longer finds them due; should the first
roll back, its rows are due again at the next run. A row a mutation holds at that moment (a
project being cancelled, a mix being delivered) is left to the next run too, which sees what
the mutation did. A batch costs the claim, the reads of its rows with their people, and the
one statement that notifies, mails and queues the webhook events of them all.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any
from uuid import UUID

from procrastinate import Blueprint, JobContext
from tortoise import connections
from tortoise.transactions import in_transaction

from app.settings import Settings
from domain.deadline import CLIENT_OWES, DEADLINE_PENDING, OVERDUE_LOOKBACK
from domain.notification import NotificationKind, session_time
from domain.session import SessionStatus
from models.project import Project
from models.sample_mix import SampleMix, SampleMixStatus
from resolvers.notify import Notice, record_milestones

log = logging.getLogger(__name__)

# Rows claimed and notified per transaction; a run goes on until none is left.
BATCH_SIZE = 100

# Due while still being worked on, the deadline ahead but within `lead`, and not reminded of
# this very deadline. A project started with its deadline closer than `lead` is not reminded
# of it: the provider set that deadline minutes before, as a rush job.
_CLAIM_PROJECTS = """
UPDATE projects SET deadline_reminded_for = deadline
WHERE id IN (
    SELECT id FROM projects
    WHERE status = ANY($1::varchar[]) AND deadline > $2 AND deadline <= $2 + $3::interval
      AND created_at <= deadline - $3::interval
      AND deadline_reminded_for IS DISTINCT FROM deadline
    ORDER BY deadline, id
    LIMIT $4
    FOR UPDATE SKIP LOCKED
)
RETURNING id
"""

# Overdue once the day promised has ended on the studio's calendar (its local midnight), no
# longer than OVERDUE_LOOKBACK ago. A consultation cancelled since withdrew the request:
# nobody is to mix for it.
_CLAIM_SAMPLE_MIXES = """
UPDATE sample_mixes SET overdue_reminded_at = $1
WHERE id IN (
    SELECT m.id FROM sample_mixes m
    JOIN consultations c ON c.id = m.consultation_id
    JOIN sessions s ON s.id = c.session_id
    JOIN provider_profiles p ON p.id = s.provider_id
    WHERE m.status <> $2 AND m.overdue_reminded_at IS NULL AND s.status <> $3
      AND ((m.estimated_delivery + 1)::timestamp AT TIME ZONE p.timezone) <= $1
      AND ((m.estimated_delivery + 1)::timestamp AT TIME ZONE p.timezone) > $1 - $4::interval
    ORDER BY m.estimated_delivery, m.id
    LIMIT $5
    FOR UPDATE OF m SKIP LOCKED
)
RETURNING id
"""


async def _claimed(sql: str, values: list[object]) -> list[UUID]:
    rows: list[dict[str, Any]] = await connections.get("default").execute_query_dict(sql, values)
    return [row["id"] for row in rows]


def _deadline_notice(project: Project) -> Notice:
    """The provider, and the client while the project waits on them; each e-mail says what
    its side can do (`role`)."""
    provider, client = project.provider.user, project.client
    told = [provider, client] if project.status in CLIENT_OWES else [provider]
    sides = {provider.id: {"role": "provider"}, client.id: {"role": "client"}}
    return Notice(
        [user.id for user in told],
        told,
        project.name,
        session_time(project.deadline, project.provider.timezone),  # type: ignore[arg-type]
        personal=sides,
        ids={"project_id": project.id},
    )


async def _deadline_batch(now: datetime, lead: timedelta, batch_size: int) -> int:
    async with in_transaction():
        statuses = [status.value for status in DEADLINE_PENDING]
        ids = await _claimed(_CLAIM_PROJECTS, [statuses, now, lead, batch_size])
        if not ids:
            return 0
        projects = (
            await Project.filter(id__in=ids)
            .order_by("deadline", "id")
            .prefetch_related("client", "provider__user")
        )
        notices = [_deadline_notice(project) for project in projects]
        await record_milestones(NotificationKind.PROJECT_DEADLINE_SOON, notices)
    return len(ids)


def _overdue_notice(sample: SampleMix) -> Notice:
    session = sample.consultation.session
    engineer = session.provider.user
    due = f"{sample.estimated_delivery:%a %d %b %Y}"
    project = sample.consultation.project_name
    return Notice([engineer.id], [engineer], project, due, ids={"session_id": session.id})


async def _overdue_batch(now: datetime, batch_size: int) -> int:
    async with in_transaction():
        values: list[object] = [
            now,
            SampleMixStatus.DELIVERED.value,
            SessionStatus.CANCELLED.value,
            OVERDUE_LOOKBACK,
            batch_size,
        ]
        ids = await _claimed(_CLAIM_SAMPLE_MIXES, values)
        if not ids:
            return 0
        samples = (
            await SampleMix.filter(id__in=ids)
            .order_by("estimated_delivery", "id")
            .prefetch_related("consultation__session__provider__user")
        )
        notices = [_overdue_notice(sample) for sample in samples]
        await record_milestones(NotificationKind.SAMPLE_MIX_OVERDUE, notices)
    return len(ids)


async def _in_batches(batch: Callable[[int], Awaitable[int]], batch_size: int) -> int:
    """Runs `batch` until one comes short: the rest were due to nobody, or are held by
    another worker that goes on with them."""
    reminded = 0
    while claimed := await batch(batch_size):
        reminded += claimed
        if claimed < batch_size:
            break
    return reminded


async def remind_deadlines(now: datetime, lead: timedelta, *, batch_size: int = BATCH_SIZE) -> int:
    """Reminds of every project deadline due `lead` ahead of `now`; how many projects."""
    reminded = await _in_batches(partial(_deadline_batch, now, lead), batch_size)
    if reminded:
        log.info("project deadlines reminded", extra={"count": reminded})
    return reminded


async def remind_overdue_mixes(now: datetime, *, batch_size: int = BATCH_SIZE) -> int:
    """Reminds the engineers of every sample mix overdue at `now`; how many mixes."""
    reminded = await _in_batches(partial(_overdue_batch, now), batch_size)
    if reminded:
        log.info("overdue sample mixes reminded", extra={"count": reminded})
    return reminded


blueprint = Blueprint()


# Reminders hours ahead: a few minutes late make no difference. The queueing lock keeps one
# run of each waiting.
@blueprint.periodic(cron="*/5 * * * *")
@blueprint.task(name="remind_deadlines", queueing_lock="remind_deadlines", pass_context=True)
async def deadline_reminders(context: JobContext, timestamp: int) -> None:
    settings: Settings = context.additional_context["settings"]
    lead = timedelta(hours=settings.deadline_reminder_hours)
    await remind_deadlines(datetime.now(UTC), lead)


# A sample mix falls overdue at the studio's midnight: within ten minutes of it is soon enough.
@blueprint.periodic(cron="*/10 * * * *")
@blueprint.task(name="remind_overdue_mixes", queueing_lock="remind_overdue_mixes")
async def overdue_mix_reminders(timestamp: int) -> None:
    await remind_overdue_mixes(datetime.now(UTC))
