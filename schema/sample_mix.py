"""GraphQL types for sample mixes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay
from strawberry.file_uploads import Upload

from app.context import Info
from models.sample_mix import SampleMix as SampleMixModel
from models.sample_mix import SampleMixStatus as SampleMixStatusModel
from schema.booking import can_view_session
from schema.common import UserError
from schema.file import File
from schema.nodes import rows_by_id

SampleMixStatus = strawberry.enum(SampleMixStatusModel, description="Where a sample mix is.")


@strawberry.enum(description="Why a sample-mix mutation refused its input.")
class SampleMixErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"
    UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT"
    UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE"
    TOO_LARGE = "TOO_LARGE"
    TOO_LONG = "TOO_LONG"
    SAMPLE_RATE_TOO_LOW = "SAMPLE_RATE_TOO_LOW"
    BIT_DEPTH_TOO_LOW = "BIT_DEPTH_TOO_LOW"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    RATE_LIMITED = "RATE_LIMITED"
    CONSULTATION_CANCELLED = "CONSULTATION_CANCELLED"


@strawberry.type(description="A problem with a sample-mix mutation's input.")
class SampleMixUserError(UserError):
    code: SampleMixErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(description="A 30-second section mixed for free before a project starts.")
class SampleMix(relay.Node):
    id: relay.NodeID[str]
    status: SampleMixStatus  # type: ignore[valid-type]
    estimated_delivery: dt.date
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime
    delivered_at: dt.datetime | None
    model: strawberry.Private[SampleMixModel]

    @strawberry.field(description="The section the client sent.")
    async def source(self, info: Info) -> File:
        row = await info.context.loaders.file_by_id.load(self.model.source_id)  # type: ignore[attr-defined]
        return File.from_model(row)  # type: ignore[arg-type]

    @strawberry.field(description="The engineer's mix, once delivered.")
    async def mix(self, info: Info) -> File | None:
        mix_id = self.model.mix_id  # type: ignore[attr-defined]
        row = await info.context.loaders.file_by_id.load(mix_id) if mix_id else None
        return File.from_model(row) if row else None

    @classmethod
    def from_model(cls, row: SampleMixModel) -> SampleMix:
        return cls(
            id=str(row.id),
            status=row.status,
            estimated_delivery=row.estimated_delivery,
            notes=row.notes,
            created_at=row.created_at,
            updated_at=row.updated_at,
            delivered_at=row.delivered_at,
            model=row,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        """Visible to whoever may see the consultation's session."""
        rows = await rows_by_id(SampleMixModel, node_ids, "consultation__session")
        return [
            cls.from_model(row)
            if row is not None and await can_view_session(info, row.consultation.session)
            else None
            for row in rows
        ]


@strawberry.input(description="Send a section (WAV, AIFF or MP3; at most 30 s and 50 MB).")
class RequestSampleMixInput:
    consultation_id: relay.GlobalID
    file: Upload
    notes: str = ""


@strawberry.input(description="Say you started mixing a sample (engineer).")
class StartSampleMixInput:
    id: relay.GlobalID


@strawberry.input(description="Deliver the mix of a sample (engineer).")
class DeliverSampleMixInput:
    id: relay.GlobalID
    file: Upload


@strawberry.type(description="Result of a sample-mix mutation.")
class SampleMixPayload:
    sample_mix: SampleMix | None = None
    user_errors: list[SampleMixUserError] = strawberry.field(default_factory=list)
