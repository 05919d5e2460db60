"""Files on local disk under one root (the embedded default: ./var/storage)."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import aiofiles
import aiofiles.os

from integrations.storage.base import StoredObject, TooLarge, check_key
from integrations.storage.signing import UrlSigner

CHUNK = 1024 * 1024


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
        await aiofiles.os.makedirs(path.parent, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        os.close(descriptor)
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
    return path.with_name(path.name + ".meta.json")


async def _write_meta(path: Path, stored: StoredObject) -> None:
    meta = {"size": stored.size, "content_type": stored.content_type, "sha256": stored.sha256}
    temporary = _meta_path(path).with_suffix(".tmp")
    async with aiofiles.open(temporary, "w") as out:
        await out.write(json.dumps(meta))
    await aiofiles.os.replace(temporary, _meta_path(path))


async def _remove(path: Path) -> None:
    try:
        await aiofiles.os.remove(path)
    except FileNotFoundError:
        return
