"""Gathers a provider's calendar from the database and asks the domain which slots are free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal
from uuid import UUID
from zoneinfo import ZoneInfo

from domain.availability import (
    Booking,
    DateOverride,
    SchedulingRules,
    Slot,
    WeeklyWindow,
    Window,
    available_slots,
    price_for,
    rate_for_duration,
)
from domain.session import ACTIVE_STATUSES
from models.availability import AvailabilityOverride, AvailabilityWindow
from models.booking import Session
from models.provider import ProviderProfile, Service, ServiceRate
from models.waitlist import WaitlistEntry, WaitlistStatus

# Bookings are fetched this far beyond the asked range: buffers and local days reach past it.
MARGIN = timedelta(days=1)


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
    slot: Slot
    amount: int
    currency: str


async def rate_for(service: Service, duration: int) -> int | None:
    rates = dict(
        await ServiceRate.filter(service_id=service.id).values_list("duration_minutes", "amount")
    )
    return rate_for_duration(
        rates,
        duration,
        default_duration=service.default_duration_minutes,
        min_duration=service.min_duration_minutes,
        max_duration=service.max_duration_minutes,
        allow_custom=service.allow_custom_duration,
    )


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
) -> list[PricedSlot]:
    """Every free slot of `service` starting in [start, end), priced for `duration`.

    `ignore` leaves one session out of the busy time: the one being rescheduled.
    Slots held for waitlisted clients are busy, except for `client_id`'s own offers.
    """
    windows = await AvailabilityWindow.filter(provider_id=profile.id)
    overrides = await AvailabilityOverride.filter(
        provider_id=profile.id,
        day__gte=(start - MARGIN).date(),
        day__lte=(end + MARGIN).date(),
    )
    sessions_query = Session.filter(
        provider_id=profile.id,
        status__in=list(ACTIVE_STATUSES),
        blocked_end__gt=start - MARGIN,
        blocked_start__lt=end + MARGIN,
    )
    # Plain tuples: a month can hold hundreds of sessions, and models cost ~30 µs each.
    sessions = await (sessions_query.exclude(id=ignore) if ignore else sessions_query).values_list(
        "start_at", "end_at", "blocked_start", "blocked_end", "service_id", "seats"
    )
    offers = WaitlistEntry.filter(
        service__provider_id=profile.id,
        status=WaitlistStatus.OFFERED,
        offer_expires_at__gt=now,
        offer_start__lt=end + MARGIN,
        offer_end__gt=start - MARGIN,
    )
    holds = await (offers.exclude(client_id=client_id) if client_id else offers).values_list(
        "offer_start", "offer_end"
    )
    slots = available_slots(
        zone=ZoneInfo(profile.timezone),
        weekly=[
            WeeklyWindow(w.weekday, Window(w.start_time, w.end_time, w.price_multiplier))
            for w in windows
        ],
        overrides=[
            DateOverride(o.day, tuple(window_from_json(w) for w in o.windows)) for o in overrides
        ],
        rules=rules_of(service),
        service_key=str(service.id),
        duration=duration,
        range_start=start,
        range_end=end,
        now=now,
        bookings=[
            Booking(
                start=start_at,
                end=end_at,
                # The buffers as booked, even if the service's have changed since.
                buffer_before=_minutes(start_at - blocked_start),
                buffer_after=_minutes(blocked_end - end_at),
                service_key=str(service_id),
                seats=seats,
            )
            for start_at, end_at, blocked_start, blocked_end, service_id, seats in sessions
        ],
        holds=holds,
    )
    return [PricedSlot(slot, price_for(rate, slot.multiplier), service.currency) for slot in slots]
