"""Follow-up requests after a finished session or project, and what they cost."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from domain.violation import Violation


class FollowUpKind(StrEnum):
    QUICK_QUESTION = "QUICK_QUESTION"
    MINI_EXTENSION = "MINI_EXTENSION"
    NEW_ISSUE = "NEW_ISSUE"


# Share of the service's default rate; a share (not a fixed sum) suits every currency.
_SHARE = {
    FollowUpKind.QUICK_QUESTION: Decimal("0.10"),
    FollowUpKind.MINI_EXTENSION: Decimal("0.25"),
    FollowUpKind.NEW_ISSUE: Decimal("0.50"),
}


def follow_up_price(kind: FollowUpKind, *, default_rate: int, premium: bool) -> int:
    """Minor units; premium services include follow-ups."""
    if premium:
        return 0
    return int((Decimal(default_rate) * _SHARE[kind]).quantize(Decimal(1), ROUND_HALF_UP))


def awaits_payment(price: int, *, paid: bool) -> bool:
    """A priced follow-up not paid yet: the studio does not answer it until it is."""
    return price > 0 and not paid


def payment_refusal(price: int, *, paid: bool, answered: bool) -> Violation | None:
    """Why a client cannot pay their follow-up now, if they cannot. An answered one is
    settled (a free one is answered unpaid, a priced one only once paid)."""
    if answered:
        return Violation("followUpId", "INVALID_STATE", "This follow-up was answered already.")
    if price <= 0:
        return Violation("followUpId", "NO_CHARGE", "This follow-up is included: nothing to pay.")
    if paid:
        return Violation("followUpId", "ALREADY_PAID", "This follow-up is paid already.")
    return None
