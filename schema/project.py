"""GraphQL types for client projects, their timeline and message thread."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

from app.context import Info
from domain.deliverable import DeliverableStatus as DeliverableStatusModel
from domain.project import ProjectWorkflow as ProjectWorkflowModel
from loaders.project import LATEST_DELIVERABLE, next_session_from, thread_state_of
from models.project import Deliverable as DeliverableModel
from models.project import Message as MessageModel
from models.project import Milestone as MilestoneModel
from models.project import Project as ProjectModel
from models.raw import Beside
from schema.account import User
from schema.booking import Session
from schema.common import Money, UserError
from schema.consultation import Consultation
from schema.file import File
from schema.loaded import loaded
from schema.nodes import rows_by_id
from schema.project_status import ProjectStatus
from schema.provider import Provider, Service
from schema.selection import node_fields

if TYPE_CHECKING:
    from schema.aftercare import FollowUp

ProjectWorkflow = strawberry.enum(
    ProjectWorkflowModel,
    description="The steps a project goes through: STANDARD (PLANNING, IN_PROGRESS, REVIEW, "
    "COMPLETED) or SCRIPTED (PENDING_SCRIPT, SCRIPT_RECEIVED, IN_PRODUCTION, REVIEW, COMPLETED); "
    "either may be CANCELLED.",
)
DeliverableStatus = strawberry.enum(
    DeliverableStatusModel, description="What the client made of a version."
)


@strawberry.enum(description="Why a project mutation refused its input.")
class ProjectErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    TOO_MANY = "TOO_MANY"
    ALREADY_ATTACHED = "ALREADY_ATTACHED"
    UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE"
    WRONG_FILE_KIND = "WRONG_FILE_KIND"
    DEADLINE_PASSED = "DEADLINE_PASSED"
    CONSULTATION_CANCELLED = "CONSULTATION_CANCELLED"


@strawberry.type(description="A problem with a project mutation's input.")
class ProjectUserError(UserError):
    code: ProjectErrorCode = strawberry.field(description="Stable machine-readable reason.")


async def can_view_project(info: Info, project: ProjectModel) -> bool:
    """The client, the provider (while they are one) and admins; nobody else learns a
    project exists."""
    user = info.context.user
    if user is None:
        return False
    if info.context.is_admin or project.client_id == user.id:  # type: ignore[attr-defined]
        return True
    if not info.context.is_provider:
        return False
    profile = await info.context.loaders.provider_by_id.load(project.provider_id)  # type: ignore[attr-defined]
    return profile is not None and profile.user_id == user.id  # type: ignore[attr-defined]


@strawberry.type(description="A step of the project's timeline.")
class Milestone(relay.Node):
    id: relay.NodeID[str]
    title: str
    due_date: dt.date
    done_at: dt.datetime | None = strawberry.field(
        description="When the studio marked it done (updateMilestone); null until then."
    )
    model: strawberry.Private[MilestoneModel]

    @classmethod
    def from_model(cls, row: MilestoneModel) -> Milestone:
        return cls(
            id=str(row.id), title=row.title, due_date=row.due_date, done_at=row.done_at, model=row
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(MilestoneModel, node_ids, "project")
        return [
            cls.from_model(row)
            if row is not None and await can_view_project(info, row.project)
            else None
            for row in rows
        ]


@strawberry.type(description="One handed-in version of the work.")
class Deliverable(relay.Node):
    id: relay.NodeID[str]
    version: int
    notes: str
    status: DeliverableStatus  # type: ignore[valid-type]
    feedback: str = strawberry.field(description="The client's words when asking for changes.")
    billable_revision: bool = strawberry.field(
        description="The revision asked for was beyond the rounds the service includes."
    )
    created_at: dt.datetime
    model: strawberry.Private[DeliverableModel]

    @strawberry.field(description="The files handed in with this version, in the order given.")
    async def files(self, info: Info) -> list[File]:
        rows = await info.context.loaders.files_by_deliverable_id.load(self.model.id)
        return [File.from_model(row) for row in rows]

    @classmethod
    def from_model(cls, row: DeliverableModel) -> Deliverable:
        return cls(
            id=str(row.id),
            version=row.version,
            notes=row.notes,
            status=row.status,
            feedback=row.feedback,
            billable_revision=row.billable_revision,
            created_at=row.created_at,
            model=row,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(DeliverableModel, node_ids, "project")
        return [
            cls.from_model(row)
            if row is not None and await can_view_project(info, row.project)
            else None
            for row in rows
        ]


@strawberry.type(description="A message in a project's thread.")
class Message:
    body: str
    created_at: dt.datetime
    model: strawberry.Private[MessageModel]

    @strawberry.field(description="Who wrote it.")
    async def sender(self, info: Info) -> User:
        row = await info.context.loaders.user_by_id.load(self.model.sender_id)  # type: ignore[attr-defined]
        return User.from_model(row)  # type: ignore[arg-type]

    @strawberry.field(description="Files shared with it, in the order given.")
    async def attachments(self, info: Info) -> list[File]:
        rows = await info.context.loaders.files_by_message_id.load(self.model.id)
        return [File.from_model(row) for row in rows]

    @classmethod
    def from_model(cls, row: MessageModel) -> Message:
        return cls(body=row.body, created_at=row.created_at, model=row)


def _quoted_price(row: ProjectModel) -> Money | None:
    if row.price_amount is None:
        return None
    return Money(amount=row.price_amount, currency=row.currency)  # type: ignore[arg-type]


def read_ahead(info: Info) -> list[Beside]:
    """What a page of projects reads beside its rows for the fields its nodes are asked, so
    they cost no statements (and no wave of the event loop) after the page."""
    asked = node_fields(info)
    beside = []
    if "latestDeliverable" in asked:
        beside.append(LATEST_DELIVERABLE)
    if "unreadMessages" in asked and info.context.user is not None:
        beside.append(thread_state_of(info.context.user.id))
    if "nextSession" in asked:
        beside.append(next_session_from(dt.datetime.now(dt.UTC)))
    return beside


@strawberry.type(description="Work a provider does for a client, e.g. mixing an EP.")
class Project(relay.Node):
    id: relay.NodeID[str]
    name: str
    description: str
    genre: str
    bpm: int | None
    special_instructions: str
    workflow: ProjectWorkflow = strawberry.field(  # type: ignore[valid-type]
        description="The steps it goes through, chosen when it started."
    )
    status: ProjectStatus  # type: ignore[valid-type]
    deadline: dt.datetime | None = strawberry.field(description="When the client needs it.")
    rush: bool = strawberry.field(description="Asked to jump the queue, at a surcharge.")
    price: Money | None = strawberry.field(
        description="The price quoted when the project started, with any rush or deadline "
        "surcharge; null for projects started before quotes were recorded."
    )
    paid: bool = strawberry.field(
        description="Nothing is owed for the work: it has no price, or its client paid it "
        "(`payProject`; `projectAccount` shows the payments). A refund later leaves it paid. "
        "The work does not wait for it: the studio may start and hand in versions before."
    )
    paid_at: dt.datetime | None = strawberry.field(
        description="When its payment succeeded (UTC); null while unpaid."
    )
    last_message_at: dt.datetime | None
    created_at: dt.datetime
    model: strawberry.Private[ProjectModel]

    @strawberry.field(
        description="The client's script (SCRIPTED workflow), once handed in; the project's "
        "provider may download it."
    )
    async def script(self, info: Info) -> File | None:
        script_id = self.model.script_id  # type: ignore[attr-defined]
        row = await info.context.loaders.file_by_id.load(script_id) if script_id else None
        return File.from_model(row) if row else None

    @strawberry.field(
        description="The consultation it grew out of: the client's brief and the sample mixes "
        "sent for it (the provider's notes stay the provider's); null when it started from a "
        "session that was no consultation."
    )
    async def consultation(self, info: Info) -> Consultation | None:
        session_id = self.model.consultation_id  # type: ignore[attr-defined]
        if session_id is None:
            return None
        loaders = info.context.loaders
        session, row = await asyncio.gather(
            loaders.session_by_id.load(session_id),
            loaders.consultation_by_session_id.load(session_id),
        )
        if session is None or row is None:
            return None
        return Consultation.from_model(row, Session.from_model(session))

    @strawberry.field(description="Milestones by due date.")
    async def timeline(self, info: Info) -> list[Milestone]:
        rows = await info.context.loaders.milestones_by_project_id.load(self.model.id)
        return [Milestone.from_model(row) for row in rows]

    @strawberry.field(description="Every version handed in, oldest first.")
    async def deliverables(self, info: Info) -> list[Deliverable]:
        rows = await info.context.loaders.deliverables_by_project_id.load(self.model.id)
        return [Deliverable.from_model(row) for row in rows]

    @strawberry.field(
        description="The client's follow-up questions about it, oldest first, with their answers."
    )
    async def follow_ups(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> relay.Connection[Annotated[FollowUp, strawberry.lazy("schema.aftercare")]]:
        from schema.aftercare import follow_ups_of  # noqa: PLC0415 - the modules refer to each other

        return await follow_ups_of(info, "project_id", self.model.id, first, after)

    @strawberry.field(description="The newest version handed in, if any.")
    def latest_deliverable(self, info: Info) -> Deliverable | None:
        return loaded(
            info.context.loaders.latest_deliverable_by_project_id,
            self.model.id,
            lambda row: Deliverable.from_model(row) if row else None,
        )

    @strawberry.field(description="Revision rounds asked for so far.")
    async def revisions_used(self, info: Info) -> int:
        rows = await info.context.loaders.deliverables_by_project_id.load(self.model.id)
        return sum(row.status == DeliverableStatusModel.REVISION_REQUESTED for row in rows)

    @strawberry.field(description="Messages from the other side you have not read.")
    def unread_messages(self, info: Info) -> int:
        user = info.context.user
        if user is None:
            return 0
        return loaded(info.context.loaders.unread_count, (self.model.id, user.id), int)

    @strawberry.field(description="The next booked session between client and provider.")
    def next_session(self, info: Info) -> Session | None:
        key = (self.model.client_id, self.model.provider_id)  # type: ignore[attr-defined]
        return loaded(
            info.context.loaders.next_session,
            key,
            lambda row: Session.from_model(row) if row else None,
        )

    @strawberry.field(description="The client.")
    async def client(self, info: Info) -> User:
        row = await info.context.loaders.user_by_id.load(self.model.client_id)  # type: ignore[attr-defined]
        return User.from_model(row)  # type: ignore[arg-type]

    @strawberry.field(description="The provider.")
    def provider(self, info: Info) -> Provider:
        provider_id = self.model.provider_id  # type: ignore[attr-defined]
        return loaded(info.context.loaders.provider_by_id, provider_id, Provider.from_model)  # type: ignore[arg-type]

    @strawberry.field(description="The service the project is for.")
    def service(self, info: Info) -> Service:
        service_id = self.model.service_id  # type: ignore[attr-defined]
        return loaded(info.context.loaders.service_by_id, service_id, Service.from_model)  # type: ignore[arg-type]

    @classmethod
    def from_model(cls, row: ProjectModel) -> Project:
        return cls(
            id=str(row.id),
            name=row.name,
            description=row.description,
            genre=row.genre,
            bpm=row.bpm,
            special_instructions=row.special_instructions,
            workflow=row.workflow,
            status=row.status,
            deadline=row.deadline,
            rush=row.rush,
            price=_quoted_price(row),
            paid=row.paid_at is not None or not row.price_amount,
            paid_at=row.paid_at,
            last_message_at=row.last_message_at,
            created_at=row.created_at,
            model=row,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(ProjectModel, node_ids)
        return [
            cls.from_model(row) if row is not None and await can_view_project(info, row) else None
            for row in rows
        ]


@strawberry.type(description="Result of a deliverable mutation.")
class DeliverablePayload:
    deliverable: Deliverable | None = None
    user_errors: list[ProjectUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of a project mutation.")
class ProjectPayload:
    project: Project | None = None
    user_errors: list[ProjectUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of sending a message.")
class MessagePayload:
    message: Message | None = None
    user_errors: list[ProjectUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of marking a step of a timeline.")
class MilestonePayload:
    milestone: Milestone | None = None
    project: Project | None = None
    user_errors: list[ProjectUserError] = strawberry.field(default_factory=list)
