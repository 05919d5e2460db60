"""Sample mixes: the client sends a section checked by a real audio parser; the engineer
delivers the mix."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import strawberry
from starlette.datastructures import UploadFile
from strawberry import relay
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from app.context import Info
from domain.audio import sample_mix_violations
from domain.crm import FunnelStep
from domain.media import FileKind
from domain.session import Actor, SessionStatus
from domain.violation import Violation
from integrations.audio import read_audio_facts
from models.booking import Session as SessionModel
from models.consultation import Consultation as ConsultationModel
from models.sample_mix import SampleMix as SampleMixModel
from models.sample_mix import SampleMixStatus
from resolvers.crm import record_session_step
from resolvers.errors import to_user_errors
from resolvers.file import deleted_unless_recorded, save_upload
from resolvers.nodes import decode_id
from resolvers.notification import notify_sample_mix_delivered, notify_sample_mix_requested
from resolvers.participants import actor_in
from resolvers.permissions import Forbidden, IsAuthenticated
from resolvers.rate_limit import upload_refusal
from schema.consultation import Consultation
from schema.pagination import keyset_page
from schema.sample_mix import (
    DeliverSampleMixInput,
    RequestSampleMixInput,
    SampleMix,
    SampleMixErrorCode,
    SampleMixPayload,
    SampleMixUserError,
    StartSampleMixInput,
)

# Engineers promise a sample mix within three days.
TURNAROUND = timedelta(days=3)
MAX_NOTES = 5_000


DELIVERED_ALREADY = Violation("id", "INVALID_TRANSITION", "This sample mix was delivered already.")
STARTED_ALREADY = Violation("id", "INVALID_TRANSITION", "This sample mix was started already.")
NO_SAMPLE = Violation("id", "NOT_FOUND", "No such sample mix.")
# A cancelled consultation withdrew the client's request: nobody is to mix for it, as no
# project starts from it (createProject's CONSULTATION_CANCELLED). A missed one (NO_SHOW)
# may still lead to work, so it takes sections as before.
CONSULTATION_CANCELLED = Violation(
    "consultationId", "CONSULTATION_CANCELLED", "This consultation was cancelled."
)


class _DeliveredAlready(Exception):
    """Rolls back a delivery that lost the race, and with it the stored mix."""


class _CancelledMeanwhile(Exception):
    """Rolls back a section whose consultation was cancelled while it uploaded."""


async def _due_date(info: Info, consultation: ConsultationModel) -> date:
    """The day the turnaround ends on the studio's calendar, as its sessions' times are
    shown: a UTC date was a day off for studios far from UTC for part of every day."""
    provider = await info.context.loaders.provider_by_id.load(consultation.session.provider_id)  # type: ignore[attr-defined]
    return (datetime.now(ZoneInfo(provider.timezone)) + TURNAROUND).date()  # type: ignore[union-attr]


def _errors(violations: list[Violation]) -> list[SampleMixUserError]:
    return to_user_errors(violations, SampleMixUserError, SampleMixErrorCode)


async def _audio_violations(upload: UploadFile) -> list[Violation]:
    """Parses the spooled upload (mutagen blocks, so in a thread), then rewinds it."""
    facts = await asyncio.to_thread(read_audio_facts, upload.file, upload.size or 0)
    await upload.seek(0)
    return sample_mix_violations(facts)


async def _engineers_sample(info: Info, global_id: relay.GlobalID) -> SampleMixModel | Violation:
    """The sample mix with its consultation's session, for its engineer (or an admin) to work
    on; the client is refused outright."""
    sample_id = decode_id(global_id, SampleMix)
    row = (
        await SampleMixModel.get_or_none(id=sample_id).select_related("consultation__session")
        if sample_id
        else None
    )
    if row is None:
        return NO_SAMPLE
    if await actor_in(info, row.consultation.session) is Actor.CLIENT:  # type: ignore[arg-type]
        raise Forbidden("The engineer works on the mix.")
    return row


@strawberry.type
class SampleMixMutations:
    @strawberry.mutation(
        description="Send a section of your song for a free sample mix (client).",
        permission_classes=[IsAuthenticated],
    )
    async def request_sample_mix(
        self, info: Info, input: RequestSampleMixInput
    ) -> SampleMixPayload:
        consultation_id = decode_id(input.consultation_id, Consultation)
        consultation = (
            await ConsultationModel.get_or_none(id=consultation_id).select_related("session")
            if consultation_id
            else None
        )
        if consultation is None:
            missing = Violation("consultationId", "NOT_FOUND", "No such consultation.")
            return SampleMixPayload(user_errors=_errors([missing]))
        if await actor_in(info, consultation.session) is not Actor.CLIENT:  # type: ignore[arg-type]
            raise Forbidden("Sample mixes are requested by the client.")
        if consultation.session.status == SessionStatus.CANCELLED:
            return SampleMixPayload(user_errors=_errors([CONSULTATION_CANCELLED]))
        if len(input.notes) > MAX_NOTES:  # before the upload counts against the hour's
            long_notes = Violation("notes", "INVALID_VALUE", "Keep notes under 5,000 characters.")
            return SampleMixPayload(user_errors=_errors([long_notes]))
        if refused := await upload_refusal(info):
            return SampleMixPayload(user_errors=_errors([refused]))
        if violations := await _audio_violations(input.file):
            return SampleMixPayload(user_errors=_errors(violations))
        source = await save_upload(info, input.file, FileKind.SAMPLE_MIX_SOURCE)
        if isinstance(source, Violation):
            return SampleMixPayload(user_errors=_errors([source]))
        try:
            async with deleted_unless_recorded(info, source), in_transaction():
                # Under the session's row lock, as a cancellation takes it: one that came
                # while the section uploaded is seen, and one after waits for this commit.
                session = await SessionModel.select_for_update().get(id=consultation.session.id)
                if session.status == SessionStatus.CANCELLED:
                    raise _CancelledMeanwhile
                await source.save()
                row = await SampleMixModel.create(
                    consultation=consultation,
                    source=source,
                    notes=input.notes,
                    estimated_delivery=await _due_date(info, consultation),
                )
                await record_session_step(FunnelStep.SAMPLE_MIX, consultation.session)
                await notify_sample_mix_requested(info, consultation, row.estimated_delivery)
        except _CancelledMeanwhile:
            return SampleMixPayload(user_errors=_errors([CONSULTATION_CANCELLED]))
        return SampleMixPayload(sample_mix=SampleMix.from_model(row))

    @strawberry.mutation(
        description="Say you started mixing a requested sample (engineer): PENDING becomes "
        "PROCESSING, which the client sees; INVALID_TRANSITION once started or delivered.",
        permission_classes=[IsAuthenticated],
    )
    async def start_sample_mix(self, info: Info, input: StartSampleMixInput) -> SampleMixPayload:
        found = await _engineers_sample(info, input.id)
        if isinstance(found, Violation):
            return SampleMixPayload(user_errors=_errors([found]))
        async with in_transaction():
            row = await SampleMixModel.select_for_update().get(id=found.id)
            if row.status != SampleMixStatus.PENDING:
                return SampleMixPayload(user_errors=_errors([STARTED_ALREADY]))
            row.status = SampleMixStatus.PROCESSING
            await row.save(update_fields=["status", "updated_at"])
        return SampleMixPayload(sample_mix=SampleMix.from_model(row))

    @strawberry.mutation(
        description="Deliver the mix of a requested sample (engineer).",
        permission_classes=[IsAuthenticated],
    )
    async def deliver_sample_mix(
        self, info: Info, input: DeliverSampleMixInput
    ) -> SampleMixPayload:
        row = await _engineers_sample(info, input.id)
        if isinstance(row, Violation):
            return SampleMixPayload(user_errors=_errors([row]))
        if row.status == SampleMixStatus.DELIVERED:
            return SampleMixPayload(user_errors=_errors([DELIVERED_ALREADY]))
        if refused := await upload_refusal(info):
            return SampleMixPayload(user_errors=_errors([refused]))
        mix = await save_upload(info, input.file, FileKind.REFERENCE_TRACK)
        if isinstance(mix, Violation):
            return SampleMixPayload(user_errors=_errors([mix]))
        try:
            async with deleted_unless_recorded(info, mix), in_transaction():
                # Read again under a lock: a delivery sent twice at once passed the check
                # above twice, and would mail the client twice and leave one mix unnamed.
                locked = await SampleMixModel.select_for_update().get(id=row.id)
                if locked.status == SampleMixStatus.DELIVERED:
                    raise _DeliveredAlready
                row.mix, row.status = mix, SampleMixStatus.DELIVERED
                row.delivered_at = datetime.now(UTC)
                await mix.save()
                await row.save(update_fields=["mix_id", "status", "delivered_at", "updated_at"])
                await notify_sample_mix_delivered(info, row)
        except _DeliveredAlready:
            return SampleMixPayload(user_errors=_errors([DELIVERED_ALREADY]))
        return SampleMixPayload(sample_mix=SampleMix.from_model(row))


@strawberry.type
class SampleMixQueries:
    @strawberry.field(
        description="Sample mixes oldest first, optionally in one status: an engineer's "
        "(provider) work list of sections their clients sent, or a client's own requests.",
        permission_classes=[IsAuthenticated],
    )
    async def my_sample_mixes(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: SampleMixStatus | None = None,
    ) -> relay.Connection[SampleMix]:
        user_id = info.context.user.id  # type: ignore[union-attr]
        # A demoted provider keeps their profile but not its work (Context.is_provider).
        side = (
            Q(consultation__session__provider__user_id=user_id)
            if info.context.is_provider
            else Q(consultation__session__client_id=user_id)
        )
        rows = SampleMixModel.filter(side)
        return await keyset_page(
            rows if status is None else rows.filter(status=status),
            first=first,
            after=after,
            to_node=SampleMix.from_model,
            maximum=info.context.settings.page_size_max,
        )
