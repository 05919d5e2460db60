"""A project's timeline: the studio marks each step done as the work reaches it."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from tortoise.transactions import in_transaction

from app.context import Info
from domain.project import ProjectStatus, milestone_done_at
from domain.session import Actor
from domain.violation import Violation
from models.project import Milestone as MilestoneModel
from models.project import Project as ProjectModel
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notification import notify_milestone_reached
from resolvers.participants import actor_in
from resolvers.permissions import Forbidden, IsAuthenticated
from schema.project import (
    Milestone,
    MilestonePayload,
    Project,
    ProjectErrorCode,
    ProjectUserError,
)
from schema.project_inputs import UpdateMilestoneInput
from subscriptions.channels import project_channel


def _refused(code: str, message: str) -> MilestonePayload:
    errors = to_user_errors([Violation("id", code, message)], ProjectUserError, ProjectErrorCode)
    return MilestonePayload(user_errors=errors)


@strawberry.type
class MilestoneMutations:
    @strawberry.mutation(
        description="Mark a step of a project's timeline done, or not done after all (the "
        "project's provider or an admin); `projectUpdated` carries it to the client, who is "
        "told of a step done (MILESTONE_REACHED: in the app, by mail and as a webhook event), "
        "not of one taken back, and only the first time: marking a step done again (sent "
        "twice, or after taking it back) tells nobody again. A step marked done again keeps "
        "the time it was first done unless it was taken back. Not on a cancelled project "
        "(INVALID_TRANSITION).",
        permission_classes=[IsAuthenticated],
    )
    async def update_milestone(self, info: Info, input: UpdateMilestoneInput) -> MilestonePayload:
        milestone_id = decode_id(input.id, Milestone)
        async with in_transaction():
            row = await MilestoneModel.get_or_none(id=milestone_id) if milestone_id else None
            if row is None:
                return _refused("NOT_FOUND", "No such milestone.")
            # Under the project's row lock, as a cancellation takes it: a step is never
            # marked done on a project cancelled at that moment.
            project = await ProjectModel.select_for_update().get(id=row.project_id)  # type: ignore[attr-defined]
            # Every change of a step is made under that lock: read it again behind it.
            row = await MilestoneModel.get(id=row.id)
            if await actor_in(info, project) is Actor.CLIENT:  # type: ignore[arg-type]
                raise Forbidden("The studio marks the steps of its timeline done.")
            if project.status == ProjectStatus.CANCELLED:
                return _refused("INVALID_TRANSITION", "This project was cancelled.")
            now = datetime.now(UTC)
            done_at = milestone_done_at(row.done_at, done=input.done, now=now)
            changed = done_at != row.done_at
            if changed:
                row.done_at = done_at
                # A step done is news to the client the first time only; one taken back is
                # the studio's correction, which the timeline (and projectUpdated) shows
                # them anyway, and marking it done again tells them nothing new.
                if done_at is not None and row.reached_notified_at is None:
                    row.reached_notified_at = now
                    await notify_milestone_reached(info, project, row)
                await row.save(update_fields=["done_at", "reached_notified_at", "updated_at"])
        if changed:
            await info.context.broker.publish(project_channel(project.id))
        return MilestonePayload(
            milestone=Milestone.from_model(row), project=Project.from_model(project)
        )
