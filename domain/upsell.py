"""What to offer a client after a completed session, and why: pure rules, no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from domain.follow_up import FollowUpKind, follow_up_price

# A follow-up makes sense while the session is fresh in both minds.
FOLLOW_UP_WITHIN_DAYS = 30
# A maintenance visit is offered from a month after the session until a year after it.
MAINTENANCE_AFTER_DAYS = 30
MAINTENANCE_UNTIL_DAYS = 365
# Doing the recommended thing this long after it was shown counts as its purchase.
ATTRIBUTION_DAYS = 30


class RecommendationKind(StrEnum):
    FOLLOW_UP = "FOLLOW_UP"  # a follow-up request about the session
    MAINTENANCE_PLAN = "MAINTENANCE_PLAN"  # booking the same service again
    PREMIUM_UPGRADE = "PREMIUM_UPGRADE"  # booking the provider's premium service of that kind


TITLES = {
    RecommendationKind.FOLLOW_UP: "Ask a follow-up question",
    RecommendationKind.MAINTENANCE_PLAN: "Book a maintenance visit",
    RecommendationKind.PREMIUM_UPGRADE: "Upgrade to premium",
}


@dataclass(frozen=True, slots=True)
class CompletedSession:
    consultation: bool  # a consultation has nothing to maintain or upgrade
    premium: bool
    parts_needed: Sequence[str]  # from the provider's summary; empty without one
    next_steps: str
    days_since: int
    follow_ups: int  # asked about this session so far
    premium_alternative: bool  # the provider sells a premium service of the same kind
    booked_again: bool  # the client booked the same service after this session
    still_sold: bool  # the session's service is not archived, so it can be booked again


@dataclass(frozen=True, slots=True)
class Recommendation:
    kind: RecommendationKind
    reason: str

    @property
    def title(self) -> str:
        return TITLES[self.kind]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _follow_up(done: CompletedSession) -> Recommendation | None:
    if done.follow_ups or done.days_since > FOLLOW_UP_WITHIN_DAYS:
        return None
    if done.parts_needed:
        listed = _plural(len(done.parts_needed), "part")
        return Recommendation(
            RecommendationKind.FOLLOW_UP,
            f"Your summary lists {listed} needed: ask your provider about fitting them.",
        )
    if done.next_steps.strip():
        return Recommendation(
            RecommendationKind.FOLLOW_UP,
            "Your summary suggests next steps: ask your provider how to go about them.",
        )
    return None


def _maintenance(done: CompletedSession) -> Recommendation | None:
    due = MAINTENANCE_AFTER_DAYS <= done.days_since <= MAINTENANCE_UNTIL_DAYS
    # An archived service cannot be booked: recommending it could only end in NOT_FOUND.
    if done.consultation or done.booked_again or not done.still_sold or not due:
        return None
    return Recommendation(
        RecommendationKind.MAINTENANCE_PLAN,
        f"It has been {_plural(done.days_since, 'day')} since your session: "
        "a regular check keeps things in shape.",
    )


def _premium(done: CompletedSession) -> Recommendation | None:
    if done.consultation or done.premium or not done.premium_alternative:
        return None
    if done.follow_ups:
        asked = _plural(done.follow_ups, "follow-up")
        reason = f"You asked {asked}: premium includes them at no charge."
    elif done.parts_needed:
        reason = "Your summary lists parts needed: premium includes the follow-ups at no charge."
    else:
        return None
    return Recommendation(RecommendationKind.PREMIUM_UPGRADE, reason)


def recommendations(done: CompletedSession) -> list[Recommendation]:
    """In a fixed order (follow-up, maintenance, premium), each kind at most once."""
    found = (_follow_up(done), _maintenance(done), _premium(done))
    return [r for r in found if r is not None]


def recommendation_key(session_id: UUID, kind: RecommendationKind) -> str:
    """What makes a recommendation the same one from one day to the next."""
    return f"{session_id}:{kind}"


def recommendation_price(kind: RecommendationKind, *, default_rate: int, premium: bool) -> int:
    """What acting on a recommendation costs, in minor units, at its service's default length
    and before any peak-hour multiplier: for FOLLOW_UP the smallest follow-up (a quick
    question, free on premium services), for the others a session of the service."""
    if kind == RecommendationKind.FOLLOW_UP:
        quick = FollowUpKind.QUICK_QUESTION
        return follow_up_price(quick, default_rate=default_rate, premium=premium)
    return default_rate
