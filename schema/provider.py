"""GraphQL types for providers, their services and rates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any
from uuid import UUID
from zoneinfo import ZoneInfo

import strawberry
from strawberry import relay

from app.context import Info
from domain.early_booking import rule_of
from models.provider import ProviderProfile, ServiceRate
from models.provider import Service as ServiceModel
from models.provider import ServiceKind as ServiceKindModel
from schema.account import User
from schema.common import Money, UserError
from schema.nodes import as_uuid
from schema.pagination import (
    BadPageRequest,
    ListConnection,
    check_first,
    connection_of,
    decode_cursor,
)
from schema.response_time import ResponseStats
from schema.review import RatingSummary, Review, ReviewOrder, provider_reviews, rating_summary

if TYPE_CHECKING:
    from schema.availability import AvailabilityOverride, WeeklyWindow
    from schema.bundle import SessionBundle
    from schema.photography import Package
    from schema.provider_media import ProviderDemo, ProviderPortrait

ServiceKind = strawberry.enum(ServiceKindModel, description="What kind of work a service sells.")


@strawberry.enum(description="Why a provider or service mutation refused its input.")
class ProviderErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_TIMEZONE = "INVALID_TIMEZONE"
    INVALID_VALUE = "INVALID_VALUE"
    INVALID_CURRENCY = "INVALID_CURRENCY"
    INVALID_DURATION = "INVALID_DURATION"
    DURATION_BOUNDS = "DURATION_BOUNDS"
    NO_DURATIONS = "NO_DURATIONS"
    DUPLICATE_DURATION = "DUPLICATE_DURATION"
    DURATION_OUT_OF_BOUNDS = "DURATION_OUT_OF_BOUNDS"
    DEFAULT_NOT_OFFERED = "DEFAULT_NOT_OFFERED"
    MISSING_RATE = "MISSING_RATE"
    RATE_WITHOUT_DURATION = "RATE_WITHOUT_DURATION"
    DUPLICATE_RATE = "DUPLICATE_RATE"
    INVALID_AMOUNT = "INVALID_AMOUNT"
    SLUG_TAKEN = "SLUG_TAKEN"
    PROVIDER_REQUIRED = "PROVIDER_REQUIRED"
    INVALID_URL = "INVALID_URL"


@strawberry.type(description="A problem with a provider or service mutation's input.")
class ProviderUserError(UserError):
    code: ProviderErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(description="The price of one offered duration.")
class Rate:
    duration_minutes: int = strawberry.field(description="Length of the booking in minutes.")
    price: Money = strawberry.field(description="Price for that length.")


@strawberry.type(description="Refund for cancelling at least `hoursBefore` hours ahead.")
class CancellationTier:
    hours_before: int = strawberry.field(description="Notice given, in hours.")
    refund_percent: int = strawberry.field(description="Share of the price refunded.")


@strawberry.type(
    description="A percentage off every slot that starts at least `minDaysAhead` days (spans "
    "of 24 hours) after the moment it is booked; the boundary itself counts as early."
)
class EarlyBookingDiscount:
    percent: int = strawberry.field(description="Share of the slot's price taken off, 1 to 50.")
    min_days_ahead: int = strawberry.field(
        description="How many days before the start a booking must be made, 1 to 365."
    )


@strawberry.type(description="Something a provider sells: a consultation, a session or a project.")
class Service(relay.Node):
    id: relay.NodeID[str]
    kind: ServiceKind = strawberry.field(description="Consultation, session or project.")  # type: ignore[valid-type]
    name: str = strawberry.field(description="Shown to clients.")
    slug: str = strawberry.field(description="URL-friendly name, unique per provider.")
    description: str = strawberry.field(description="What the client gets.")
    currency: str = strawberry.field(description="ISO 4217 code of every rate.")
    default_duration_minutes: int = strawberry.field(description="Preselected duration.")
    min_duration_minutes: int = strawberry.field(description="Shortest bookable duration.")
    max_duration_minutes: int = strawberry.field(description="Longest bookable duration.")
    allow_custom_duration: bool = strawberry.field(
        description="Whether clients may pick a duration between min and max that is not listed."
    )
    active: bool = strawberry.field(
        description="False once archived; archived services are hidden."
    )
    created_at: datetime = strawberry.field(description="When the service was created (UTC).")
    premium: bool = strawberry.field(description="Follow-up requests are included at no charge.")
    included_revisions: int = strawberry.field(description="Revision rounds in the price.")
    buffer_before_minutes: int = strawberry.field(description="Kept free before each session.")
    buffer_after_minutes: int = strawberry.field(description="Kept free after each session.")
    min_notice_minutes: int = strawberry.field(description="How late a session can be booked.")
    horizon_days: int = strawberry.field(description="How far ahead sessions can be booked.")
    slot_interval_minutes: int = strawberry.field(description="Spacing of offered start times.")
    daily_limit: int | None = strawberry.field(description="Most sessions per day, if limited.")
    seats: int = strawberry.field(description="Clients per slot; above 1 for group sessions.")
    cancellation_policy: list[CancellationTier] = strawberry.field(
        description="Refund tiers, by notice given; empty refunds in full."
    )
    early_booking_discount: EarlyBookingDiscount | None = strawberry.field(
        description="The discount for booking well ahead, if the service offers one; "
        "`availableSlots` shows which slots it applies to."
    )
    provider_id: strawberry.Private[UUID]

    @strawberry.field(description="Offered durations with their prices, shortest first.")
    async def rates(self, info: Info) -> list[Rate]:
        rows = await info.context.loaders.rates_by_service_id.load(UUID(self.id))
        return [_rate(row, self.currency) for row in rows]

    @strawberry.field(description="Offered durations in minutes, shortest first.")
    async def durations(self, info: Info) -> list[int]:
        rows = await info.context.loaders.rates_by_service_id.load(UUID(self.id))
        return [row.duration_minutes for row in rows]

    @relay.connection(
        ListConnection[Annotated["Package", strawberry.lazy("schema.photography")]],
        description="Fixed bundles of this service (photography), cheapest first.",
    )
    async def packages(
        self, info: Info
    ) -> list[Annotated[Package, strawberry.lazy("schema.photography")]]:
        from schema.photography import Package  # noqa: PLC0415 - the modules refer to each other

        rows = await info.context.loaders.packages_by_service_id.load(UUID(self.id))
        return [Package.from_model(row, self.currency) for row in rows if row.active]

    @relay.connection(
        ListConnection[Annotated["SessionBundle", strawberry.lazy("schema.bundle")]],
        description="Bundles of sessions of this service on sale (package deals), fewest "
        "sessions first; bought with `buyBundle`.",
    )
    async def bundles(
        self, info: Info
    ) -> list[Annotated[SessionBundle, strawberry.lazy("schema.bundle")]]:
        from schema.bundle import SessionBundle  # noqa: PLC0415 - the modules refer to each other

        rows = await info.context.loaders.active_bundles_by_service_id.load(UUID(self.id))
        return [SessionBundle.from_model(row, self.currency) for row in rows]

    @strawberry.field(description="Who provides the service.")
    async def provider(self, info: Info) -> Provider:
        profile = await info.context.loaders.provider_by_id.load(self.provider_id)
        return Provider.from_model(profile)  # type: ignore[arg-type]

    @classmethod
    def from_model(cls, service: ServiceModel) -> Service:
        return cls(
            id=str(service.id),
            kind=service.kind,
            name=service.name,
            slug=service.slug,
            description=service.description,
            currency=service.currency,
            default_duration_minutes=service.default_duration_minutes,
            min_duration_minutes=service.min_duration_minutes,
            max_duration_minutes=service.max_duration_minutes,
            allow_custom_duration=service.allow_custom_duration,
            active=service.active,
            created_at=service.created_at,
            premium=service.premium,
            included_revisions=service.included_revisions,
            buffer_before_minutes=service.buffer_before_minutes,
            buffer_after_minutes=service.buffer_after_minutes,
            min_notice_minutes=service.min_notice_minutes,
            horizon_days=service.horizon_days,
            slot_interval_minutes=service.slot_interval_minutes,
            daily_limit=service.daily_limit,
            seats=service.seats,
            cancellation_policy=[
                CancellationTier(
                    hours_before=tier["hours_before"], refund_percent=tier["refund_percent"]
                )
                for tier in service.cancellation_policy
            ],
            early_booking_discount=_early_booking(service),
            provider_id=service.provider_id,  # type: ignore[attr-defined]
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        services = await info.context.loaders.service_by_id.load_many(
            [as_uuid(i) for i in node_ids]
        )
        return [
            cls.from_model(s) if s is not None and await can_view_service(info, s) else None
            for s in services
        ]


def _early_booking(service: ServiceModel) -> EarlyBookingDiscount | None:
    rule = rule_of(service.early_booking_percent, service.early_booking_days)
    if rule is None:
        return None
    return EarlyBookingDiscount(percent=rule.percent, min_days_ahead=rule.min_days)


def _rate(row: ServiceRate, currency: str) -> Rate:
    return Rate(
        duration_minutes=row.duration_minutes, price=Money(amount=row.amount, currency=currency)
    )


async def can_view_service(info: Info, service: ServiceModel) -> bool:
    """Archived services stay visible only to their provider and admins."""
    if service.active or info.context.is_admin:
        return True
    profile = await info.context.loaders.provider_by_id.load(service.provider_id)  # type: ignore[attr-defined]
    return _is_owner(info, profile)


def _is_owner(info: Info, profile: ProviderProfile | None) -> bool:
    user = info.context.user
    if profile is None or user is None or not info.context.is_provider:
        return False
    return profile.user_id == user.id  # type: ignore[attr-defined]


@strawberry.type(description="A person or studio that clients book.")
class Provider(relay.Node):
    id: relay.NodeID[str]
    display_name: str = strawberry.field(description="Name shown to clients.")
    bio: str = strawberry.field(description="About the provider.")
    years_of_experience: int = strawberry.field(description="Years in the craft.")
    timezone: str = strawberry.field(description="IANA time zone, e.g. Europe/Berlin.")
    response_sla_minutes: int = strawberry.field(
        description="The reply time the provider promises for a booking request, in minutes "
        "(1 to 1440); `responseStats` shows how they keep it."
    )
    calendly_url: str | None = strawberry.field(
        description="The studio's Calendly booking page (https://calendly.com/...), for studios "
        "whose clients still book consultations there; null when they book here only."
    )
    created_at: datetime = strawberry.field(description="When the profile was created (UTC).")
    model: strawberry.Private[ProviderProfile]

    @strawberry.field(description="Mean review rating to two decimals, 1 to 5; null if unrated.")
    async def avg_rating(self, info: Info) -> float | None:
        return (await self._rating(info)).average

    @strawberry.field(description="Number of reviews, hidden ones not counted.")
    async def review_count(self, info: Info) -> int:
        return (await self._rating(info)).count

    @strawberry.field(description="Rating summary: average, count, total stars and distribution.")
    async def rating(self, info: Info) -> RatingSummary:
        return await self._rating(info)

    @strawberry.field(
        description="Public reviews of completed sessions; the provider themselves and admins "
        "also see the ones an admin hid (marked `hidden`)."
    )
    async def reviews(
        self,
        info: Info,
        first: int = 10,
        after: str | None = None,
        order_by: ReviewOrder = ReviewOrder.NEWEST,
    ) -> relay.Connection[Review]:
        user = info.context.user
        own = info.context.is_provider and user is not None and user.id == self.model.user_id  # type: ignore[attr-defined]
        return await provider_reviews(
            info,
            self.model.id,
            first=first,
            after=after,
            order=order_by,
            include_hidden=own or info.context.is_admin,
        )

    @strawberry.field(
        description="How fast the provider really answers booking requests (last 90 days); "
        "null until at least 3 were answered."
    )
    async def response_stats(self, info: Info) -> ResponseStats | None:
        stats = await info.context.loaders.response_stats_by_provider_id.load(self.model.id)
        return ResponseStats.from_stats(stats) if stats else None

    async def _rating(self, info: Info) -> RatingSummary:
        return rating_summary(await info.context.loaders.rating_by_provider_id.load(self.model.id))

    @strawberry.field(description="Specialties, in the provider's order.")
    async def specialties(self, info: Info) -> list[str]:
        rows = await info.context.loaders.specialties_by_provider_id.load(self.model.id)
        return [row.name for row in rows]

    @strawberry.field(
        description="Their photo, resized, public to anyone (no sign-in); null if none is set."
    )
    async def portrait(
        self, info: Info
    ) -> Annotated[ProviderPortrait, strawberry.lazy("schema.provider_media")] | None:
        from schema.provider_media import ProviderPortrait  # noqa: PLC0415 - the modules refer to each other

        row = await info.context.loaders.portrait_by_provider_id.load(self.model.id)
        return ProviderPortrait.from_model(row, info.context.settings) if row else None

    @strawberry.field(
        description="Demo reels in the provider's order (at most 5), public to anyone."
    )
    async def demos(
        self, info: Info, first: int = 10, after: str | None = None
    ) -> relay.Connection[Annotated[ProviderDemo, strawberry.lazy("schema.provider_media")]]:
        from schema.provider_media import ProviderDemo  # noqa: PLC0415 - see above

        check_first(first, info.context.settings.page_size_max)
        cursor = decode_cursor(after) if after is not None else None
        if cursor is not None and not isinstance(cursor[0], int):
            raise BadPageRequest("`after` is not a cursor from this list.")
        rows = await info.context.loaders.demos_by_provider_id.load(self.model.id)
        if cursor is not None:
            rows = [row for row in rows if (row.position, row.id) > cursor]
        settings = info.context.settings
        return connection_of(
            rows[: first + 1],
            first=first,
            after=after,
            to_node=lambda row: ProviderDemo.from_model(row, settings),
            order_field="position",
        )

    @strawberry.field(description="The provider's account.")
    async def user(self, info: Info) -> User:
        user = await info.context.loaders.user_by_id.load(self.model.user_id)  # type: ignore[attr-defined]
        return User.from_model(user)  # type: ignore[arg-type]

    @relay.connection(
        ListConnection[Service],
        description="Services, oldest first; archived ones only for the provider and admins.",
    )
    async def services(self, info: Info, include_archived: bool = False) -> list[Service]:
        rows = await info.context.loaders.services_by_provider_id.load(self.model.id)
        show_archived = include_archived and (info.context.is_admin or _is_owner(info, self.model))
        return [Service.from_model(row) for row in rows if row.active or show_archived]

    @strawberry.field(description="Weekly opening hours in the provider's time zone.")
    async def weekly_availability(
        self, info: Info
    ) -> list[Annotated[WeeklyWindow, strawberry.lazy("schema.availability")]]:
        from schema.availability import weekly_window  # noqa: PLC0415 - the modules refer to each other

        rows = await info.context.loaders.windows_by_provider_id.load(self.model.id)
        return [weekly_window(row) for row in rows]

    @strawberry.field(description="Closed days and special hours from today on.")
    async def availability_overrides(
        self, info: Info
    ) -> list[Annotated[AvailabilityOverride, strawberry.lazy("schema.availability")]]:
        from schema.availability import override_node  # noqa: PLC0415 - see above

        rows = await info.context.loaders.upcoming_overrides_by_provider_id.load(self.model.id)
        # The loader reads from the UTC yesterday, which covers every zone's today: the days
        # before the provider's own today are past.
        today = datetime.now(ZoneInfo(self.timezone)).date()
        return [override_node(row) for row in rows if row.day >= today]

    @classmethod
    def from_model(cls, profile: ProviderProfile) -> Provider:
        return cls(
            id=str(profile.id),
            display_name=profile.display_name,
            bio=profile.bio,
            years_of_experience=profile.years_of_experience,
            timezone=profile.timezone,
            response_sla_minutes=profile.response_sla_minutes,
            calendly_url=profile.calendly_url,
            created_at=profile.created_at,
            model=profile,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await info.context.loaders.provider_by_id.load_many([as_uuid(i) for i in node_ids])
        return [cls.from_model(row) if row is not None else None for row in rows]
