"""Building blocks for the slot-rule tests: a studio open every day, its slots on a day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from domain.availability import (
    Booking,
    DateOverride,
    Hold,
    SchedulingRules,
    Slot,
    WeeklyWindow,
    Window,
    available_slots,
)

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
NINE_TO_FIVE = Window(time(9), time(17))
SERVICE = "service-1"


def every_day(*windows: Window) -> list[WeeklyWindow]:
    return [WeeklyWindow(weekday, window) for weekday in range(7) for window in windows]


def slots_on(
    day: date,
    *,
    zone: ZoneInfo = BERLIN,
    weekly: list[WeeklyWindow] | None = None,
    overrides: tuple[DateOverride, ...] = (),
    rules: SchedulingRules | None = None,
    duration: int = 60,
    now: datetime | None = None,
    bookings: tuple[Booking, ...] = (),
    holds: tuple[Hold, ...] = (),
    days: int = 1,
) -> list[Slot]:
    """Slots for whole local days; `now` defaults to well before them."""
    start = datetime.combine(day, time(0), tzinfo=zone)
    return available_slots(
        zone=zone,
        weekly=every_day(NINE_TO_FIVE) if weekly is None else weekly,
        overrides=overrides,
        rules=rules or SchedulingRules(interval=60),
        service_key=SERVICE,
        duration=duration,
        range_start=start,
        range_end=datetime.combine(day + timedelta(days=days), time(0), tzinfo=zone),
        now=now or start - timedelta(days=1),
        bookings=bookings,
        holds=holds,
    )


def local_starts(slots: list[Slot], zone: ZoneInfo = BERLIN) -> list[str]:
    return [slot.start.astimezone(zone).strftime("%H:%M") for slot in slots]


def at(day: date, hour: int, minute: int = 0, zone: ZoneInfo = BERLIN) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)


def booking(
    start: datetime,
    minutes: int = 60,
    *,
    before: int = 0,
    after: int = 0,
    service_key: str = SERVICE,
    seats: int = 1,
) -> Booking:
    return Booking(start, start + timedelta(minutes=minutes), before, after, service_key, seats)


DAY = date(2026, 6, 10)  # a Wednesday, far from any DST change
