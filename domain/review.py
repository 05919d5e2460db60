"""Reviews of finished sessions: who may write, respond and vote, and what a review may say."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

from domain.session import SessionStatus
from domain.violation import Violation

MIN_RATING = 1
MAX_RATING = 5
STARS = range(MIN_RATING, MAX_RATING + 1)
MAX_TEXT = 5_000
MAX_RESPONSE = 5_000
MAX_HIDE_REASON = 2_000


@dataclass(frozen=True, slots=True)
class Reviewed:
    """The facts about a session that decide whether its client may review it now."""

    client_id: UUID
    provider_user_id: UUID  # the account of the provider whose work is reviewed
    status: SessionStatus
    already_reviewed: bool


def review_violations(rating: int, text: str) -> list[Violation]:
    """The input alone: a whole number of stars and a text that fits (it may be empty)."""
    violations = []
    if not MIN_RATING <= rating <= MAX_RATING:
        violations.append(
            Violation("rating", "RATING_OUT_OF_RANGE", f"Rate {MIN_RATING} to {MAX_RATING} stars.")
        )
    if len(text.strip()) > MAX_TEXT:
        violations.append(
            Violation("text", "TEXT_TOO_LONG", f"Keep it under {MAX_TEXT:,} characters.")
        )
    return violations


def reviewer_violation(session: Reviewed, user_id: UUID) -> Violation | None:
    """Only the session's client reviews, once, and only after the session took place; a
    provider who booked their own service does not rate their own work (as with votes)."""
    if session.client_id != user_id:
        return Violation("sessionId", "NOT_YOUR_SESSION", "Only the session's client reviews it.")
    if session.provider_user_id == user_id:
        return Violation("sessionId", "OWN_SESSION", "You cannot review your own work.")
    if session.status != SessionStatus.COMPLETED:
        return Violation("sessionId", "NOT_COMPLETED", "Review a session once it is completed.")
    if session.already_reviewed:
        return Violation("sessionId", "ALREADY_REVIEWED", "This session already has a review.")
    return None


def response_violations(response: str) -> list[Violation]:
    """A response may be rewritten but not blanked: a review keeps what was answered."""
    length = len(response.strip())
    if length == 0:
        return [Violation("response", "INVALID_VALUE", "Write a response.")]
    if length > MAX_RESPONSE:
        return [
            Violation("response", "TEXT_TOO_LONG", f"Keep it under {MAX_RESPONSE:,} characters.")
        ]
    return []


def reply_violation(hidden: bool) -> Violation | None:
    """A hidden review takes no reply, first or reworded, until an admin restores it: the reply
    is public, and would answer words the moderators took down (told to the author alone)."""
    if hidden:
        message = "This review is hidden: reply once it is restored."
        return Violation("reviewId", "REVIEW_HIDDEN", message)
    return None


def vote_violation(voter_id: UUID, author_id: UUID, reviewed_id: UUID) -> Violation | None:
    """Votes rank reviews for readers, so neither the author nor the reviewed provider casts
    them: either would be promoting their own side of the story."""
    if voter_id in (author_id, reviewed_id):
        return Violation("reviewId", "OWN_REVIEW", "You cannot vote on a review you are part of.")
    return None


def hide_violations(hidden: bool, reason: str) -> list[Violation]:
    """An admin hides a review once, saying why: the reason is sent to its author."""
    if hidden:
        return [Violation("reviewId", "ALREADY_HIDDEN", "This review is hidden already.")]
    length = len(reason.strip())
    if length == 0:
        return [Violation("reason", "INVALID_VALUE", "Say why: the review's author is told.")]
    if length > MAX_HIDE_REASON:
        message = f"Keep it under {MAX_HIDE_REASON:,} characters."
        return [Violation("reason", "TEXT_TOO_LONG", message)]
    return []


def restore_violation(hidden: bool) -> Violation | None:
    if not hidden:
        return Violation("reviewId", "NOT_HIDDEN", "This review is not hidden.")
    return None


def sees_hidden(
    viewer_id: UUID | None, author_id: UUID, provider_user_id: UUID | None, is_admin: bool
) -> bool:
    """A hidden review stays in view of its author, the provider reviewed (while they are
    one: the caller passes None otherwise) and admins; the public no longer sees it."""
    return is_admin or (viewer_id is not None and viewer_id in (author_id, provider_user_id))


def display_name(first_name: str, last_name: str) -> str:
    """Reviews are public: the client shows as a first name and a last initial ("Ada L.")."""
    initial = last_name.strip()[:1].upper()
    return f"{first_name.strip()} {initial}." if initial else first_name.strip()


def average(rating_sum: int, count: int) -> float | None:
    """The mean to two decimals, halves up (33 / 8 = 4.125 shows as 4.13), computed exactly:
    `round()` on the float halves to even and sees 4.125-like means slightly off. The exact
    sum and count are published next to it."""
    if not count:
        return None
    mean = Decimal(rating_sum) / Decimal(count)
    return float(mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
