"""Booking figures for admins: how often each session length is booked, how many of them took
place, and what a booking is worth."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from domain.session import SessionStatus


@dataclass(frozen=True, slots=True)
class StatRow:
    """Sessions of one length, status and currency: how many, and their prices added up."""

    minutes: int
    status: SessionStatus
    currency: str
    count: int
    value: int


@dataclass(frozen=True, slots=True)
class StatGroup:
    minutes: int | None  # None: every length together
    booked: int
    completed: int
    cancelled: int
    no_show: int
    # Completed sessions in basis points of those booked, rounded down; None with none booked.
    completion_bp: int | None
    # Mean price per currency, halves up, of the sessions not cancelled (a cancellation's
    # money mostly went back); currencies in alphabetical order.
    average_value: dict[str, int]


def _group(minutes: int | None, rows: Sequence[StatRow]) -> StatGroup:
    counts: dict[SessionStatus, int] = defaultdict(int)
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        counts[row.status] += row.count
        if row.status != SessionStatus.CANCELLED:
            sums[row.currency][0] += row.value
            sums[row.currency][1] += row.count
    booked = sum(counts.values())
    completed = counts[SessionStatus.COMPLETED]
    return StatGroup(
        minutes=minutes,
        booked=booked,
        completed=completed,
        cancelled=counts[SessionStatus.CANCELLED],
        no_show=counts[SessionStatus.NO_SHOW],
        completion_bp=completed * 10_000 // booked if booked else None,
        average_value={
            currency: (2 * value + count) // (2 * count)
            for currency, (value, count) in sorted(sums.items())
        },
    )


def booking_stats(rows: Sequence[StatRow]) -> tuple[StatGroup, list[StatGroup]]:
    """All lengths together, and each length on its own, the most booked first (ties: the
    shorter first)."""
    by_length: dict[int, list[StatRow]] = defaultdict(list)
    for row in rows:
        by_length[row.minutes].append(row)
    groups = [_group(minutes, found) for minutes, found in by_length.items()]
    groups.sort(key=lambda group: (-group.booked, group.minutes))
    return _group(None, rows), groups
