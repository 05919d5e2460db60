"""Both storage backends keep the same promises; S3 runs against moto's real server."""

from __future__ import annotations

import hashlib
import time
from collections.abc import AsyncIterator
from pathlib import Path

import boto3
import httpx
import pytest

from integrations.storage import (
    DiskStorage,
    InvalidKey,
    S3Storage,
    Storage,
    TooLarge,
    UrlSigner,
    storage_from_url,
)
from tests.s3_server import BUCKET

MIB = 1024 * 1024


async def stream(total: int, chunk: int = 256 * 1024) -> AsyncIterator[bytes]:
    sent = 0
    while sent < total:
        size = min(chunk, total - sent)
        yield bytes((sent + i) % 251 for i in range(size))
        sent += size


def expected_sha(total: int) -> str:
    return hashlib.sha256(bytes(i % 251 for i in range(total))).hexdigest()


async def read_all(storage: Storage, key: str) -> bytes:
    return b"".join([chunk async for chunk in storage.open(key)])


async def test_round_trip(storage: Storage) -> None:
    stored = await storage.save(
        "files/a/mix.wav", stream(1000), content_type="audio/wav", max_bytes=MIB
    )
    assert (stored.size, stored.sha256) == (1000, expected_sha(1000))
    assert await storage.stat("files/a/mix.wav") == stored
    assert hashlib.sha256(await read_all(storage, "files/a/mix.wav")).hexdigest() == stored.sha256
    await storage.delete("files/a/mix.wav")
    assert await storage.stat("files/a/mix.wav") is None


async def test_large_streams_in_parts(storage: Storage) -> None:
    total = 12 * MIB + 5
    stored = await storage.save(
        "big/take.wav", stream(total), content_type="audio/wav", max_bytes=20 * MIB
    )
    assert stored.size == total
    assert stored.sha256 == expected_sha(total)
    assert (await storage.stat("big/take.wav")).sha256 == stored.sha256  # type: ignore[union-attr]


async def test_too_large_leaves_nothing(storage: Storage, tmp_path: Path) -> None:
    with pytest.raises(TooLarge):
        await storage.save("x/huge.bin", stream(3 * MIB), content_type="x/y", max_bytes=2 * MIB)
    assert await storage.stat("x/huge.bin") is None
    if isinstance(storage, DiskStorage):
        assert list((tmp_path / "files" / "x").iterdir()) == []
    else:
        s3 = boto3.client("s3", endpoint_url=storage._endpoint_url, region_name="us-east-1")
        assert s3.list_multipart_uploads(Bucket=BUCKET).get("Uploads", []) == []


@pytest.mark.parametrize("key", ["../etc/passwd", "/abs", "a//b", "a\\b", "", "a/./b", ".hidden"])
async def test_keys_cannot_escape(storage: Storage, key: str) -> None:
    with pytest.raises(InvalidKey):
        await storage.save(key, stream(1), content_type="x/y", max_bytes=10)


async def test_disk_download_tokens_expire_and_resist_tampering(tmp_path: Path) -> None:
    signer = UrlSigner("secret")
    disk = DiskStorage(tmp_path, "http://127.0.0.1:8000", signer)
    url = await disk.download_url("files/a.txt", filename="a.txt", expires_in=300)
    token = url.rsplit("/", 1)[1]
    assert signer.verify("download", token) == {"key": "files/a.txt", "name": "a.txt"}
    assert signer.verify("download", token[:-2] + "xx") is None
    assert signer.verify("upload", token) is None
    assert signer.verify("download", token, now=time.time() + 301) is None  # expired
    assert signer.verify("download", token, now=time.time() + 299) is not None


async def test_s3_presigned_download(s3_endpoint: str) -> None:
    s3 = S3Storage(BUCKET, "p", endpoint_url=s3_endpoint)
    await s3.save("files/song.mp3", stream(2048), content_type="audio/mpeg", max_bytes=MIB)
    url = await s3.download_url("files/song.mp3", filename="Song 1.mp3", expires_in=60)
    async with httpx.AsyncClient() as http:
        response = await http.get(url)
    assert response.status_code == 200
    assert hashlib.sha256(response.content).hexdigest() == expected_sha(2048)
    assert 'filename="Song 1.mp3"' in response.headers["content-disposition"]


def test_storage_urls() -> None:
    disk = storage_from_url("file://var/storage", public_url="http://x", secret_key="k")
    assert isinstance(disk, DiskStorage)
    assert disk.root == Path("var/storage")
    s3 = storage_from_url("s3://bucket/some/prefix", public_url="http://x", secret_key="k")
    assert isinstance(s3, S3Storage)
    assert (s3.bucket, s3.prefix) == ("bucket", "some/prefix")
    with pytest.raises(ValueError, match="STORAGE_URL"):
        storage_from_url("ftp://nope", public_url="http://x", secret_key="k")


async def test_s3_presigned_upload(s3_endpoint: str) -> None:
    s3 = S3Storage(BUCKET, "p", endpoint_url=s3_endpoint)
    url = await s3.upload_url("files/direct.wav", content_type="audio/x-wav", max_bytes=100)
    async with httpx.AsyncClient() as http:
        response = await http.put(url, content=b"RIFF....", headers={"Content-Type": "audio/x-wav"})
    assert response.status_code == 200
    stored = await s3.stat("files/direct.wav")
    assert stored is not None
    assert (stored.size, stored.content_type) == (8, "audio/x-wav")
