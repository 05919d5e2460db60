"""Loaders for projects: milestones, unread counts and the next session of each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import UUID

from aiodataloader import DataLoader

from domain.session import ACTIVE_STATUSES
from loaders.batching import many_per_key, one_per_key
from models.booking import Session
from models.project import Deliverable, Milestone, Project, ThreadState


class ProjectByIdLoader(DataLoader[UUID, Project | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Project | None]:
        return one_per_key(keys, await Project.filter(id__in=keys), lambda row: row.id)


class MilestonesByProjectIdLoader(DataLoader[UUID, list[Milestone]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[Milestone]]:
        rows = await Milestone.filter(project_id__in=keys).order_by("due_date", "created_at")
        return many_per_key(keys, rows, lambda row: row.project_id)  # type: ignore[attr-defined]


class UnreadCountLoader(DataLoader[tuple[UUID, UUID], int]):
    """Keyed by (project id, user id)."""

    async def batch_load_fn(self, keys: Sequence[tuple[UUID, UUID]]) -> list[int]:
        rows = await ThreadState.filter(
            project_id__in={p for p, _ in keys}, user_id__in={u for _, u in keys}
        ).values_list("project_id", "user_id", "unread_count")
        counts = {(p, u): n for p, u, n in rows}
        return [counts.get(key, 0) for key in keys]


class NextSessionLoader(DataLoader[tuple[UUID, UUID], Session | None]):
    """Keyed by (client id, provider id): their next session that still holds time."""

    async def batch_load_fn(self, keys: Sequence[tuple[UUID, UUID]]) -> list[Session | None]:
        rows = await Session.filter(
            client_id__in={c for c, _ in keys},
            provider_id__in={p for _, p in keys},
            status__in=list(ACTIVE_STATUSES),
            end_at__gte=datetime.now(UTC),
        ).order_by("-start_at")
        # Latest first, so for each pair the earliest upcoming one is written last and wins.
        firsts = {(row.client_id, row.provider_id): row for row in rows}  # type: ignore[attr-defined]
        return [firsts.get(key) for key in keys]


class DeliverablesByProjectIdLoader(DataLoader[UUID, list[Deliverable]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[Deliverable]]:
        rows = await Deliverable.filter(project_id__in=keys).order_by("version")
        return many_per_key(keys, rows, lambda row: row.project_id)  # type: ignore[attr-defined]
