"""GraphQL types for photography packages and children."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay

from app.context import Info
from models.photography import Child as ChildModel
from models.photography import ServicePackage
from models.photography import SessionChild as SessionChildModel
from schema.common import Money, UserError
from schema.nodes import on_sale, rows_by_id


@strawberry.enum(description="Why a package or child mutation refused its input.")
class PhotographyErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"
    OPEN_SESSIONS = "OPEN_SESSIONS"


@strawberry.type(description="A problem with a package or child mutation's input.")
class PhotographyUserError(UserError):
    code: PhotographyErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(description="A fixed bundle of a session service, e.g. 'Rock-star deluxe'.")
class Package(relay.Node):
    id: relay.NodeID[str]
    name: str
    description: str
    duration_minutes: int
    price: Money
    max_children: int = strawberry.field(description="0 when children cannot attend.")
    includes_styling: bool
    max_outfit_changes: int
    included_photos: int
    includes_print: bool
    print_size: str
    active: bool

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        return await on_sale(info, ServicePackage, node_ids, cls.from_model)

    @classmethod
    def from_model(cls, row: ServicePackage, currency: str) -> Package:
        return cls(
            id=str(row.id),
            name=row.name,
            description=row.description,
            duration_minutes=row.duration_minutes,
            price=Money(amount=row.price_amount, currency=currency),
            max_children=row.max_children,
            includes_styling=row.includes_styling,
            max_outfit_changes=row.max_outfit_changes,
            included_photos=row.included_photos,
            includes_print=row.includes_print,
            print_size=row.print_size,
            active=row.active,
        )


@strawberry.type(description="A child's profile, owned by a parent's account.")
class Child(relay.Node):
    id: relay.NodeID[str]
    first_name: str
    last_name: str
    birth_date: dt.date | None
    preferred_style: str = strawberry.field(description="e.g. rock, punk, metal.")
    style_notes: str
    special_requirements: str = strawberry.field(description="Allergies, needs, fears.")

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        """Only the parent (and admins) may see a child's profile."""
        rows = await rows_by_id(ChildModel, node_ids)
        user = info.context.user
        return [
            cls.from_model(row)
            if row is not None
            and row.deleted_at is None
            and user is not None
            and (row.parent_id == user.id or info.context.is_admin)  # type: ignore[attr-defined]
            else None
            for row in rows
        ]

    @classmethod
    def from_model(cls, row: ChildModel) -> Child:
        return cls(
            id=str(row.id),
            first_name=row.first_name,
            last_name=row.last_name,
            birth_date=row.birth_date,
            preferred_style=row.preferred_style,
            style_notes=row.style_notes,
            special_requirements=row.special_requirements,
        )


@strawberry.type(description="A child taking part in a session.")
class SessionChild:
    child: Child
    primary: bool = strawberry.field(description="The child the session is mainly about.")
    styling_requests: str

    @classmethod
    def from_model(cls, row: SessionChildModel) -> SessionChild:
        return cls(
            child=Child.from_model(row.child),
            primary=row.primary,
            styling_requests=row.styling_requests,
        )


@strawberry.input(description="A new package of a session service.")
class CreatePackageInput:
    service_id: relay.GlobalID
    name: str
    description: str = ""
    duration_minutes: int
    price_amount: int = strawberry.field(description="Minor units of the service's currency.")
    max_children: int = 0
    includes_styling: bool = False
    max_outfit_changes: int = 0
    included_photos: int = 0
    includes_print: bool = False
    print_size: str = ""


@strawberry.input(description="A child profile; on update, omitted fields stay as they are.")
class ChildInput:
    first_name: str
    last_name: str
    birth_date: dt.date | None = None
    preferred_style: str = ""
    style_notes: str = ""
    special_requirements: str = ""


@strawberry.input(description="Change a child's profile.")
class UpdateChildInput:
    id: relay.GlobalID
    profile: ChildInput


@strawberry.input(description="The child profile to remove.")
class RemoveChildInput:
    id: relay.GlobalID


@strawberry.input(description="A child to bring to a session.")
class SessionChildInput:
    child_id: relay.GlobalID
    primary: bool = False
    styling_requests: str = ""


@strawberry.input(description="The studio's preparation notes for a session.")
class PrepareSessionInput:
    id: relay.GlobalID
    preparation_notes: str


@strawberry.type(description="Result of a package mutation.")
class PackagePayload:
    package: Package | None = None
    user_errors: list[PhotographyUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of a child mutation.")
class ChildPayload:
    child: Child | None = None
    user_errors: list[PhotographyUserError] = strawberry.field(default_factory=list)
