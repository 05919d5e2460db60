"""The project status enum, on its own so that both projects and the accounts that list
them can name it without importing each other."""

from __future__ import annotations

import strawberry

from domain.project import ProjectStatus as ProjectStatusModel

ProjectStatus = strawberry.enum(ProjectStatusModel, description="Where a project is.")
