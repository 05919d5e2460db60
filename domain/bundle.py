"""Session bundles ("package deals"): a number of sessions of one service and length, sold
at once for one price below that of as many single sessions, paid once. Each paid bundle
holds credits; a session booked with one costs its client nothing more (its booked price
is covered), and cancelling it within the free-cancellation policy gives the credit back,
as a paid session's money would come back. A late cancellation keeps it used, as a paid
session keeps its fee."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from domain.violation import Violation

MIN_SESSIONS = 2
MAX_SESSIONS = 50
# A credit comes back only when the policy would give all of a session's money back.
FREE_CANCELLATION_PERCENT = 100


def bundle_violations(
    session_count: int | None, duration_minutes: int | None, price_amount: int | None
) -> list[Violation]:
    """What is wrong with a bundle's terms; a None is a value left as it was."""
    violations = []
    if session_count is not None and not MIN_SESSIONS <= session_count <= MAX_SESSIONS:
        message = f"Sell {MIN_SESSIONS} to {MAX_SESSIONS} sessions."
        violations.append(Violation("sessionCount", "INVALID_VALUE", message))
    if duration_minutes is not None and duration_minutes <= 0:
        violations.append(Violation("durationMinutes", "INVALID_VALUE", "Use a positive length."))
    if price_amount is not None and price_amount <= 0:
        violations.append(Violation("priceAmount", "INVALID_VALUE", "Use a positive price."))
    return violations


@dataclass(frozen=True, slots=True)
class Credit:
    """What a booking with a bundle's credit is checked against: the purchase as bought."""

    client_id: UUID
    service_id: UUID
    duration_minutes: int
    paid: bool
    credits_left: int


def credit_refusal(
    credit: Credit | None, client_id: UUID, service_id: UUID, duration_minutes: int
) -> Violation | None:
    """Why this booking cannot take a credit of the purchase, if it cannot. Someone else's
    purchase is as unknown as one that never existed."""
    field = "bundlePurchaseId"
    if credit is None or credit.client_id != client_id:
        return Violation(field, "NOT_FOUND", "No such bundle of yours.")
    if not credit.paid:
        return Violation(field, "NOT_PAID", "Pay for the bundle first.")
    if credit.credits_left <= 0:
        return Violation(field, "NO_CREDITS_LEFT", "Every session of this bundle is booked.")
    if credit.service_id != service_id or credit.duration_minutes != duration_minutes:
        message = "This bundle is for another service or length."
        return Violation(field, "WRONG_SERVICE", message)
    return None


def owed_price(price: int, extra: int, *, credited: bool) -> int:
    """What a session's client owes in money: its price, or, booked with a bundle's credit,
    only the extra time it ran on (the credit covers what was booked)."""
    return extra if credited else price


def purchase_refusal(*, active: bool, own: bool) -> Violation | None:
    """Why a client cannot buy a bundle now, if they cannot."""
    if not active:
        return Violation("bundleId", "NOT_FOUND", "No such bundle.")
    if own:
        return Violation("bundleId", "OWN_SERVICE", "You cannot buy your own bundle.")
    return None
