"""What a booking request asks for: service, package, length, rate and children, checked."""

from __future__ import annotations

from dataclasses import dataclass

from app.context import Info
from domain.photography import attendance_violations
from domain.violation import Violation
from models.photography import Child as ChildModel
from models.photography import ServicePackage
from models.provider import Service as ServiceModel
from resolvers.nodes import decode_id
from resolvers.scheduling import rate_for
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
    service: ServiceModel
    package: ServicePackage | None
    duration: int
    rate: int
    attendees: list[Attendee]


async def package_terms(
    service: ServiceModel, package_id: object | None, duration: int | None
) -> tuple[ServicePackage | None, int, int] | Violation:
    """(package, duration, rate) for a package or a plain duration of `service`."""
    if package_id is not None:
        package = await ServicePackage.get_or_none(
            id=package_id, service_id=service.id, active=True
        )
        if package is None:
            return Violation("packageId", "NOT_FOUND", "No such package for this service.")
        return package, package.duration_minutes, package.price_amount
    rate = await rate_for(service, duration) if duration is not None else None
    if rate is None:
        return Violation("durationMinutes", "INVALID_DURATION", "This duration is not offered.")
    return None, duration, rate  # type: ignore[return-value]


async def booking_terms(info: Info, data: BookSessionInput) -> BookingTerms | list[Violation]:
    service_id = decode_id(data.service_id, Service)
    service = (
        await ServiceModel.get_or_none(id=service_id, active=True).select_related("provider")
        if service_id
        else None
    )
    if service is None:
        return [Violation("serviceId", "NOT_FOUND", "No such service.")]
    package_id = decode_id(data.package_id, Package) if data.package_id else None
    if data.package_id is not None and package_id is None:
        return [Violation("packageId", "NOT_FOUND", "No such package for this service.")]
    terms = await package_terms(service, package_id, data.duration_minutes)
    if isinstance(terms, Violation):
        return [terms]
    package, duration, rate = terms
    violations = [
        Violation(field, "INVALID_VALUE", "Keep it under 5,000 characters.")
        for field, text in (("notes", data.notes), ("specialRequests", data.special_requests))
        if len(text) > MAX_TEXT
    ]
    attendees = await _attendees(info, data, package, violations)
    return violations or BookingTerms(service, package, duration, rate, attendees)


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
