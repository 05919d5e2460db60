"""Pages of webhook deliveries for many endpoints at once: `webhookEndpoints { deliveries }`
costs the same statements for 5 endpoints as for 50."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from aiodataloader import DataLoader
from tortoise import connections

from models.webhook import WebhookDelivery

# Each endpoint's newest deliveries: the window numbers every endpoint's rows on its own, so
# one statement serves them all. Newest first; a cursor keeps rows before (sequence, id).
_PAGE_IDS = """
SELECT id FROM (
    SELECT id, row_number() OVER (
        PARTITION BY endpoint_id ORDER BY sequence DESC, id DESC
    ) AS place
    FROM webhook_deliveries
    WHERE endpoint_id = ANY($1::uuid[])
      AND ($2::varchar IS NULL OR status = $2::varchar)
      AND ($3::bigint IS NULL OR (sequence, id) < ($3::bigint, $4::uuid))
) ranked
WHERE place <= $5
"""


@dataclass(frozen=True, slots=True)
class DeliveryPage:
    """One endpoint's page: `limit` rows (the caller asks one more than it shows, to learn
    whether another page exists) with `status`, older than the cursor `before`."""

    endpoint_id: UUID
    limit: int
    status: str | None = None
    before: tuple[int, UUID] | None = None


class DeliveryPageLoader(DataLoader[DeliveryPage, list[WebhookDelivery]]):
    """Keys asking the same page of different endpoints (as a list's nested field does) share
    two statements: the ids, then the rows."""

    async def batch_load_fn(self, keys: Sequence[DeliveryPage]) -> list[list[WebhookDelivery]]:
        groups: defaultdict[tuple[Any, ...], set[UUID]] = defaultdict(set)
        for key in keys:
            groups[(key.limit, key.status, key.before)].add(key.endpoint_id)
        found: dict[tuple[Any, ...], list[WebhookDelivery]] = {}
        for (limit, status, before), endpoint_ids in groups.items():
            sequence, row_id = before if before else (None, None)
            ids = await connections.get("default").execute_query_dict(
                _PAGE_IDS, [list(endpoint_ids), status, sequence, row_id, limit]
            )
            rows = await WebhookDelivery.filter(id__in=[row["id"] for row in ids])
            rows.sort(key=lambda row: (row.sequence, row.id), reverse=True)
            for endpoint_id in endpoint_ids:
                found[(endpoint_id, limit, status, before)] = [
                    row
                    for row in rows
                    if row.endpoint_id == endpoint_id  # type: ignore[attr-defined]
                ]
        return [found[(k.endpoint_id, k.limit, k.status, k.before)] for k in keys]
