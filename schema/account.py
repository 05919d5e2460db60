"""GraphQL types for accounts and signing in."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any
from uuid import UUID

import strawberry
from strawberry import relay

from app.context import Info
from models.account import Role as RoleModel
from models.account import User as UserModel
from models.project import Project as ProjectModel
from models.provider import ProviderProfile
from models.provider import Service as ServiceModel
from schema.common import UserError
from schema.nodes import NIL
from schema.pagination import joined_page
from schema.project_status import ProjectStatus

if TYPE_CHECKING:
    from schema.project import Project
from schema.nodes import as_uuid

Role = strawberry.enum(RoleModel, description="What an account may do.")


@strawberry.enum(description="Why an account mutation refused its input.")
class AccountErrorCode(Enum):
    INVALID_EMAIL = "INVALID_EMAIL"
    EMAIL_TAKEN = "EMAIL_TAKEN"
    WEAK_PASSWORD = "WEAK_PASSWORD"  # noqa: S105 - an error code
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    INVALID_NAME = "INVALID_NAME"
    INVALID_PHONE = "INVALID_PHONE"
    NOT_FOUND = "NOT_FOUND"
    RATE_LIMITED = "RATE_LIMITED"
    # register: the e-mail booked as a guest; it was mailed a link to claimAccount.
    CLAIM_LINK_SENT = "CLAIM_LINK_SENT"
    # claimAccount: the link's token is forged, expired or already used.
    INVALID_TOKEN = "INVALID_TOKEN"  # noqa: S105 - an error code


@strawberry.type(description="A problem with an account mutation's input.")
class AccountUserError(UserError):
    code: AccountErrorCode = strawberry.field(description="Stable machine-readable reason.")


def mine_or_as_provider(user_id: UUID, as_provider: bool) -> list[tuple[str, list[object]]]:
    """A user's rows as client, and as provider while they are one (projects, sessions), as
    the `either` of a hand-written page (schema/pagination.joined_page): each side is read
    through its own (client_id | provider_id, …) index. The profile is a subquery, which
    costs no statement of its own."""
    mine: list[tuple[str, list[object]]] = [('r."client_id" = ?', [user_id])]
    if not as_provider:
        return mine
    profile = 'r."provider_id" = (SELECT "id" FROM "provider_profiles" WHERE "user_id" = ?)'
    return [*mine, (profile, [user_id])]


def can_see_private_fields(info: Info, user_id: UUID) -> bool:
    viewer = info.context.user
    return viewer is not None and (viewer.id == user_id or info.context.is_admin)


@strawberry.type(description="A person with an account: a client, a provider or an admin.")
class User(relay.Node):
    id: relay.NodeID[str]
    first_name: str = strawberry.field(description="Given name.")
    last_name: str = strawberry.field(description="Family name.")
    role: Role = strawberry.field(description="What the account may do.")  # type: ignore[valid-type]
    created_at: datetime = strawberry.field(description="When the account was created (UTC).")
    model: strawberry.Private[UserModel]

    @strawberry.field(description="E-mail address; null unless you are this user or an admin.")
    def email(self, info: Info) -> str | None:
        return self.model.email if can_see_private_fields(info, self.model.id) else None

    @strawberry.field(description="Phone number; null unless you are this user or an admin.")
    def phone(self, info: Info) -> str | None:
        return self.model.phone if can_see_private_fields(info, self.model.id) else None

    @strawberry.field(description="Whether the address was confirmed; private like the e-mail.")
    def email_verified(self, info: Info) -> bool | None:
        return self.model.email_verified if can_see_private_fields(info, self.model.id) else None

    @strawberry.field(description="Whether the user accepts marketing e-mail; private.")
    def marketing_consent(self, info: Info) -> bool | None:
        if not can_see_private_fields(info, self.model.id):
            return None
        return self.model.marketing_consent

    @strawberry.field(
        description="Projects this user takes part in, oldest first; only for themself and admins."
    )
    async def projects(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: Annotated[
            ProjectStatus | None,  # type: ignore[valid-type]
            strawberry.argument(
                description="Only the projects in this status: a voice artist's scripts to "
                "record are SCRIPT_RECEIVED, say."
            ),
        ] = None,
    ) -> relay.Connection[Annotated[Project, strawberry.lazy("schema.project")]]:
        from schema.project import Project, read_ahead  # noqa: PLC0415 - they refer to each other

        user_id = self.model.id if can_see_private_fields(info, self.model.id) else NIL
        # A profile outlives its owner's demotion; its projects are theirs only while they
        # are a provider.
        either = mine_or_as_provider(user_id, self.model.role == RoleModel.PROVIDER)
        beside = read_ahead(info)
        where, values = ("TRUE", []) if status is None else ('r."status" = ?', [status.value])
        page = await joined_page(
            ProjectModel,
            where,
            values,
            either=either,
            joined=(("service", ServiceModel), ("provider", ProviderProfile)),
            first=first,
            after=after,
            to_node=Project.from_model,
            maximum=info.context.settings.page_size_max,
            beside=beside,
        )
        viewer = info.context.user
        info.context.loaders.prime_projects(
            [edge.node.model for edge in page.edges], beside, viewer.id if viewer else None
        )
        return page

    @classmethod
    def from_model(cls, user: UserModel) -> User:
        return cls(
            id=str(user.id),
            first_name=user.first_name,
            last_name=user.last_name,
            role=user.role,
            created_at=user.created_at,
            model=user,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        users = await info.context.loaders.user_by_id.load_many([as_uuid(i) for i in node_ids])
        return [
            cls.from_model(user) if user is not None and _visible(info, user) else None
            for user in users
        ]


def _visible(info: Info, user: UserModel) -> bool:
    """Providers are public people; clients are visible only to themselves and admins."""
    if user.deleted_at is not None:
        return info.context.is_admin
    return user.role == RoleModel.PROVIDER or can_see_private_fields(info, user.id)


@strawberry.input(description="A new client account.")
class RegisterInput:
    email: str
    password: str = strawberry.field(description="At least 10 characters, not easy to guess.")
    first_name: str
    last_name: str
    phone: str | None = None
    marketing_consent: bool = False


@strawberry.input(
    description="A guest account's first password, with the token of the link mailed to it."
)
class ClaimAccountInput:
    token: str = strawberry.field(description="The `token` parameter of the mailed link.")
    password: str = strawberry.field(description="At least 10 characters, not easy to guess.")


@strawberry.input(description="E-mail and password of an existing account.")
class LoginInput:
    email: str
    password: str


@strawberry.input(description="The current password and the one replacing it.")
class ChangePasswordInput:
    current_password: str
    new_password: str


@strawberry.input(description="Give an account another role (admins only).")
class SetUserRoleInput:
    user_id: relay.GlobalID
    role: Role  # type: ignore[valid-type]


@strawberry.type(description="Result of signing up or in: a bearer token for later requests.")
class AuthPayload:
    token: str | None = strawberry.field(
        default=None, description="Send as `Authorization: Bearer <token>`; shown only once."
    )
    expires_at: datetime | None = strawberry.field(default=None, description="Token expiry.")
    user: User | None = strawberry.field(default=None, description="The signed-in account.")
    user_errors: list[AccountUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )


@strawberry.type(description="Result of an account change.")
class AccountPayload:
    user: User | None = strawberry.field(default=None, description="The changed account.")
    user_errors: list[AccountUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )


@strawberry.type(description="Result of signing out.")
class LogoutPayload:
    revoked: bool = strawberry.field(description="Whether the token used was revoked.")
    user_errors: list[AccountUserError] = strawberry.field(
        default_factory=list, description="Always empty; present for a uniform payload shape."
    )
