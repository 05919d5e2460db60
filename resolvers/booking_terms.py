"""What a booking request asks for: service, package, length, rate and children, checked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from tortoise import connections

from app.context import Info
from domain.photography import attendance_violations
from domain.violation import Violation
from models.account import User
from models.photography import Child as ChildModel
from models.photography import ServicePackage
from models.provider import ProviderProfile
from models.provider import Service as ServiceModel
from models.raw import columns, fetch, instance
from models.waitlist import WaitlistStatus
from resolvers.nodes import decode_id
from resolvers.scheduling import (
    ONE_START,
    OpeningHours,
    as_utc,
    hours_column,
    hours_from_json,
    hours_values,
    rate_in,
    rates_of,
    within_reach,
)
from schema.booking import BookSessionInput
from schema.photography import Child, Package
from schema.provider import Service

MAX_TEXT = 5_000


@dataclass(frozen=True, slots=True)
class Attendee:
    child: ChildModel
    primary: bool
    styling_requests: str


@dataclass(frozen=True, slots=True)
class BookingTerms:
    service: ServiceModel  # with its provider
    package: ServicePackage | None
    duration: int
    rate: int
    attendees: list[Attendee]
    # False when the booking's read found no waitlist offer of the client at the asked start,
    # so there is no entry to mark BOOKED.
    offer_held: bool = True
    # The provider's opening hours around the asked start, if that read brought them.
    hours: OpeningHours | None = None
    # The price the client confirmed, as (minor units, upper-case ISO code), if they named one.
    expected_price: tuple[int, str] | None = None


def _package_or_rate(
    service: ServiceModel,
    rates: Mapping[int, int],
    package: ServicePackage | None,
    package_id: object | None,
    duration: int | None,
) -> tuple[ServicePackage | None, int, int] | Violation:
    if package_id is not None:
        if package is None:
            return Violation("packageId", "NOT_FOUND", "No such package for this service.")
        return package, package.duration_minutes, package.price_amount
    rate = rate_in(service, rates, duration) if duration is not None else None
    if rate is None:
        return Violation("durationMinutes", "INVALID_DURATION", "This duration is not offered.")
    return None, duration, rate  # type: ignore[return-value]


async def package_terms(
    service: ServiceModel, package_id: object | None, duration: int | None
) -> tuple[ServicePackage | None, int, int] | Violation:
    """(package, duration, rate) for a package or a plain duration of `service`."""
    if package_id is not None:
        package = await ServicePackage.get_or_none(
            id=package_id, service_id=service.id, active=True
        )
        return _package_or_rate(service, {}, package, package_id, duration)
    rates = await rates_of(service) if duration is not None else {}
    return _package_or_rate(service, rates, None, None, duration)


@cache
def _offer_sql(dialect: str) -> str:
    """The service with its provider and the provider's account (told of the booking), the
    package asked for, one row per rate, whether the client holds a waitlist offer at the
    start asked for, and the provider's opening hours around it: all a booking reads before
    it locks the calendar, in one statement (see models/raw.py)."""
    return (
        f"SELECT {columns(ServiceModel, 's')}, {columns(ProviderProfile, 'p')},"  # noqa: S608
        f" {columns(User, 'u')},"
        f" {columns(ServicePackage, 'k')}, r.duration_minutes, r.amount,"
        " EXISTS (SELECT 1 FROM waitlist_entries w WHERE w.service_id = s.id"
        " AND w.client_id = ? AND w.status = ? AND w.offer_start = ?) AS offer_held,"
        f" {hours_column(dialect, 's.provider_id')} AS hours"
        " FROM services s JOIN provider_profiles p ON p.id = s.provider_id"
        " JOIN users u ON u.id = p.user_id"
        " LEFT JOIN service_packages k ON k.id = ? AND k.service_id = s.id AND k.active = ?"
        " LEFT JOIN service_rates r ON r.service_id = s.id"
        " WHERE s.id = ? AND s.active = ?"
    )


async def booking_terms(info: Info, data: BookSessionInput) -> BookingTerms | list[Violation]:
    service_id = decode_id(data.service_id, Service)
    package_id = decode_id(data.package_id, Package) if data.package_id else None
    client_id = info.context.user.id  # type: ignore[union-attr]
    start = as_utc(data.start)
    if not within_reach(start, datetime.now(UTC)):
        return [Violation("start", "SLOT_UNAVAILABLE", "That time is no longer available.")]
    values = [
        *(str(client_id), WaitlistStatus.OFFERED.value, start),  # offer
        *hours_values(start, start + ONE_START),  # opening hours
        *(str(package_id) if package_id else None, True),  # package
        *(str(service_id), True),  # service
    ]
    dialect = connections.get("default").capabilities.dialect
    rows = await fetch(_offer_sql(dialect), values) if service_id else []
    if not rows:
        return [Violation("serviceId", "NOT_FOUND", "No such service.")]
    if data.package_id is not None and package_id is None:
        return [Violation("packageId", "NOT_FOUND", "No such package for this service.")]
    first = rows[0]
    service = instance(ServiceModel, first, "s")
    service.provider = instance(ProviderProfile, first, "p")
    # The booking notifies and mails the provider: their account comes from the cache then.
    info.context.loaders.user_by_id.prime(service.provider.user_id, instance(User, first, "u"))  # type: ignore[attr-defined]
    package = instance(ServicePackage, first, "k") if first["k_id"] is not None else None
    rates = {row["duration_minutes"]: row["amount"] for row in rows if row["amount"] is not None}
    terms = _package_or_rate(service, rates, package, package_id, data.duration_minutes)
    if isinstance(terms, Violation):
        return [terms]
    package, duration, rate = terms
    violations = [
        Violation(field, "INVALID_VALUE", "Keep it under 5,000 characters.")
        for field, text in (("notes", data.notes), ("specialRequests", data.special_requests))
        if len(text) > MAX_TEXT
    ]
    attendees = await _attendees(info, data, package, violations)
    if violations:
        return violations
    return BookingTerms(
        service,
        package,
        duration,
        rate,
        attendees,
        offer_held=bool(first["offer_held"]),
        hours=hours_from_json(first["hours"]),
        expected_price=_expected(data),
    )


def _expected(data: BookSessionInput) -> tuple[int, str] | None:
    price = data.expected_price
    return None if price is None else (price.amount, price.currency.strip().upper())


async def _attendees(
    info: Info,
    data: BookSessionInput,
    package: ServicePackage | None,
    violations: list[Violation],
) -> list[Attendee]:
    """The booker's own, non-removed children; anything else is reported in `violations`."""
    if not data.children:
        return []
    ids = [decode_id(c.child_id, Child) for c in data.children]
    violations += attendance_violations(
        ids, sum(c.primary for c in data.children), package.max_children if package else None
    )
    found = {
        child.id: child
        for child in await ChildModel.filter(
            id__in=[i for i in ids if i],
            parent_id=info.context.user.id,
            deleted_at=None,  # type: ignore[union-attr]
        )
    }
    if any(i not in found for i in ids):
        violations.append(Violation("children", "NOT_FOUND", "Choose your own children."))
        return []
    return [
        Attendee(found[i], c.primary, c.styling_requests[:MAX_TEXT])  # type: ignore[index]
        for i, c in zip(ids, data.children, strict=True)
    ]
