"""Gathers a provider's calendar from the database and asks the domain which slots are free."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from tortoise import BaseDBAsyncClient, connections

from domain.availability import (
    MAX_HORIZON_DAYS,
    Booking,
    DateOverride,
    Hold,
    SchedulingRules,
    Slot,
    WeeklyWindow,
    Window,
    available_slots,
    price_for,
    rate_for_duration,
)
from domain.early_booking import early_price, rule_of
from domain.session import ACTIVE_STATUSES
from models.availability import AvailabilityOverride, AvailabilityWindow, time_of_minute
from models.provider import ProviderProfile, Service, ServiceRate
from models.raw import fetch, numbered
from models.waitlist import WaitlistStatus
from resolvers.seats import group_key, holds_seat

# Bookings are fetched this far beyond the asked range: buffers and local days reach past it.
MARGIN = timedelta(days=1)
# slot_at asks for the slots starting in [start, start + ONE_START): only the one at `start`.
ONE_START = timedelta(minutes=1)
# No service lets anyone book further ahead than this.
REACH = timedelta(days=MAX_HORIZON_DAYS)


def as_utc(instant: datetime) -> datetime:
    """An asked start in UTC. One sent without an offset is taken as UTC, as the API's times
    are: `astimezone` would read it in the server's own zone."""
    if instant.tzinfo is None:
        return instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)


def within_reach(start: datetime, now: datetime) -> bool:
    """Whether `start` could be bookable at all: neither past nor beyond any horizon. Asking
    this first keeps the date arithmetic that follows clear of years 1 and 9999."""
    return now - MARGIN <= start <= now + REACH


def rules_of(service: Service) -> SchedulingRules:
    return SchedulingRules(
        buffer_before=service.buffer_before_minutes,
        buffer_after=service.buffer_after_minutes,
        min_notice=service.min_notice_minutes,
        horizon_days=service.horizon_days,
        interval=service.slot_interval_minutes,
        daily_limit=service.daily_limit,
        seats=service.seats,
    )


def window_from_json(raw: dict[str, str]) -> Window:
    return Window(
        time.fromisoformat(raw["start"]), time.fromisoformat(raw["end"]), Decimal(raw["multiplier"])
    )


def window_to_json(window: Window) -> dict[str, str]:
    return {
        "start": window.start.isoformat("minutes"),
        "end": window.end.isoformat("minutes"),
        "multiplier": str(window.multiplier),
    }


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class PricedSlot:
    """A free slot and what booking it now costs: `amount` is charged, after the early-booking
    discount, which took `saved` (`percent` of the full price) off; both 0 when none applies."""

    slot: Slot
    amount: int
    currency: str
    saved: int = 0
    percent: int = 0


def rate_in(service: Service, rates: Mapping[int, int], duration: int) -> int | None:
    """The rate of `duration` minutes of `service`, given its rates by length, or None."""
    return rate_for_duration(
        rates,
        duration,
        default_duration=service.default_duration_minutes,
        min_duration=service.min_duration_minutes,
        max_duration=service.max_duration_minutes,
        allow_custom=service.allow_custom_duration,
    )


async def rates_of(service: Service) -> dict[int, int]:
    """The service's rates by length in minutes."""
    return dict(
        await ServiceRate.filter(service_id=service.id).values_list("duration_minutes", "amount")
    )


# Sessions and live waitlist offers in one statement, past the ORM: a month can hold hundreds
# of sessions, and Tortoise's per-value conversion costs more than the query. Offers come
# back with no blocked span (a session always has one).
_SESSIONS = (
    "SELECT start_at, end_at, blocked_start, blocked_end, service_id, seats FROM sessions"
    " WHERE provider_id = ? AND status IN ({statuses}) AND blocked_end > ? AND blocked_start < ?"
)
_OFFERS = (
    "SELECT w.offer_start, w.offer_end, NULL, NULL, w.service_id, NULL FROM waitlist_entries w"
    " JOIN services s ON s.id = w.service_id WHERE s.provider_id = ? AND w.status = ?"
    " AND w.offer_expires_at > ? AND w.offer_start < ? AND w.offer_end > ?"
)
_STATUSES = sorted(status.value for status in ACTIVE_STATUSES)


def _from_text(row: Sequence[Any]) -> tuple[Any, ...]:
    """SQLite hands datetimes back as the text Tortoise stored: ISO 8601 with an offset."""
    *instants, service_id, seats = row
    parsed = (None if v is None else datetime.fromisoformat(v).astimezone(UTC) for v in instants)
    return (*parsed, service_id, seats)


async def busy_time(
    provider_id: UUID,
    start: datetime,
    end: datetime,
    *,
    now: datetime,
    ignore: UUID | None = None,
    client_id: UUID | None = None,
) -> tuple[list[Booking], list[Hold]]:
    """Active sessions and unexpired waitlist offers of a provider that reach into [start, end).

    `ignore` leaves one session out; `client_id`'s own offers are not busy for them.
    """
    sessions = _SESSIONS.format(statuses=", ".join("?" * len(_STATUSES)))
    values: list[object] = [str(provider_id), *_STATUSES, start, end]
    if ignore is not None:
        sessions += " AND id <> ?"
        values.append(str(ignore))
    offers = _OFFERS
    values += [str(provider_id), WaitlistStatus.OFFERED.value, now, end, start]
    if client_id is not None:
        offers += " AND w.client_id <> ?"
        values.append(str(client_id))
    connection = connections.get("default")  # inside a transaction, the transaction's
    sql = f"{sessions} UNION ALL {offers}"
    postgres = connection.capabilities.dialect == "postgres"
    _, rows = await connection.execute_query(numbered(sql) if postgres else sql, values)
    if not postgres:
        rows = [_from_text(row) for row in rows]
    bookings, holds = [], []
    for start_at, end_at, blocked_start, blocked_end, service_id, seats in rows:
        if blocked_start is None:
            holds.append(Hold(start_at, end_at, str(service_id)))
            continue
        bookings.append(
            Booking(
                start=start_at,
                end=end_at,
                # The buffers as booked, even if the service's have changed since.
                buffer_before=_minutes(start_at - blocked_start),
                buffer_after=_minutes(blocked_end - end_at),
                service_key=str(service_id),
                seats=seats,
            )
        )
    return bookings, holds


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """A provider's weekly windows and the date overrides near a range."""

    weekly: list[WeeklyWindow]
    overrides: list[DateOverride]


# Weekly windows and date overrides in one statement; a window has a weekday, an override not.
# `{provider}` is a placeholder (`?`) or a column of an enclosing statement (`hours_column`).
_HOURS = (
    "SELECT weekday, start_minute, end_minute, price_multiplier, NULL AS day, NULL AS windows"
    " FROM availability_windows WHERE provider_id = {provider}"
    " UNION ALL SELECT NULL, NULL, NULL, NULL, day, windows FROM availability_overrides"
    " WHERE provider_id = {provider} AND day >= ? AND day <= ?"
)
_PROVIDER_HOURS = _HOURS.format(provider="?")
# The same rows as one JSON array (NULL or [] when there are none), per dialect; multipliers
# as text, since a JSON number would come back a float.
_HOURS_JSON = (
    "(SELECT {agg}({array}(h.weekday, h.start_minute, h.end_minute,"
    " CAST(h.price_multiplier AS TEXT), h.day, h.windows)) FROM ({hours}) h)"
)


@cache
def hours_column(dialect: str, provider: str) -> str:
    """A select-list subquery: the opening hours of the provider whose id is the column
    `provider` of an enclosing statement, as one JSON value for `hours_from_json`. Its two
    placeholders take `hours_values(start, end)`."""
    postgres = dialect == "postgres"
    return _HOURS_JSON.format(
        agg="json_agg" if postgres else "json_group_array",
        array="json_build_array" if postgres else "json_array",
        hours=_HOURS.format(provider=provider),
    )


def hours_values(start: datetime, end: datetime) -> list[object]:
    """The values of the day placeholders of the hours near [start, end): the first and last
    day whose overrides the range can reach (local days do)."""
    return [(start - MARGIN).date(), (end + MARGIN).date()]


def hours_from_json(value: str | None) -> OpeningHours:
    """What `hours_column` read."""
    return _opening_hours(json.loads(value) if value else [])


async def opening_hours(provider_id: UUID, start: datetime, end: datetime) -> OpeningHours:
    """When the provider works: every weekly window, and the overrides of the local days that
    [start, end) can reach."""
    values = [str(provider_id), str(provider_id), *hours_values(start, end)]
    return _opening_hours(await fetch(_PROVIDER_HOURS, values))


def _opening_hours(rows: Iterable[Sequence[Any]]) -> OpeningHours:
    # The models' own conversions read either dialect's values (SQLite keeps text).
    multiplier = AvailabilityWindow._meta.fields_map["price_multiplier"].to_python_value
    day, windows = (
        AvailabilityOverride._meta.fields_map[f].to_python_value for f in ("day", "windows")
    )
    weekly, overrides = [], []
    for weekday, start_minute, end_minute, price_multiplier, override_day, override in rows:
        if weekday is None:
            overrides.append(
                DateOverride(
                    day(override_day), tuple(window_from_json(w) for w in windows(override))
                )
            )
            continue
        window = Window(
            time_of_minute(start_minute), time_of_minute(end_minute), multiplier(price_multiplier)
        )
        weekly.append(WeeklyWindow(weekday, window))
    return OpeningHours(weekly, overrides)


async def free_slots(
    profile: ProviderProfile,
    service: Service,
    *,
    duration: int,
    rate: int,
    start: datetime,
    end: datetime,
    now: datetime,
    ignore: UUID | None = None,
    client_id: UUID | None = None,
    hours: OpeningHours | None = None,
) -> list[PricedSlot]:
    """Every free slot of `service` starting in [start, end), priced for `duration`.

    `ignore` leaves one session out of the busy time: the one being rescheduled.
    Slots held for waitlisted clients are busy, except for `client_id`'s own offers.
    `hours`, if the caller read them already (see `opening_hours`), are not read again.
    """
    # Slots start neither in the past nor beyond the horizon: a range reaching further is
    # cut to what can hold any (and so stays clear of years 1 and 9999).
    start, end = max(start, now - MARGIN), min(end, now + REACH + MARGIN)
    if start >= end:
        return []
    if hours is None:
        hours = await opening_hours(profile.id, start, end)
    bookings, holds = await busy_time(
        profile.id, start - MARGIN, end + MARGIN, now=now, ignore=ignore, client_id=client_id
    )
    slots = available_slots(
        zone=ZoneInfo(profile.timezone),
        weekly=hours.weekly,
        overrides=hours.overrides,
        rules=rules_of(service),
        service_key=str(service.id),
        duration=duration,
        range_start=start,
        range_end=end,
        now=now,
        bookings=bookings,
        holds=holds,
    )
    # A handful of multipliers price hundreds of slots: Decimal arithmetic once per multiplier.
    prices = {
        multiplier: price_for(rate, multiplier) for multiplier in {s.multiplier for s in slots}
    }
    # The discount comes last, on the multiplied price, judged from `now`: the moment of booking.
    rule = rule_of(service.early_booking_percent, service.early_booking_days)
    priced = []
    for slot in slots:
        price = early_price(prices[slot.multiplier], rule, slot.start, now)
        priced.append(PricedSlot(slot, price.amount, service.currency, price.saved, price.percent))
    return priced


async def lock_provider_calendar(connection: BaseDBAsyncClient, provider_id: UUID) -> None:
    """Serialize bookings of one provider so seat counts and limits are read under the lock.

    PostgreSQL: a transaction-scoped advisory lock (other providers are not blocked); the
    exclusion constraint on sessions still guarantees no overlap if this were bypassed.
    SQLite allows one writer at a time anyway.
    """
    if connection.capabilities.dialect == "postgres":
        key = provider_id.int & 0x7FFF_FFFF_FFFF_FFFF
        await connection.execute_query("SELECT pg_advisory_xact_lock($1)", [key])


async def slot_at(
    profile: ProviderProfile,
    service: Service,
    start: datetime,
    duration: int,
    rate: int,
    *,
    ignore: UUID | None = None,
    client_id: UUID | None = None,
    hours: OpeningHours | None = None,
) -> PricedSlot | None:
    """The free slot starting exactly at `start`, priced at `rate`, or None."""
    now = datetime.now(UTC)
    if not within_reach(start, now):
        return None
    slots = await free_slots(
        profile,
        service,
        duration=duration,
        rate=rate,
        start=start,
        end=start + ONE_START,
        now=now,
        ignore=ignore,
        client_id=client_id,
        hours=hours,
    )
    return next((p for p in slots if p.slot.start == start), None)


async def bookable_by(
    profile: ProviderProfile, service: Service, start: datetime, end: datetime, client_id: UUID
) -> bool:
    """Whether `client_id` could book [start, end) of `service` now: the check a booking makes,
    opening hours, notice, other clients' holds and their own seat of a group slot included.
    The price is not asked."""
    minutes = _minutes(end - start)
    priced = await slot_at(profile, service, start, minutes, rate=0, client_id=client_id)
    if priced is None:
        return False
    key = group_key(service, priced.slot.start, priced.slot.end)
    return not await holds_seat(client_id, service, key)
