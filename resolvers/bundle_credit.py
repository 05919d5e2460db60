"""Spending a bundle's credit on a session and giving it back (domain/bundle.py), each in
the transaction of the booking or the cancellation, under the purchase's row lock: two
bookings at once cannot both spend its last credit, the second waits and finds none left.
Locks are taken in one order, the provider's calendar (booking, the waitlist offer of a
cancellation) before the purchase. It imports no schema module: the worker cancels too."""

from __future__ import annotations

from uuid import UUID

from tortoise.expressions import F

from domain.bundle import FREE_CANCELLATION_PERCENT, Credit, credit_refusal, owed_price
from domain.payment import SessionPaymentStatus
from domain.violation import Violation
from models.booking import Session as SessionModel
from models.bundle import BundlePurchase


class CreditRefused(Exception):
    """Raised inside the booking's transaction, so the session it wrote is rolled back."""

    def __init__(self, violation: Violation) -> None:
        super().__init__(violation.message)
        self.violation = violation


async def spend_credit(purchase_id: UUID | None, session: SessionModel, duration: int) -> None:
    """Takes one credit of the client's purchase for the session just written, which its
    credit then covers (paid: nothing is due but extra time); raises `CreditRefused`."""
    locked = BundlePurchase.select_for_update().filter(id=purchase_id)
    purchase = await locked.first() if purchase_id else None
    credit = purchase and Credit(
        client_id=purchase.client_id,  # type: ignore[attr-defined]
        service_id=purchase.service_id,  # type: ignore[attr-defined]
        duration_minutes=purchase.duration_minutes,
        paid=purchase.paid_at is not None,
        credits_left=purchase.credits_left,
    )
    client_id = session.client_id  # type: ignore[attr-defined]
    refusal = credit_refusal(credit, client_id, session.service_id, duration)  # type: ignore[attr-defined]
    if refusal is not None:
        raise CreditRefused(refusal)
    purchase.credits_left -= 1  # type: ignore[union-attr]
    await purchase.save(update_fields=["credits_left", "updated_at"])  # type: ignore[union-attr]
    session.bundle_purchase_id = purchase.id  # type: ignore[attr-defined,union-attr]
    session.payment_status = SessionPaymentStatus.PAID
    await session.save(update_fields=["bundle_purchase_id", "payment_status", "updated_at"])


async def give_credit_back(session: SessionModel) -> None:
    """For a session just cancelled (its row locked): its credit comes back when the policy
    gives all its money back (free cancellation, or the studio calling it off); a late
    cancellation keeps it used, as a paid session keeps its fee."""
    purchase_id = session.bundle_purchase_id  # type: ignore[attr-defined]
    if purchase_id is None or session.refund_percent != FREE_CANCELLATION_PERCENT:
        return
    # An increment in SQL takes the row's lock for the rest of the transaction.
    await BundlePurchase.filter(id=purchase_id).update(credits_left=F("credits_left") + 1)


def owed(session: SessionModel) -> int:
    """What the session's client owes in money: its price, or with a bundle's credit only
    the extra time charged (domain/bundle.owed_price). Every payment rule reads this."""
    credited = session.bundle_purchase_id is not None  # type: ignore[attr-defined]
    return owed_price(session.price_amount, session.extra_amount, credited=credited)
