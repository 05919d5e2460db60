"""Photographers upload photos: originals kept private, derived images made off the loop."""

from __future__ import annotations

import asyncio
import dataclasses

import strawberry
from starlette.datastructures import UploadFile
from tortoise.transactions import in_transaction

from app.context import Info
from domain.gallery import STAFF
from domain.media import FileKind
from domain.violation import Violation
from integrations.images import UnreadableImage, derive_images, store_derived
from models.file import StoredFile
from models.gallery import Gallery as GalleryModel
from models.gallery import Photo as PhotoModel
from resolvers.errors import to_user_errors
from resolvers.file import save_upload
from resolvers.gallery import staff_gallery
from resolvers.outbox import mail_gallery_ready
from resolvers.permissions import IsProviderOrAdmin
from resolvers.rate_limit import upload_refusal
from schema.gallery import GalleryErrorCode, GalleryUserError, Photo
from schema.gallery_inputs import UploadPhotosInput, UploadPhotosPayload

MAX_PHOTOS_PER_UPLOAD = 100


@dataclasses.dataclass
class _Stored:
    """What one upload left in storage so far: all of it goes if the batch is refused. The
    originals' rows are recorded with the photos, so a batch cut short records nothing."""

    keys: list[str] = dataclasses.field(default_factory=list)
    files: list[StoredFile] = dataclasses.field(default_factory=list)
    photos: list[PhotoModel] = dataclasses.field(default_factory=list)


async def _logo_bytes(info: Info, gallery: GalleryModel) -> bytes | None:
    if gallery.watermark_logo_id is None:  # type: ignore[attr-defined]
        return None
    logo = await StoredFile.get(id=gallery.watermark_logo_id)  # type: ignore[attr-defined]
    return b"".join([chunk async for chunk in info.context.storage.open(logo.key)])


async def _add_photo(
    info: Info,
    gallery: GalleryModel,
    upload: UploadFile,
    index: int,
    stored: _Stored,
    logo: bytes | None,
) -> Violation | None:
    """Stores one photo's original and derived images; `index` is its place in the input."""
    original = await save_upload(info, upload, FileKind.PHOTO)
    if isinstance(original, Violation):
        return dataclasses.replace(original, field=f"files.{index}")
    stored.files.append(original)
    await upload.seek(0)
    try:
        # Pillow releases the GIL while it decodes, resizes and encodes: other requests go on.
        derived = await asyncio.to_thread(derive_images, upload.file, gallery.watermark_text, logo)
    except UnreadableImage:
        return Violation(f"files.{index}", "UNSUPPORTED_TYPE", "This image cannot be read.")
    keys = await store_derived(info.context.storage, f"galleries/{gallery.id}", derived)
    stored.keys += keys.values()
    stored.photos.append(
        PhotoModel(
            gallery=gallery,
            original_id=original.id,
            width=derived.width,
            height=derived.height,
            sort_order=index,  # within the batch; placed after the gallery's when recorded
            **keys,
        )
    )
    return None


async def _record(info: Info, gallery: GalleryModel, stored: _Stored) -> None:
    """In the batch's transaction. Batches of a gallery are recorded one at a time (its row
    locked), so each goes after the photos before it and only the first mails the family.
    The mail is written from the row as locked, not as read when the upload started: staff
    may have given the gallery a new code (or name, or password) while its photos were
    derived, and the family would be sent a code that no longer opens it (updateGallery's
    write waits for this lock, so the code mailed is the one in force at the commit)."""
    locked = await GalleryModel.select_for_update().get(id=gallery.id)
    before = await PhotoModel.filter(gallery_id=gallery.id).count()
    for photo in stored.photos:
        photo.sort_order += before
    await StoredFile.bulk_create(stored.files)
    await PhotoModel.bulk_create(stored.photos)
    if before == 0:  # its first photos: now it is worth a visit
        await mail_gallery_ready(info, locked)


async def _discard(info: Info, stored: _Stored) -> None:
    for key in [*stored.keys, *(row.key for row in stored.files)]:
        await info.context.storage.delete(key)


@strawberry.type
class PhotoUploadMutations:
    @strawberry.mutation(
        description="Upload photos to a gallery (GraphQL multipart request with the header "
        "`GraphQL-Require-Preflight: 1`). All or nothing: one refused file stores none. "
        "Each photo counts towards the per-account upload rate limit.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def upload_photos(self, info: Info, input: UploadPhotosInput) -> UploadPhotosPayload:
        gallery = await staff_gallery(info, input.gallery_id)
        if gallery is None:
            missing = Violation("galleryId", "NOT_FOUND", "No such gallery.")
            return UploadPhotosPayload(user_errors=_errors([missing]))
        if not 0 < len(input.files) <= MAX_PHOTOS_PER_UPLOAD:
            many = Violation("files", "TOO_MANY", "Send 1 to 100 photos at a time.")
            return UploadPhotosPayload(user_errors=_errors([many]))
        if refused := await upload_refusal(info, files=len(input.files)):
            return UploadPhotosPayload(user_errors=_errors([refused]))
        logo = await _logo_bytes(info, gallery)
        stored = _Stored()
        try:
            for index, upload in enumerate(input.files):
                if refused := await _add_photo(info, gallery, upload, index, stored, logo):
                    await _discard(info, stored)
                    return UploadPhotosPayload(user_errors=_errors([refused]))
            async with in_transaction():
                await _record(info, gallery, stored)
        except BaseException:
            await _discard(info, stored)
            raise
        rows = await PhotoModel.filter(original_id__in=[row.id for row in stored.files]).order_by(
            "sort_order"
        )
        return UploadPhotosPayload(photos=[Photo.from_model(row, gallery, STAFF) for row in rows])


def _errors(violations: list[Violation]) -> list[GalleryUserError]:
    return to_user_errors(violations, GalleryUserError, GalleryErrorCode)
