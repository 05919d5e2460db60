"""GraphQL types for session summaries and follow-up requests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Any, Literal
from uuid import UUID

import strawberry
from strawberry import relay

from app.context import Info
from domain.follow_up import FollowUpKind as FollowUpKindModel
from domain.follow_up import awaits_payment
from loaders.aftercare import FollowUpPage
from models.aftercare import FollowUpRequest as FollowUpModel
from models.aftercare import FollowUpStatus as FollowUpStatusModel
from models.aftercare import SessionSummary as SummaryModel
from schema.booking import can_view_session
from schema.common import Money, UserError
from schema.file import File
from schema.nodes import rows_by_id
from schema.pagination import BadPageRequest, check_first, connection_of, decode_cursor
from schema.project import can_view_project

FollowUpKind = strawberry.enum(FollowUpKindModel, description="How big a follow-up is.")
FollowUpStatus = strawberry.enum(FollowUpStatusModel, description="Whether it was answered.")


@strawberry.enum(description="Why a summary or follow-up mutation refused its input.")
class AftercareErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"
    NOT_FINISHED = "NOT_FINISHED"
    ALREADY_ANSWERED = "ALREADY_ANSWERED"
    TOO_MANY = "TOO_MANY"
    ALREADY_ATTACHED = "ALREADY_ATTACHED"
    UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE"
    # answerFollowUp: a priced follow-up is answered once its client paid it (payFollowUp).
    NOT_PAID = "NOT_PAID"


@strawberry.type(description="A problem with a summary or follow-up mutation's input.")
class AftercareUserError(UserError):
    code: AftercareErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(description="The provider's written summary of a finished session.")
class SessionSummary:
    findings: str
    steps_taken: str
    parts_needed: list[str]
    next_steps: str
    submitted_at: dt.datetime
    model: strawberry.Private[SummaryModel]

    @strawberry.field(
        description="Files the provider showed with it (photos of the work, documents), in the "
        "order given; the session's client and provider and admins may download them."
    )
    async def files(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> relay.Connection[File]:
        check_first(first, info.context.settings.page_size_max)
        cursor = decode_cursor(after) if after is not None else None
        if cursor is not None and not isinstance(cursor[0], int):
            raise BadPageRequest("`after` is not a cursor from this list.")
        rows = await info.context.loaders.files_by_summary_id.load(self.model.id)
        if cursor is not None:
            rows = [row for row in rows if (row.position, row.id) > cursor]
        return connection_of(
            rows[: first + 1],
            first=first,
            after=after,
            to_node=lambda row: File.from_model(row.file),
            order_field="position",
        )

    @classmethod
    def from_model(cls, row: SummaryModel) -> SessionSummary:
        return cls(
            findings=row.findings,
            steps_taken=row.steps_taken,
            parts_needed=list(row.parts_needed),
            next_steps=row.next_steps,
            submitted_at=row.updated_at,
            model=row,
        )


@strawberry.type(description="A question after a finished session or project, and its answer.")
class FollowUp(relay.Node):
    id: relay.NodeID[str]
    kind: FollowUpKind = strawberry.field(description="How big the question is.")  # type: ignore[valid-type]
    question: str = strawberry.field(description="What the client asked.")
    price: Money = strawberry.field(description="Zero when the service includes follow-ups.")
    status: FollowUpStatus = strawberry.field(description="OPEN until it is answered.")  # type: ignore[valid-type]
    answer: str | None = strawberry.field(
        description="The provider's (or an admin's) answer; null while OPEN."
    )
    created_at: dt.datetime = strawberry.field(description="When it was asked (UTC).")
    answered_at: dt.datetime | None = strawberry.field(
        description="When it was answered (UTC); null while OPEN."
    )
    paid: bool = strawberry.field(
        description="Nothing is owed: it is included (price zero), or its client paid it "
        "(`payFollowUp`). A priced follow-up is answered only once paid; a refund later "
        "leaves it paid."
    )
    paid_at: dt.datetime | None = strawberry.field(
        description="When its payment succeeded (UTC); null while unpaid and for an included one."
    )

    @classmethod
    def from_model(cls, row: FollowUpModel) -> FollowUp:
        return cls(
            id=str(row.id),
            kind=row.kind,
            question=row.question,
            price=Money(amount=row.price_amount, currency=row.currency),
            status=row.status,
            answer=row.answer,
            created_at=row.created_at,
            answered_at=row.answered_at,
            paid=not awaits_payment(row.price_amount, paid=row.paid_at is not None),
            paid_at=row.paid_at,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        """Visible to whoever may see the session or project it follows."""
        rows = await rows_by_id(FollowUpModel, node_ids, "session", "project")
        return [
            cls.from_model(row) if row is not None and await _visible(info, row) else None
            for row in rows
        ]


async def _visible(info: Info, row: FollowUpModel) -> bool:
    if row.session is not None:
        return await can_view_session(info, row.session)
    return row.project is not None and await can_view_project(info, row.project)


async def follow_up_seen(info: Info, follow_up_id: UUID) -> FollowUp | None:
    """The follow-up, to whoever may see the session or project it follows (batched)."""
    loaders = info.context.loaders
    row = await loaders.follow_up_by_id.load(follow_up_id)
    if row is None:
        return None
    if row.session_id is not None:  # type: ignore[attr-defined]
        session = await loaders.session_by_id.load(row.session_id)  # type: ignore[attr-defined]
        seen = session is not None and await can_view_session(info, session)
    else:
        project = await loaders.project_by_id.load(row.project_id)  # type: ignore[attr-defined]
        seen = project is not None and await can_view_project(info, project)
    return FollowUp.from_model(row) if seen else None


async def follow_ups_of(
    info: Info,
    parent: Literal["session_id", "project_id"],
    parent_id: UUID,
    first: int,
    after: str | None,
) -> relay.Connection[FollowUp]:
    """A session's or project's follow-ups, oldest first (the order they were asked in)."""
    check_first(first, info.context.settings.page_size_max)
    cursor = decode_cursor(after) if after is not None else None
    if cursor is not None and not isinstance(cursor[0], dt.datetime):
        raise BadPageRequest("`after` is not a cursor from this list.")
    page = FollowUpPage(parent, parent_id, first + 1, cursor)  # type: ignore[arg-type]
    rows = await info.context.loaders.follow_up_page.load(page)
    return connection_of(rows, first=first, after=after, to_node=FollowUp.from_model)


@strawberry.input(description="The provider's summary of a completed session.")
class SubmitSessionSummaryInput:
    session_id: relay.GlobalID
    findings: str
    steps_taken: str = ""
    parts_needed: list[str] = strawberry.field(default_factory=list)
    next_steps: str = ""
    file_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None,
        description="The files to show with it, in this order, at most 20: ones it shows "
        "already, and ATTACHMENT files you uploaded (photos, PDFs) that are not shared "
        "elsewhere. Those it shows and are left out are no longer shown; null leaves its "
        "files as they are.",
    )


@strawberry.input(description="Ask a follow-up about a completed session or project.")
class RequestFollowUpInput:
    session_id: relay.GlobalID | None = None
    project_id: relay.GlobalID | None = None
    kind: FollowUpKind  # type: ignore[valid-type]
    question: str


@strawberry.input(description="Pay your own priced follow-up question.")
class PayFollowUpInput:
    follow_up_id: relay.GlobalID = strawberry.field(description="The follow-up paid for.")


@strawberry.input(description="Answer a client's follow-up question (its provider or an admin).")
class AnswerFollowUpInput:
    follow_up_id: relay.GlobalID = strawberry.field(description="The follow-up answered.")
    answer: str = strawberry.field(description="1 to 10,000 characters, sent to the client.")


@strawberry.type(description="Result of submitting a summary.")
class SessionSummaryPayload:
    summary: SessionSummary | None = None
    user_errors: list[AftercareUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of asking a follow-up.")
class FollowUpPayload:
    follow_up: FollowUp | None = None
    user_errors: list[AftercareUserError] = strawberry.field(default_factory=list)
