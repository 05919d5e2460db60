"""Handing the slot of an offer that was given up (it ran out, or its client left the line) on
to the next client in line. Shared by the expiry job and `leaveWaitlist`; it imports no schema
module, so the worker can load it without building the API."""

from __future__ import annotations

from datetime import datetime

from domain.notification import NotificationKind, session_time
from models.provider import Service
from models.waitlist import WaitlistEntry
from resolvers.notify import notify_users
from resolvers.scheduling import bookable_by, first_waiting, hold_slot


async def hand_on(released: WaitlistEntry, now: datetime) -> bool:
    """Offers the slot `released` held to the next client waiting for that day, if it is still
    to come and they could book it; whether it was offered.

    Runs in the caller's transaction, which holds the provider's calendar lock and has already
    taken `released` out of the line.
    """
    start, end = released.offer_start, released.offer_end
    if start <= now:  # type: ignore[operator]
        return False
    following = await first_waiting(released.service_id, released.day)  # type: ignore[attr-defined]
    if following is None:
        return False
    service = await Service.get(id=released.service_id).select_related("provider")  # type: ignore[attr-defined]
    profile = service.provider
    if not await bookable_by(profile, service, start, end, following.client_id):  # type: ignore[arg-type, attr-defined]
        return False
    await hold_slot(following, service, start, end, now)  # type: ignore[arg-type]
    await notify_users(
        NotificationKind.WAITLIST_OFFER,
        [await following.client],
        session_time(start, profile.timezone),  # type: ignore[arg-type]
        session_time(following.offer_expires_at, profile.timezone),  # type: ignore[arg-type]
    )
    return True
