"""Sweeping storage of objects no row names: what crashed uploads leave behind.

Every writer stores its object first and records it after (resolvers/file.store_upload, the
derived images of resolvers/photo_upload, privacy exports), and deletes the object again if
the record fails. A process killed in between cannot delete anything, so it leaves an object
no committed row names, or, killed mid-write, a partial one. Writing the row first (PENDING,
then READY) would not avoid a sweep: the object of a PENDING row killed mid-write still has to
be found and removed, and every reader would have to skip PENDING rows.

So this is mark and sweep with the database as the root set: an object older than `GRACE`
that no row names is removed. The grace protects objects whose rows are still to come: an
upload being recorded, a photo batch still being processed, a direct upload PUT to its URL
whose `completeUpload` may follow within the ticket's 30 minutes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from procrastinate import Blueprint, JobContext
from tortoise import connections

from app.settings import Settings
from integrations.storage import ListedObject, Storage, storage_from_url

log = logging.getLogger(__name__)

GRACE = timedelta(hours=24)
BATCH_SIZE = 500

# Stored files, and providers' public portraits and demos (under `media/`), are found by their
# unique key. Derived images live under
# `galleries/<gallery id>/` (resolvers/photo_upload), and photos are indexed by gallery: so
# the photos of the galleries a batch touches are read whole, rather than scanning every
# photo for four unindexed key columns.
_REFERENCED = """
SELECT key FROM files WHERE key = ANY($1::varchar[])
UNION ALL
SELECT unnest(ARRAY[thumbnail_key, preview_key, watermarked_key, watermarked_thumbnail_key])
FROM gallery_photos WHERE gallery_id = ANY($2::uuid[])
UNION ALL
SELECT key FROM provider_portraits WHERE key = ANY($1::varchar[])
UNION ALL
SELECT key FROM provider_demos WHERE key = ANY($1::varchar[])
"""


@dataclass(frozen=True, slots=True)
class Swept:
    orphans: int = 0  # complete objects no row named
    partial: int = 0  # leftovers of saves cut short


def _gallery_id(key: str) -> UUID | None:
    parts = key.split("/")
    if len(parts) < 3 or parts[0] != "galleries":
        return None
    try:
        return UUID(parts[1])
    except ValueError:
        return None


async def _referenced(keys: list[str]) -> set[str]:
    galleries = list({found for key in keys if (found := _gallery_id(key)) is not None})
    rows: list[dict[str, Any]] = await connections.get("default").execute_query_dict(
        _REFERENCED, [keys, galleries]
    )
    return {row["key"] for row in rows}


async def _sweep_batch(storage: Storage, batch: list[ListedObject]) -> int:
    keys = [listed.key for listed in batch]
    named = await _referenced(keys)
    orphans = [key for key in keys if key not in named]
    for key in orphans:
        await storage.delete(key)
    return len(orphans)


async def sweep(
    storage: Storage, *, grace: timedelta = GRACE, now: datetime | None = None
) -> Swept:
    """Removes unreferenced objects written before `now - grace`, and partial saves."""
    cutoff = (now or datetime.now(UTC)) - grace
    partial = await storage.discard_partial(cutoff)
    orphans, batch = 0, []
    async for listed in storage.list():
        if listed.modified < cutoff:
            batch.append(listed)
        if len(batch) >= BATCH_SIZE:
            orphans += await _sweep_batch(storage, batch)
            batch = []
    if batch:
        orphans += await _sweep_batch(storage, batch)
    return Swept(orphans=orphans, partial=partial)


blueprint = Blueprint()


# Hourly: orphans only take space, and listing a big bucket is not free.
@blueprint.periodic(cron="17 * * * *")
@blueprint.task(
    name="sweep_orphaned_files", queueing_lock="sweep_orphaned_files", pass_context=True
)
async def sweep_orphaned_files(context: JobContext, timestamp: int) -> None:
    settings: Settings = context.additional_context["settings"]
    storage = storage_from_url(
        settings.storage_url,
        public_url=settings.public_url,
        secret_key=settings.secret_key,
        s3_endpoint_url=settings.s3_endpoint_url,
    )
    swept = await sweep(storage)
    if swept.orphans or swept.partial:
        log.info("storage swept", extra={"orphans": swept.orphans, "partial": swept.partial})
