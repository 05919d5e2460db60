"""Inputs and payloads of the provider and service mutations."""

from __future__ import annotations

import strawberry
from strawberry import relay

from schema.provider import Provider, ProviderUserError, Service, ServiceKind


@strawberry.input(description="Profile fields to change; omitted fields stay as they are.")
class UpdateProviderProfileInput:
    provider_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Admins name the provider; providers edit their own profile."
    )
    display_name: str | None = None
    bio: str | None = None
    specialties: list[str] | None = strawberry.field(
        default=None, description="Replaces the whole list, in this order."
    )
    years_of_experience: int | None = None
    timezone: str | None = strawberry.field(default=None, description="IANA zone name.")
    response_sla_minutes: int | None = strawberry.field(
        default=None, description="Promised reply time to booking requests, 1 to 1440 minutes."
    )
    calendly_url: str | None = strawberry.field(
        default=None,
        description="Your Calendly booking page, https://calendly.com/...; an empty string "
        "takes it off (INVALID_URL for any other address).",
    )


@strawberry.input(description="The price of one offered duration.")
class RateInput:
    duration_minutes: int
    amount: int = strawberry.field(description="Minor units of the service's currency.")


@strawberry.input(
    description="A percentage off slots booked at least `minDaysAhead` days before they start."
)
class EarlyBookingDiscountInput:
    percent: int = strawberry.field(description="1 to 50; 0 removes the discount.")
    min_days_ahead: int = strawberry.field(
        description="1 to 365 days (spans of 24 hours); not read when `percent` is 0."
    )


@strawberry.input(description="A new service.")
class CreateServiceInput:
    provider_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Admins name the provider; providers create their own."
    )
    kind: ServiceKind  # type: ignore[valid-type]
    name: str
    slug: str | None = strawberry.field(
        default=None, description="Derived from the name if omitted."
    )
    description: str = ""
    currency: str = strawberry.field(description="ISO 4217 code, e.g. EUR.")
    durations: list[int] = strawberry.field(description="Offered durations in minutes.")
    rates: list[RateInput] = strawberry.field(description="One rate per offered duration.")
    default_duration_minutes: int
    min_duration_minutes: int
    max_duration_minutes: int
    allow_custom_duration: bool = False
    premium: bool = strawberry.field(default=False, description="Include follow-ups for free.")
    included_revisions: int = strawberry.field(default=2, description="Revision rounds included.")
    early_booking_discount: EarlyBookingDiscountInput | None = strawberry.field(
        default=None, description="A discount for booking well ahead; none if omitted."
    )


@strawberry.input(description="Service fields to change; omitted fields stay as they are.")
class UpdateServiceInput:
    id: relay.GlobalID
    kind: ServiceKind | None = None  # type: ignore[valid-type]
    name: str | None = None
    slug: str | None = None
    description: str | None = None
    currency: str | None = None
    durations: list[int] | None = strawberry.field(
        default=None, description="Given together with rates; replaces the offered durations."
    )
    rates: list[RateInput] | None = None
    default_duration_minutes: int | None = None
    min_duration_minutes: int | None = None
    max_duration_minutes: int | None = None
    allow_custom_duration: bool | None = None
    premium: bool | None = None
    included_revisions: int | None = None
    early_booking_discount: EarlyBookingDiscountInput | None = strawberry.field(
        default=None,
        description="Replaces the discount for booking well ahead; a `percent` of 0 removes it. "
        "Sessions booked already keep the price they were booked at.",
    )


@strawberry.input(description="The service to archive.")
class ArchiveServiceInput:
    id: relay.GlobalID


@strawberry.type(description="Result of a provider profile change.")
class ProviderPayload:
    provider: Provider | None = strawberry.field(default=None, description="The changed profile.")
    user_errors: list[ProviderUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )


@strawberry.type(description="Result of a service change.")
class ServicePayload:
    service: Service | None = strawberry.field(default=None, description="The changed service.")
    user_errors: list[ProviderUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )


@strawberry.input(description="Whose calendar feed to issue or revoke.")
class CalendarFeedInput:
    provider_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Admins name the provider; providers manage their own."
    )


@strawberry.type(description="Result of issuing or revoking a calendar feed.")
class CalendarFeedPayload:
    url: str | None = strawberry.field(
        default=None,
        description="Secret iCalendar URL to subscribe to; shown once. Null after revoking.",
    )
    user_errors: list[ProviderUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )
