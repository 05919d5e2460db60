"""Loaders for session summaries and follow-up requests."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import attrgetter
from typing import Literal
from uuid import UUID

from aiodataloader import DataLoader
from tortoise import connections

from loaders.batching import many_per_key, one_per_key
from models.aftercare import FollowUpRequest, SessionSummary, SummaryFile
from models.raw import columns, fetch, reader


class SummaryBySessionIdLoader(DataLoader[UUID, SessionSummary | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[SessionSummary | None]:
        rows = await SessionSummary.filter(session_id__in=keys)
        return one_per_key(keys, rows, lambda row: row.session_id)  # type: ignore[attr-defined]


class FilesBySummaryIdLoader(DataLoader[UUID, list[SummaryFile]]):
    """Each summary's files (with `file` fetched), in the order given. All of them: a summary
    holds at most 20 (domain/attachment.MAX_FILES), so its pages are cut from these."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[list[SummaryFile]]:
        rows = (
            await SummaryFile.filter(summary_id__in=keys)
            .select_related("file")
            .order_by("position", "id")
        )
        return many_per_key(keys, rows, lambda row: row.summary_id)  # type: ignore[attr-defined]


class FollowUpByIdLoader(DataLoader[UUID, FollowUpRequest | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[FollowUpRequest | None]:
        rows = await FollowUpRequest.filter(id__in=keys)
        return one_per_key(keys, rows, lambda row: row.id)


@dataclass(frozen=True, slots=True)
class FollowUpPage:
    """The follow-ups of one session or project (`parent` names the column), oldest first:
    `limit` of them (the caller asks one more than it shows, to learn whether another page
    exists), after the cursor `after` (created_at, id)."""

    parent: Literal["session_id", "project_id"]
    parent_id: UUID
    limit: int
    after: tuple[datetime, UUID] | None = None


# Each parent's first rows past the cursor: the window numbers every parent's rows on its own,
# so one statement serves a whole list of sessions (or projects). The column named is one of
# FollowUpPage.parent's two, from our code only.
_PAGE = """
SELECT {columns} FROM (
    SELECT f.*, row_number() OVER (
        PARTITION BY f."{parent}" ORDER BY f."created_at", f."id"
    ) AS "place"
    FROM "follow_up_requests" f
    WHERE f."{parent}" IN ({placeholders}){beyond}
) r
WHERE r."place" <= ?
ORDER BY r."created_at", r."id"
"""
_BEYOND = ' AND (f."created_at" > ? OR (f."created_at" = ? AND f."id" > ?))'


class FollowUpPageLoader(DataLoader[FollowUpPage, list[FollowUpRequest]]):
    """Keys asking the same page of different parents (as a list's nested field does) share
    one statement."""

    async def batch_load_fn(self, keys: Sequence[FollowUpPage]) -> list[list[FollowUpRequest]]:
        groups: defaultdict[tuple[object, ...], list[UUID]] = defaultdict(list)
        for key in keys:
            groups[(key.parent, key.limit, key.after)].append(key.parent_id)
        found: dict[FollowUpPage, list[FollowUpRequest]] = {}
        for (parent, limit, after), parent_ids in groups.items():
            rows = await _pages(parent, list(dict.fromkeys(parent_ids)), limit, after)  # type: ignore[arg-type]
            by_parent = many_per_key(parent_ids, rows, attrgetter(parent))
            for parent_id, page in zip(parent_ids, by_parent, strict=True):
                found[FollowUpPage(parent, parent_id, limit, after)] = page  # type: ignore[arg-type]
        return [found[key] for key in keys]


async def _pages(
    parent: str, parent_ids: list[UUID], limit: int, after: tuple[datetime, UUID] | None
) -> list[FollowUpRequest]:
    dialect = connections.get("default").capabilities.dialect
    sql = _PAGE.format(
        columns=columns(FollowUpRequest, "r"),
        parent=parent,
        placeholders=", ".join("?" for _ in parent_ids),
        beyond=_BEYOND if after else "",
    )
    # As both dialects compare them with the stored values (SQLite keeps UTC text).
    values: list[object] = [str(parent_id) for parent_id in parent_ids]
    if after is not None:
        created_at = after[0].astimezone(UTC)
        values += [created_at, created_at, str(after[1])]
    read = reader(FollowUpRequest, "r", dialect)
    return [read(record) for record in await fetch(sql, [*values, limit])]
