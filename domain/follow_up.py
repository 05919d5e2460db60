"""Follow-up requests after a finished session or project, and what they cost."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum


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
