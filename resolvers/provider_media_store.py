"""Making a provider's uploads public: the portrait resized and re-encoded, a demo checked by
mutagen and copied under `media/`, the only prefix the public route serves.

The public object is written before its row; `deleted_unless_recorded` deletes it again if
the row is not, and the hourly sweep (jobs/file.py) takes what a crash in between leaves.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from tempfile import SpooledTemporaryFile
from typing import IO
from uuid import UUID, uuid4

from domain.audio import AudioFacts
from domain.media import FileKind
from domain.provider_media import demo_violations, file_violation
from domain.violation import Violation
from integrations.audio import read_audio_facts
from integrations.images import Portrait, UnreadableImage, derive_portrait
from integrations.storage import Storage
from models.file import StoredFile
from models.provider import ProviderProfile
from models.provider_media import ProviderDemo, ProviderPortrait
from resolvers.file import safe_name

SPOOL_IN_MEMORY = 8 * 1024 * 1024
CHUNK = 1024 * 1024


class Refused(Exception):
    """Rolls back a change found wrong under the locks, with the public object it stored."""

    def __init__(self, violation: Violation) -> None:
        super().__init__(violation.message)
        self.violation = violation


@dataclass(frozen=True, slots=True)
class Published:
    key: str  # of the public object
    portrait: Portrait | None = None
    facts: AudioFacts | None = None


async def in_use(file_id: UUID) -> bool:
    return await ProviderPortrait.exists(file_id=file_id) or await ProviderDemo.exists(
        file_id=file_id
    )


async def providers_file(
    profile: ProviderProfile, file_id: UUID | None, kind: FileKind, *, lock: bool = False
) -> StoredFile | Violation:
    """The profile owner's own upload of `kind`, not on the profile yet. Files are the
    provider's even when an admin acts: erasing their account takes them along."""
    query = StoredFile.select_for_update() if lock else StoredFile
    row = (
        await query.get_or_none(id=file_id, owner_id=profile.user_id)  # type: ignore[attr-defined]
        if file_id
        else None
    )
    used = row is not None and await in_use(row.id)
    return file_violation(row.kind if row else None, kind, in_use=used) or row  # type: ignore[return-value]


def _folder(profile: ProviderProfile) -> str:
    return f"media/providers/{profile.id}/{uuid4()}"


async def _spooled(storage: Storage, key: str) -> IO[bytes]:
    spool = SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 - the caller closes it
    async for chunk in storage.open(key):
        spool.write(chunk)
    spool.seek(0)
    return spool  # type: ignore[return-value]


async def _chunks(source: IO[bytes]) -> AsyncIterator[bytes]:
    while chunk := source.read(CHUNK):
        yield chunk


async def publish_portrait(
    storage: Storage, profile: ProviderProfile, file: StoredFile
) -> Published | Violation:
    with await _spooled(storage, file.key) as source:
        try:
            portrait = await asyncio.to_thread(derive_portrait, source)
        except UnreadableImage:
            return Violation("fileId", "UNSUPPORTED_TYPE", "This image cannot be read.")
    key = f"{_folder(profile)}/portrait.jpg"
    await storage.save(
        key, _chunks_of(portrait.jpeg), content_type="image/jpeg", max_bytes=len(portrait.jpeg)
    )
    return Published(key=key, portrait=portrait)


async def _chunks_of(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def publish_demo(
    storage: Storage, profile: ProviderProfile, file: StoredFile
) -> Published | Violation:
    with await _spooled(storage, file.key) as source:
        facts = await asyncio.to_thread(read_audio_facts, source, file.size)
        if violations := demo_violations(facts):
            return violations[0]
        source.seek(0)
        key = f"{_folder(profile)}/{safe_name(file.name)}"
        await storage.save(
            key, _chunks(source), content_type=file.content_type, max_bytes=file.size
        )
    return Published(key=key, facts=facts)


@asynccontextmanager
async def deleted_unless_recorded(storage: Storage, key: str) -> AsyncIterator[None]:
    try:
        yield
    except BaseException:
        await storage.delete(key)
        raise


async def delete_objects(storage: Storage, keys: list[str]) -> None:
    """Once the rows are gone (committed): the public objects and the provider's uploads."""
    for key in keys:
        await storage.delete(key)
