"""HEIC photos (what iPhones shoot) give the same derived images as JPEGs: upright, resized,
metadata-free. The files are real HEIC, encoded here with pillow-heif."""

from __future__ import annotations

import io

import httpx
import pillow_heif
import pytest
from PIL import ExifTags, Image

from app.settings import Settings
from integrations import images
from integrations.images import UnreadableImage, derive_images
from models.file import StoredFile
from tests.galleries import LATITUDE, LONGITUDE, create_gallery, photo_session, upload_photos


def heic_with_gps(width: int, height: int, *, orientation: int = 1) -> bytes:
    """An iPhone-like HEIC: GPS position, maker and, when given, a rotation tag."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Apple"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = LONGITUDE
    out = io.BytesIO()
    heif = pillow_heif.from_pillow(Image.new("RGB", (width, height), "orange"))
    heif.save(out, quality=80, exif=exif.tobytes())
    data = out.getvalue()
    assert data[4:12] == b"ftypheic"
    assert b"Exif" in data  # the position is in the file uploaded
    return data


def _is_clean_jpeg(data: bytes) -> bool:
    image = Image.open(io.BytesIO(data))
    return image.format == "JPEG" and b"Exif" not in data and not image.getexif()


def test_a_heic_photo_gives_every_derived_image_without_metadata() -> None:
    derived = derive_images(io.BytesIO(heic_with_gps(2400, 1600)), "Studio")
    assert (derived.width, derived.height) == (2400, 1600)
    for data, edge in (
        (derived.thumbnail, images.THUMBNAIL_EDGE),
        (derived.watermarked_thumbnail, images.THUMBNAIL_EDGE),
        (derived.preview, images.PREVIEW_EDGE),
        (derived.watermarked, images.PREVIEW_EDGE),
    ):
        assert _is_clean_jpeg(data)
        assert max(Image.open(io.BytesIO(data)).size) == edge
    assert derived.watermarked != derived.preview


def test_a_heic_photo_shot_upright_is_derived_upright() -> None:
    derived = derive_images(io.BytesIO(heic_with_gps(800, 600, orientation=6)), "Studio")
    assert (derived.width, derived.height) == (600, 800)


async def test_heic_uploads_are_accepted_and_served_as_clean_jpegs(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    session = await photo_session()
    gallery = await create_gallery(client, session, watermarkEnabled=True)
    original = heic_with_gps(2000, 1500)
    uploaded = await upload_photos(
        client, session.provider_token, gallery["id"], [("IMG_0001.HEIC", original, "image/heic")]
    )
    assert uploaded["userErrors"] == []
    photo = uploaded["photos"][0]
    assert (photo["width"], photo["height"]) == (2000, 1500)
    for url in (photo["thumbnailUrl"], photo["previewUrl"]):
        served = await client.get(url.removeprefix(settings.public_url))
        assert served.status_code == 200
        assert _is_clean_jpeg(served.content)
    # The original is kept as it came, private, for the photographer's downloads.
    stored = await StoredFile.get(kind="PHOTO")
    assert (stored.content_type, stored.size) == ("image/heic", len(original))


def test_a_damaged_heic_is_refused_as_unreadable() -> None:
    whole = heic_with_gps(400, 300)
    damaged = whole[:200] + b"\x00" * (len(whole) - 200)
    with pytest.raises(UnreadableImage):
        derive_images(io.BytesIO(damaged), "Studio")
