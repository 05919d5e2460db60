"""Slot generation and availability rules (buffers, holds, limits, overrides, groups), without
a database; time zones are in test_availability_zones.py."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from domain.availability import (
    DateOverride,
    Hold,
    SchedulingRules,
    WeeklyWindow,
    Window,
    blocked_span,
    price_for,
)
from tests.slot_rules import (
    BERLIN,
    DAY,
    NINE_TO_FIVE,
    SERVICE,
    at,
    booking,
    every_day,
    local_starts,
    slots_on,
)

# --- buffers, bookings and holds -------------------------------------------------------------


def test_blocked_span_adds_buffers() -> None:
    start = at(DAY, 10)
    assert blocked_span(start, start + timedelta(hours=1), 10, 15) == (
        start - timedelta(minutes=10),
        start + timedelta(minutes=75),
    )


def test_booking_buffer_after_blocks_the_next_slot() -> None:
    slots = slots_on(
        DAY, rules=SchedulingRules(interval=30), bookings=(booking(at(DAY, 10), after=15),)
    )
    starts = local_starts(slots)
    assert "11:00" not in starts
    assert "11:30" in starts
    assert "09:00" in starts  # ends exactly when the booking starts: half-open spans touch


def test_slot_buffer_before_blocks_a_slot_right_after_a_booking() -> None:
    slots = slots_on(
        DAY,
        rules=SchedulingRules(interval=30, buffer_before=15),
        bookings=(booking(at(DAY, 10)),),
    )
    starts = local_starts(slots)
    assert "11:00" not in starts
    assert "11:30" in starts


def test_slot_buffer_after_blocks_a_slot_right_before_a_booking() -> None:
    slots = slots_on(
        DAY,
        rules=SchedulingRules(interval=30, buffer_after=15),
        bookings=(booking(at(DAY, 10)),),
    )
    starts = local_starts(slots)
    assert "09:00" not in starts
    assert "11:00" in starts


def test_slot_buffers_reach_bookings_outside_the_window() -> None:
    # Sessions outside the opening hours (08:00-08:45, 17:10-17:40) still meet the buffers
    # of the first and last slots.
    rules = SchedulingRules(interval=60, buffer_before=30, buffer_after=30)
    bookings = (booking(at(DAY, 8), minutes=45), booking(at(DAY, 17, 10), minutes=30))
    starts = local_starts(slots_on(DAY, rules=rules, bookings=bookings))
    assert starts == ["10:00", "11:00", "12:00", "13:00", "14:00", "15:00"]


def test_slot_may_start_when_a_booking_ends_among_long_bookings() -> None:
    # The long booking widens the search, so the short one is looked at and must not conflict.
    tomorrow = DAY + timedelta(days=1)
    bookings = (booking(at(DAY, 10)), booking(at(tomorrow, 9), minutes=8 * 60))
    starts = local_starts(slots_on(DAY, bookings=bookings))
    assert starts == ["09:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"]


def test_long_booking_blocks_every_slot_it_covers() -> None:
    slots = slots_on(DAY, bookings=(booking(at(DAY, 8), minutes=5 * 60),))
    assert local_starts(slots) == ["13:00", "14:00", "15:00", "16:00"]


def test_hold_blocks_like_a_booking_without_buffers() -> None:
    hold = Hold(at(DAY, 12), at(DAY, 12, 30), SERVICE)
    slots = slots_on(DAY, rules=SchedulingRules(interval=30), holds=(hold,))
    starts = local_starts(slots)
    assert "11:30" not in starts
    assert "12:00" not in starts
    assert "11:00" in starts
    assert "12:30" in starts


def test_hold_respects_the_slot_buffers() -> None:
    hold = Hold(at(DAY, 12), at(DAY, 12, 30), SERVICE)
    slots = slots_on(DAY, rules=SchedulingRules(interval=30, buffer_before=10), holds=(hold,))
    assert "12:30" not in local_starts(slots)


def test_hold_in_a_group_slot_takes_one_seat() -> None:
    rules = SchedulingRules(interval=60, seats=3)
    seat = Hold(at(DAY, 10), at(DAY, 11), SERVICE)
    by_start = {s.start: s for s in slots_on(DAY, rules=rules, holds=(seat, seat))}
    assert by_start[at(DAY, 10)].seats_left == 1
    other = Hold(at(DAY, 10), at(DAY, 11), "another service")
    assert at(DAY, 10) not in {s.start for s in slots_on(DAY, rules=rules, holds=(other,))}


# --- notice, horizon and daily limit ---------------------------------------------------------


def test_min_notice() -> None:
    slots = slots_on(DAY, rules=SchedulingRules(interval=60, min_notice=90), now=at(DAY, 9, 30))
    assert local_starts(slots)[0] == "11:00"


def test_min_notice_start_exactly_at_the_limit_is_kept() -> None:
    slots = slots_on(DAY, rules=SchedulingRules(interval=60, min_notice=60), now=at(DAY, 9))
    assert local_starts(slots)[0] == "10:00"


def test_horizon() -> None:
    slots = slots_on(
        DAY, rules=SchedulingRules(interval=60, horizon_days=1), now=at(DAY - timedelta(days=1), 12)
    )
    assert local_starts(slots) == ["09:00", "10:00", "11:00", "12:00"]


def test_daily_limit_closes_the_day_once_reached() -> None:
    rules = SchedulingRules(interval=60, daily_limit=2)
    bookings = (booking(at(DAY, 9)), booking(at(DAY, 11)))
    assert slots_on(DAY, rules=rules, bookings=bookings) == []
    assert len(slots_on(DAY, rules=rules, bookings=bookings[:1])) == 7


def test_daily_limit_counts_only_this_service_and_this_local_day() -> None:
    rules = SchedulingRules(interval=60, daily_limit=1)
    other_service = booking(at(DAY, 9), service_key="other")
    # Still DAY in UTC, but already the next day in Berlin.
    next_local_day = booking(at(DAY + timedelta(days=1), 0, 30), minutes=15)
    slots = slots_on(DAY, rules=rules, bookings=(other_service, next_local_day))
    assert local_starts(slots) == ["10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"]


def test_daily_limit_counts_a_held_offer_of_this_service() -> None:
    rules = SchedulingRules(interval=60, daily_limit=2)
    held = Hold(at(DAY, 10), at(DAY, 11), SERVICE)
    assert slots_on(DAY, rules=rules, bookings=(booking(at(DAY, 12)),), holds=(held,)) == []
    elsewhere = Hold(at(DAY, 10), at(DAY, 11), "other")
    assert slots_on(DAY, rules=rules, bookings=(booking(at(DAY, 12)),), holds=(elsewhere,))


def test_daily_limit_counts_group_seats_individually() -> None:
    rules = SchedulingRules(interval=60, daily_limit=2, seats=5)
    group = (booking(at(DAY, 9)), booking(at(DAY, 9)))
    assert slots_on(DAY, rules=rules, bookings=group) == []


# --- overrides and windows -------------------------------------------------------------------


def test_closed_override() -> None:
    slots = slots_on(DAY, days=2, overrides=(DateOverride(DAY, ()),))
    assert {slot.start.astimezone(BERLIN).date() for slot in slots} == {DAY + timedelta(days=1)}


def test_custom_override_replaces_the_weekday_windows() -> None:
    custom = DateOverride(DAY, (Window(time(13), time(15)), Window(time(18), time(19))))
    assert local_starts(slots_on(DAY, overrides=(custom,))) == ["13:00", "14:00", "18:00"]


def test_only_the_matching_weekday_is_open() -> None:
    wednesdays = [WeeklyWindow(DAY.weekday(), NINE_TO_FIVE)]
    slots = slots_on(DAY - timedelta(days=1), weekly=wednesdays, days=3)
    assert {slot.start.astimezone(BERLIN).date() for slot in slots} == {DAY}


def test_interval_counts_from_each_window_start() -> None:
    weekly = every_day(Window(time(9, 15), time(11)))
    slots = slots_on(DAY, weekly=weekly, rules=SchedulingRules(interval=30), duration=45)
    assert local_starts(slots) == ["09:15", "09:45", "10:15"]


def test_overlapping_windows_offer_a_start_once_with_the_first_multiplier() -> None:
    weekly = every_day(Window(time(9), time(12), Decimal(2)), Window(time(11), time(14)))
    slots = slots_on(DAY, weekly=weekly)
    assert local_starts(slots) == ["09:00", "10:00", "11:00", "12:00", "13:00"]
    assert [slot.multiplier for slot in slots] == [2, 2, 2, 1, 1]


# --- pricing ---------------------------------------------------------------------------------


def test_multiplier_is_carried_into_slots() -> None:
    weekly = every_day(Window(time(9), time(12)), Window(time(18), time(20), Decimal("1.5")))
    slots = slots_on(DAY, weekly=weekly)
    assert {slot.multiplier for slot in slots[:3]} == {Decimal(1)}
    assert {slot.multiplier for slot in slots[3:]} == {Decimal("1.5")}
    assert price_for(10_000, slots[-1].multiplier) == 15_000


# --- group slots -----------------------------------------------------------------------------


def test_group_slot_counts_seats() -> None:
    rules = SchedulingRules(interval=60, seats=3)
    two = (booking(at(DAY, 10)), booking(at(DAY, 10)))
    by_start = {slot.start: slot for slot in slots_on(DAY, rules=rules, bookings=two)}
    assert by_start[at(DAY, 10)].seats_left == 1
    assert by_start[at(DAY, 9)].seats_left == 3


def test_full_group_slot_is_dropped() -> None:
    rules = SchedulingRules(interval=60, seats=3)
    three = (booking(at(DAY, 10)), booking(at(DAY, 10)), booking(at(DAY, 10)))
    assert "10:00" not in local_starts(slots_on(DAY, rules=rules, bookings=three))
    multi_seat = (booking(at(DAY, 10), seats=3),)
    assert "10:00" not in local_starts(slots_on(DAY, rules=rules, bookings=multi_seat))


def test_other_service_blocks_a_group_slot() -> None:
    rules = SchedulingRules(interval=60, seats=3)
    other = (booking(at(DAY, 10), service_key="other"),)
    assert "10:00" not in local_starts(slots_on(DAY, rules=rules, bookings=other))


def test_same_service_at_another_time_blocks_a_group_slot() -> None:
    rules = SchedulingRules(interval=30, seats=3)
    shifted = (booking(at(DAY, 10, 30)),)
    by_start = {slot.start: slot for slot in slots_on(DAY, rules=rules, bookings=shifted)}
    assert at(DAY, 10) not in by_start
    assert at(DAY, 11) not in by_start
    assert by_start[at(DAY, 10, 30)].seats_left == 2


def test_same_start_but_another_length_is_not_the_group_slot() -> None:
    rules = SchedulingRules(interval=60, seats=3)
    shorter = (booking(at(DAY, 10), minutes=30),)
    assert "10:00" not in local_starts(slots_on(DAY, rules=rules, bookings=shorter))


def test_single_seat_service_is_blocked_by_an_identical_booking() -> None:
    taken = (booking(at(DAY, 10)),)
    assert "10:00" not in local_starts(slots_on(DAY, bookings=taken))


# --- a busy month ----------------------------------------------------------------------------


def test_busy_month() -> None:
    first = date(2026, 6, 1)
    # Ten 30-minute bookings on each of 30 days: one every hour from 09:00, two before opening.
    bookings = tuple(
        booking(at(first + timedelta(days=offset), 9 + index, 0), minutes=30)
        for offset in range(1, 31)
        for index in range(8)
    ) + tuple(
        booking(at(first + timedelta(days=offset), 8, 0), minutes=30)
        for offset in range(1, 31)
        for _ in range(2)
    )
    assert len(bookings) == 300
    slots = slots_on(
        first, rules=SchedulingRules(interval=30), duration=30, days=31, bookings=bookings
    )

    # The first day has no bookings: 16 half-hour slots from 09:00 to 16:30.
    day_one = [slot for slot in slots if slot.start.astimezone(BERLIN).date() == first]
    assert len(day_one) == 16
    # Every other day keeps the half hours between its on-the-hour bookings.
    second = [slot for slot in slots if slot.start.astimezone(BERLIN).date() == date(2026, 6, 2)]
    assert local_starts(second) == [f"{hour:02}:30" for hour in range(9, 17)]
    assert len(slots) == 16 + 30 * 8
