"""After a session: the provider's summary, and the client's follow-up requests."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from tortoise.transactions import in_transaction

from app.context import Info
from domain.follow_up import FollowUpKind, awaits_payment, follow_up_price
from domain.notification import NotificationKind
from domain.project import ProjectStatus
from domain.session import Actor, SessionStatus
from domain.violation import Violation
from models.aftercare import FollowUpRequest, FollowUpStatus, SessionSummary
from models.booking import Session as SessionModel
from models.project import Project as ProjectModel
from models.provider import Service as ServiceModel
from models.provider import ServiceRate
from resolvers.crm import record_follow_up
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notification import (
    notify_follow_up_answered,
    notify_follow_up_asked,
    notify_session,
)
from resolvers.participants import actor_in
from resolvers.permissions import Forbidden, IsAuthenticated
from resolvers.summary_files import files_for_summary, show_files
from schema.aftercare import (
    AftercareErrorCode,
    AftercareUserError,
    AnswerFollowUpInput,
    FollowUp,
    FollowUpPayload,
    RequestFollowUpInput,
    SessionSummaryPayload,
    SubmitSessionSummaryInput,
)
from schema.aftercare import SessionSummary as SummaryType
from schema.booking import Session, can_view_session
from schema.project import Project, can_view_project
from subscriptions.channels import session_channel

MAX_TEXT = 10_000
MAX_PARTS = 50


def _errors(violations: list[Violation]) -> list[AftercareUserError]:
    return to_user_errors(violations, AftercareUserError, AftercareErrorCode)


def _summary_violations(data: SubmitSessionSummaryInput) -> list[Violation]:
    checks = [
        ("findings", 0 < len(data.findings.strip()) <= MAX_TEXT, "Write 1 to 10,000 characters."),
        ("stepsTaken", len(data.steps_taken) <= MAX_TEXT, "Keep it under 10,000 characters."),
        ("nextSteps", len(data.next_steps) <= MAX_TEXT, "Keep it under 10,000 characters."),
        (
            "partsNeeded",
            # Measured as stored (trimmed): a blank part would be listed as a part needed.
            len(data.parts_needed) <= MAX_PARTS
            and all(0 < len(p.strip()) <= 200 for p in data.parts_needed),
            "Up to 50 parts of 1 to 200 characters.",
        ),
    ]
    return [Violation(field, "INVALID_VALUE", message) for field, ok, message in checks if not ok]


async def _followed(
    info: Info, data: RequestFollowUpInput
) -> tuple[SessionModel | None, ProjectModel | None] | Violation:
    """The one finished session or project the follow-up is about."""
    if (data.session_id is None) == (data.project_id is None):
        return Violation("sessionId", "INVALID_VALUE", "Name either a session or a project.")
    if data.session_id is not None:
        session_id = decode_id(data.session_id, Session)
        session = await SessionModel.get_or_none(id=session_id) if session_id else None
        if session is None:
            return Violation("sessionId", "NOT_FOUND", "No such session.")
        finished = session.status == SessionStatus.COMPLETED
        target: SessionModel | ProjectModel = session
    else:
        project_id = decode_id(data.project_id, Project)  # type: ignore[arg-type]
        project = await ProjectModel.get_or_none(id=project_id) if project_id else None
        if project is None:
            return Violation("projectId", "NOT_FOUND", "No such project.")
        finished = project.status == ProjectStatus.COMPLETED
        target = project
    if await actor_in(info, target) is not Actor.CLIENT:  # type: ignore[arg-type]
        raise Forbidden("Follow-ups are asked by the client.")
    if not finished:
        return Violation(None, "NOT_FINISHED", "Ask follow-ups once it is completed.")
    return (target, None) if isinstance(target, SessionModel) else (None, target)


async def _asked_already(
    info: Info,
    session: SessionModel | None,
    project: ProjectModel | None,
    kind: FollowUpKind,
    question: str,
) -> FollowUpRequest | None:
    """The same question still open about the same session or project: a form sent twice
    asks once, and is charged once. Locking what it follows queues concurrent askers, so the
    second finds the first's row."""
    if session is not None:
        await SessionModel.select_for_update().filter(id=session.id).first()
    else:
        await ProjectModel.select_for_update().filter(id=project.id).first()  # type: ignore[union-attr]
    return await FollowUpRequest.filter(
        client_id=info.context.user.id,  # type: ignore[union-attr]
        session_id=session.id if session else None,
        project_id=project.id if project else None,
        kind=kind,
        question=question,
        status=FollowUpStatus.OPEN,
    ).first()


async def _to_answer(
    info: Info, data: AnswerFollowUpInput
) -> tuple[FollowUpRequest, SessionModel | ProjectModel] | Violation:
    """The open follow-up the caller answers and what it follows. The row stays locked until
    the transaction ends: an answer sent twice (or by the provider and an admin at once)
    finds the first one's, and a payment settling meanwhile (resolvers/follow_up_paid.py)
    is seen once it commits."""
    follow_up_id = decode_id(data.follow_up_id, FollowUp)
    query = FollowUpRequest.select_for_update().filter(id=follow_up_id)
    row = await query.first() if follow_up_id else None
    followed = await _followed_by(row) if row else None
    # Someone else's follow-up is as unknown as one that never existed.
    if row is None or followed is None or not await _can_view(info, followed):
        return Violation("followUpId", "NOT_FOUND", "No such follow-up.")
    if await actor_in(info, followed) is Actor.CLIENT:
        raise Forbidden("Follow-ups are answered by the provider.")
    if row.status == FollowUpStatus.ANSWERED:
        return Violation(None, "ALREADY_ANSWERED", "This follow-up was answered already.")
    # The studio works paid: a priced question waits for its client's payment (payFollowUp).
    if awaits_payment(row.price_amount, paid=row.paid_at is not None):
        return Violation(None, "NOT_PAID", "The client has not paid this follow-up yet.")
    return row, followed


async def _followed_by(row: FollowUpRequest) -> SessionModel | ProjectModel | None:
    if row.session_id is not None:  # type: ignore[attr-defined]
        return await SessionModel.get_or_none(id=row.session_id)  # type: ignore[attr-defined]
    return await ProjectModel.get_or_none(id=row.project_id)  # type: ignore[attr-defined]


async def _can_view(info: Info, followed: SessionModel | ProjectModel) -> bool:
    if isinstance(followed, SessionModel):
        return await can_view_session(info, followed)
    return await can_view_project(info, followed)


@strawberry.type
class AftercareMutations:
    @strawberry.mutation(
        description="Write the summary of a completed session (provider), with the files "
        "to show with it (`fileIds`, uploaded first with uploadFile or completeUpload).",
        permission_classes=[IsAuthenticated],
    )
    async def submit_session_summary(
        self, info: Info, input: SubmitSessionSummaryInput
    ) -> SessionSummaryPayload:
        session_id = decode_id(input.session_id, Session)
        session = await SessionModel.get_or_none(id=session_id) if session_id else None
        if session is None:
            missing = Violation("sessionId", "NOT_FOUND", "No such session.")
            return SessionSummaryPayload(user_errors=_errors([missing]))
        if await actor_in(info, session) is Actor.CLIENT:  # type: ignore[arg-type]
            raise Forbidden("The summary is written by the provider.")
        violations = _summary_violations(input)
        if session.status != SessionStatus.COMPLETED:
            violations.append(Violation("sessionId", "NOT_FINISHED", "Complete the session first."))
        if violations:
            return SessionSummaryPayload(user_errors=_errors(violations))
        async with in_transaction():
            # Writes of one summary queue here, so each sees the files the one before left.
            await SessionModel.select_for_update().filter(id=session.id).first()
            files, bad_files = await files_for_summary(info, session.id, input.file_ids)
            if bad_files:
                return SessionSummaryPayload(user_errors=_errors(bad_files))
            summary, created = await SessionSummary.update_or_create(
                session=session,
                defaults={
                    "findings": input.findings.strip(),
                    "steps_taken": input.steps_taken,
                    "parts_needed": [part.strip() for part in input.parts_needed],
                    "next_steps": input.next_steps,
                },
            )
            if files is not None:
                await show_files(summary, files)
            if created:  # an edit is not news: the client was told when it arrived
                # A new summary shows the files given now, none if none were.
                attached = {"files": len(files or [])}
                await notify_session(
                    info, session, NotificationKind.SUMMARY_DELIVERED, mail=attached
                )
        await info.context.broker.publish(session_channel(session.id))
        return SessionSummaryPayload(summary=SummaryType.from_model(summary))

    @strawberry.mutation(
        description="Ask a follow-up about a completed session or project (client).",
        permission_classes=[IsAuthenticated],
    )
    async def request_follow_up(self, info: Info, input: RequestFollowUpInput) -> FollowUpPayload:
        followed = await _followed(info, input)
        if isinstance(followed, Violation):
            return FollowUpPayload(user_errors=_errors([followed]))
        if not 0 < len(input.question.strip()) <= MAX_TEXT:
            bad = Violation("question", "INVALID_VALUE", "Write 1 to 10,000 characters.")
            return FollowUpPayload(user_errors=_errors([bad]))
        session, project = followed
        service = await ServiceModel.get(id=(session or project).service_id)  # type: ignore[union-attr]
        rate = await ServiceRate.get_or_none(
            service_id=service.id, duration_minutes=service.default_duration_minutes
        )
        question = input.question.strip()
        async with in_transaction():
            asked = await _asked_already(info, session, project, input.kind, question)
            if asked is not None:
                return FollowUpPayload(follow_up=FollowUp.from_model(asked))
            follow_up = await FollowUpRequest.create(
                client=info.context.user,
                session=session,
                project=project,
                kind=input.kind,
                question=question,
                price_amount=follow_up_price(
                    input.kind, default_rate=rate.amount if rate else 0, premium=service.premium
                ),
                currency=service.currency,
            )
            if session is not None:
                await record_follow_up(follow_up.client_id, session.id, service)  # type: ignore[attr-defined]
            await notify_follow_up_asked(info, session or project, question)  # type: ignore[arg-type]
        return FollowUpPayload(follow_up=FollowUp.from_model(follow_up))

    @strawberry.mutation(
        description="Answer a client's follow-up (the provider of its session or project, or an "
        "admin), once; the client is told. A priced follow-up is answered once its client "
        "paid it (NOT_PAID until then).",
        permission_classes=[IsAuthenticated],
    )
    async def answer_follow_up(self, info: Info, input: AnswerFollowUpInput) -> FollowUpPayload:
        answer = input.answer.strip()
        async with in_transaction():
            found = await _to_answer(info, input)
            if isinstance(found, Violation):
                return FollowUpPayload(user_errors=_errors([found]))
            if not 0 < len(answer) <= MAX_TEXT:
                bad = Violation("answer", "INVALID_VALUE", "Write 1 to 10,000 characters.")
                return FollowUpPayload(user_errors=_errors([bad]))
            follow_up, followed = found
            follow_up.update_from_dict(
                {
                    "status": FollowUpStatus.ANSWERED,
                    "answer": answer,
                    "answered_at": datetime.now(UTC),
                }
            )
            # Only these columns: the client's account erased meanwhile blanked the question.
            await follow_up.save(update_fields=["status", "answer", "answered_at", "updated_at"])
            await notify_follow_up_answered(info, followed, answer)
        return FollowUpPayload(follow_up=FollowUp.from_model(follow_up))
