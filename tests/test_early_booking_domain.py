"""The early-booking rule on its own: when it applies, what it takes off, and what is valid."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from domain.availability import price_for
from domain.early_booking import (
    EarlyBooking,
    EarlyPrice,
    discount,
    early_booking_violations,
    early_price,
    qualifies,
    rule_of,
)

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
TWO_WEEKS = EarlyBooking(percent=10, min_days=14)


def test_a_start_exactly_the_days_ahead_qualifies_and_a_second_less_does_not() -> None:
    boundary = NOW + timedelta(days=14)
    assert qualifies(TWO_WEEKS, boundary, NOW)
    assert not qualifies(TWO_WEEKS, boundary - timedelta(seconds=1), NOW)
    assert qualifies(TWO_WEEKS, boundary + timedelta(days=300), NOW)


def test_days_are_24_hour_spans_not_calendar_days() -> None:
    # Thirteen calendar days and 23 hours ahead is not yet 14 days, though it is "in 14 days".
    assert not qualifies(EarlyBooking(10, 14), NOW + timedelta(days=13, hours=23), NOW)


def test_no_rule_never_qualifies() -> None:
    assert not qualifies(None, NOW + timedelta(days=365), NOW)
    assert early_price(10000, None, NOW + timedelta(days=365), NOW) == EarlyPrice(10000)


@pytest.mark.parametrize(
    ("amount", "percent", "saved"),
    [
        (10000, 10, 1000),
        (1005, 10, 101),  # 100.5 rounds half up
        (1004, 10, 100),  # 100.4 rounds down
        (999, 50, 500),  # 499.5 rounds half up
        (1, 49, 0),  # 0.49 rounds to nothing
        (1, 50, 1),  # 0.5 rounds half up
        (2**31 - 1, 50, 2**30),  # the largest rate, in integers: no float drift
    ],
)
def test_the_saving_rounds_half_up_to_a_minor_unit(amount: int, percent: int, saved: int) -> None:
    assert discount(amount, percent) == saved


def test_the_price_and_the_saving_add_up_to_the_full_price() -> None:
    for full in (1, 7, 999, 1005, 12345, 15000):
        price = early_price(full, EarlyBooking(33, 1), NOW + timedelta(days=2), NOW)
        assert price.amount + price.saved == price.full == full


def test_applied_after_the_peak_multiplier() -> None:
    # 1.5 x 10,005 = 15,007.5 -> 15,008; then 10% off that: 1,500.8 -> 1,501 saved.
    full = price_for(10005, Decimal("1.5"))
    price = early_price(full, TWO_WEEKS, NOW + timedelta(days=20), NOW)
    assert price == EarlyPrice(amount=13507, saved=1501, percent=10)


def test_a_near_start_costs_the_full_price() -> None:
    assert early_price(15000, TWO_WEEKS, NOW + timedelta(days=3), NOW) == EarlyPrice(15000)


def test_a_saving_of_nothing_is_no_discount() -> None:
    # A free consultation, or a cut smaller than half a minor unit, shows no discount at all.
    far = NOW + timedelta(days=30)
    assert early_price(0, TWO_WEEKS, far, NOW) == EarlyPrice(0)
    assert early_price(4, TWO_WEEKS, far, NOW) == EarlyPrice(4)


def test_percent_zero_is_no_rule() -> None:
    assert rule_of(0, 0) is None
    assert rule_of(0, 30) is None
    assert rule_of(15, 30) == EarlyBooking(15, 30)


def test_valid_rules() -> None:
    assert early_booking_violations(0, 0) == []  # no discount: its days are not read
    assert early_booking_violations(0, -4) == []
    assert early_booking_violations(1, 1) == []
    assert early_booking_violations(50, 365) == []


@pytest.mark.parametrize(
    ("percent", "days", "fields"),
    [
        (51, 14, ["earlyBookingDiscount.percent"]),
        (-5, 14, ["earlyBookingDiscount.percent"]),
        (10, 0, ["earlyBookingDiscount.minDaysAhead"]),
        (10, 366, ["earlyBookingDiscount.minDaysAhead"]),
        (100, -1, ["earlyBookingDiscount.percent", "earlyBookingDiscount.minDaysAhead"]),
    ],
)
def test_invalid_rules_name_their_fields(percent: int, days: int, fields: list[str]) -> None:
    violations = early_booking_violations(percent, days)
    assert [v.field for v in violations] == fields
    assert {v.code for v in violations} == {"INVALID_VALUE"}
