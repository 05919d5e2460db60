"""Slot generation across time zones and daylight-saving changes, without a database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.availability import SchedulingRules, Window, available_slots
from tests.slot_rules import (
    BERLIN,
    DAY,
    NEW_YORK,
    NINE_TO_FIVE,
    SERVICE,
    at,
    every_day,
    local_starts,
    slots_on,
)


@pytest.mark.parametrize("day", [date(2026, 3, 8), date(2026, 11, 1)])
def test_dst_days_keep_local_opening_hours(day: date) -> None:
    slots = slots_on(day, zone=NEW_YORK)

    first, last = slots[0], slots[-1]
    assert first.start.astimezone(NEW_YORK).time() == time(9)
    assert last.end.astimezone(NEW_YORK).time() == time(17)
    assert len(slots) == 8
    assert all(slot.end - slot.start == timedelta(hours=1) for slot in slots)


def test_spring_forward_changes_the_utc_offset() -> None:
    before = slots_on(date(2026, 3, 7), zone=NEW_YORK)[0].start
    after = slots_on(date(2026, 3, 8), zone=NEW_YORK)[0].start
    assert before == datetime(2026, 3, 7, 14, tzinfo=UTC)  # EST, -05:00
    assert after == datetime(2026, 3, 8, 13, tzinfo=UTC)  # EDT, -04:00


def test_fall_back_changes_the_utc_offset() -> None:
    before = slots_on(date(2026, 10, 31), zone=NEW_YORK)[0].start
    after = slots_on(date(2026, 11, 1), zone=NEW_YORK)[0].start
    assert before == datetime(2026, 10, 31, 13, tzinfo=UTC)  # EDT
    assert after == datetime(2026, 11, 1, 14, tzinfo=UTC)  # EST


def test_half_hour_offset_zone() -> None:
    slots = slots_on(DAY, zone=ZoneInfo("Asia/Kolkata"))
    assert slots[0].start == datetime(2026, 6, 10, 3, 30, tzinfo=UTC)
    assert slots[-1].end == datetime(2026, 6, 10, 11, 30, tzinfo=UTC)


def test_quarter_hour_offset_zone() -> None:
    slots = slots_on(DAY, zone=ZoneInfo("Asia/Kathmandu"))
    assert slots[0].start == datetime(2026, 6, 10, 3, 15, tzinfo=UTC)
    assert slots[-1].end == datetime(2026, 6, 10, 11, 15, tzinfo=UTC)


def test_spring_forward_gap_has_no_slots() -> None:
    night = every_day(Window(time(2), time(4)))
    slots = slots_on(
        date(2026, 3, 8),
        zone=NEW_YORK,
        weekly=night,
        rules=SchedulingRules(interval=30),
        duration=30,
    )
    # 02:00 and 02:30 do not exist that night in New York.
    assert local_starts(slots, NEW_YORK) == ["03:00", "03:30"]
    assert len({slot.start for slot in slots}) == 2


def test_window_inside_the_gap_offers_nothing() -> None:
    # Read naively, 02:00 EST would be 03:00 EDT: a slot outside the window the provider set.
    slots = slots_on(
        date(2026, 3, 8),
        zone=NEW_YORK,
        weekly=every_day(Window(time(1), time(3))),
        rules=SchedulingRules(interval=30),
        duration=30,
    )
    assert local_starts(slots, NEW_YORK) == ["01:00", "01:30"]


def test_no_slot_runs_past_closing_on_a_spring_forward_night() -> None:
    # 01:00-03:00 that night is one hour long: an hour's session fits once, not from 01:30.
    slots = slots_on(
        date(2026, 3, 8),
        zone=NEW_YORK,
        weekly=every_day(Window(time(1), time(3))),
        rules=SchedulingRules(interval=30),
        duration=60,
    )
    assert local_starts(slots, NEW_YORK) == ["01:00"]
    assert slots[0].end.astimezone(NEW_YORK).time() == time(3)


def test_fall_back_repeated_hour_is_offered_once() -> None:
    night = every_day(Window(time(1), time(3)))
    slots = slots_on(
        date(2026, 11, 1),
        zone=NEW_YORK,
        weekly=night,
        rules=SchedulingRules(interval=30),
        duration=30,
    )
    assert local_starts(slots, NEW_YORK) == ["01:00", "01:30", "02:00", "02:30"]
    assert slots[0].start == datetime(2026, 11, 1, 5, tzinfo=UTC)  # the first 01:00, EDT


def test_range_is_filtered_in_utc() -> None:
    slots = available_slots(
        zone=BERLIN,
        weekly=every_day(NINE_TO_FIVE),
        overrides=(),
        rules=SchedulingRules(interval=60),
        service_key=SERVICE,
        duration=60,
        range_start=at(DAY, 11),
        range_end=at(DAY, 13),
        now=at(DAY, 0),
        bookings=(),
    )
    assert local_starts(slots) == ["11:00", "12:00"]
