"""Defining session bundles (package deals) on a service: its provider or an admin creates,
changes and archives them. Bundles bought keep the terms they were bought with."""

from __future__ import annotations

import strawberry
from strawberry import relay

from app.context import Info
from domain.bundle import bundle_violations
from domain.violation import Violation
from models.bundle import ServiceBundle
from models.provider import ProviderProfile
from models.provider import Service as ServiceModel
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.partial import pick
from resolvers.permissions import Forbidden, IsProviderOrAdmin
from resolvers.scheduling import rate_in, rates_of
from resolvers.service import owned_service
from schema.bundle import (
    ArchiveBundleInput,
    BundleErrorCode,
    BundlePayload,
    BundleUserError,
    CreateBundleInput,
    SessionBundle,
    UpdateBundleInput,
)

_NOT_FOUND = Violation("id", "NOT_FOUND", "No such bundle.")
_NO_DURATION = Violation("durationMinutes", "INVALID_DURATION", "The service has no such length.")


def _refused(*violations: Violation) -> BundlePayload:
    return BundlePayload(
        user_errors=to_user_errors(list(violations), BundleUserError, BundleErrorCode)
    )


async def _owned_bundle(info: Info, global_id: relay.GlobalID) -> ServiceBundle | None:
    """The bundle with its service, if the caller may change it; another provider's is
    refused outright, as their services are (`owned_service`)."""
    bundle_id = decode_id(global_id, SessionBundle)
    row = (
        await ServiceBundle.get_or_none(id=bundle_id).select_related("service")
        if bundle_id
        else None
    )
    if row is None or info.context.is_admin:
        return row
    owner = await ProviderProfile.get(id=row.service.provider_id)  # type: ignore[attr-defined]
    if owner.user_id != info.context.user.id:  # type: ignore[attr-defined, union-attr]
        raise Forbidden("You can only change your own services' bundles.")
    return row


async def _terms_refused(
    service: ServiceModel, session_count: int, duration: int, price: int
) -> list[Violation]:
    violations = bundle_violations(session_count, duration, price)
    if not violations and rate_in(service, await rates_of(service), duration) is None:
        violations.append(_NO_DURATION)
    return violations


@strawberry.type
class BundleMutations:
    @strawberry.mutation(
        description="Sell a bundle of sessions of one of your services (its provider or an "
        "admin): 2 to 50 sessions of a length the service offers, for one price in the "
        "service's currency. INVALID_VALUE, INVALID_DURATION for bad terms.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def create_bundle(self, info: Info, input: CreateBundleInput) -> BundlePayload:
        service = await owned_service(info, input.service_id)
        if service is None or not service.active:
            return _refused(Violation("serviceId", "NOT_FOUND", "No such service."))
        terms = (input.session_count, input.duration_minutes, input.price_amount)
        if violations := await _terms_refused(service, *terms):
            return _refused(*violations)
        row = await ServiceBundle.create(
            service=service,
            session_count=input.session_count,
            duration_minutes=input.duration_minutes,
            price_amount=input.price_amount,
        )
        return BundlePayload(bundle=SessionBundle.from_model(row, service.currency))

    @strawberry.mutation(
        description="Change a bundle's terms or put it on sale again (its service's provider "
        "or an admin); bundles bought keep the terms they were bought with.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def update_bundle(self, info: Info, input: UpdateBundleInput) -> BundlePayload:
        row = await _owned_bundle(info, input.id)
        if row is None:
            return _refused(_NOT_FOUND)
        changes = {
            "session_count": pick(input.session_count, row.session_count),
            "duration_minutes": pick(input.duration_minutes, row.duration_minutes),
            "price_amount": pick(input.price_amount, row.price_amount),
            "active": pick(input.active, row.active),
        }
        terms = (changes["session_count"], changes["duration_minutes"], changes["price_amount"])
        if violations := await _terms_refused(row.service, *terms):  # type: ignore[arg-type]
            return _refused(*violations)
        row.update_from_dict(changes)
        await row.save(update_fields=[*changes, "updated_at"])
        return BundlePayload(bundle=SessionBundle.from_model(row, row.service.currency))

    @strawberry.mutation(
        description="Stop selling a bundle (its service's provider or an admin); those "
        "bought keep their credits.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def archive_bundle(self, info: Info, input: ArchiveBundleInput) -> BundlePayload:
        row = await _owned_bundle(info, input.id)
        if row is None:
            return _refused(_NOT_FOUND)
        row.active = False
        await row.save(update_fields=["active", "updated_at"])
        return BundlePayload(bundle=SessionBundle.from_model(row, row.service.currency))
