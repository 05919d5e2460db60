"""Files on local disk under one root (the embedded default: ./var/storage)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import tempfile
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import aiofiles
import aiofiles.os

from integrations.storage.base import ListedObject, StoredObject, TooLarge, check_key
from integrations.storage.signing import UrlSigner

CHUNK = 1024 * 1024
# What a save writes before the object itself: the data, then its metadata beside it.
PARTIAL_PREFIX = ".upload-"
META_SUFFIX = ".meta.json"
META_PARTIAL_SUFFIX = ".meta.tmp"


class DiskStorage:
    def __init__(self, root: Path, public_url: str, signer: UrlSigner) -> None:
        self.root = root
        self.public_url = public_url.rstrip("/")
        self.signer = signer

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    async def save(
        self, key: str, chunks: AsyncIterator[bytes], *, content_type: str, max_bytes: int
    ) -> StoredObject:
        """Streams into a temporary file beside the target and renames it into place, so a
        reader never sees half a file and a refused upload leaves nothing behind."""
        path = self._path(key)
        temporary = await asyncio.to_thread(_temporary_beside, path)
        digest, size = hashlib.sha256(), 0
        try:
            async with aiofiles.open(temporary, "wb") as out:
                async for chunk in chunks:
                    size += len(chunk)
                    if size > max_bytes:
                        raise TooLarge(key)
                    digest.update(chunk)
                    await out.write(chunk)
            stored = StoredObject(key, size, content_type, digest.hexdigest())
            await _write_meta(path, stored)
            await aiofiles.os.replace(temporary, path)
        except BaseException:
            await _remove(Path(temporary))
            raise
        return stored

    async def open(self, key: str) -> AsyncIterator[bytes]:
        async with aiofiles.open(self._path(key), "rb") as source:
            while chunk := await source.read(CHUNK):
                yield chunk

    async def stat(self, key: str) -> StoredObject | None:
        path = self._path(key)
        try:
            async with aiofiles.open(_meta_path(path)) as meta:
                data = json.loads(await meta.read())
        except FileNotFoundError:
            return None
        if not await aiofiles.os.path.exists(path):
            return None
        return StoredObject(key, data["size"], data["content_type"], data["sha256"])

    async def delete(self, key: str) -> None:
        path = self._path(key)
        await _remove(path)
        await _remove(_meta_path(path))

    async def list(self, prefix: str = "") -> AsyncIterator[ListedObject]:
        """Walks one folder at a time (each read off the loop), so memory holds one folder."""
        folders = [self._path(prefix) if prefix else self.root]
        while folders:
            folder = folders.pop()
            for entry, is_folder, modified in await asyncio.to_thread(_scan, folder):
                if is_folder:
                    folders.append(entry)
                elif _is_object(entry.name):
                    key = entry.relative_to(self.root).as_posix()
                    yield ListedObject(key, datetime.fromtimestamp(modified, UTC))

    async def discard_partial(self, older_than: datetime) -> int:
        return await asyncio.to_thread(_discard_partial, self.root, older_than.timestamp())

    async def download_url(self, key: str, *, filename: str, expires_in: int = 300) -> str:
        token = self.signer.sign("download", expires_in, key=check_key(key), name=filename)
        return f"{self.public_url}/files/{token}"

    async def upload_url(
        self, key: str, *, content_type: str, max_bytes: int, expires_in: int = 300
    ) -> str:
        token = self.signer.sign(
            "upload", expires_in, key=check_key(key), type=content_type, max=max_bytes
        )
        return f"{self.public_url}/uploads/{token}"


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name + META_SUFFIX)


def _is_object(name: str) -> bool:
    return not name.startswith(".") and not name.endswith((META_SUFFIX, META_PARTIAL_SUFFIX))


def _scan(folder: Path) -> list[tuple[Path, bool, float]]:
    try:
        with os.scandir(folder) as entries:
            return [
                (Path(entry.path), entry.is_dir(), entry.stat().st_mtime)
                for entry in entries
                if not entry.is_symlink()
            ]
    except FileNotFoundError:
        return []


def _discard_partial(root: Path, cutoff: float) -> int:
    """A killed save leaves its temporary data or metadata file; a save killed between its
    metadata and its rename, or a delete between the object and its metadata, leaves
    metadata describing nothing. Deleted objects leave their folders (one per file), which
    go too once empty and as old as the cutoff (not counted: they take no space)."""
    removed = 0
    for folder, _, names in os.walk(root, topdown=False):  # a folder after its subfolders
        if Path(folder) != root:
            _remove_if_empty(Path(folder), cutoff)
        for name in names:
            path = Path(folder) / name
            partial = name.startswith(PARTIAL_PREFIX) or name.endswith(META_PARTIAL_SUFFIX)
            stray_meta = (
                name.endswith(META_SUFFIX)
                and not path.with_name(name.removesuffix(META_SUFFIX)).exists()
            )
            try:
                if (partial or stray_meta) and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                continue  # its save or delete finished meanwhile
    return removed


def _remove_if_empty(folder: Path, cutoff: float) -> None:
    try:
        if folder.stat().st_mtime < cutoff:
            folder.rmdir()
    except OSError:
        return  # not empty, or gone already


def _temporary_beside(path: Path) -> str:
    """A new temporary file in `path`'s folder, made if missing. The sweep may remove that
    folder, old and empty, between the two steps: then it is made again."""
    try:
        return _new_temporary(path)
    except FileNotFoundError:
        return _new_temporary(path)


def _new_temporary(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=PARTIAL_PREFIX)
    os.close(descriptor)
    return temporary


async def _write_meta(path: Path, stored: StoredObject) -> None:
    meta = {"size": stored.size, "content_type": stored.content_type, "sha256": stored.sha256}
    temporary = path.with_name(path.name + META_PARTIAL_SUFFIX)
    async with aiofiles.open(temporary, "w") as out:
        await out.write(json.dumps(meta))
    await aiofiles.os.replace(temporary, _meta_path(path))


async def _remove(path: Path) -> None:
    try:
        await aiofiles.os.remove(path)
    except FileNotFoundError:
        return
