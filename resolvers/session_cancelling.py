"""Cancelling a session, the part every way in shares: `cancelSession`, a guest's link
(resolvers/session_lifecycle.py) and the expiry of a request nobody confirmed
(jobs/unconfirmed.py). It imports no schema module, so the worker can load it without
building the API; telling people is left to the caller, who knows who acted."""

from __future__ import annotations

from datetime import datetime

from domain.session import Actor, CancellationTier, SessionStatus
from integrations.payments import PaymentProvider
from models.booking import Session as SessionModel
from models.provider import Service as ServiceModel
from models.waitlist import WaitlistEntry
from resolvers.bundle_credit import give_credit_back
from resolvers.payment_cancelling import cancel_session_payments
from resolvers.refunding import open_cancellation_refunds, send_pending_refunds
from resolvers.waitlist_offers import offer_freed_slot


def cancellation_policy(service: ServiceModel) -> list[CancellationTier]:
    return [
        CancellationTier(t["hours_before"], t["refund_percent"])
        for t in service.cancellation_policy
    ]


async def cancel_locked(
    session: SessionModel,
    service: ServiceModel,
    *,
    reason: str,
    by: Actor,
    refund_percent: int,
    now: datetime,
) -> WaitlistEntry | None:
    """Cancels `session`, which the caller's transaction holds FOR UPDATE, and offers the time
    it frees to the waitlist; the entry offered it, if any. `by` says whose words `reason`
    is, so an erasure blanks only its author's (resolvers/privacy_traces.py). A session
    booked with a bundle's credit gets it back when cancelled free of charge."""
    session.update_from_dict(
        {
            "status": SessionStatus.CANCELLED,
            "cancelled_at": now,
            "cancellation_reason": reason,
            "cancelled_by": by,
            "refund_percent": refund_percent,
            # Calendars that subscribe see the event's new state as a newer version of it.
            "calendar_sequence": session.calendar_sequence + 1,
        }
    )
    await session.save()
    offer = await offer_freed_slot(service, session.start_at, session.end_at, now)
    # After the offer, which may take the provider's calendar lock: calendar before purchase.
    await give_credit_back(session)
    return offer


async def settle_cancelled(payments: PaymentProvider, session: SessionModel) -> None:
    """Once the cancellation has committed, as every call to the payment provider: rows
    first. A card payment the provider does not cancel stays PENDING, and its money, should
    it arrive, goes back by the policy; refunds it does not answer for wait PENDING for
    `refundCancelledSession`."""
    await cancel_session_payments(payments, session.id)
    await open_cancellation_refunds(session)
    await send_pending_refunds(payments, session.id)
