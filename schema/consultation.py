"""GraphQL types for consultations."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay

from app.context import Info
from domain.session import SessionStatus
from models.consultation import Consultation as ConsultationModel
from schema.booking import Session, can_view_session
from schema.common import UserError
from schema.file import File
from schema.nodes import rows_by_id
from schema.sample_mix import SampleMix


@strawberry.enum(description="Where a consultation is.")
class ConsultationStatus(Enum):
    SCHEDULED = "SCHEDULED"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


_STATUS = {
    SessionStatus.COMPLETED: ConsultationStatus.COMPLETED,
    SessionStatus.CANCELLED: ConsultationStatus.CANCELLED,
    SessionStatus.NO_SHOW: ConsultationStatus.CANCELLED,
}


@strawberry.enum(description="Why a consultation mutation refused its input.")
class ConsultationErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_NAME = "INVALID_NAME"
    INVALID_PHONE = "INVALID_PHONE"
    GUEST_REQUIRED = "GUEST_REQUIRED"
    SIGN_IN_REQUIRED = "SIGN_IN_REQUIRED"
    NOT_A_CONSULTATION = "NOT_A_CONSULTATION"
    SLOT_UNAVAILABLE = "SLOT_UNAVAILABLE"
    RATE_LIMITED = "RATE_LIMITED"
    OWN_SERVICE = "OWN_SERVICE"
    INVALID_TOKEN = "INVALID_TOKEN"  # noqa: S105 - an error code
    INVALID_TRANSITION = "INVALID_TRANSITION"
    TOO_LATE = "TOO_LATE"
    ALREADY_ATTACHED = "ALREADY_ATTACHED"
    UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE"


@strawberry.type(description="A problem with a consultation mutation's input.")
class ConsultationUserError(UserError):
    code: ConsultationErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(description="A first conversation about a project, held in a booked session.")
class Consultation(relay.Node):
    id: relay.NodeID[str]
    project_name: str
    description: str
    genre: str
    bpm: int | None
    reference_links: list[str]
    special_requirements: str
    created_at: datetime
    session: Session = strawberry.field(description="When it takes place, and with whom.")
    model: strawberry.Private[ConsultationModel]
    # Read through a guest's link, which stands for the client (resolvers/consultation_link.py).
    for_client: strawberry.Private[bool] = False

    @strawberry.field(description="Follows the session: scheduled, completed or cancelled.")
    def status(self) -> ConsultationStatus:
        return _STATUS.get(self.session.model.status, ConsultationStatus.SCHEDULED)

    @strawberry.field(
        description="The sections the client sent for a free sample mix, oldest first: the "
        "engineer delivers each with `deliverSampleMix`."
    )
    async def sample_mixes(self, info: Info) -> list[SampleMix]:
        rows = await info.context.loaders.sample_mixes_by_consultation_id.load(self.model.id)
        return [SampleMix.from_model(row) for row in rows]

    @strawberry.field(
        description="A track or document the client uploaded to show what they mean; the "
        "consultation's provider, its client and admins may download it."
    )
    async def reference_file(self, info: Info) -> File | None:
        file_id = self.model.reference_file_id  # type: ignore[attr-defined]
        row = await info.context.loaders.file_by_id.load(file_id) if file_id else None
        return File.from_model(row) if row else None

    @strawberry.field(description="The provider's private notes; null for the client.")
    async def provider_notes(self, info: Info) -> str | None:
        user = info.context.user
        is_client = user is not None and self.session.model.client_id == user.id  # type: ignore[attr-defined]
        if self.for_client or (is_client and not info.context.is_admin):
            return None
        return self.model.provider_notes

    @classmethod
    def from_model(cls, row: ConsultationModel, session: Session | None = None) -> Consultation:
        """`row` comes with its session, unless that session's type is given."""
        return cls(
            id=str(row.id),
            project_name=row.project_name,
            description=row.description,
            genre=row.genre,
            bpm=row.bpm,
            reference_links=list(row.reference_links),
            special_requirements=row.special_requirements,
            created_at=row.created_at,
            session=session or Session.from_model(row.session),
            model=row,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(ConsultationModel, node_ids, "session")
        return [
            cls.from_model(row)
            if row is not None and await can_view_session(info, row.session)
            else None
            for row in rows
        ]


@strawberry.input(description="Who is booking, when they have no account.")
class GuestInput:
    first_name: str
    last_name: str
    email: str
    phone: str | None = None


@strawberry.input(description="Book a free consultation about a project.")
class BookConsultationInput:
    service_id: relay.GlobalID = strawberry.field(description="A CONSULTATION service.")
    start: datetime
    project_name: str
    description: str = ""
    genre: str = ""
    bpm: int | None = None
    reference_links: list[str] = strawberry.field(default_factory=list)
    reference_file_id: relay.GlobalID | None = strawberry.field(
        default=None,
        description="A REFERENCE_TRACK or ATTACHMENT file you uploaded (signed in) and shared "
        "nowhere else, for the provider to hear or read before you meet.",
    )
    special_requirements: str = ""
    guest: GuestInput | None = strawberry.field(
        default=None, description="Required when not signed in."
    )


@strawberry.input(description="The provider's private notes on a consultation.")
class UpdateConsultationNotesInput:
    id: relay.GlobalID
    notes: str


@strawberry.input(description="Cancel a consultation from the link of its confirmation mail.")
class CancelConsultationByLinkInput:
    token: str = strawberry.field(description="The token of the link.")
    reason: str = strawberry.field(default="", description="Why, for the studio.")


@strawberry.type(description="Result of a consultation mutation.")
class ConsultationPayload:
    consultation: Consultation | None = None
    user_errors: list[ConsultationUserError] = strawberry.field(default_factory=list)
