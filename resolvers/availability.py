"""Weekly hours, date overrides, scheduling rules and the free-slot query."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from domain.availability import (
    SchedulingRules,
    WeeklyWindow,
    Window,
    rules_violations,
    window_violations,
)
from domain.provider import is_iana_timezone
from domain.session import ACTIVE_STATUSES, CancellationTier, policy_violations
from domain.violation import Violation
from models.availability import AvailabilityOverride as OverrideModel
from models.availability import AvailabilityWindow, end_minute_of, minute_of_day
from models.booking import Session as SessionModel
from models.provider import Service as ServiceModel
from resolvers.booking_terms import package_terms
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.partial import pick
from resolvers.permissions import IsProviderOrAdmin
from resolvers.provider import managed_profile
from resolvers.scheduling import PricedSlot, free_slots, rules_of, window_to_json
from resolvers.seats import slot_key
from resolvers.service import owned_service
from schema.availability import (
    AddAvailabilityOverrideInput,
    AvailabilityOverride,
    AvailabilityOverridePayload,
    RemoveAvailabilityOverrideInput,
    SchedulingErrorCode,
    SchedulingUserError,
    ServiceSchedulingPayload,
    SetWeeklyAvailabilityInput,
    Slot,
    SlotDiscount,
    UpdateServiceSchedulingInput,
    WeeklyAvailabilityPayload,
    override_node,
)
from schema.common import Money
from schema.pagination import BadPageRequest
from schema.photography import Package
from schema.provider import Provider, Service
from subscriptions.channels import provider_channel

MAX_SLOT_RANGE = timedelta(days=93)
MAX_OVERRIDE_DAYS = 366


def _errors(violations: list[Violation]) -> list[SchedulingUserError]:
    return to_user_errors(violations, SchedulingUserError, SchedulingErrorCode)


def _discount(priced: PricedSlot) -> SlotDiscount:
    return SlotDiscount(
        percent=priced.percent,
        amount=Money(amount=priced.saved, currency=priced.currency),
        full_price=Money(amount=priced.amount + priced.saved, currency=priced.currency),
    )


@strawberry.type
class AvailabilityQueries:
    @strawberry.field(
        description="Free start times of a service in [start, end) (at most 93 days), priced."
    )
    async def available_slots(
        self,
        info: Info,
        provider_id: relay.GlobalID,
        service_id: relay.GlobalID,
        start: datetime,
        end: datetime,
        duration_minutes: int | None = None,
        package_id: relay.GlobalID | None = None,
    ) -> list[Slot]:
        # A difference rather than `start + MAX_SLOT_RANGE`, which overflows near year 9999.
        if (
            start.tzinfo is None
            or end.tzinfo is None
            or not timedelta(0) < end - start <= MAX_SLOT_RANGE
        ):
            raise BadPageRequest("Give a UTC range of at most 93 days with start before end.")
        profile_id, service_uuid = decode_id(provider_id, Provider), decode_id(service_id, Service)
        # The service and its provider (for the time zone) in one statement.
        service = (
            await ServiceModel.get_or_none(
                id=service_uuid, provider_id=profile_id, active=True
            ).select_related("provider")
            if profile_id and service_uuid
            else None
        )
        if service is None:
            return []
        package = decode_id(package_id, Package) if package_id else None
        terms = await package_terms(service, package, duration_minutes)
        if isinstance(terms, Violation) or (package_id and package is None):
            return []
        _, duration_minutes, rate = terms
        slots = await free_slots(
            service.provider, service, duration=duration_minutes, rate=rate,
            start=start.astimezone(UTC), end=end.astimezone(UTC), now=datetime.now(UTC),
            client_id=info.context.user.id if info.context.user else None,
        )  # fmt: skip
        # Slots share their prices, so they can share the Money objects too.
        prices = {(p.amount, p.currency) for p in slots}
        money = {price: Money(amount=price[0], currency=price[1]) for price in prices}
        discounts = {
            (p.amount, p.saved, p.percent, p.currency): _discount(p) for p in slots if p.saved
        }
        return [
            Slot(
                start=p.slot.start,
                end=p.slot.end,
                price=money[p.amount, p.currency],
                seats_left=p.slot.seats_left,
                discount=discounts.get((p.amount, p.saved, p.percent, p.currency)),
            )
            for p in slots
        ]


@strawberry.type
class AvailabilityMutations:
    @strawberry.mutation(
        description="Replace the weekly hours (and time zone) of a provider.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def set_weekly_availability(
        self, info: Info, input: SetWeeklyAvailabilityInput
    ) -> WeeklyAvailabilityPayload:
        profile = await managed_profile(info, input.provider_id)
        if isinstance(profile, Violation):
            return WeeklyAvailabilityPayload(user_errors=_errors([profile]))
        windows = [
            WeeklyWindow(w.weekday, Window(w.start, w.end, w.price_multiplier))
            for w in input.windows
        ]
        violations = window_violations(windows)
        if not is_iana_timezone(input.timezone):
            violations.append(Violation("timezone", "INVALID_TIMEZONE", "Use an IANA zone name."))
        if violations:
            return WeeklyAvailabilityPayload(user_errors=_errors(violations))
        async with in_transaction():
            profile.timezone = input.timezone
            await profile.save(update_fields=["timezone", "updated_at"])
            await AvailabilityWindow.filter(provider_id=profile.id).delete()
            await AvailabilityWindow.bulk_create(
                [
                    AvailabilityWindow(
                        provider=profile,
                        weekday=w.weekday,
                        start_minute=minute_of_day(w.window.start),
                        end_minute=end_minute_of(w.window.end),
                        price_multiplier=w.window.multiplier,
                    )
                    for w in windows
                ]
            )
        await info.context.broker.publish(provider_channel(profile.id))
        return WeeklyAvailabilityPayload(provider=Provider.from_model(profile))

    @strawberry.mutation(
        description="Close dates (holidays) or give them special hours.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def add_availability_override(
        self, info: Info, input: AddAvailabilityOverrideInput
    ) -> AvailabilityOverridePayload:
        profile = await managed_profile(info, input.provider_id)
        if isinstance(profile, Violation):
            return AvailabilityOverridePayload(user_errors=_errors([profile]))
        last = input.end_date or input.start_date
        days = (last - input.start_date).days + 1
        windows = [Window(w.start, w.end, w.price_multiplier) for w in input.windows]
        violations = window_violations([WeeklyWindow(0, w) for w in windows])
        if not 1 <= days <= MAX_OVERRIDE_DAYS:
            violations.append(
                Violation("endDate", "INVALID_RANGE", "End on or after the start, within a year.")
            )
        if violations:
            return AvailabilityOverridePayload(user_errors=_errors(violations))
        dates = [input.start_date + timedelta(days=n) for n in range(days)]
        stored = [window_to_json(w) for w in windows]
        async with in_transaction():
            await OverrideModel.filter(provider_id=profile.id, day__in=dates).delete()
            await OverrideModel.bulk_create(
                [
                    OverrideModel(provider=profile, day=d, windows=stored, note=input.note)
                    for d in dates
                ]
            )
            rows = await OverrideModel.filter(provider_id=profile.id, day__in=dates).order_by("day")
        await info.context.broker.publish(provider_channel(profile.id))
        return AvailabilityOverridePayload(overrides=[override_node(row) for row in rows])

    @strawberry.mutation(
        description="Remove a date override; the weekly hours apply again.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def remove_availability_override(
        self, info: Info, input: RemoveAvailabilityOverrideInput
    ) -> AvailabilityOverridePayload:
        override_id = decode_id(input.id, AvailabilityOverride)
        row = await OverrideModel.get_or_none(id=override_id) if override_id else None
        missing = Violation("id", "NOT_FOUND", "No such override.")
        if row is None:
            return AvailabilityOverridePayload(user_errors=_errors([missing]))
        profile = await managed_profile(info, relay.GlobalID("Provider", str(row.provider_id)))  # type: ignore[attr-defined]
        if isinstance(profile, Violation):
            return AvailabilityOverridePayload(user_errors=_errors([profile]))
        await row.delete()
        await info.context.broker.publish(provider_channel(profile.id))
        return AvailabilityOverridePayload()

    @strawberry.mutation(
        description="Change buffers, notice, horizon, interval, daily limit, seats, refunds.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def update_service_scheduling(
        self, info: Info, input: UpdateServiceSchedulingInput
    ) -> ServiceSchedulingPayload:
        service = await owned_service(info, input.service_id)
        if service is None:
            missing = Violation("serviceId", "NOT_FOUND", "No such service.")
            return ServiceSchedulingPayload(user_errors=_errors([missing]))
        current = rules_of(service)
        limit = input.daily_limit if input.daily_limit is not None else current.daily_limit
        rules = SchedulingRules(
            buffer_before=pick(input.buffer_before_minutes, current.buffer_before),
            buffer_after=pick(input.buffer_after_minutes, current.buffer_after),
            min_notice=pick(input.min_notice_minutes, current.min_notice),
            horizon_days=pick(input.horizon_days, current.horizon_days),
            interval=pick(input.slot_interval_minutes, current.interval),
            daily_limit=limit or None,
            seats=pick(input.seats, current.seats),
        )
        tiers = [
            CancellationTier(t.hours_before, t.refund_percent)
            for t in input.cancellation_policy or []
        ]
        violations = rules_violations(rules) + policy_violations(tiers)
        if violations:
            return ServiceSchedulingPayload(user_errors=_errors(violations))
        changes: dict[str, object] = {
            "buffer_before_minutes": rules.buffer_before,
            "buffer_after_minutes": rules.buffer_after,
            "min_notice_minutes": rules.min_notice,
            "horizon_days": rules.horizon_days,
            "slot_interval_minutes": rules.interval,
            "daily_limit": rules.daily_limit,
            "seats": rules.seats,
        }
        if input.cancellation_policy is not None:
            changes["cancellation_policy"] = [
                {"hours_before": t.hours_before, "refund_percent": t.refund_percent} for t in tiers
            ]
        service.update_from_dict(changes)
        async with in_transaction():
            # Only these columns: a whole-row save undid an archive or a rename saved meanwhile.
            await service.save(update_fields=[*changes, "updated_at"])
            if current.seats == 1 and rules.seats > 1:
                await _key_as_group_seats(service)
        return ServiceSchedulingPayload(service=Service.from_model(service))


async def _key_as_group_seats(service: ServiceModel) -> None:
    """Sessions booked while the service had one seat carry keys of their own, and the
    exclusion constraint would refuse any seat booked beside them: they take the key their
    group slot's seats now share. (Seats of one slot keep theirs when it goes back to one.)"""
    sessions = await SessionModel.filter(service_id=service.id, status__in=list(ACTIVE_STATUSES))
    for session in sessions:
        session.slot_key = slot_key(service, session.id, session.start_at, session.end_at)
    if sessions:
        await SessionModel.bulk_update(sessions, fields=["slot_key"])
