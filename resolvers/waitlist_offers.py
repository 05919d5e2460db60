"""Offering a freed time to the next client in line: a cancelled or moved session's (its
notice goes out with the change's own), or the slot of an offer that was given up (it ran
out, or its client left the line). Shared by the session mutations, `leaveWaitlist` and the
expiry job; it imports no schema module, so the worker can load it without building the API."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from domain.notification import NotificationKind, session_time
from models.provider import ProviderProfile, Service
from models.waitlist import WaitlistEntry
from resolvers.notify import notify_users
from resolvers.scheduling import bookable_by
from resolvers.waitlist_line import claim_waiting, hold_slot, waiting_line


async def offer_freed_slot(
    service: Service, start: datetime, end: datetime, now: datetime
) -> WaitlistEntry | None:
    """Holds [start, end) for the longest-waiting client of that day who could book it, if
    it is still to come; the entry offered it, if any. Those before them in line who could not
    (a seat of that slot theirs already, say) keep their place for another time.

    Runs in the caller's transaction. Moves, leaving the line and the expiry job hold the
    provider's calendar lock; a cancellation does not need it, since the time it frees shows
    only when it commits, with its offer. Two offers made at once contend for an entry's row
    lock (`claim_waiting`): the second passes the entry the first took to the next in line
    (tests/test_waitlist_concurrency.py). When the offer expires unbooked, the job hands the
    slot on (jobs/waitlist.py).
    """
    # An archived service cannot be booked: a held offer of it would only end in NOT_FOUND
    # (and keep the provider's time from everyone else meanwhile).
    if start <= now or not service.active:
        return None
    profile = await ProviderProfile.get(id=service.provider_id)  # type: ignore[attr-defined]
    day = start.astimezone(ZoneInfo(profile.timezone)).date()
    for entry_id, client_id in await waiting_line(service.id, day):
        # The time may not be bookable for this client (notice, hours closed since, a move to
        # an overlapping time, a seat of it held already): an offer would only end in a
        # refusal, while the next in line may take it.
        if not await bookable_by(profile, service, start, end, client_id):
            continue
        entry = await claim_waiting(entry_id)
        if entry is None:  # left the line meanwhile
            continue
        await hold_slot(entry, service, start, end, now)
        return entry
    return None


async def hand_on(released: WaitlistEntry, now: datetime) -> bool:
    """Offers the slot `released` held to the next client in line, and tells them; whether
    it was offered. `released` is already out of the line, in the caller's transaction."""
    service = await Service.get(id=released.service_id).select_related("provider")  # type: ignore[attr-defined]
    start, end = released.offer_start, released.offer_end
    following = await offer_freed_slot(service, start, end, now)  # type: ignore[arg-type]
    if following is None:
        return False
    zone = service.provider.timezone
    await notify_users(
        NotificationKind.WAITLIST_OFFER,
        [await following.client],
        session_time(start, zone),  # type: ignore[arg-type]
        session_time(following.offer_expires_at, zone),  # type: ignore[arg-type]
    )
    return True
