"""GraphQL types for in-app notifications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Any, cast
from uuid import UUID

import strawberry
from strawberry import relay

from app.context import Info
from domain.notification import NotificationKind as NotificationKindModel
from models.notification import Notification as NotificationModel
from models.raw import Scalar, fetch
from schema.booking import Session, can_view_session
from schema.common import UserError
from schema.nodes import rows_by_id
from schema.project import Project, can_view_project
from schema.shop import Order, may_see

NotificationKind = strawberry.enum(
    NotificationKindModel, description="What happened that you are told about."
)


@strawberry.enum(description="Why a notification mutation refused its input.")
class NotificationErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"


@strawberry.type(description="A problem with a notification mutation's input.")
class NotificationUserError(UserError):
    code: NotificationErrorCode = strawberry.field(description="Stable machine-readable reason.")


def is_recipient(info: Info, row: NotificationModel) -> bool:
    """Only the person told; not even admins read someone else's notifications."""
    user = info.context.user
    return user is not None and row.recipient_id == user.id  # type: ignore[attr-defined]


@strawberry.type(
    description="Something that happened in a project or session you take part in, or to "
    "an order you placed."
)
class Notification(relay.Node):
    id: relay.NodeID[str]
    kind: NotificationKind = strawberry.field(description="What happened.")  # type: ignore[valid-type]
    title: str = strawberry.field(description="A short heading.")
    body: str = strawberry.field(description="The details, as they were when it happened.")
    read_at: dt.datetime | None = strawberry.field(description="When you marked it read.")
    created_at: dt.datetime = strawberry.field(description="When it happened (UTC).")
    model: strawberry.Private[NotificationModel]

    @strawberry.field(description="The project it concerns, if any.")
    async def project(self, info: Info) -> Project | None:
        project_id = self.model.project_id  # type: ignore[attr-defined]
        row = await info.context.loaders.project_by_id.load(project_id) if project_id else None
        return Project.from_model(row) if row and await can_view_project(info, row) else None

    @strawberry.field(description="The session it concerns, if any.")
    async def session(self, info: Info) -> Session | None:
        session_id = self.model.session_id  # type: ignore[attr-defined]
        row = await info.context.loaders.session_by_id.load(session_id) if session_id else None
        return Session.from_model(row) if row and await can_view_session(info, row) else None

    @strawberry.field(description="The order it concerns, if any: yours (or any, for admins).")
    async def order(self, info: Info) -> Order | None:
        order_id = self.model.order_id  # type: ignore[attr-defined]
        row = await info.context.loaders.order_by_id.load(order_id) if order_id else None
        return Order.from_model(row) if row and may_see(info, row) else None

    @classmethod
    def from_model(cls, row: NotificationModel) -> Notification:
        return cls(
            id=str(row.id),
            kind=row.kind,
            title=row.title,
            body=row.body,
            read_at=row.read_at,
            created_at=row.created_at,
            model=row,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(NotificationModel, node_ids)
        return [
            cls.from_model(row) if row is not None and is_recipient(info, row) else None
            for row in rows
        ]


UNREAD_COUNT = 'SELECT count(*) FROM "notifications" WHERE "recipient_id" = ? AND "read_at" IS NULL'


def unread_count_of(user_id: UUID) -> Scalar:
    """The unread count read with a page of notifications, in the page's statement."""
    return Scalar("unread_count", UNREAD_COUNT, (user_id,))


@strawberry.type(description="A page of your notifications, newest first.")
class NotificationConnection(relay.Connection[Notification]):
    unread: strawberry.Private[int | None] = None  # when read with the page

    @strawberry.field(description="How many of your notifications are unread, on every page.")
    def unread_count(self, info: Info) -> int:
        user = info.context.user
        if user is None:
            return 0
        if self.unread is not None:
            return self.unread
        return cast("int", _count_unread(user.id))


async def _count_unread(user_id: UUID) -> int:
    # Hand-written like the page it sits on (schema/pagination.joined_page).
    rows = await fetch(UNREAD_COUNT, [str(user_id)])
    return rows[0][0]


@strawberry.input(description="Mark notifications read: the ones named, or all of yours.")
class MarkNotificationsReadInput:
    ids: list[relay.GlobalID] = strawberry.field(
        default_factory=list, description="Notifications to mark; leave empty with `all`."
    )
    all: bool = strawberry.field(default=False, description="Mark every unread one instead.")


@strawberry.type(description="Result of marking notifications read.")
class MarkNotificationsReadPayload:
    notifications: list[Notification] = strawberry.field(
        default_factory=list, description="The notifications named, now read; empty with `all`."
    )
    unread_count: int | None = strawberry.field(
        default=None, description="Your unread notifications left; null when refused."
    )
    user_errors: list[NotificationUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )
