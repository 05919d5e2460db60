"""How fast a provider answers booking requests, against the reply time they promise."""

from __future__ import annotations

from dataclasses import dataclass

# Requests answered this long ago or less count; fewer than MIN_ANSWERED of them say too
# little about a provider to show.
WINDOW_DAYS = 90
MIN_ANSWERED = 3


@dataclass(frozen=True, slots=True)
class ResponseStats:
    median_minutes: float  # to one decimal
    within_sla_rate: float  # 0 to 1, to four decimals
    answered: int


def response_stats(
    median_seconds: float | None, answered: int, within: int
) -> ResponseStats | None:
    """The figures of `answered` requests, `within` of them answered in time; None when too
    few were answered."""
    if median_seconds is None or answered < MIN_ANSWERED:
        return None
    return ResponseStats(
        median_minutes=round(median_seconds / 60, 1),
        within_sla_rate=round(within / answered, 4),
        answered=answered,
    )
