"""Requests nobody confirmed: at their start they expire (domain/session.py, NOT_CONFIRMED).

Each request is cancelled in a transaction of its own, the way `cancelSession` cancels
(resolvers/session_cancelling.py): its row locked FOR UPDATE first, as every move of a session
locks it. A provider confirming it at that moment and this job take turns on the lock, and
whichever comes second finds it no longer REQUESTED: the confirmation is refused as an invalid
transition, or the job leaves the session be. Two workers expiring the same request take turns
likewise; the second finds it CANCELLED. Payments are settled once each cancellation has
committed, as for every cancellation: pending card payments cancelled, all paid refunded.

A batch costs five statements to read its due sessions with their clients, providers and
services; then each session ten of its own when nothing was paid: the lock, the update, one
statement for both notifications (in-app, mail and webhook event), the announcement to its
subscribers, and the six of settling its payments that every cancellation runs (more, and a
call to the payment provider, per payment to cancel or refund). The tests count them.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from procrastinate import Blueprint, JobContext
from tortoise.transactions import in_transaction

from app.settings import Settings, payment_provider
from domain.notification import NotificationKind, session_time
from domain.session import NOT_CONFIRMED, Actor, SessionStatus
from integrations.payments import PaymentProvider
from models.booking import Session
from resolvers.notify import notify_users
from resolvers.session_cancelling import cancel_locked, settle_cancelled
from subscriptions.broker import publish_on_commit
from subscriptions.channels import session_channel

log = logging.getLogger(__name__)

# Requests expired per batch; a run goes on until none is left.
BATCH_SIZE = 100


async def _expire(payments: PaymentProvider, due: Session, now: datetime) -> bool:
    """Cancels one request as not confirmed; False if it was no longer an unconfirmed request
    past its start (confirmed, moved or cancelled meanwhile)."""
    async with in_transaction():
        session = (
            await Session.filter(id=due.id, status=SessionStatus.REQUESTED, start_at__lte=now)
            .select_for_update()
            .first()
        )
        if session is None:
            return False
        # The studio called it off, not the client: all of it comes back, whatever the policy;
        # the reason is the studio's rule, no person's words to erase.
        offer = await cancel_locked(
            session, due.service, reason=NOT_CONFIRMED, by=Actor.ADMIN, refund_percent=100, now=now
        )
        zone = due.provider.timezone
        when = session_time(session.start_at, zone)
        told = [user for user in (due.client, due.provider.user) if user.deleted_at is None]
        await notify_users(
            NotificationKind.SESSION_CANCELLED, told, when, NOT_CONFIRMED, session_id=session.id
        )
        # Its time has begun, so nobody waiting is offered it today; should a request ever
        # expire ahead of its start, the waitlist hears as after any cancellation.
        if offer is not None:
            until = session_time(offer.offer_expires_at, zone)  # type: ignore[arg-type]
            await notify_users(NotificationKind.WAITLIST_OFFER, [await offer.client], when, until)
        await publish_on_commit(session_channel(session.id))
    await settle_cancelled(payments, session)
    return True


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
        outcomes = [await _expire(payments, session, now) for session in due]
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
