"""The session lifecycle: who may move a session where, and what a cancellation refunds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from domain.payment import money_text
from domain.violation import Violation

MAX_POLICY_HOURS = 365 * 24
# How long before its start a session may be started: a client who comes early.
START_LEAD = timedelta(minutes=30)


class SessionStatus(StrEnum):
    REQUESTED = "REQUESTED"
    CONFIRMED = "CONFIRMED"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"
    NO_SHOW = "NO_SHOW"


# A request is the studio's to confirm: one still REQUESTED when it was due to start expires
# (jobs/unconfirmed.py), cancelled with all paid refunded, since the client never had the
# studio's word. The reason both sides read, and that the session keeps.
NOT_CONFIRMED = (
    "The studio did not confirm the request before its start; anything paid is refunded in full."
)


def not_confirmed_seats(count: int) -> str:
    """What a group slot's provider reads, once, when `count` (two or more) of its seats'
    requests expire together: each seat's client reads NOT_CONFIRMED of their own."""
    return (
        f"The studio did not confirm {count} requests for it before its start; "
        "anything paid is refunded in full."
    )


# The statuses that still hold the provider's time, so they block other bookings.
ACTIVE_STATUSES: frozenset[SessionStatus] = frozenset(
    {SessionStatus.REQUESTED, SessionStatus.CONFIRMED, SessionStatus.IN_PROGRESS}
)
# The statuses in which a client starts a payment: a session that took place may still owe
# its balance (say, a plan's last card declined past the deadline); one cancelled or missed
# takes no new one.
PAYABLE_STATUSES: frozenset[SessionStatus] = ACTIVE_STATUSES | {SessionStatus.COMPLETED}


class Actor(StrEnum):
    CLIENT = "CLIENT"
    PROVIDER = "PROVIDER"
    ADMIN = "ADMIN"


class Transition(StrEnum):
    CONFIRM = "CONFIRM"
    START = "START"
    COMPLETE = "COMPLETE"
    NO_SHOW = "NO_SHOW"
    CANCEL = "CANCEL"
    RESCHEDULE = "RESCHEDULE"
    EXTEND = "EXTEND"


@dataclass(frozen=True, slots=True)
class _Move:
    sources: frozenset[SessionStatus]
    target: SessionStatus | None  # None keeps the current status (the time changes, not the state)
    actors: frozenset[Actor]


_ANYONE = frozenset(Actor)
_STAFF = frozenset({Actor.PROVIDER, Actor.ADMIN})
_BOOKED = frozenset({SessionStatus.REQUESTED, SessionStatus.CONFIRMED})

# Clients may only withdraw or move what has not started; running a session is the provider's job.
_MOVES: dict[Transition, _Move] = {
    Transition.CONFIRM: _Move(
        frozenset({SessionStatus.REQUESTED}), SessionStatus.CONFIRMED, _STAFF
    ),
    Transition.START: _Move(
        frozenset({SessionStatus.CONFIRMED}), SessionStatus.IN_PROGRESS, _STAFF
    ),
    Transition.COMPLETE: _Move(
        frozenset({SessionStatus.IN_PROGRESS}), SessionStatus.COMPLETED, _STAFF
    ),
    Transition.NO_SHOW: _Move(frozenset({SessionStatus.CONFIRMED}), SessionStatus.NO_SHOW, _STAFF),
    Transition.CANCEL: _Move(_BOOKED, SessionStatus.CANCELLED, _ANYONE),
    Transition.RESCHEDULE: _Move(_BOOKED, None, _ANYONE),
    Transition.EXTEND: _Move(frozenset({SessionStatus.IN_PROGRESS}), None, _STAFF),
}


def next_status(
    current: SessionStatus, transition: Transition, actor: Actor
) -> SessionStatus | None:
    """The status after the move, or None when this actor may not make it from here."""
    move = _MOVES[transition]
    if current not in move.sources or actor not in move.actors:
        return None
    return current if move.target is None else move.target


def answers_request(current: SessionStatus, transition: Transition, actor: Actor) -> bool:
    """Whether this move is the studio's answer to a booking request, the end of the wait that
    Provider.responseStats measures: confirming it (whoever on the studio's side does), or
    the provider declining it. The client withdrawing or support calling it off answers
    nothing the provider was asked."""
    if current is not SessionStatus.REQUESTED:
        return False
    return transition is Transition.CONFIRM or (
        transition is Transition.CANCEL and actor is Actor.PROVIDER
    )


@dataclass(frozen=True, slots=True)
class CancellationTier:
    """Cancelling at least `hours_before` hours ahead of the start refunds `refund_percent`."""

    hours_before: int
    refund_percent: int


def refund_percent(
    policy: Sequence[CancellationTier], start: datetime, cancelled_at: datetime, actor: Actor
) -> int:
    # The client is not to blame when the provider (or support) calls the session off.
    if actor is not Actor.CLIENT or not policy:
        return 100
    notice = start - cancelled_at
    met = [tier for tier in policy if notice >= timedelta(hours=tier.hours_before)]
    if not met:
        return 0
    return max(met, key=lambda tier: tier.hours_before).refund_percent


def too_early(transition: Transition, start: datetime, now: datetime) -> Violation | None:
    """A no-show can only be seen once the session was due: marked ahead, it would call the
    session off with nothing refunded, where the studio cancelling refunds it all. A session
    starts when it is about due: started days ahead (the wrong one tapped), it could no longer
    be cancelled or moved by anyone, and completing it opened its review and follow-ups
    before it took place."""
    if transition is Transition.NO_SHOW and now < start:
        return Violation("id", "TOO_EARLY", "Record a no-show once the session has begun.")
    if transition is Transition.START and now < start - START_LEAD:
        minutes = int(START_LEAD.total_seconds() // 60)
        return Violation("id", "TOO_EARLY", f"Start a session at most {minutes} minutes ahead.")
    return None


def client_too_late(
    transition: Transition,
    policy: Sequence[CancellationTier],
    start: datetime,
    now: datetime,
) -> Violation | None:
    """Why a client may no longer cancel or move a session themselves, if they may not.

    Once it has begun, it may have taken place: only the studio settles it. A move is also
    refused once cancelling would refund less than the policy's longest-notice tier, since
    moving the session far ahead and cancelling it there would refund it in full.
    """
    if start <= now:
        return Violation("id", "TOO_LATE", "The session has begun: ask the studio.")
    if transition is not Transition.RESCHEDULE or not policy:
        return None
    earliest_tier = max(policy, key=lambda tier: tier.hours_before)
    if refund_percent(policy, start, now, Actor.CLIENT) >= earliest_tier.refund_percent:
        return None
    return Violation(
        "id",
        "TOO_LATE",
        f"Sessions can be moved up to {earliest_tier.hours_before} hours ahead: ask the studio.",
    )


def policy_violations(policy: Sequence[CancellationTier]) -> list[Violation]:
    """Every problem at once; with repeated hours the refund would be ambiguous."""
    violations: list[Violation] = []
    seen: set[int] = set()
    for index, tier in enumerate(policy):
        if not 0 <= tier.hours_before <= MAX_POLICY_HOURS:
            violations.append(
                Violation(
                    f"cancellationPolicy.{index}.hoursBefore",
                    "INVALID_VALUE",
                    f"Use 0 to {MAX_POLICY_HOURS} hours.",
                )
            )
        elif tier.hours_before in seen:
            violations.append(
                Violation(
                    f"cancellationPolicy.{index}.hoursBefore",
                    "DUPLICATE_TIER",
                    f"Two tiers start {tier.hours_before} hours before the session.",
                )
            )
        seen.add(tier.hours_before)
        if not 0 <= tier.refund_percent <= 100:
            violations.append(
                Violation(
                    f"cancellationPolicy.{index}.refundPercent",
                    "INVALID_VALUE",
                    "Use 0 to 100 percent.",
                )
            )
    return violations


def price_changed(expected: tuple[int, str] | None, amount: int, currency: str) -> Violation | None:
    """A booking confirmed at the price the client was shown is refused when the slot costs
    anything else by now (the provider changed the rates, or the start lies in a window with
    another multiplier): charging the new price would take money they never agreed to.
    `expected` is (minor units, ISO code), or None when the client named no price."""
    if expected is None or expected == (amount, currency.upper()):
        return None
    now = money_text(amount, currency)
    return Violation(
        "expectedPrice", "PRICE_CHANGED", f"It now costs {now}; book again at that price."
    )
