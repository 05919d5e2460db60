"""Live updates of a project: status changes and new messages."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry
from strawberry import relay

from app.context import Info
from loaders import Loaders
from models.project import Project as ProjectModel
from resolvers.nodes import decode_id
from resolvers.permissions import Forbidden, IsAuthenticated
from schema.project import Project, can_view_project
from subscriptions.channels import project_channel
from subscriptions.signed_in import still_signed_in


@strawberry.type
class ProjectSubscriptions:
    @strawberry.subscription(
        description="The project again whenever its status changes, a message arrives or a "
        "step of its timeline is marked done or not done.",
        permission_classes=[IsAuthenticated],
    )
    async def project_updated(
        self, info: Info, project_id: relay.GlobalID
    ) -> AsyncGenerator[Project, None]:
        found = decode_id(project_id, Project)
        row = await ProjectModel.get_or_none(id=found) if found else None
        if row is None or not await can_view_project(info, row):
            raise Forbidden("This project is not yours.")
        broker, channel, key = info.context.broker, project_channel(row.id), row.id
        role = info.context.user.role  # type: ignore[union-attr]
        async for event in broker.subscribe(channel):
            await still_signed_in(info, role)
            info.context.loaders = Loaders()
            row = await broker.reads.get((channel, event), lambda: ProjectModel.get(id=key))
            yield Project.from_model(row)
