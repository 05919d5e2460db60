"""Reminders about sessions (domain/reminder.py), each sent once however many workers run.

A run claims the due sessions by inserting their `sent_reminders` rows, and notifies in the same
transaction. Two workers claiming the same session at once both insert the same (session, kind)
pair: the second insert waits on the unique index until the first transaction ends, then
conflicts and claims nothing, so the session is notified once. Should the first roll back (its
notifications with it), the second one's insert goes through and it notifies instead.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from procrastinate import Blueprint
from tortoise import connections
from tortoise.transactions import in_transaction

from domain.notification import REVIEWED, NotificationKind, session_time
from domain.reminder import (
    FOLLOW_UPS,
    PROVIDER_NOT_STARTED,
    REQUEST_NUDGES,
    STARTING_SOON,
    STUCK,
    Audience,
    Rule,
)
from models.account import Role, User
from models.booking import Session
from models.reminder import SentReminder
from models.review import Review
from resolvers.notify import notify_users

log = logging.getLogger(__name__)

# Sessions claimed and notified per transaction; a run goes on until none is left.
BATCH_SIZE = 100

# `NOT EXISTS` keeps sessions already reminded out of the batch, so LIMIT counts due ones only;
# `ON CONFLICT` settles the race with a worker claiming the same session right now.
_CLAIM = """
INSERT INTO sent_reminders (id, session_id, kind, created_at, updated_at)
SELECT gen_random_uuid(), s.id, $1::varchar, now(), now() FROM sessions s
WHERE s.status = $2 AND s.{anchor} > $3 AND s.{anchor} <= $4
  AND NOT EXISTS (SELECT 1 FROM sent_reminders r WHERE r.session_id = s.id AND r.kind = $1::varchar)
  {booked_ahead}
ORDER BY s.{anchor}
LIMIT $5
ON CONFLICT (session_id, kind) DO NOTHING
RETURNING session_id
"""


async def _claim(rule: Rule, now: datetime, batch_size: int) -> list[UUID]:
    earliest, latest = rule.window(now)
    values: list[object] = [rule.kind.value, rule.status.value, earliest, latest, batch_size]
    booked_ahead = ""
    if rule.booked_ahead is not None:
        booked_ahead = "AND s.created_at <= s.start_at - $6::interval"
        values.append(rule.booked_ahead)
    rows: list[dict[str, Any]] = await connections.get("default").execute_query_dict(
        _CLAIM.format(anchor=rule.anchor.value, booked_ahead=booked_ahead), values
    )
    return [row["session_id"] for row in rows]


def _recipients(rule: Rule, session: Session, admins: Sequence[User]) -> list[User]:
    client, provider = session.client, session.provider.user
    chosen = {
        Audience.PARTICIPANTS: [client, provider],
        Audience.CLIENT: [client],
        Audience.PROVIDER: [provider],
        Audience.ADMINS: list(admins),
    }[rule.audience]
    return [user for user in chosen if user.deleted_at is None]


def _detail(rule: Rule, session: Session, reviewed: set[UUID]) -> str:
    # Admins watch every studio: they need to know whose session it is.
    if rule.audience is Audience.ADMINS:
        return f"at {session.provider.display_name} {rule.detail}"
    if rule.notification is NotificationKind.SESSION_FOLLOW_UP and session.id in reviewed:
        return REVIEWED
    return rule.detail


async def _reviewed(rule: Rule, ids: list[UUID]) -> set[UUID]:
    """The sessions whose client wrote a review already: their follow-up asks for none."""
    if rule.notification is not NotificationKind.SESSION_FOLLOW_UP:
        return set()
    return set(await Review.filter(session_id__in=ids).values_list("session_id", flat=True))  # type: ignore[arg-type]


async def _slots_told(rule: Rule, sessions: Sequence[Session], claimed: list[UUID]) -> set[str]:
    """The group slots among `sessions` whose provider (or admins) heard of this reminder
    through a seat claimed before this batch."""
    keys = {session.slot_key for session in sessions}
    told = await (
        SentReminder.filter(kind=rule.kind, session__slot_key__in=keys)
        .exclude(session_id__in=claimed)
        .values_list("session__slot_key", flat=True)
    )
    return set(told)  # type: ignore[arg-type]


async def _remind_batch(rule: Rule, now: datetime, batch_size: int) -> int:
    async with in_transaction():
        ids = await _claim(rule, now, batch_size)
        if not ids:
            return 0
        sessions = (
            await Session.filter(id__in=ids)
            .order_by("start_at", "id")
            .prefetch_related("client", "provider__user")
        )
        admins: list[User] = []
        if rule.audience is Audience.ADMINS:
            admins = await User.filter(role=Role.ADMIN, deleted_at=None)
        # Each seat of a group slot is a session of its own: its client hears of their seat,
        # while the provider and admins hear of the slot once, not once per seat.
        slots_told = await _slots_told(rule, sessions, ids)
        reviewed = await _reviewed(rule, ids)
        for session in sessions:
            recipients = _recipients(rule, session, admins)
            if session.slot_key in slots_told:
                recipients = [user for user in recipients if user.id == session.client_id]  # type: ignore[attr-defined]
            slots_told.add(session.slot_key)
            if not recipients:
                continue
            await notify_users(
                rule.notification,
                recipients,
                session_time(session.start_at, session.provider.timezone),
                _detail(rule, session, reviewed),
                session_id=session.id,
            )
    return len(ids)


async def remind(rules: Sequence[Rule], now: datetime, *, batch_size: int = BATCH_SIZE) -> int:
    """Sends every reminder of `rules` due at `now`; how many sessions were reminded.

    A short batch ends a rule's run: the rest were due to nobody, or claimed by another worker
    that goes on with them. What two runs both left (claims that crossed) goes out on the next.
    """
    reminded = 0
    for rule in rules:
        while claimed := await _remind_batch(rule, now, batch_size):
            reminded += claimed
            if claimed < batch_size:
                break
    if reminded:
        log.info("sessions reminded", extra={"kinds": [r.kind for r in rules], "count": reminded})
    return reminded


blueprint = Blueprint()


# Every minute: the shortest window (five minutes before a start) is met by several ticks,
# so a tick late or lost costs nothing. The queueing lock keeps one run of each waiting.
@blueprint.periodic(cron="* * * * *")
@blueprint.task(name="remind_starting_soon", queueing_lock="remind_starting_soon")
async def remind_starting_soon(timestamp: int) -> None:
    await remind([STARTING_SOON], datetime.now(UTC))


@blueprint.periodic(cron="* * * * *")
@blueprint.task(name="nudge_providers", queueing_lock="nudge_providers")
async def nudge_providers(timestamp: int) -> None:
    await remind([PROVIDER_NOT_STARTED], datetime.now(UTC))


@blueprint.periodic(cron="* * * * *")
@blueprint.task(name="alert_stuck_sessions", queueing_lock="alert_stuck_sessions")
async def alert_stuck_sessions(timestamp: int) -> None:
    await remind(STUCK, datetime.now(UTC))


# Nudges hours apart: a few minutes late make no difference.
@blueprint.periodic(cron="*/5 * * * *")
@blueprint.task(name="nudge_requests", queueing_lock="nudge_requests")
async def nudge_requests(timestamp: int) -> None:
    await remind(REQUEST_NUDGES, datetime.now(UTC))


# A day after a session, a few minutes either way make no difference.
@blueprint.periodic(cron="*/10 * * * *")
@blueprint.task(name="follow_up_sessions", queueing_lock="follow_up_sessions")
async def follow_up_sessions(timestamp: int) -> None:
    await remind(FOLLOW_UPS, datetime.now(UTC))
