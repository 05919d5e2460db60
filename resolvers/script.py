"""Scripted projects: the client hands in the script the provider records from."""

from __future__ import annotations

from uuid import UUID

import strawberry
from tortoise.transactions import in_transaction

from app.context import Info
from domain.media import FileKind
from domain.notification import NotificationKind
from domain.project import SCRIPT_DONE, script_violation
from domain.session import Actor
from domain.violation import Violation
from models.file import StoredFile
from models.project import Project as ProjectModel
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notification import notify_project
from resolvers.participants import actor_in
from resolvers.permissions import Forbidden, IsAuthenticated
from schema.file import File
from schema.project import (
    Project,
    ProjectErrorCode,
    ProjectPayload,
    ProjectUserError,
)
from schema.project_inputs import SubmitScriptInput
from subscriptions.channels import project_channel


def _refused(violations: list[Violation]) -> ProjectPayload:
    return ProjectPayload(
        user_errors=to_user_errors(violations, ProjectUserError, ProjectErrorCode)
    )


def _file_violations(file: StoredFile | None, caller_id: UUID) -> list[Violation]:
    # Someone else's file is "not found": its existence is not the caller's to learn.
    if file is None or file.owner_id != caller_id:  # type: ignore[attr-defined]
        return [Violation("fileId", "NOT_FOUND", "No such file of yours.")]
    if file.kind != FileKind.SCRIPT:
        message = "Upload the script as a SCRIPT file (a PDF)."
        return [Violation("fileId", "WRONG_FILE_KIND", message)]
    return []


@strawberry.type
class ScriptMutations:
    @strawberry.mutation(
        description="Hand in the script of a SCRIPTED project (client): it moves to "
        "SCRIPT_RECEIVED. Until production starts a new script replaces the old one.",
        permission_classes=[IsAuthenticated],
    )
    async def submit_script(self, info: Info, input: SubmitScriptInput) -> ProjectPayload:
        project_id = decode_id(input.project_id, Project)
        file_id = decode_id(input.file_id, File)
        async with in_transaction():
            project = (
                await ProjectModel.select_for_update().get_or_none(id=project_id)
                if project_id
                else None
            )
            if project is None:
                return _refused([Violation("projectId", "NOT_FOUND", "No such project.")])
            if await actor_in(info, project) is not Actor.CLIENT:  # type: ignore[arg-type]
                raise Forbidden("Only the project's client hands in its script.")
            file = await StoredFile.get_or_none(id=file_id) if file_id else None
            violations = _file_violations(file, info.context.user.id)  # type: ignore[union-attr]
            if problem := script_violation(project.workflow, project.status):
                violations.append(problem)
            if violations:
                return _refused(violations)
            project.script = file
            project.status = SCRIPT_DONE
            await project.save(update_fields=["script_id", "status", "updated_at"])
            await notify_project(
                info, project, NotificationKind.PROJECT_STATUS_CHANGED, SCRIPT_DONE
            )
        await info.context.broker.publish(project_channel(project.id))
        return ProjectPayload(project=Project.from_model(project))
