"""GraphQL types for session summaries and follow-up requests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay

from app.context import Info
from domain.follow_up import FollowUpKind as FollowUpKindModel
from models.aftercare import FollowUpRequest as FollowUpModel
from models.aftercare import FollowUpStatus as FollowUpStatusModel
from models.aftercare import SessionSummary as SummaryModel
from schema.booking import can_view_session
from schema.common import Money, UserError
from schema.nodes import rows_by_id
from schema.project import can_view_project

FollowUpKind = strawberry.enum(FollowUpKindModel, description="How big a follow-up is.")
FollowUpStatus = strawberry.enum(FollowUpStatusModel, description="Whether it was answered.")


@strawberry.enum(description="Why a summary or follow-up mutation refused its input.")
class AftercareErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"
    NOT_FINISHED = "NOT_FINISHED"


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

    @classmethod
    def from_model(cls, row: SummaryModel) -> SessionSummary:
        return cls(
            findings=row.findings,
            steps_taken=row.steps_taken,
            parts_needed=list(row.parts_needed),
            next_steps=row.next_steps,
            submitted_at=row.updated_at,
        )


@strawberry.type(description="A question after a finished session or project.")
class FollowUp(relay.Node):
    id: relay.NodeID[str]
    kind: FollowUpKind  # type: ignore[valid-type]
    question: str
    price: Money = strawberry.field(description="Zero when the service includes follow-ups.")
    status: FollowUpStatus  # type: ignore[valid-type]
    created_at: dt.datetime

    @classmethod
    def from_model(cls, row: FollowUpModel) -> FollowUp:
        return cls(
            id=str(row.id),
            kind=row.kind,
            question=row.question,
            price=Money(amount=row.price_amount, currency=row.currency),
            status=row.status,
            created_at=row.created_at,
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


@strawberry.input(description="The provider's summary of a completed session.")
class SubmitSessionSummaryInput:
    session_id: relay.GlobalID
    findings: str
    steps_taken: str = ""
    parts_needed: list[str] = strawberry.field(default_factory=list)
    next_steps: str = ""


@strawberry.input(description="Ask a follow-up about a completed session or project.")
class RequestFollowUpInput:
    session_id: relay.GlobalID | None = None
    project_id: relay.GlobalID | None = None
    kind: FollowUpKind  # type: ignore[valid-type]
    question: str


@strawberry.type(description="Result of submitting a summary.")
class SessionSummaryPayload:
    summary: SessionSummary | None = None
    user_errors: list[AftercareUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of asking a follow-up.")
class FollowUpPayload:
    follow_up: FollowUp | None = None
    user_errors: list[AftercareUserError] = strawberry.field(default_factory=list)
