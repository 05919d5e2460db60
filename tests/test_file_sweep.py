"""The storage sweep removes what no row names, and partial saves, once they are old enough;
on disk and on S3 (moto's real server)."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import boto3
import pytest

from domain.media import FileKind
from integrations.storage import DiskStorage, S3Storage, Storage, UrlSigner
from jobs import queue_app
from jobs.file import GRACE, Swept, sweep
from models.file import StoredFile
from models.gallery import Gallery, Photo
from tests.factories import make_user
from tests.payments import booked_session
from tests.s3_server import BUCKET

DERIVED = ("thumbnail", "preview", "watermarked", "watermarked_thumbnail")


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def put(storage: Storage, key: str) -> str:
    await storage.save(key, _once(b"x" * 10), content_type="image/jpeg", max_bytes=100)
    return key


async def keys(storage: Storage, prefix: str = "") -> set[str]:
    return {listed.key async for listed in storage.list(prefix)}


async def leave_a_partial_save(storage: Storage) -> None:
    """What a save killed mid-write leaves: never listed, yet taking space."""
    if isinstance(storage, DiskStorage):
        folder = storage.root / "files" / "2026" / "11" / str(uuid4())
        folder.mkdir(parents=True)
        (folder / ".upload-abc123").write_bytes(b"half a photo")
        return
    assert isinstance(storage, S3Storage)
    s3 = boto3.client("s3", endpoint_url=storage._endpoint_url, region_name="us-east-1")
    s3.create_multipart_upload(Bucket=BUCKET, Key=f"{storage.prefix}/files/cut/short.jpg")


def partial_saves(storage: Storage) -> int:
    if isinstance(storage, DiskStorage):
        return len(list(storage.root.rglob(".upload-*")))
    assert isinstance(storage, S3Storage)
    s3 = boto3.client("s3", endpoint_url=storage._endpoint_url, region_name="us-east-1")
    uploads = s3.list_multipart_uploads(Bucket=BUCKET).get("Uploads", [])
    return sum(upload["Key"].startswith(f"{storage.prefix}/") for upload in uploads)


async def named_by_rows(storage: Storage) -> tuple[set[str], str]:
    """A recorded file, and a photo (its original and four derived images); their keys, and
    the photo's gallery id."""
    owner = await make_user()
    booked = await booked_session()
    gallery = await Gallery.create(
        session=booked.session,
        name="Rock day",
        slug=str(uuid4()),
        access_code=uuid4().hex[:12],
        watermark_text="Studio",
        currency="EUR",
    )
    recorded = []
    for name in ("mix.wav", "original.jpg"):
        key = await put(storage, f"files/2026/11/{uuid4()}/{name}")
        recorded.append(
            await StoredFile.create(
                owner=owner,
                kind=FileKind.PHOTO,
                key=key,
                name=name,
                size=10,
                content_type="image/jpeg",
                sha256="0" * 64,
            )
        )
    folder = f"galleries/{gallery.id}/{uuid4()}"
    derived = {f"{name}_key": await put(storage, f"{folder}/{name}.jpg") for name in DERIVED}
    await Photo.create(gallery=gallery, original=recorded[1], width=1, height=1, **derived)
    return {row.key for row in recorded} | set(derived.values()), str(gallery.id)


async def test_only_old_objects_no_row_names_are_removed(storage: Storage) -> None:
    kept, gallery_id = await named_by_rows(storage)
    orphans = {
        await put(storage, f"files/2026/11/{uuid4()}/orphan.jpg"),
        # A photo batch killed before its rows: derived images of a gallery that has photos.
        await put(storage, f"galleries/{gallery_id}/{uuid4()}/preview.jpg"),
        await put(storage, f"galleries/{uuid4()}/{uuid4()}/thumbnail.jpg"),
        await put(storage, f"exports/2026/11/{uuid4()}/studiograph-export.json"),
    }
    await leave_a_partial_save(storage)
    assert await keys(storage) >= kept | orphans

    # Young objects may still be waiting for their rows: nothing goes.
    young = await sweep(storage, grace=GRACE)
    assert young.orphans == 0
    assert await keys(storage) >= kept | orphans
    if isinstance(storage, DiskStorage):
        # (moto dates every multipart upload 2010-11-10: on S3 it looks old at once.)
        assert (young.partial, partial_saves(storage)) == (0, 1)

    later = datetime.now(UTC) + timedelta(seconds=2)
    old = await sweep(storage, grace=timedelta(0), now=later)
    assert (old.orphans, young.partial + old.partial) == (4, 1)
    assert await keys(storage) == kept
    assert partial_saves(storage) == 0
    assert await sweep(storage, grace=timedelta(0), now=later) == Swept()


async def test_listing_a_folder(storage: Storage) -> None:
    inside = {await put(storage, f"files/a/{n}.jpg") for n in range(3)}
    await put(storage, "filesystem/b.jpg")  # shares the first letters, not the folder
    await put(storage, "exports/c.json")
    assert await keys(storage, "files") == inside
    listed = [item async for item in storage.list("files/a")]
    assert {item.key for item in listed} == inside
    now = datetime.now(UTC)
    assert all(now - timedelta(minutes=1) < item.modified <= now for item in listed)
    assert await keys(storage, "nothing-here") == set()


def test_the_worker_sweeps_every_hour(database_url: str) -> None:
    [periodic] = [
        found
        for found in queue_app(database_url).periodic_registry.periodic_tasks.values()
        if found.task.name == "file:sweep_orphaned_files"
    ]
    assert periodic.cron == "17 * * * *"
    assert periodic.task.queueing_lock == "sweep_orphaned_files"


async def test_old_empty_folders_go_on_disk(tmp_path: Path) -> None:
    disk = DiskStorage(tmp_path / "files", "http://127.0.0.1:8000", UrlSigner("secret"))
    gone = await put(disk, f"files/2026/11/{uuid4()}/deleted.jpg")
    kept = await put(disk, f"files/2026/11/{uuid4()}/kept.jpg")
    await disk.delete(gone)
    emptied = (disk.root / gone).parent
    assert emptied.is_dir()
    assert not any(emptied.iterdir())

    await disk.discard_partial(datetime.now(UTC) - GRACE)  # young: a save may be coming
    assert emptied.is_dir()
    later = datetime.now(UTC) + timedelta(seconds=2)
    await disk.discard_partial(later)
    assert not emptied.exists()
    assert await keys(disk) == {kept}

    await disk.delete(kept)
    # Emptying a folder makes its parent young again: with a cutoff ahead of that, the whole
    # chain goes in one sweep (with the real grace, a day later), the root stays.
    await disk.discard_partial(later + timedelta(seconds=2))
    assert disk.root.is_dir()
    assert list(disk.root.iterdir()) == []


async def test_a_save_makes_its_folder_again_if_the_sweep_took_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = DiskStorage(tmp_path / "files", "http://127.0.0.1:8000", UrlSigner("secret"))
    real, folders = tempfile.mkstemp, []

    def swept_meanwhile(**kwargs: str) -> tuple[int, str]:
        folders.append(kwargs["dir"])
        if len(folders) == 1:  # the sweep, between making the folder and the file
            Path(kwargs["dir"]).rmdir()
        return real(**kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", swept_meanwhile)
    key = await put(disk, f"files/{uuid4()}/a.jpg")
    assert await keys(disk) == {key}
    assert len(folders) == 2
