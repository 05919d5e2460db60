"""One storage interface, two backends: local disk (default) and S3."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from integrations.storage.base import (
    InvalidKey,
    ListedObject,
    Storage,
    StoredObject,
    TooLarge,
    check_key,
)
from integrations.storage.disk import DiskStorage
from integrations.storage.s3 import S3Storage
from integrations.storage.signing import UrlSigner

__all__ = [
    "DiskStorage",
    "InvalidKey",
    "ListedObject",
    "S3Storage",
    "Storage",
    "StoredObject",
    "TooLarge",
    "UrlSigner",
    "check_key",
    "storage_from_url",
]


def storage_from_url(
    url: str, *, public_url: str, secret_key: str, s3_endpoint_url: str | None = None
) -> Storage:
    """`file://var/storage` (relative), `file:///srv/files` or `s3://bucket/prefix`."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return DiskStorage(Path(parts.netloc + parts.path), public_url, UrlSigner(secret_key))
    if parts.scheme == "s3" and parts.netloc:
        return S3Storage(parts.netloc, parts.path, endpoint_url=s3_endpoint_url)
    msg = f"STORAGE_URL must be file://… or s3://bucket/prefix, not {url!r}"
    raise ValueError(msg)
