"""The client funnel: its steps in order, and how one step converts into the next."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum


class FunnelStep(StrEnum):
    """In funnel order: each step is compared with the one before it."""

    INTAKE = "INTAKE"  # a consultation booked, signed in or as a guest
    SAMPLE_MIX = "SAMPLE_MIX"  # a sample mix requested after a consultation
    SESSION_BOOKED = "SESSION_BOOKED"
    SESSION_COMPLETED = "SESSION_COMPLETED"
    SUMMARY_VIEWED = "SUMMARY_VIEWED"  # once per session, by its client
    UPSELL_SHOWN = "UPSELL_SHOWN"  # once per recommendation and day
    UPSELL_CLICKED = "UPSELL_CLICKED"  # once per recommendation and day
    UPSELL_PURCHASED = "UPSELL_PURCHASED"  # once per recommendation


FUNNEL: tuple[FunnelStep, ...] = tuple(FunnelStep)
BASIS_POINTS = 10_000


@dataclass(frozen=True, slots=True)
class StepCount:
    step: FunnelStep
    count: int
    # Basis points of the previous step's count (10000 = as many); None for the first step
    # or when the previous step had none. Steps are separate events, so it may exceed 10000.
    conversion_bp: int | None


def conversion_bp(count: int, previous: int) -> int | None:
    """Rounded down, so a funnel never looks better than it is."""
    return None if previous == 0 else count * BASIS_POINTS // previous


def funnel_counts(counts: Mapping[FunnelStep, int]) -> list[StepCount]:
    """Every step, in order, with zero for steps nobody reached."""
    ordered: Sequence[int] = [counts.get(step, 0) for step in FUNNEL]
    return [
        StepCount(step, n, conversion_bp(n, ordered[i - 1]) if i else None)
        for i, (step, n) in enumerate(zip(FUNNEL, ordered, strict=True))
    ]
