"""Expiring waitlist offers, and handing the slot on to the next client in line.

Each offer is settled in a transaction of its own that first takes the provider's calendar lock
(the one bookings take, resolvers/scheduling.py), then locks the entry: in that order a booking of
the same slot and this job wait for each other instead of deadlocking, and the slot check below
sees every booking committed before it. Two workers settling the same offer take turns on
that lock; the second finds it no longer OFFERED and leaves it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from uuid import UUID

from procrastinate import Blueprint
from tortoise.transactions import in_transaction

from models.waitlist import WaitlistEntry, WaitlistStatus
from resolvers.scheduling import lock_provider_calendar
from resolvers.waitlist_offers import hand_on

log = logging.getLogger(__name__)

# Offers settled per run; the next run (a minute later) goes on from there.
BATCH_SIZE = 200


async def _settle(entry_id: UUID, provider_id: UUID, now: datetime) -> bool | None:
    """Expires one offer; True if its slot was offered to the next client, None if the offer
    was no longer there to expire."""
    async with in_transaction() as connection:
        await lock_provider_calendar(connection, provider_id)
        expired = (
            await WaitlistEntry.filter(
                id=entry_id, status=WaitlistStatus.OFFERED, offer_expires_at__lte=now
            )
            .select_for_update()
            .first()
        )
        if expired is None:  # booked, or settled by another worker, meanwhile
            return None
        expired.status = WaitlistStatus.EXPIRED
        await expired.save(update_fields=["status", "updated_at"])
        return await hand_on(expired, now)


async def expire_offers(now: datetime, *, batch_size: int = BATCH_SIZE) -> tuple[int, int]:
    """Settles the offers expired by `now`: how many expired, and how many were handed on."""
    due = (
        await WaitlistEntry.filter(status=WaitlistStatus.OFFERED, offer_expires_at__lte=now)
        .order_by("offer_expires_at", "id")
        .limit(batch_size)
        .values_list("id", "service__provider_id")
    )
    outcomes = [await _settle(entry_id, provider_id, now) for entry_id, provider_id in due]
    expired = sum(outcome is not None for outcome in outcomes)
    handed_on = sum(outcome is True for outcome in outcomes)
    if expired:
        log.info("waitlist offers expired", extra={"expired": expired, "handed_on": handed_on})
    return expired, handed_on


blueprint = Blueprint()


@blueprint.periodic(cron="* * * * *")
@blueprint.task(name="expire_waitlist_offers", queueing_lock="expire_waitlist_offers")
async def expire_waitlist_offers(timestamp: int) -> None:
    await expire_offers(datetime.now(UTC))
