"""Providers' response times (domain/response_time.py), one statement per batch."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from uuid import UUID

from aiodataloader import DataLoader
from tortoise import connections

from domain.response_time import WINDOW_DAYS, ResponseStats, response_stats
from models.raw import fetch

# Each request's wait in seconds, and whether it was within its provider's promise today.
# PostgreSQL takes the median with percentile_cont; SQLite, which has none, averages the
# middle one or two waits it ranks (the same value percentile_cont(0.5) interpolates).
# SQLite's julianday is exact to the millisecond, hence the rounding, so a wait of exactly
# the promised minutes counts as within it on both.
_POSTGRES = """
SELECT s."provider_id" AS provider_id,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY w.seconds) AS median_seconds,
    COUNT(*) AS answered,
    COUNT(*) FILTER (WHERE w.seconds <= p."response_sla_minutes" * 60) AS within
FROM "sessions" s JOIN "provider_profiles" p ON p."id" = s."provider_id",
    LATERAL (SELECT EXTRACT(EPOCH FROM s."responded_at" - s."created_at")::float8 AS seconds) w
WHERE s."provider_id" = ANY(?) AND s."responded_at" >= ?
GROUP BY s."provider_id"
"""
_SQLITE = """
WITH waits AS (
    SELECT s."provider_id" AS provider_id, p."response_sla_minutes" * 60 AS promised,
        ROUND((julianday(s."responded_at") - julianday(s."created_at")) * 86400, 3) AS seconds
    FROM "sessions" s JOIN "provider_profiles" p ON p."id" = s."provider_id"
    WHERE s."provider_id" IN ({keys}) AND s."responded_at" >= ?
), ranked AS (
    SELECT provider_id, promised, seconds,
        ROW_NUMBER() OVER (PARTITION BY provider_id ORDER BY seconds) AS n,
        COUNT(*) OVER (PARTITION BY provider_id) AS total
    FROM waits
)
SELECT provider_id,
    AVG(CASE WHEN n IN ((total + 1) / 2, (total + 2) / 2) THEN seconds END) AS median_seconds,
    COUNT(*) AS answered,
    SUM(CASE WHEN seconds <= promised THEN 1 ELSE 0 END) AS within
FROM ranked GROUP BY provider_id
"""


class ResponseStatsByProviderIdLoader(DataLoader[UUID, ResponseStats | None]):
    """Over the requests answered in the last WINDOW_DAYS; None for too few of them."""

    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[ResponseStats | None]:
        since = datetime.now(UTC) - timedelta(days=WINDOW_DAYS)
        if connections.get("default").capabilities.dialect == "postgres":
            rows = await fetch(_POSTGRES, [list(keys), since])
        else:
            sql = _SQLITE.format(keys=", ".join("?" * len(keys)))
            rows = await fetch(sql, [*(str(key) for key in keys), since])
        found = {
            UUID(str(row["provider_id"])): response_stats(
                row["median_seconds"], int(row["answered"]), int(row["within"])
            )
            for row in rows
        }
        return [found.get(key) for key in keys]
