"""The waitlist's line of a service's day: reading it, claiming the entry a freed time is
offered to, holding the offer, and taking it up when its client books the time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from uuid import UUID

from models.booking import Session
from models.provider import Service
from models.waitlist import WaitlistEntry, WaitlistStatus

# How long a freed slot stays reserved for the waitlisted client it is offered to.
OFFER_HOLD = timedelta(hours=2)


async def waiting_line(service_id: UUID, day: date) -> list[tuple[UUID, UUID]]:
    """(entry id, client id) of the clients waiting for that day of the service, longest
    waiting first. Not locked: see `claim_waiting`."""
    return await (
        WaitlistEntry.filter(service_id=service_id, day=day, status=WaitlistStatus.WAITING)
        .order_by("created_at", "id")
        .values_list("id", "client_id")
    )


async def claim_waiting(entry_id: UUID) -> WaitlistEntry | None:
    """The entry, locked until the caller's transaction ends, if it is still WAITING (its
    client may have left, or its service been archived, since the line was read). One row at
    a time: locking the whole line could deadlock with `close_waitlist`, which locks it too."""
    return (
        await WaitlistEntry.filter(id=entry_id, status=WaitlistStatus.WAITING)
        .select_for_update()
        .first()
    )


async def hold_slot(
    entry: WaitlistEntry, service: Service, start: datetime, end: datetime, now: datetime
) -> None:
    """Offers [start, end) to the entry's client: held for OFFER_HOLD, never past the moment
    the service's minimum notice stops bookings of it."""
    closes = start - timedelta(minutes=service.min_notice_minutes)
    entry.update_from_dict(
        {
            "status": WaitlistStatus.OFFERED,
            "offer_start": start,
            "offer_end": end,
            "offer_expires_at": min(now + OFFER_HOLD, closes),
        }
    )
    await entry.save()


async def book_offer(service_id: UUID, client_id: UUID, start: datetime) -> None:
    """In the caller's transaction, which has just given `client_id` a session of
    `service_id` at `start` (booked or moved there): the offer of that start held for them is
    BOOKED, so the expiry job neither runs it out nor hands the time on."""
    await WaitlistEntry.filter(
        service_id=service_id,
        client_id=client_id,
        status=WaitlistStatus.OFFERED,
        offer_start=start,
    ).update(status=WaitlistStatus.BOOKED)


async def book_offers_within(session: Session, since: datetime) -> None:
    """The client's own offers of the provider's time from `since` to the session's new end
    are taken up (an extended session ran on into them): they are with the provider then, so
    the expiry job must neither run the offers out nor hand that time on."""
    overlapping = await WaitlistEntry.filter(
        client_id=session.client_id,  # type: ignore[attr-defined]
        service__provider_id=session.provider_id,  # type: ignore[attr-defined]
        status=WaitlistStatus.OFFERED,
        offer_start__lt=session.blocked_end,
        offer_end__gt=since,
    ).values_list("service_id", "offer_start")
    for service_id, start in overlapping:
        await book_offer(service_id, session.client_id, start)  # type: ignore[arg-type, attr-defined]
