"""Creating, changing and archiving services."""

from __future__ import annotations

from uuid import UUID

import strawberry
from slugify import slugify
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.context import Info
from domain.early_booking import early_booking_violations
from domain.service import (
    ServiceTerms,
    naming_violations,
    revision_violations,
    terms_violations,
)
from domain.violation import Violation
from models.provider import ProviderProfile, ServiceKind, ServiceRate
from models.provider import Service as ServiceModel
from resolvers.nodes import decode_id
from resolvers.partial import pick
from resolvers.permissions import Forbidden, IsProviderOrAdmin
from resolvers.provider import managed_profile, provider_errors
from resolvers.waitlist import close_waitlist
from schema.provider import Service
from schema.provider_inputs import (
    ArchiveServiceInput,
    CreateServiceInput,
    EarlyBookingDiscountInput,
    RateInput,
    ServicePayload,
    UpdateServiceInput,
)
from subscriptions.channels import provider_channel

_SLUG_TAKEN = Violation("slug", "SLUG_TAKEN", "This provider already has a service with that slug.")


def _rates(rates: list[RateInput]) -> tuple[tuple[int, int], ...]:
    return tuple((rate.duration_minutes, rate.amount) for rate in rates)


def _early_booking(
    given: EarlyBookingDiscountInput | None,
) -> tuple[dict[str, int], list[Violation]]:
    """The columns to write for the discount given (none when it was not), and what is wrong
    with it. A percent of 0 stores no rule, so its days are stored as 0 too."""
    if given is None:
        return {}, []
    days = given.min_days_ahead if given.percent else 0
    fields = {"early_booking_percent": given.percent, "early_booking_days": days}
    return fields, early_booking_violations(given.percent, days)


async def owned_service(info: Info, global_id: strawberry.relay.GlobalID) -> ServiceModel | None:
    service_id = decode_id(global_id, Service)
    service = await ServiceModel.get_or_none(id=service_id) if service_id else None
    if service is None or info.context.is_admin:
        return service
    owner = await ProviderProfile.get(id=service.provider_id)  # type: ignore[attr-defined]
    if owner.user_id != info.context.user.id:  # type: ignore[attr-defined, union-attr]
        raise Forbidden("You can only change your own services.")
    return service


async def _save_rates(service_id: UUID, rates: tuple[tuple[int, int], ...]) -> None:
    await ServiceRate.filter(service_id=service_id).delete()
    await ServiceRate.bulk_create(
        [ServiceRate(service_id=service_id, duration_minutes=d, amount=a) for d, a in rates]
    )


async def _changed(info: Info, service: ServiceModel) -> ServicePayload:
    await info.context.broker.publish(provider_channel(service.provider_id))  # type: ignore[attr-defined]
    return ServicePayload(service=Service.from_model(service))


_NOT_FOUND = Violation("id", "NOT_FOUND", "No such service.")


@strawberry.type
class ServiceMutations:
    @strawberry.mutation(
        description="Offer a new service (its provider or an admin).",
        permission_classes=[IsProviderOrAdmin],
    )
    async def create_service(self, info: Info, input: CreateServiceInput) -> ServicePayload:
        profile = await managed_profile(info, input.provider_id)
        if isinstance(profile, Violation):
            return ServicePayload(user_errors=provider_errors([profile]))
        slug = input.slug if input.slug is not None else slugify(input.name, max_length=140)
        terms = ServiceTerms(
            currency=input.currency,
            rates=_rates(input.rates),
            durations=tuple(input.durations),
            default_duration=input.default_duration_minutes,
            min_duration=input.min_duration_minutes,
            max_duration=input.max_duration_minutes,
            allow_free=input.kind == ServiceKind.CONSULTATION,
        )
        early, early_violations = _early_booking(input.early_booking_discount)
        violations = naming_violations(input.name, slug) + terms_violations(terms)
        violations += revision_violations(input.included_revisions) + early_violations
        if violations:
            return ServicePayload(user_errors=provider_errors(violations))
        try:
            async with in_transaction():
                service = await ServiceModel.create(
                    provider=profile,
                    kind=input.kind,
                    name=input.name.strip(),
                    slug=slug,
                    description=input.description,
                    currency=terms.currency,
                    default_duration_minutes=terms.default_duration,
                    min_duration_minutes=terms.min_duration,
                    max_duration_minutes=terms.max_duration,
                    allow_custom_duration=input.allow_custom_duration,
                    premium=input.premium,
                    included_revisions=input.included_revisions,
                    **early,
                )
                await _save_rates(service.id, terms.rates)
        except IntegrityError:
            return ServicePayload(user_errors=provider_errors([_SLUG_TAKEN]))
        return await _changed(info, service)

    @strawberry.mutation(
        description="Change a service (its provider or an admin).",
        permission_classes=[IsProviderOrAdmin],
    )
    async def update_service(self, info: Info, input: UpdateServiceInput) -> ServicePayload:
        service = await owned_service(info, input.id)
        if service is None:
            return ServicePayload(user_errors=provider_errors([_NOT_FOUND]))
        current = await ServiceRate.filter(service_id=service.id).order_by("duration_minutes")
        rates = pick(
            _rates(input.rates) if input.rates is not None else None,
            tuple((r.duration_minutes, r.amount) for r in current),
        )
        terms = ServiceTerms(
            currency=pick(input.currency, service.currency),
            rates=rates,
            durations=tuple(pick(input.durations, [d for d, _ in rates])),
            default_duration=pick(input.default_duration_minutes, service.default_duration_minutes),
            min_duration=pick(input.min_duration_minutes, service.min_duration_minutes),
            max_duration=pick(input.max_duration_minutes, service.max_duration_minutes),
            allow_free=pick(input.kind, service.kind) == ServiceKind.CONSULTATION,
        )
        name = pick(input.name, service.name)
        slug = pick(input.slug, service.slug)
        revisions = pick(input.included_revisions, service.included_revisions)
        early, early_violations = _early_booking(input.early_booking_discount)
        violations = naming_violations(name, slug) + terms_violations(terms)
        if violations := violations + revision_violations(revisions) + early_violations:
            return ServicePayload(user_errors=provider_errors(violations))
        changes = {
            "name": name.strip(),
            "slug": slug,
            "kind": pick(input.kind, service.kind),
            "description": pick(input.description, service.description),
            "currency": terms.currency,
            "default_duration_minutes": terms.default_duration,
            "min_duration_minutes": terms.min_duration,
            "max_duration_minutes": terms.max_duration,
            "allow_custom_duration": pick(
                input.allow_custom_duration, service.allow_custom_duration
            ),
            "premium": pick(input.premium, service.premium),
            "included_revisions": revisions,
            **early,
        }
        service.update_from_dict(changes)
        try:
            async with in_transaction():
                # Only what this form edits: a whole-row save wrote back what it had read of
                # the rest, undoing an archive (or new scheduling rules) saved meanwhile.
                await service.save(update_fields=[*changes, "updated_at"])
                if input.rates is not None:
                    await _save_rates(service.id, terms.rates)
        except IntegrityError:
            return ServicePayload(user_errors=provider_errors([_SLUG_TAKEN]))
        return await _changed(info, service)

    @strawberry.mutation(
        description="Stop offering a service; it stays visible to its provider and admins, "
        "and as the service of what clients booked, waited for or are recommended to ask "
        "about. Its waitlist is CLOSED (held offers included).",
        permission_classes=[IsProviderOrAdmin],
    )
    async def archive_service(self, info: Info, input: ArchiveServiceInput) -> ServicePayload:
        service = await owned_service(info, input.id)
        if service is None:
            return ServicePayload(user_errors=provider_errors([_NOT_FOUND]))
        service.active = False
        async with in_transaction():
            await service.save(update_fields=["active", "updated_at"])
            await close_waitlist([service.id])
        return await _changed(info, service)
