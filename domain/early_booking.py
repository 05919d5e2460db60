"""Early-booking discounts: a percentage off a slot booked at least so many days ahead.

The rule applies to a slot's price as the calendar priced it (the duration's rate or the
package's price, times the window's multiplier), so it is always the last step of pricing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.violation import Violation

MIN_PERCENT, MAX_PERCENT = 1, 50
MIN_DAYS, MAX_DAYS = 1, 365


@dataclass(frozen=True, slots=True)
class EarlyBooking:
    """`percent` off when the session starts at least `min_days` days after the booking."""

    percent: int
    min_days: int


@dataclass(frozen=True, slots=True)
class EarlyPrice:
    """A slot's price: `amount` is charged, `saved` is what the discount took off (0 when
    none applies) and `percent` the rule's percentage (0 when none applies)."""

    amount: int
    saved: int = 0
    percent: int = 0

    @property
    def full(self) -> int:
        return self.amount + self.saved


def rule_of(percent: int, min_days: int) -> EarlyBooking | None:
    """The stored rule; a percentage of 0 means the service has none."""
    return EarlyBooking(percent, min_days) if percent else None


def early_booking_violations(percent: int, min_days: int) -> list[Violation]:
    """Percent 0 removes the rule (its days are then not read); otherwise both must be in range."""
    if percent == 0:
        return []
    violations = []
    if not MIN_PERCENT <= percent <= MAX_PERCENT:
        violations.append(
            Violation(
                "earlyBookingDiscount.percent",
                "INVALID_VALUE",
                f"Use {MIN_PERCENT} to {MAX_PERCENT} percent, or 0 for no discount.",
            )
        )
    if not MIN_DAYS <= min_days <= MAX_DAYS:
        violations.append(
            Violation(
                "earlyBookingDiscount.minDaysAhead",
                "INVALID_VALUE",
                f"Use {MIN_DAYS} to {MAX_DAYS} days.",
            )
        )
    return violations


def qualifies(rule: EarlyBooking | None, start: datetime, booked_at: datetime) -> bool:
    """Whether a session starting at `start`, booked at `booked_at`, is early enough.

    Days are spans of 24 hours, not calendar days of anyone's time zone, and the boundary
    counts as early: a start exactly `min_days` times 24 hours after the booking qualifies.
    """
    return rule is not None and start - booked_at >= timedelta(days=rule.min_days)


def discount(amount: int, percent: int) -> int:
    """What `percent` takes off `amount` minor units, rounded half up to a whole minor unit
    (in integers, so never a float): 10% of 1,005 saves 101 (100.5 rounded up), and the
    price charged is `amount` minus this, so price plus saving is always the full price."""
    return (amount * percent + 50) // 100


def early_price(
    full: int, rule: EarlyBooking | None, start: datetime, booked_at: datetime
) -> EarlyPrice:
    """The price of a slot starting at `start` that costs `full` without the rule, booked
    at `booked_at`."""
    if rule is None or not qualifies(rule, start, booked_at):
        return EarlyPrice(full)
    saved = discount(full, rule.percent)
    if saved == 0:  # a free slot, or a cut that rounds to nothing: no discount to show
        return EarlyPrice(full)
    return EarlyPrice(full - saved, saved, rule.percent)
