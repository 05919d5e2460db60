"""The storage interface: stream objects in and out, and hand out expiring URLs."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

_KEY_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


class TooLarge(Exception):
    """More bytes arrived than allowed; nothing was kept."""


class InvalidKey(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class StoredObject:
    key: str
    size: int
    content_type: str
    sha256: str


@dataclass(frozen=True, slots=True)
class ListedObject:
    key: str
    modified: datetime  # UTC; when the object was last written


def check_key(key: str) -> str:
    """Keys are relative paths of safe parts ("files/2026/11/<uuid>/mix.wav"): no "..",
    no absolute paths, no backslashes, so a key can never escape the storage root."""
    parts = key.split("/")
    if not parts or not all(_KEY_PART.match(part) and part not in (".", "..") for part in parts):
        raise InvalidKey(key)
    return key


class Storage(Protocol):
    async def save(
        self, key: str, chunks: AsyncIterator[bytes], *, content_type: str, max_bytes: int
    ) -> StoredObject: ...

    def open(self, key: str) -> AsyncIterator[bytes]: ...

    async def stat(self, key: str) -> StoredObject | None: ...

    async def delete(self, key: str) -> None: ...

    def list(self, prefix: str = "") -> AsyncIterator[ListedObject]:
        """Every complete object under the folder `prefix` ("" for all), in no set order."""
        ...

    async def discard_partial(self, older_than: datetime) -> int:
        """Removes what saves cut short by a crash left behind before `older_than` (never
        listed, never readable, yet taking space); how many it removed."""
        ...

    async def download_url(self, key: str, *, filename: str, expires_in: int = 300) -> str: ...

    async def upload_url(
        self, key: str, *, content_type: str, max_bytes: int, expires_in: int = 300
    ) -> str:
        """Where a client PUTs a big file directly, without passing it through GraphQL."""
        ...
