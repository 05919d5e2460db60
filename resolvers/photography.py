"""Packages of session services, children's profiles, and the studio's preparation notes."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from domain.photography import PackageTerms, child_name_violations, package_violations
from domain.session import ACTIVE_STATUSES, Actor
from domain.violation import Violation
from models.booking import Session as SessionModel
from models.photography import Child as ChildModel
from models.photography import ServicePackage, SessionChild
from resolvers.booking import booking_errors
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.participants import actor_in
from resolvers.permissions import Forbidden, IsAuthenticated, IsProviderOrAdmin
from resolvers.service import owned_service
from resolvers.session_lifecycle import NOT_FOUND, changed
from schema.booking import Session, SessionPayload
from schema.pagination import keyset_page
from schema.photography import (
    Child,
    ChildInput,
    ChildPayload,
    CreatePackageInput,
    Package,
    PackagePayload,
    PhotographyErrorCode,
    PhotographyUserError,
    PrepareSessionInput,
    RemoveChildInput,
    UpdateChildInput,
)

MAX_NOTES = 5_000
NO_CHILD = Violation("id", "NOT_FOUND", "No such child.")
BOOKED_AHEAD = Violation(
    "id", "OPEN_SESSIONS", "This child is booked for a session to come: cancel it first."
)
_ERASED_PROFILE: dict[str, object] = {
    "birth_date": None,
    "preferred_style": "",
    "style_notes": "",
    "special_requirements": "",
}


async def _booked_ahead(child: ChildModel) -> bool:
    """Whether the child is in a session not over yet: removing the profile erases the
    needs (allergies, fears) the studio must know for it."""
    return await SessionChild.exists(
        child_id=child.id,
        session__status__in=list(ACTIVE_STATUSES),
        session__end_at__gt=datetime.now(UTC),
    )


def _errors(violations: list[Violation]) -> list[PhotographyUserError]:
    return to_user_errors(violations, PhotographyUserError, PhotographyErrorCode)


def _child_violations(profile: ChildInput) -> list[Violation]:
    violations = child_name_violations(profile.first_name, profile.last_name)
    if profile.birth_date is not None and profile.birth_date > datetime.now(UTC).date():
        violations.append(Violation("birthDate", "INVALID_VALUE", "Use a date in the past."))
    return violations


def _child_fields(profile: ChildInput) -> dict[str, object]:
    return {
        "first_name": profile.first_name.strip(),
        "last_name": profile.last_name.strip(),
        "birth_date": profile.birth_date,
        "preferred_style": profile.preferred_style[:100],
        "style_notes": profile.style_notes[:MAX_NOTES],
        "special_requirements": profile.special_requirements[:MAX_NOTES],
    }


async def _own_child(info: Info, global_id: relay.GlobalID) -> ChildModel | None:
    """Parents manage their own children only; a child's profile is never shown to others."""
    child_id = decode_id(global_id, Child)
    child = await ChildModel.get_or_none(id=child_id, deleted_at=None) if child_id else None
    if child is not None and child.parent_id != info.context.user.id:  # type: ignore[attr-defined, union-attr]
        raise Forbidden("This is not your child's profile.")
    return child


@strawberry.type
class PhotographyQueries:
    @strawberry.field(description="Your children's profiles.", permission_classes=[IsAuthenticated])
    async def my_children(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> relay.Connection[Child]:
        return await keyset_page(
            ChildModel.filter(parent_id=info.context.user.id, deleted_at=None),  # type: ignore[union-attr]
            first=first,
            after=after,
            to_node=Child.from_model,
            maximum=info.context.settings.page_size_max,
        )


@strawberry.type
class PhotographyMutations:
    @strawberry.mutation(
        description="Add a package to one of your session services.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def create_package(self, info: Info, input: CreatePackageInput) -> PackagePayload:
        service = await owned_service(info, input.service_id)
        if service is None:
            missing = Violation("serviceId", "NOT_FOUND", "No such service.")
            return PackagePayload(user_errors=_errors([missing]))
        terms = PackageTerms(
            name=input.name,
            duration_minutes=input.duration_minutes,
            price_amount=input.price_amount,
            max_children=input.max_children,
            max_outfit_changes=input.max_outfit_changes,
            included_photos=input.included_photos,
            includes_print=input.includes_print,
            print_size=input.print_size,
        )
        if violations := package_violations(terms):
            return PackagePayload(user_errors=_errors(violations))
        package = await ServicePackage.create(
            service=service,
            name=input.name.strip(),
            description=input.description[:MAX_NOTES],
            duration_minutes=input.duration_minutes,
            price_amount=input.price_amount,
            max_children=input.max_children,
            includes_styling=input.includes_styling,
            max_outfit_changes=input.max_outfit_changes,
            included_photos=input.included_photos,
            includes_print=input.includes_print,
            print_size=input.print_size.strip(),
        )
        return PackagePayload(package=Package.from_model(package, service.currency))

    @strawberry.mutation(description="Add a child's profile.", permission_classes=[IsAuthenticated])
    async def add_child(self, info: Info, input: ChildInput) -> ChildPayload:
        if violations := _child_violations(input):
            return ChildPayload(user_errors=_errors(violations))
        child = await ChildModel.create(parent=info.context.user, **_child_fields(input))
        return ChildPayload(child=Child.from_model(child))

    @strawberry.mutation(
        description="Change your child's profile.", permission_classes=[IsAuthenticated]
    )
    async def update_child(self, info: Info, input: UpdateChildInput) -> ChildPayload:
        child = await _own_child(info, input.id)
        if child is None:
            return ChildPayload(user_errors=_errors([NO_CHILD]))
        if violations := _child_violations(input.profile):
            return ChildPayload(user_errors=_errors(violations))
        child.update_from_dict(_child_fields(input.profile))
        await child.save()
        return ChildPayload(child=Child.from_model(child))

    @strawberry.mutation(
        description="Remove your child's profile: past sessions keep only the name. Refused "
        "while the child is booked for a session to come.",
        permission_classes=[IsAuthenticated],
    )
    async def remove_child(self, info: Info, input: RemoveChildInput) -> ChildPayload:
        child = await _own_child(info, input.id)
        if child is None:
            return ChildPayload(user_errors=_errors([NO_CHILD]))
        if await _booked_ahead(child):
            return ChildPayload(user_errors=_errors([BOOKED_AHEAD]))
        # Sessions keep the child's name as their record. The rest (birth date, needs,
        # notes) goes: kept, the studio would go on reading it on every session the child
        # came to, long after the parent took the profile back.
        child.update_from_dict(_ERASED_PROFILE | {"deleted_at": datetime.now(UTC)})
        await child.save(update_fields=[*_ERASED_PROFILE, "deleted_at", "updated_at"])
        return ChildPayload(child=Child.from_model(child))

    @strawberry.mutation(
        description="Write the studio's preparation notes for a session (provider).",
        permission_classes=[IsAuthenticated],
    )
    async def prepare_session(self, info: Info, input: PrepareSessionInput) -> SessionPayload:
        session_id = decode_id(input.id, Session)
        async with in_transaction():
            session = (
                await SessionModel.select_for_update().get_or_none(id=session_id)
                if session_id
                else None
            )
            if session is None:
                return SessionPayload(user_errors=booking_errors([NOT_FOUND]))
            if await actor_in(info, session) is Actor.CLIENT:
                raise Forbidden("Only the studio writes preparation notes.")
            session.preparation_notes = input.preparation_notes[:MAX_NOTES]
            await session.save(update_fields=["preparation_notes", "updated_at"])
        return await changed(info, session)
