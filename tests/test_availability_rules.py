"""Pure availability rules: prices, rates per duration, and input validation."""

from __future__ import annotations

from datetime import time
from decimal import Decimal

import pytest

from domain.availability import (
    SchedulingRules,
    WeeklyWindow,
    Window,
    price_for,
    rate_for_duration,
    rules_violations,
    window_violations,
)


def test_price_rounds_half_up() -> None:
    assert price_for(10_003, Decimal("1.5")) == 15_005  # 15004.5: half-even would give 15004
    assert price_for(1_001, Decimal("0.5")) == 501  # 500.5
    assert price_for(1_003, Decimal("1.25")) == 1_254  # 1253.75
    assert price_for(1_001, Decimal("1.25")) == 1_251  # 1251.25


def test_rate_for_offered_duration() -> None:
    rates = {30: 5_000, 60: 9_000}
    bounds = {"default_duration": 60, "min_duration": 30, "max_duration": 120}
    assert rate_for_duration(rates, 30, allow_custom=False, **bounds) == 5_000
    assert rate_for_duration(rates, 60, allow_custom=True, **bounds) == 9_000


def test_rate_for_custom_duration_is_pro_rata() -> None:
    rates = {30: 5_000, 60: 9_000}
    bounds = {"default_duration": 60, "min_duration": 30, "max_duration": 120}
    assert rate_for_duration(rates, 90, allow_custom=True, **bounds) == 13_500
    assert rate_for_duration({60: 1_003}, 90, allow_custom=True, **bounds) == 1_505  # 1504.5
    assert rate_for_duration({60: 1_000}, 50, allow_custom=True, **bounds) == 833  # 833.33


def test_rate_for_unbookable_duration() -> None:
    rates = {30: 5_000, 60: 9_000}
    bounds = {"default_duration": 60, "min_duration": 30, "max_duration": 120}
    assert rate_for_duration(rates, 90, allow_custom=False, **bounds) is None
    assert rate_for_duration(rates, 150, allow_custom=True, **bounds) is None
    assert rate_for_duration(rates, 15, allow_custom=True, **bounds) is None


# --- validation ------------------------------------------------------------------------------


def test_valid_windows() -> None:
    windows = [
        WeeklyWindow(0, Window(time(9), time(12), Decimal("0.1"))),
        WeeklyWindow(0, Window(time(12), time(17), Decimal(10))),  # touching is fine
        WeeklyWindow(1, Window(time(9), time(17))),
        WeeklyWindow(6, Window(time(0), time(23, 59))),
    ]
    assert window_violations(windows) == []


def test_invalid_windows() -> None:
    windows = [
        WeeklyWindow(7, Window(time(9), time(12))),
        WeeklyWindow(-1, Window(time(9), time(12))),
        WeeklyWindow(2, Window(time(12), time(9))),
        WeeklyWindow(2, Window(time(9), time(9))),
    ]
    assert [(v.field, v.code) for v in window_violations(windows)] == [
        ("windows.0.weekday", "INVALID_WINDOW"),
        ("windows.1.weekday", "INVALID_WINDOW"),
        ("windows.2.end", "INVALID_WINDOW"),
        ("windows.3.end", "INVALID_WINDOW"),
    ]


@pytest.mark.parametrize("multiplier", ["0.09", "10.01", "0", "-1", "NaN", "Infinity"])
def test_invalid_multiplier(multiplier: str) -> None:
    windows = [WeeklyWindow(0, Window(time(9), time(12), Decimal(multiplier)))]
    assert [(v.field, v.code) for v in window_violations(windows)] == [
        ("windows.0.multiplier", "INVALID_MULTIPLIER")
    ]


def test_overlapping_windows_on_the_same_weekday() -> None:
    windows = [
        WeeklyWindow(0, Window(time(9), time(17))),
        WeeklyWindow(1, Window(time(10), time(11))),  # another day: no overlap
        WeeklyWindow(0, Window(time(16), time(18))),
        WeeklyWindow(0, Window(time(10), time(11))),  # inside the first
        WeeklyWindow(0, Window(time(18), time(19))),  # touches the third
    ]
    assert sorted((v.field, v.code) for v in window_violations(windows)) == [
        ("windows.2.start", "OVERLAPPING_WINDOWS"),
        ("windows.3.start", "OVERLAPPING_WINDOWS"),
    ]


def test_valid_rules() -> None:
    assert rules_violations(SchedulingRules()) == []
    edges = SchedulingRules(
        buffer_before=720,
        buffer_after=0,
        min_notice=525_600,
        horizon_days=730,
        interval=5,
        daily_limit=1,
        seats=500,
    )
    assert rules_violations(edges) == []
    assert rules_violations(SchedulingRules(horizon_days=1, interval=1440, seats=1)) == []


def test_invalid_rules() -> None:
    too_small = SchedulingRules(
        buffer_before=-1,
        buffer_after=-1,
        min_notice=-1,
        horizon_days=0,
        interval=4,
        daily_limit=0,
        seats=0,
    )
    too_large = SchedulingRules(
        buffer_before=721,
        buffer_after=721,
        min_notice=525_601,
        horizon_days=731,
        interval=1441,
        seats=501,
    )
    fields = [
        "bufferBeforeMinutes",
        "bufferAfterMinutes",
        "minNoticeMinutes",
        "horizonDays",
        "slotIntervalMinutes",
        "dailyLimit",
        "seats",
    ]
    assert [(v.field, v.code) for v in rules_violations(too_small)] == [
        (field, "INVALID_VALUE") for field in fields
    ]
    assert [v.field for v in rules_violations(too_large)] == [
        field for field in fields if field != "dailyLimit"
    ]
