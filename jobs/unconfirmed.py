"""Requests nobody confirmed: at their start they expire (domain/session.py, NOT_CONFIRMED).

Each slot's requests are cancelled in a transaction of their own, the way `cancelSession`
cancels (resolvers/session_cancelling.py): a private session's one request, or the requested
seats of a group slot together (they share their start, so they fall due together), their rows
locked FOR UPDATE first, as every move of a session locks it. A provider confirming one at that
moment and this job take turns on its lock, and whichever comes second finds it no longer
REQUESTED: the confirmation is refused as an invalid transition, or the job leaves the session
be. Two workers expiring the same slot take turns likewise; the second finds its requests
CANCELLED. Payments are settled once each cancellation has committed, as for every
cancellation: pending card payments cancelled, all paid refunded.

Each seat's client is told of their own request; a group slot's provider once, with how many
expired (as reminders tell them once: jobs/reminders.py), and each seat's cancellation is a
webhook event of its own. Locking the whole slot lets that one notice count them all, whichever
batch or worker read them.

A batch costs five statements to read its due sessions with their clients, providers and
services; then a private session ten of its own when nothing was paid: the lock, the update,
one statement for both notifications (in-app, mail and webhook event), the announcement to its
subscribers, and the six of settling its payments that every cancellation runs (more, and a
call to the payment provider, per payment to cancel or refund). A group slot of n requests
costs the lock, nine per seat (its client's notice in place of both), and one for its
provider's notice (and one to read the clients of seats a batch ended before). The tests count
them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import UUID

from procrastinate import Blueprint, JobContext
from tortoise.transactions import in_transaction

from app.settings import Settings, payment_provider
from domain.notification import NotificationKind, session_time
from domain.session import NOT_CONFIRMED, Actor, SessionStatus, not_confirmed_seats
from integrations.payments import PaymentProvider
from models.account import User
from models.booking import Session
from resolvers.notify import notify_users
from resolvers.session_cancelling import cancel_locked, settle_cancelled
from subscriptions.broker import publish_on_commit
from subscriptions.channels import session_channel

log = logging.getLogger(__name__)

# Requests expired per batch; a run goes on until none is left.
BATCH_SIZE = 100


async def _lock_slot(due: Session) -> list[Session]:
    """The requests of `due`'s slot still unconfirmed, locked FOR UPDATE in id order (so two
    workers take them in the same order): `due` alone, or every seat of its group slot, the
    batch's or not. Their start is `due`'s, past already; a row moved on meanwhile is left out."""
    return (
        await Session.filter(
            provider_id=due.provider_id,  # type: ignore[attr-defined]
            start_at=due.start_at,
            slot_key=due.slot_key,
            status=SessionStatus.REQUESTED,
        )
        .order_by("id")
        .select_for_update()
    )


async def _clients(seats: list[Session], due: Sequence[Session]) -> dict[UUID, User]:
    """Each seat's client: read with the batch, or, for seats the batch ended before, now."""
    clients = {session.id: session.client for session in due}
    later = [seat for seat in seats if seat.id not in clients]
    if later:
        await Session.fetch_for_list(later, "client")
        clients |= {seat.id: seat.client for seat in later}
    return clients


async def _cancel(seat: Session, due: Session, told: list[User], now: datetime) -> None:
    """Cancels one locked request and tells `told` (live accounts) why."""
    # The studio called it off, not the client: all of it comes back, whatever the policy;
    # the reason is the studio's rule, no person's words to erase.
    offer = await cancel_locked(
        seat, due.service, reason=NOT_CONFIRMED, by=Actor.ADMIN, refund_percent=100, now=now
    )
    zone = due.provider.timezone
    when = session_time(seat.start_at, zone)
    kind = NotificationKind.SESSION_CANCELLED
    await notify_users(kind, told, when, NOT_CONFIRMED, session_id=seat.id)
    # Its time has begun, so nobody waiting is offered it today; should a request ever
    # expire ahead of its start, the waitlist hears as after any cancellation.
    if offer is not None:
        until = session_time(offer.offer_expires_at, zone)  # type: ignore[arg-type]
        await notify_users(NotificationKind.WAITLIST_OFFER, [await offer.client], when, until)
    await publish_on_commit(session_channel(seat.id))


async def _expire(payments: PaymentProvider, due: Sequence[Session], now: datetime) -> int:
    """Cancels one slot's requests as not confirmed, a group slot's seats together; how many
    (none when they were no longer unconfirmed requests: confirmed, moved or cancelled
    meanwhile). `due` are the batch's requests of that slot."""
    first = due[0]
    provider = [user for user in (first.provider.user,) if user.deleted_at is None]
    async with in_transaction():
        seats = await _lock_slot(first)
        if not seats:
            return 0
        clients = await _clients(seats, due)
        # Each seat's client hears of their own request; the provider of the slot once, with
        # how many expired, not once per seat. A slot of one seat tells both in one notice.
        alone = len(seats) == 1
        for seat in seats:
            told = [user for user in (clients[seat.id],) if user.deleted_at is None]
            await _cancel(seat, first, (told + provider) if alone else told, now)
        if provider and not alone:
            # Each seat's cancellation went out as a webhook event with its client's notice.
            when = session_time(first.start_at, first.provider.timezone)
            detail = not_confirmed_seats(len(seats))
            kind = NotificationKind.SESSION_CANCELLED
            await notify_users(kind, provider, when, detail, webhook=False, session_id=seats[0].id)
    for seat in seats:
        await settle_cancelled(payments, seat)
    return len(seats)


async def expire_requests(
    payments: PaymentProvider, now: datetime, *, batch_size: int = BATCH_SIZE
) -> int:
    """Cancels every request still unconfirmed at its start by `now`; how many it cancelled."""
    expired = 0
    while True:
        due = (
            await Session.filter(status=SessionStatus.REQUESTED, start_at__lte=now)
            .order_by("start_at", "id")
            .limit(batch_size)
            .prefetch_related("client", "provider__user", "service")
        )
        slots: dict[str, list[Session]] = {}
        for session in due:
            slots.setdefault(session.slot_key, []).append(session)
        outcomes = [await _expire(payments, seats, now) for seats in slots.values()]
        expired += sum(outcomes)
        # A short batch was the last; a batch all taken by another worker leaves the rest to it.
        if len(due) < batch_size or not any(outcomes):
            break
    if expired:
        log.info("unconfirmed requests expired", extra={"count": expired})
    return expired


blueprint = Blueprint()


# Every minute: a request expires within a minute of its start.
@blueprint.periodic(cron="* * * * *")
@blueprint.task(name="expire_requests", queueing_lock="expire_requests", pass_context=True)
async def expire_unconfirmed_requests(context: JobContext, timestamp: int) -> None:
    settings: Settings = context.additional_context["settings"]
    await expire_requests(payment_provider(settings), datetime.now(UTC))
