"""GraphQL types for availability, bookable slots and scheduling rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay

from app.context import Info
from models.availability import AvailabilityOverride as AvailabilityOverrideModel
from models.availability import AvailabilityWindow
from schema.common import Money, UserError
from schema.end_time import EndTime
from schema.nodes import rows_by_id
from schema.provider import Provider, Service


@strawberry.enum(description="Why an availability or scheduling mutation refused its input.")
class SchedulingErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    PROVIDER_REQUIRED = "PROVIDER_REQUIRED"
    INVALID_TIMEZONE = "INVALID_TIMEZONE"
    INVALID_WINDOW = "INVALID_WINDOW"
    OVERLAPPING_WINDOWS = "OVERLAPPING_WINDOWS"
    INVALID_MULTIPLIER = "INVALID_MULTIPLIER"
    INVALID_VALUE = "INVALID_VALUE"
    INVALID_RANGE = "INVALID_RANGE"
    DUPLICATE_TIER = "DUPLICATE_TIER"


@strawberry.type(description="A problem with an availability or scheduling mutation's input.")
class SchedulingUserError(UserError):
    code: SchedulingErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(description="Local wall-clock opening hours with a price multiplier.")
class TimeWindow:
    start: dt.time = strawberry.field(description="Local opening time in the provider's zone.")
    end: dt.time = strawberry.field(
        description="Local closing time; 00:00 is midnight at the end of the day."
    )
    price_multiplier: Decimal = strawberry.field(
        description="Applied to the rate of slots starting in this window (e.g. 1.5 at peak)."
    )


@strawberry.type(description="A weekly opening, repeated every week on its weekday.")
class WeeklyWindow(TimeWindow):
    weekday: int = strawberry.field(description="0 = Monday … 6 = Sunday.")


@strawberry.type(description="A local date that differs from the weekly hours.")
class AvailabilityOverride(relay.Node):
    id: relay.NodeID[str]
    date: dt.date = strawberry.field(description="Local date in the provider's zone.")
    windows: list[TimeWindow] = strawberry.field(description="Opening hours; empty when closed.")
    note: str = strawberry.field(description="Why, e.g. 'Holiday'.")

    @strawberry.field(description="True when the provider does not work that day.")
    def closed(self) -> bool:
        return not self.windows

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        """Public, like the slots it shapes."""
        rows = await rows_by_id(AvailabilityOverrideModel, node_ids)
        return [override_node(row) if row is not None else None for row in rows]


def time_window(raw: dict[str, str]) -> TimeWindow:
    return TimeWindow(
        start=dt.time.fromisoformat(raw["start"]),
        end=dt.time.fromisoformat(raw["end"]),
        price_multiplier=Decimal(raw["multiplier"]),
    )


def weekly_window(row: AvailabilityWindow) -> WeeklyWindow:
    return WeeklyWindow(
        weekday=row.weekday,
        start=row.start_time,
        end=row.end_time,
        price_multiplier=row.price_multiplier,
    )


def override_node(row: AvailabilityOverrideModel) -> AvailabilityOverride:
    return AvailabilityOverride(
        id=str(row.id), date=row.day, windows=[time_window(w) for w in row.windows], note=row.note
    )


@strawberry.type(description="The early-booking discount included in a slot's price.")
class SlotDiscount:
    percent: int = strawberry.field(description="Share of the full price taken off.")
    amount: Money = strawberry.field(
        description="What is taken off the full price, rounded half up to a minor unit."
    )
    full_price: Money = strawberry.field(
        description="What the slot costs without the discount: `price` plus `amount`."
    )


@strawberry.type(description="A bookable start time.")
class Slot:
    start: dt.datetime = strawberry.field(description="UTC start.")
    end: dt.datetime = strawberry.field(description="UTC end.")
    price: Money = strawberry.field(
        description="What booking it now costs (and bookSession charges): the rate for the "
        "duration, or the package's price, times the multiplier, less any `discount`."
    )
    seats_left: int = strawberry.field(description="Places still free (1 for private sessions).")
    discount: SlotDiscount | None = strawberry.field(
        default=None,
        description="The service's early-booking discount, when the slot starts far enough "
        "ahead of now for it; null for nearer slots, which cost the full price.",
    )


@strawberry.input(description="Local opening hours.")
class TimeWindowInput:
    start: dt.time
    end: EndTime = strawberry.field(
        description="After start, on the same day; 24:00 (or 00:00) closes at midnight, the "
        "day's end."
    )
    price_multiplier: Decimal = Decimal(1)


@strawberry.input(description="A weekly opening.")
class WeeklyWindowInput(TimeWindowInput):
    weekday: int = strawberry.field(description="0 = Monday … 6 = Sunday.")


@strawberry.input(description="Replace a provider's weekly hours and time zone.")
class SetWeeklyAvailabilityInput:
    provider_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Admins name the provider; providers set their own."
    )
    timezone: str = strawberry.field(description="IANA zone the windows are read in.")
    windows: list[WeeklyWindowInput]


@strawberry.input(description="Close or re-open dates: one date, or a range for holidays.")
class AddAvailabilityOverrideInput:
    provider_id: relay.GlobalID | None = None
    start_date: dt.date
    end_date: dt.date | None = strawberry.field(
        default=None, description="Inclusive; default 1 day."
    )
    windows: list[TimeWindowInput] = strawberry.field(
        default_factory=list, description="Custom hours for those dates; empty closes them."
    )
    note: str = ""


@strawberry.input(description="The override to remove.")
class RemoveAvailabilityOverrideInput:
    id: relay.GlobalID


@strawberry.input(description="Refund for cancelling at least `hoursBefore` hours ahead.")
class CancellationTierInput:
    hours_before: int
    refund_percent: int


@strawberry.input(description="How a service can be booked; omitted fields stay as they are.")
class UpdateServiceSchedulingInput:
    service_id: relay.GlobalID
    buffer_before_minutes: int | None = None
    buffer_after_minutes: int | None = None
    min_notice_minutes: int | None = None
    horizon_days: int | None = None
    slot_interval_minutes: int | None = None
    daily_limit: int | None = strawberry.field(default=None, description="0 removes the limit.")
    seats: int | None = strawberry.field(default=None, description="Above 1: a group session.")
    cancellation_policy: list[CancellationTierInput] | None = None


@strawberry.type(description="Result of changing weekly availability.")
class WeeklyAvailabilityPayload:
    provider: Provider | None = None
    user_errors: list[SchedulingUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of adding or removing date overrides.")
class AvailabilityOverridePayload:
    overrides: list[AvailabilityOverride] = strawberry.field(default_factory=list)
    user_errors: list[SchedulingUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of changing a service's scheduling rules.")
class ServiceSchedulingPayload:
    service: Service | None = None
    user_errors: list[SchedulingUserError] = strawberry.field(default_factory=list)
