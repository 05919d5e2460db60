"""Projects: starting one from a consultation, moving it along, and its message thread."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from strawberry import relay
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.context import Info
from domain.attachment import AttachmentUse
from domain.deliverable import DeliverableStatus
from domain.notification import NotificationKind
from domain.project import (
    ProjectStatus,
    bypass_violation,
    can_move,
    deadline_violation,
    initial_status,
    quote,
    workflow_for,
)
from domain.session import Actor, SessionStatus
from domain.violation import Violation
from models.booking import Session as SessionModel
from models.project import Deliverable as DeliverableModel
from models.project import Message as MessageModel
from models.project import Milestone, ThreadState
from models.project import Project as ProjectModel
from models.provider import Service as ServiceModel
from resolvers.attachment import attach, files_to_attach
from resolvers.audit import audit
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notification import notify_project
from resolvers.participants import actor_in
from resolvers.permissions import Forbidden, IsAuthenticated, IsProviderOrAdmin
from resolvers.project_quote import base_price
from schema.booking import Session
from schema.nodes import NIL
from schema.pagination import keyset_page
from schema.project import (
    Message,
    MessagePayload,
    Project,
    ProjectErrorCode,
    ProjectPayload,
    ProjectUserError,
    can_view_project,
)
from schema.project_inputs import (
    CreateProjectInput,
    MarkProjectReadInput,
    SendMessageInput,
    UpdateProjectStatusInput,
)
from schema.provider import Service
from subscriptions.channels import project_channel

MAX_MESSAGE = 10_000
NOT_FOUND = Violation("id", "NOT_FOUND", "No such project.")


def _errors(violations: list[Violation]) -> list[ProjectUserError]:
    return to_user_errors(violations, ProjectUserError, ProjectErrorCode)


async def participant_project(info: Info, global_id: relay.GlobalID) -> ProjectModel | None:
    """The project if it exists; a caller outside it is refused, not told it exists."""
    project_id = decode_id(global_id, Project)
    project = await ProjectModel.get_or_none(id=project_id) if project_id else None
    if project is not None and not await can_view_project(info, project):
        raise Forbidden("This project is not yours.")
    return project


async def _version_awaiting(project: ProjectModel) -> bool:
    latest = await DeliverableModel.filter(project_id=project.id).order_by("-version").first()
    return latest is not None and latest.status == DeliverableStatus.SUBMITTED


def _project_violations(data: CreateProjectInput) -> list[Violation]:
    checks = [
        ("name", 0 < len(data.name.strip()) <= 200, "Use 1 to 200 characters."),
        ("genre", len(data.genre) <= 60, "Use at most 60 characters."),
        ("bpm", data.bpm is None or 20 <= data.bpm <= 400, "Use 20 to 400 BPM."),
        ("description", len(data.description) <= MAX_MESSAGE, "Keep it under 10,000 characters."),
        (
            "specialInstructions",
            len(data.special_instructions) <= MAX_MESSAGE,
            "Keep it under 10,000 characters.",
        ),
    ]
    violations = [Violation(f, "INVALID_VALUE", m) for f, ok, m in checks if not ok]
    violations += [
        Violation(f"timeline.{i}.title", "INVALID_VALUE", "Use 1 to 200 characters.")
        for i, step in enumerate(data.timeline)
        if not 0 < len(step.title.strip()) <= 200
    ]
    return violations


async def _started_already(
    consultation: SessionModel, service: ServiceModel, name: str
) -> ProjectModel | None:
    """The same project (its consultation, and so its client and provider, its service and
    name) started already and not cancelled: a form sent twice starts one project. Locking the
    consultation queues concurrent senders, so the second finds the first's row."""
    await SessionModel.select_for_update().filter(id=consultation.id).first()
    return (
        await ProjectModel.filter(consultation_id=consultation.id, service_id=service.id, name=name)
        .exclude(status=ProjectStatus.CANCELLED)
        .first()
    )


@strawberry.type
class ProjectQueries:
    @strawberry.field(description="One project, if you take part in it.")
    async def project(self, info: Info, id: relay.GlobalID) -> Project | None:
        project_id = decode_id(id, Project)
        row = await info.context.loaders.project_by_id.load(project_id) if project_id else None
        return Project.from_model(row) if row and await can_view_project(info, row) else None

    @strawberry.field(
        description="A project's messages, oldest first.", permission_classes=[IsAuthenticated]
    )
    async def project_messages(
        self, info: Info, project_id: relay.GlobalID, first: int = 50, after: str | None = None
    ) -> relay.Connection[Message]:
        project = await participant_project(info, project_id)
        return await keyset_page(
            # An unknown project has no messages: filter on a key that matches nothing.
            MessageModel.filter(project_id=project.id if project else NIL),
            first=first,
            after=after,
            to_node=Message.from_model,
            maximum=info.context.settings.page_size_max,
        )


@strawberry.type
class ProjectMutations:
    @strawberry.mutation(
        description="Start a project with the client of one of your consultations.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def create_project(self, info: Info, input: CreateProjectInput) -> ProjectPayload:
        session_id = decode_id(input.consultation_id, Session)
        consultation = await SessionModel.get_or_none(id=session_id) if session_id else None
        if consultation is None:
            missing = Violation("consultationId", "NOT_FOUND", "No such session.")
            return ProjectPayload(user_errors=_errors([missing]))
        if await actor_in(info, consultation) is Actor.CLIENT:  # type: ignore[arg-type]
            raise Forbidden("Only the session's provider starts a project from it.")
        service_id = decode_id(input.service_id, Service)
        service = (
            # An archived service is no longer sold: nothing new is priced by it.
            await ServiceModel.get_or_none(
                id=service_id,
                provider_id=consultation.provider_id,  # type: ignore[attr-defined]
                active=True,
            )
            if service_id
            else None
        )
        now = datetime.now(UTC)
        violations = _project_violations(input)
        if problem := deadline_violation(input.deadline, now):
            violations.append(problem)
        if service is None:
            violations.append(
                Violation("serviceId", "NOT_FOUND", "Not one of your services still offered.")
            )
        # Only a consultation called off withdraws the client's request. A project may start
        # before the call is held, so a missed one (NO_SHOW) does not: the studio may have
        # reached the client another way, and the client may still cancel a project in planning.
        if consultation.status == SessionStatus.CANCELLED:
            violations.append(
                Violation("consultationId", "CONSULTATION_CANCELLED", "This session was cancelled.")
            )
        if violations:
            return ProjectPayload(user_errors=_errors(violations))
        base = await base_price(service)  # type: ignore[arg-type]
        workflow = workflow_for(requires_script=input.requires_script)
        async with in_transaction():
            started = await _started_already(consultation, service, input.name.strip())  # type: ignore[arg-type]
            if started is not None:
                return ProjectPayload(project=Project.from_model(started))
            project = await ProjectModel.create(
                client_id=consultation.client_id,  # type: ignore[attr-defined]
                provider_id=consultation.provider_id,  # type: ignore[attr-defined]
                service=service,
                consultation=consultation,
                name=input.name.strip(),
                description=input.description,
                genre=input.genre.strip(),
                bpm=input.bpm,
                special_instructions=input.special_instructions,
                workflow=workflow,
                status=initial_status(workflow),
                deadline=input.deadline,
                rush=input.rush,
                price_amount=quote(base, rush=input.rush, deadline=input.deadline, now=now),
                currency=service.currency,  # type: ignore[union-attr]
            )
            await Milestone.bulk_create(
                [
                    Milestone(project=project, title=m.title.strip(), due_date=m.due_date)
                    for m in input.timeline
                ]
            )
            provider_user = (await consultation.provider).user_id  # type: ignore[attr-defined]
            await ThreadState.bulk_create(
                [
                    ThreadState(project=project, user_id=u)
                    for u in (project.client_id, provider_user)
                ]  # type: ignore[attr-defined]
            )
        return ProjectPayload(project=Project.from_model(project))

    @strawberry.mutation(
        description="Move a project along its lifecycle. Review comes by handing in a version "
        "(submitDeliverable) and completion by approving it (approveDeliverable); a version "
        "in review is answered with approveDeliverable or requestRevision, not by moving the "
        "project.",
        permission_classes=[IsAuthenticated],
    )
    async def update_project_status(
        self, info: Info, input: UpdateProjectStatusInput
    ) -> ProjectPayload:
        async with in_transaction():
            project_id = decode_id(input.id, Project)
            project = (
                await ProjectModel.select_for_update().get_or_none(id=project_id)
                if project_id
                else None
            )
            if project is None:
                return ProjectPayload(user_errors=_errors([NOT_FOUND]))
            actor = await actor_in(info, project)  # type: ignore[arg-type]
            target = ProjectStatus(input.status)
            if not can_move(project.workflow, project.status, target, actor):
                message = f"You cannot move a {project.status.lower()} project to {target.lower()}."
                refused = Violation("status", "INVALID_TRANSITION", message)
                return ProjectPayload(user_errors=_errors([refused]))
            awaiting = project.status == ProjectStatus.REVIEW and await _version_awaiting(project)
            if bypass := bypass_violation(
                project.workflow, target, actor, version_awaiting=awaiting
            ):
                return ProjectPayload(user_errors=_errors([bypass]))
            before = project.status
            project.status = target
            await project.save(update_fields=["status", "updated_at"])
            await audit(info, info.field_name, "Project", project.id, status=(before, target))
            await notify_project(info, project, NotificationKind.PROJECT_STATUS_CHANGED, target)
        await info.context.broker.publish(project_channel(project.id))
        return ProjectPayload(project=Project.from_model(project))

    @strawberry.mutation(
        description="Write in a project's thread.", permission_classes=[IsAuthenticated]
    )
    async def send_message(self, info: Info, input: SendMessageInput) -> MessagePayload:
        project = await participant_project(info, input.project_id)
        if project is None:
            return MessagePayload(user_errors=_errors([NOT_FOUND]))
        body = input.body.strip()
        if len(body) > MAX_MESSAGE or not (body or input.attachment_ids):
            bad = Violation(
                "body", "INVALID_VALUE", "Write 1 to 10,000 characters or attach files."
            )
            return MessagePayload(user_errors=_errors([bad]))
        sender = info.context.user
        async with in_transaction():
            files, violations = await files_to_attach(
                info, input.attachment_ids, field="attachmentIds", use=AttachmentUse.MESSAGE
            )
            if violations:
                return MessagePayload(user_errors=_errors(violations))
            message = await MessageModel.create(project=project, sender=sender, body=body)
            await attach(project, files, message=message)
            await (
                ThreadState.filter(project_id=project.id)
                .exclude(user_id=sender.id)
                .update(  # type: ignore[union-attr]
                    unread_count=F("unread_count") + 1
                )
            )
            await ProjectModel.filter(id=project.id).update(last_message_at=message.created_at)
            await notify_project(info, project, NotificationKind.NEW_MESSAGE, body)
        await info.context.broker.publish(project_channel(project.id))
        return MessagePayload(message=Message.from_model(message))

    @strawberry.mutation(
        description="Mark a project's thread as read.", permission_classes=[IsAuthenticated]
    )
    async def mark_project_read(self, info: Info, input: MarkProjectReadInput) -> ProjectPayload:
        project = await participant_project(info, input.project_id)
        if project is None:
            return ProjectPayload(user_errors=_errors([NOT_FOUND]))
        await ThreadState.filter(project_id=project.id, user_id=info.context.user.id).update(  # type: ignore[union-attr]
            unread_count=0, read_at=datetime.now(UTC)
        )
        return ProjectPayload(project=Project.from_model(project))
