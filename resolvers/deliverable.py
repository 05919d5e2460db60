"""Handing in versions of the work, and the client's answer: approve or ask for changes."""

from __future__ import annotations

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from domain.attachment import AttachmentUse
from domain.deliverable import DeliverableStatus, revision_is_billable
from domain.notification import NotificationKind
from domain.project import ProjectStatus, can_move, may_answer_version, working_status
from domain.violation import Violation
from models.project import Deliverable as DeliverableModel
from models.project import Project as ProjectModel
from models.provider import Service as ServiceModel
from resolvers.attachment import attach, files_to_attach
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notification import notify_project
from resolvers.participants import actor_in
from resolvers.permissions import IsAuthenticated
from schema.project import (
    Deliverable,
    DeliverablePayload,
    Project,
    ProjectErrorCode,
    ProjectUserError,
)
from schema.project_inputs import (
    ApproveDeliverableInput,
    RequestRevisionInput,
    SubmitDeliverableInput,
)
from subscriptions.channels import project_channel

MAX_TEXT = 10_000


def _refused(code: str, message: str, field: str | None = None) -> DeliverablePayload:
    errors = to_user_errors([Violation(field, code, message)], ProjectUserError, ProjectErrorCode)
    return DeliverablePayload(user_errors=errors)


async def _move(info: Info, project: ProjectModel, target: ProjectStatus) -> bool:
    """Moves the (locked) project if the caller may; False otherwise."""
    actor = await actor_in(info, project)  # type: ignore[arg-type]
    if not can_move(project.workflow, project.status, target, actor):
        return False
    project.status = target
    await project.save(update_fields=["status", "updated_at"])
    return True


async def _answerable(
    global_id: relay.GlobalID,
) -> tuple[DeliverableModel, ProjectModel] | DeliverablePayload:
    """The deliverable and its locked project, if it is the newest version awaiting an answer."""
    deliverable_id = decode_id(global_id, Deliverable)
    row = await DeliverableModel.get_or_none(id=deliverable_id) if deliverable_id else None
    if row is None:
        return _refused("NOT_FOUND", "No such deliverable.", "id")
    project = await ProjectModel.select_for_update().get(id=row.project_id)  # type: ignore[attr-defined]
    latest = await DeliverableModel.filter(project_id=project.id).order_by("-version").first()
    if row.status != DeliverableStatus.SUBMITTED or latest is None or latest.id != row.id:
        return _refused("INVALID_TRANSITION", "Only the newest version awaits an answer.", "id")
    return row, project


@strawberry.type
class DeliverableMutations:
    @strawberry.mutation(
        description="Hand in a new version; the project goes to review (provider).",
        permission_classes=[IsAuthenticated],
    )
    async def submit_deliverable(
        self, info: Info, input: SubmitDeliverableInput
    ) -> DeliverablePayload:
        if len(input.notes) > MAX_TEXT:
            return _refused("INVALID_VALUE", "Keep notes under 10,000 characters.", "notes")
        project_id = decode_id(input.project_id, Project)
        async with in_transaction():
            project = (
                await ProjectModel.select_for_update().get_or_none(id=project_id)
                if project_id
                else None
            )
            if project is None:
                return _refused("NOT_FOUND", "No such project.", "projectId")
            # Checked before the project moves: a refusal must leave it where it was.
            files, violations = await files_to_attach(
                info, input.file_ids, field="fileIds", use=AttachmentUse.DELIVERABLE
            )
            if violations:
                errors = to_user_errors(violations, ProjectUserError, ProjectErrorCode)
                return DeliverablePayload(user_errors=errors)
            if not await _move(info, project, ProjectStatus.REVIEW):
                return _refused("INVALID_TRANSITION", "Only work in progress is handed in.")
            version = await DeliverableModel.filter(project_id=project.id).count() + 1
            row = await DeliverableModel.create(project=project, version=version, notes=input.notes)
            await attach(project, files, deliverable=row)
            await notify_project(info, project, NotificationKind.DELIVERABLE_SUBMITTED, version)
        await info.context.broker.publish(project_channel(project.id))
        return DeliverablePayload(deliverable=Deliverable.from_model(row))

    @strawberry.mutation(
        description="Accept the newest version: the project is completed (client).",
        permission_classes=[IsAuthenticated],
    )
    async def approve_deliverable(
        self, info: Info, input: ApproveDeliverableInput
    ) -> DeliverablePayload:
        async with in_transaction():
            found = await _answerable(input.id)
            if isinstance(found, DeliverablePayload):
                return found
            row, project = found
            if not await _move(info, project, ProjectStatus.COMPLETED):
                return _refused("INVALID_TRANSITION", "Only the client approves the work.")
            row.status = DeliverableStatus.APPROVED
            await row.save(update_fields=["status", "updated_at"])
            await notify_project(info, project, NotificationKind.DELIVERABLE_APPROVED)
        await info.context.broker.publish(project_channel(project.id))
        return DeliverablePayload(deliverable=Deliverable.from_model(row))

    @strawberry.mutation(
        description="Ask for changes to the newest version; rounds beyond those included are "
        "marked billable (client).",
        permission_classes=[IsAuthenticated],
    )
    async def request_revision(self, info: Info, input: RequestRevisionInput) -> DeliverablePayload:
        feedback = input.feedback.strip()
        if not 0 < len(feedback) <= MAX_TEXT:
            return _refused(
                "INVALID_VALUE", "Say what to change (1 to 10,000 characters).", "feedback"
            )
        async with in_transaction():
            found = await _answerable(input.id)
            if isinstance(found, DeliverablePayload):
                return found
            row, project = found
            if not may_answer_version(await actor_in(info, project)):  # type: ignore[arg-type]
                return _refused("INVALID_TRANSITION", "Only the client asks for changes.")
            if not await _move(info, project, working_status(project.workflow)):
                return _refused("INVALID_TRANSITION", "This project is not in review.")
            used = await DeliverableModel.filter(
                project_id=project.id, status=DeliverableStatus.REVISION_REQUESTED
            ).count()
            service = await ServiceModel.get(id=project.service_id)  # type: ignore[attr-defined]
            row.update_from_dict(
                {
                    "status": DeliverableStatus.REVISION_REQUESTED,
                    "feedback": feedback,
                    "billable_revision": revision_is_billable(used, service.included_revisions),
                }
            )
            await row.save()
            await notify_project(info, project, NotificationKind.REVISION_REQUESTED, feedback)
        await info.context.broker.publish(project_channel(project.id))
        return DeliverablePayload(deliverable=Deliverable.from_model(row))
