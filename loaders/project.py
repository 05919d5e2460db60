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
from models.raw import Beside, rows_in


class ProjectByIdLoader(DataLoader[UUID, Project | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Project | None]:
        return one_per_key(keys, await rows_in(Project, id=keys), lambda row: row.id)


class MilestonesByProjectIdLoader(DataLoader[UUID, list[Milestone]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[Milestone]]:
        rows = await rows_in(Milestone, 'r."due_date", r."created_at"', project_id=keys)
        return many_per_key(keys, rows, lambda row: row.project_id)  # type: ignore[attr-defined]


class UnreadCountLoader(DataLoader[tuple[UUID, UUID], int]):
    """Keyed by (project id, user id)."""

    async def batch_load_fn(self, keys: Sequence[tuple[UUID, UUID]]) -> list[int]:
        rows = await rows_in(
            ThreadState, project_id=list({p for p, _ in keys}), user_id=list({u for _, u in keys})
        )
        counts = {(row.project_id, row.user_id): row.unread_count for row in rows}  # type: ignore[attr-defined]
        return [counts.get(key, 0) for key in keys]


ACTIVE = [status.value for status in ACTIVE_STATUSES]
STILL_AHEAD = 'r."end_at" >= ?'
NEWEST_VERSION = (
    'r."version" = (SELECT max(d."version") FROM "project_deliverables" d'
    ' WHERE d."project_id" = r."project_id")'
)

# What a page of projects (alias `r`) can read beside each row, so the fields these loaders
# serve cost no statement of their own: each is primed from the page (Loaders.prime_projects).
THREAD_STATE = "thread_state"
NEXT_SESSION = "next_session"
LATEST_DELIVERABLE = Beside(
    "latest_deliverable", Deliverable, 'x."project_id" = r."id"', 'x."version" DESC'
)
# The statuses are our own constants, written into the text so it has no list parameter.
PAIRS_NEXT_SESSION = (
    'x."client_id" = r."client_id" AND x."provider_id" = r."provider_id"'
    f' AND x."status" IN ({", ".join(repr(status) for status in sorted(ACTIVE))})'
    ' AND x."end_at" >= ?'
)


def thread_state_of(user_id: UUID) -> Beside:
    """The user's unread count in each project's thread."""
    mine = 'x."project_id" = r."id" AND x."user_id" = ?'
    return Beside(THREAD_STATE, ThreadState, mine, values=(user_id,))


def next_session_from(now: datetime) -> Beside:
    """Each project's client and provider's next session still holding time at `now`."""
    soonest = 'x."start_at", x."id"'
    return Beside(NEXT_SESSION, Session, PAIRS_NEXT_SESSION, soonest, (now,))


class NextSessionLoader(DataLoader[tuple[UUID, UUID], Session | None]):
    """Keyed by (client id, provider id): their next session that still holds time."""

    async def batch_load_fn(self, keys: Sequence[tuple[UUID, UUID]]) -> list[Session | None]:
        rows = await rows_in(
            Session,
            'r."start_at" DESC',
            also=(STILL_AHEAD, [datetime.now(UTC)]),
            client_id=list({c for c, _ in keys}),
            provider_id=list({p for _, p in keys}),
            status=ACTIVE,
        )
        # Latest first, so for each pair the earliest upcoming one is written last and wins.
        firsts = {(row.client_id, row.provider_id): row for row in rows}  # type: ignore[attr-defined]
        return [firsts.get(key) for key in keys]


class LatestDeliverableByProjectIdLoader(DataLoader[UUID, Deliverable | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[Deliverable | None]:
        rows = await rows_in(Deliverable, also=(NEWEST_VERSION, ()), project_id=keys)
        return one_per_key(keys, rows, lambda row: row.project_id)  # type: ignore[attr-defined]


class DeliverablesByProjectIdLoader(DataLoader[UUID, list[Deliverable]]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[Deliverable]]:
        rows = await rows_in(Deliverable, 'r."version"', project_id=keys)
        return many_per_key(keys, rows, lambda row: row.project_id)  # type: ignore[attr-defined]
