"""Bookable slots: weekly windows in the provider's zone, minus what sessions and holds block."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from domain.violation import Violation

MIN_MULTIPLIER = Decimal("0.1")
MAX_MULTIPLIER = Decimal(10)
MAX_BUFFER_MINUTES = 12 * 60
MAX_NOTICE_MINUTES = 365 * 24 * 60
MAX_HORIZON_DAYS = 730
MAX_INTERVAL_MINUTES = 24 * 60
MIN_INTERVAL_MINUTES = 5
MAX_SEATS = 500
DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Window:
    """A local wall-clock opening; wall-clock so it keeps its hours across DST changes."""

    start: time
    # After start: a window never runs past midnight. An end of 00:00 IS midnight, the end of
    # the day (a studio open until midnight), since no window can end at its day's beginning.
    end: time
    multiplier: Decimal = Decimal(1)  # prices slots that START in this window

    @property
    def closes_after(self) -> timedelta:
        """Where the window ends, as wall-clock time from its day's midnight (24 hours when it
        ends at midnight)."""
        return _since_midnight(self.end) or DAY

    @property
    def opens_after(self) -> timedelta:
        """Where the window starts, as wall-clock time from its day's midnight."""
        return _since_midnight(self.start)


def _since_midnight(moment: time) -> timedelta:
    return datetime.combine(date.min, moment.replace(tzinfo=None)) - datetime.min


@dataclass(frozen=True, slots=True)
class WeeklyWindow:
    weekday: int  # 0 = Monday, as datetime.weekday()
    window: Window


@dataclass(frozen=True, slots=True)
class DateOverride:
    day: date  # local to the provider's zone
    windows: tuple[Window, ...]  # empty = closed all day; otherwise replaces the weekday's windows


@dataclass(frozen=True, slots=True)
class SchedulingRules:
    buffer_before: int = 0  # minutes
    buffer_after: int = 0  # minutes
    min_notice: int = 0  # minutes between now and the earliest start
    horizon_days: int = 90  # how far ahead starts may be
    interval: int = 30  # minutes between candidate starts, counted from each window's start
    daily_limit: int | None = None  # active sessions of this service per local day
    seats: int = 1  # more than one makes a group slot


@dataclass(frozen=True, slots=True)
class Booking:
    """An active session of the same provider: it blocks time whatever its service."""

    start: datetime  # aware UTC
    end: datetime
    buffer_before: int  # its own service's buffers, which may differ from the one asked about
    buffer_after: int
    service_key: str
    seats: int = 1


@dataclass(frozen=True, slots=True)
class Hold:
    """A freed slot offered to a waitlisted client: it blocks time like a booking without
    buffers, and in a group slot it holds one seat (the one freed), not all of them."""

    start: datetime  # aware UTC
    end: datetime
    service_key: str


@dataclass(frozen=True, slots=True)
class Slot:
    start: datetime  # aware UTC
    end: datetime
    multiplier: Decimal
    seats_left: int


def blocked_span(
    start: datetime, end: datetime, buffer_before: int, buffer_after: int
) -> tuple[datetime, datetime]:
    """Half-open span a session keeps free; the database's exclusion constraint uses the same."""
    return start - timedelta(minutes=buffer_before), end + timedelta(minutes=buffer_after)


class _Busy:
    """Blocked spans sorted by start. Each one blocks a run of a window's (ascending) starts,
    found by bisection, so a window costs O(starts + spans in it * log starts)."""

    __slots__ = ("_items", "_reach", "_rules", "_service_key", "_starts")

    def __init__(
        self,
        items: list[tuple[datetime, datetime, Booking]],
        rules: SchedulingRules,
        service_key: str,
    ) -> None:
        # One tzinfo object throughout: comparing datetimes whose tzinfo objects differ (a
        # driver's UTC vs ours) calls utcoffset() on both sides and is several times slower.
        items = [(start.astimezone(UTC), end.astimezone(UTC), b) for start, end, b in items]
        items.sort(key=lambda item: item[0])
        self._items = items
        self._starts = [start for start, _, _ in items]
        # Anything starting earlier than (a span's start - longest span) has ended before it.
        self._reach = max((end - start for start, end, _ in items), default=timedelta(0))
        self._rules, self._service_key = rules, service_key

    def seats_left(
        self, starts: list[datetime], length: timedelta, before: timedelta, after: timedelta
    ) -> list[int]:
        """Seats still free in the slot at each of `starts` (ascending); 0 or less where the
        slot is not free. A slot's blocked span is [start - before, start + length + after)."""
        seats = [self._rules.seats] * len(starts)
        if not starts:
            return seats
        low = bisect_right(self._starts, starts[0] - before - self._reach)
        high = bisect_left(self._starts, starts[-1] + length + after)
        for busy_start, busy_end, booking in self._items[low:high]:
            # Half-open spans overlap when each starts before the other ends (touching is fine).
            first = bisect_right(starts, busy_start - length - after)
            last = bisect_left(starts, busy_end + before)
            shared = self._shared_seats(booking, length)
            for index in range(first, last):
                if shared is not None and starts[index] == shared[0]:
                    seats[index] -= shared[1]
                else:
                    seats[index] = 0
        return seats

    def _shared_seats(self, booking: Booking, length: timedelta) -> tuple[datetime, int] | None:
        """(start, seats) when `booking` holds seats of a group slot of `length`: seats of the
        same group slot share its time; anything else overlapping a slot blocks it."""
        if (
            self._rules.seats > 1
            and booking.service_key == self._service_key
            and booking.end - booking.start == length
        ):
            return booking.start, booking.seats
        return None


def available_slots(
    *,
    zone: ZoneInfo,
    weekly: Sequence[WeeklyWindow],
    overrides: Sequence[DateOverride],
    rules: SchedulingRules,
    service_key: str,
    duration: int,
    range_start: datetime,
    range_end: datetime,
    now: datetime,
    bookings: Sequence[Booking],
    holds: Sequence[Hold] = (),
) -> list[Slot]:
    """Free starts in [range_start, range_end), sorted, each wall-clock start once."""
    if duration < 1 or rules.interval < 1:
        raise ValueError("duration and interval must be positive minutes")
    range_start, range_end, now = (t.astimezone(UTC) for t in (range_start, range_end, now))
    earliest = max(range_start, now + timedelta(minutes=rules.min_notice))
    latest = now + timedelta(days=rules.horizon_days)  # inclusive, unlike range_end
    if earliest >= range_end or earliest > latest:
        return []

    by_weekday: dict[int, list[Window]] = defaultdict(list)
    for weekly_window in weekly:
        by_weekday[weekly_window.weekday].append(weekly_window.window)
    by_day = {override.day: override.windows for override in overrides}
    busy = _Busy(
        [(*blocked_span(b.start, b.end, b.buffer_before, b.buffer_after), b) for b in bookings]
        + [(h.start, h.end, Booking(h.start, h.end, 0, 0, h.service_key)) for h in holds],
        rules,
        service_key,
    )
    # Only a daily limit needs the bookings' local days, a zone conversion each. A hold takes
    # its place too: it is the freed place, kept for the client it is offered to.
    booked_per_day: Counter[date] = Counter()
    if rules.daily_limit is not None:
        places = [
            *((b.start, b.service_key) for b in bookings),
            *((h.start, h.service_key) for h in holds),
        ]
        booked_per_day.update(
            start.astimezone(zone).date() for start, key in places if key == service_key
        )

    length = timedelta(minutes=duration)
    before, after = timedelta(minutes=rules.buffer_before), timedelta(minutes=rules.buffer_after)
    # A day of margin each side: local dates and UTC instants disagree near midnight.
    day = earliest.astimezone(zone).date() - timedelta(days=1)
    last_day = min(range_end, latest).astimezone(zone).date() + timedelta(days=1)
    found: dict[datetime, Slot] = {}
    while day <= last_day:
        if rules.daily_limit is None or booked_per_day[day] < rules.daily_limit:
            windows = by_day[day] if day in by_day else by_weekday.get(day.weekday(), ())
            for window in windows:
                starts = _window_starts(zone, day, window, rules.interval, length)
                # Ascending, so the range, notice and horizon keep one run of them.
                first = bisect_left(starts, earliest)
                last = min(bisect_left(starts, range_end), bisect_right(starts, latest))
                starts = starts[first:last]
                seats_left = busy.seats_left(starts, length, before, after)
                for start, seats in zip(starts, seats_left, strict=True):
                    if seats > 0 and start not in found:
                        found[start] = Slot(start, start + length, window.multiplier, seats)
        day += timedelta(days=1)
    return sorted(found.values(), key=lambda slot: slot.start)


def _window_starts(
    zone: ZoneInfo, day: date, window: Window, interval: int, length: timedelta
) -> list[datetime]:
    """UTC starts stepped in wall-clock time, so 09:00-17:00 stays 09:00-17:00 across DST."""
    step = timedelta(minutes=interval)
    midnight = datetime.combine(day, time(0))
    # Wall-clock arithmetic on naive times: a window ending at midnight closes at the next
    # day's 00:00, whose offset the zone then gives (so a 23- or 25-hour day keeps its hours).
    local, close = midnight + window.opens_after, midnight + window.closes_after
    if close - local < length:
        return []
    count = (close - local - length) // step + 1
    opening, closing = local.replace(tzinfo=zone), close.replace(tzinfo=zone)
    if opening.utcoffset() == closing.utcoffset() and _exists(opening):
        # No clock change inside the window (there is at most one a day): wall-clock steps
        # and absolute steps agree, so no per-start zone arithmetic is needed.
        first = opening.astimezone(UTC)
        return [first + step * k for k in range(count)]
    starts = []
    # Counted in wall-clock time, starts can run past closing on a night that loses an hour.
    latest = closing.astimezone(UTC) - length
    for k in range(count):
        # fold=0 (the default) picks the first of a repeated hour, so each wall time appears once.
        wall = (local + step * k).replace(tzinfo=zone)
        if _exists(wall) and wall.astimezone(UTC) <= latest:
            starts.append(wall.astimezone(UTC))
    return starts


def _exists(wall: datetime) -> bool:
    """False for a wall time skipped by spring-forward: it does not survive a round trip
    through UTC (the offset read back differs from the one assumed)."""
    return wall.astimezone(UTC).astimezone(wall.tzinfo).utcoffset() == wall.utcoffset()


def _round_half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def price_for(rate_amount: int, multiplier: Decimal) -> int:
    """Minor units; half-up because that is what customers expect from a receipt."""
    return _round_half_up(Decimal(rate_amount) * multiplier)


def rate_for_duration(
    rates: Mapping[int, int],
    duration: int,
    *,
    default_duration: int,
    min_duration: int,
    max_duration: int,
    allow_custom: bool,
) -> int | None:
    """The rate for `duration` minutes, or None when the service cannot be booked for that long."""
    if duration in rates:
        return rates[duration]
    if not allow_custom or not min_duration <= duration <= max_duration:
        return None
    if default_duration not in rates or default_duration <= 0:
        return None
    # Custom lengths are priced like the default one, so no length is a cheaper loophole.
    return _round_half_up(Decimal(rates[default_duration]) * duration / default_duration)


def window_violations(windows: Sequence[WeeklyWindow]) -> list[Violation]:
    """Every problem at once; overlaps are reported on the later window of each pair."""
    violations: list[Violation] = []
    valid: dict[int, list[tuple[int, Window]]] = defaultdict(list)
    for index, weekly_window in enumerate(windows):
        window = weekly_window.window
        ok = True
        if not 0 <= weekly_window.weekday <= 6:
            ok = False
            violations.append(
                Violation(
                    f"windows.{index}.weekday",
                    "INVALID_WINDOW",
                    "Weekdays run from 0 (Monday) to 6 (Sunday).",
                )
            )
        if not window.opens_after < window.closes_after:
            ok = False
            violations.append(
                Violation(
                    f"windows.{index}.end",
                    "INVALID_WINDOW",
                    "A window ends after it starts, on the same day (00:00 ends it at midnight).",
                )
            )
        if not _is_valid_multiplier(window.multiplier):
            violations.append(
                Violation(
                    f"windows.{index}.multiplier",
                    "INVALID_MULTIPLIER",
                    f"Price multipliers run from {MIN_MULTIPLIER} to {MAX_MULTIPLIER}.",
                )
            )
        if ok:
            valid[weekly_window.weekday].append((index, window))
    for day_windows in valid.values():
        violations += _overlap_violations(day_windows)
    return violations


def _is_valid_multiplier(multiplier: Decimal) -> bool:
    # NaN would raise on comparison rather than fail it.
    return multiplier.is_finite() and MIN_MULTIPLIER <= multiplier <= MAX_MULTIPLIER


def _overlap_violations(day_windows: list[tuple[int, Window]]) -> list[Violation]:
    violations = []
    reached: timedelta | None = None
    for index, window in sorted(day_windows, key=lambda item: item[1].start):
        if reached is not None and window.opens_after < reached:
            violations.append(
                Violation(
                    f"windows.{index}.start",
                    "OVERLAPPING_WINDOWS",
                    "Windows on the same weekday may touch but not overlap.",
                )
            )
        end = window.closes_after
        reached = end if reached is None else max(reached, end)
    return violations


def rules_violations(rules: SchedulingRules) -> list[Violation]:
    checks = (
        (
            "bufferBeforeMinutes",
            0 <= rules.buffer_before <= MAX_BUFFER_MINUTES,
            "Use 0 to 720 minutes.",
        ),
        (
            "bufferAfterMinutes",
            0 <= rules.buffer_after <= MAX_BUFFER_MINUTES,
            "Use 0 to 720 minutes.",
        ),
        (
            "minNoticeMinutes",
            0 <= rules.min_notice <= MAX_NOTICE_MINUTES,
            "Use 0 minutes to 365 days.",
        ),
        ("horizonDays", 1 <= rules.horizon_days <= MAX_HORIZON_DAYS, "Use 1 to 730 days."),
        (
            "slotIntervalMinutes",
            MIN_INTERVAL_MINUTES <= rules.interval <= MAX_INTERVAL_MINUTES,
            "Use 5 to 1440 minutes.",
        ),
        (
            "dailyLimit",
            rules.daily_limit is None or rules.daily_limit >= 1,
            "Leave empty for no limit, or allow at least 1 session.",
        ),
        ("seats", 1 <= rules.seats <= MAX_SEATS, "Use 1 to 500 seats."),
    )
    return [Violation(field, "INVALID_VALUE", message) for field, ok, message in checks if not ok]
