"""The demo's photo gallery: a past rock-star session with a few photos and a known code."""

from __future__ import annotations

import asyncio
import hashlib
import io
import secrets
from collections.abc import AsyncIterator
from uuid import uuid4

from PIL import Image, ImageDraw

from domain.gallery import normalize_code
from domain.media import FileKind
from integrations.images import derive_images, store_derived
from integrations.storage import Storage
from models.booking import Session
from models.file import StoredFile
from models.gallery import Gallery, Photo
from models.provider import ProviderProfile

# Published with the demo, like its password: the code a family would get on a card.
DEMO_GALLERY_CODE = "STAR-GAZE-KDSX-2468"
COLORS = ("#d94f30", "#2f6fb5", "#3c9a5f", "#8a4fbf")


def _demo_photo(color: str, label: str) -> bytes:
    image = Image.new("RGB", (2400, 1600), color)
    ImageDraw.Draw(image).text((120, 120), label, fill="white", font_size=160)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


async def _add_photo(storage: Storage, gallery: Gallery, owner_id: object, n: int) -> None:
    original = _demo_photo(COLORS[n % len(COLORS)], f"Rock star #{n + 1}")
    derived = await asyncio.to_thread(derive_images, io.BytesIO(original), gallery.watermark_text)
    key = f"files/demo/{uuid4()}/rock-star-{n + 1}.jpg"
    await storage.save(key, _chunks(original), content_type="image/jpeg", max_bytes=len(original))
    stored = await StoredFile.create(
        owner_id=owner_id,
        kind=FileKind.PHOTO,
        key=key,
        name=f"rock-star-{n + 1}.jpg",
        size=len(original),
        content_type="image/jpeg",
        sha256=hashlib.sha256(original).hexdigest(),
    )
    await Photo.create(
        gallery=gallery,
        original=stored,
        width=derived.width,
        height=derived.height,
        sort_order=n,
        complimentary=n == 0,
        **await store_derived(storage, f"galleries/{gallery.id}", derived),
    )


async def _chunks(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def seed_gallery(storage: Storage, session: Session, photos: int = 4) -> Gallery:
    provider = await ProviderProfile.get(id=session.provider_id)  # type: ignore[attr-defined]
    gallery = await Gallery.create(
        session=session,
        name="Rock-star day",
        slug=secrets.token_urlsafe(24),
        access_code=normalize_code(DEMO_GALLERY_CODE),
        watermark_text=provider.display_name,
        extra_photo_amount=1500,
        currency=session.currency,
    )
    for n in range(photos):
        await _add_photo(storage, gallery, provider.user_id, n)  # type: ignore[attr-defined]
    return gallery
