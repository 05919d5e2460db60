"""Browsing providers and editing provider profiles."""

from __future__ import annotations

import secrets

import strawberry
from strawberry import relay
from tortoise.expressions import Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.context import Info
from app.security import digest_token
from domain.provider import ProfileChange, clean_specialties, profile_violations, specialty_key
from domain.violation import Violation
from models.provider import ProviderProfile, ProviderSpecialty
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.permissions import Forbidden, IsProviderOrAdmin
from schema.pagination import keyset_page
from schema.provider import Provider, ProviderErrorCode, ProviderUserError
from schema.provider_inputs import (
    CalendarFeedInput,
    CalendarFeedPayload,
    ProviderPayload,
    UpdateProviderProfileInput,
)
from subscriptions.channels import provider_channel


def provider_errors(violations: list[Violation]) -> list[ProviderUserError]:
    return to_user_errors(violations, ProviderUserError, ProviderErrorCode)


async def managed_profile(
    info: Info, provider_id: relay.GlobalID | None
) -> ProviderProfile | Violation:
    """The profile the caller may manage: their own, or (for admins) the one they name."""
    user = info.context.user
    if provider_id is None:
        own = await info.context.loaders.provider_by_user_id.load(user.id)  # type: ignore[union-attr]
        return own or Violation("providerId", "PROVIDER_REQUIRED", "Name the provider.")
    profile_id = decode_id(provider_id, Provider)
    profile = await info.context.loaders.provider_by_id.load(profile_id) if profile_id else None
    if profile is None:
        return Violation("providerId", "NOT_FOUND", "No such provider.")
    if not info.context.is_admin and profile.user_id != user.id:  # type: ignore[attr-defined, union-attr]
        raise Forbidden("You can only manage your own provider profile.")
    return profile


def provider_listing(specialty: str | None, search: str | None) -> QuerySet[ProviderProfile]:
    queryset = ProviderProfile.filter(user__deleted_at__isnull=True)
    if specialty:
        queryset = queryset.filter(specialties__name_key=specialty_key(specialty))
    if search and search.strip():
        term = search.strip()
        queryset = queryset.filter(Q(display_name__icontains=term) | Q(bio__icontains=term))
    return queryset


@strawberry.type
class ProviderQueries:
    @strawberry.field(description="Providers, oldest first, optionally filtered.")
    async def providers(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        specialty: str | None = strawberry.UNSET,
        search: str | None = strawberry.UNSET,
    ) -> relay.Connection[Provider]:
        return await keyset_page(
            provider_listing(specialty, search),
            first=first,
            after=after,
            to_node=Provider.from_model,
            maximum=info.context.settings.page_size_max,
        )

    @strawberry.field(description="One provider by global ID.")
    async def provider(self, info: Info, id: relay.GlobalID) -> Provider | None:
        profile_id = decode_id(id, Provider)
        profile = await info.context.loaders.provider_by_id.load(profile_id) if profile_id else None
        return Provider.from_model(profile) if profile else None


@strawberry.type
class ProviderMutations:
    @strawberry.mutation(
        description="Change a provider profile (the provider themself or an admin).",
        permission_classes=[IsProviderOrAdmin],
    )
    async def update_provider_profile(
        self, info: Info, input: UpdateProviderProfileInput
    ) -> ProviderPayload:
        profile = await managed_profile(info, input.provider_id)
        if isinstance(profile, Violation):
            return ProviderPayload(user_errors=provider_errors([profile]))
        change = ProfileChange(
            display_name=input.display_name,
            bio=input.bio,
            specialties=input.specialties,
            years_of_experience=input.years_of_experience,
            timezone=input.timezone,
            response_sla_minutes=input.response_sla_minutes,
            calendly_url=input.calendly_url,
        )
        if violations := profile_violations(change):
            return ProviderPayload(user_errors=provider_errors(violations))
        changes = {
            name: value
            for name, value in (
                ("display_name", input.display_name and input.display_name.strip()),
                ("bio", input.bio),
                ("years_of_experience", input.years_of_experience),
                ("timezone", input.timezone),
                ("response_sla_minutes", input.response_sla_minutes),
            )
            if value is not None
        }
        if input.calendly_url is not None:
            changes["calendly_url"] = input.calendly_url.strip() or None
        profile.update_from_dict(changes)
        async with in_transaction():
            # Only what this form edits: a whole-row save wrote back the calendar secret it had
            # read, undoing a feed rotated (or revoked) meanwhile.
            await profile.save(update_fields=[*changes, "updated_at"])
            if input.specialties is not None:
                await _replace_specialties(profile, clean_specialties(input.specialties))
        await info.context.broker.publish(provider_channel(profile.id))
        return ProviderPayload(provider=Provider.from_model(profile))

    @strawberry.mutation(
        description="Issue a new secret calendar-feed URL; any earlier URL stops working.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def rotate_calendar_feed(
        self, info: Info, input: CalendarFeedInput
    ) -> CalendarFeedPayload:
        profile = await managed_profile(info, input.provider_id)
        if isinstance(profile, Violation):
            return CalendarFeedPayload(user_errors=provider_errors([profile]))
        token = secrets.token_urlsafe(32)
        profile.calendar_token_hash = digest_token(token)
        await profile.save(update_fields=["calendar_token_hash", "updated_at"])
        base = info.context.settings.public_url.rstrip("/")
        return CalendarFeedPayload(url=f"{base}/calendar/{token}.ics")

    @strawberry.mutation(
        description="Revoke the calendar-feed URL.", permission_classes=[IsProviderOrAdmin]
    )
    async def revoke_calendar_feed(
        self, info: Info, input: CalendarFeedInput
    ) -> CalendarFeedPayload:
        profile = await managed_profile(info, input.provider_id)
        if isinstance(profile, Violation):
            return CalendarFeedPayload(user_errors=provider_errors([profile]))
        profile.calendar_token_hash = None
        await profile.save(update_fields=["calendar_token_hash", "updated_at"])
        return CalendarFeedPayload()


async def _replace_specialties(profile: ProviderProfile, names: list[str]) -> None:
    await ProviderSpecialty.filter(provider_id=profile.id).delete()
    await ProviderSpecialty.bulk_create(
        [ProviderSpecialty(provider=profile, name=n, position=i) for i, n in enumerate(names)]
    )
