"""The Pillow pipeline: derived images are upright, resized, metadata-free; bombs refused."""

from __future__ import annotations

import io

import pytest
from PIL import ExifTags, Image

from integrations import images
from integrations.images import UnreadableImage, derive_images
from tests.galleries import blank_photo, has_gps, jpeg_with_gps, red_logo, shows_red_logo


def test_every_derived_image_drops_exif_and_fits_its_edge() -> None:
    derived = derive_images(io.BytesIO(jpeg_with_gps(3000, 2000)), "Studio")
    assert (derived.width, derived.height) == (3000, 2000)
    for data, edge in (
        (derived.thumbnail, images.THUMBNAIL_EDGE),
        (derived.watermarked_thumbnail, images.THUMBNAIL_EDGE),
        (derived.preview, images.PREVIEW_EDGE),
        (derived.watermarked, images.PREVIEW_EDGE),
    ):
        assert not has_gps(data)
        assert max(Image.open(io.BytesIO(data)).size) == edge
    assert derived.watermarked != derived.preview
    assert derived.watermarked_thumbnail != derived.thumbnail


def test_camera_rotation_is_applied_before_the_tag_is_dropped() -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # shot holding the camera upright
    out = io.BytesIO()
    Image.new("RGB", (800, 600), "blue").save(out, "JPEG", exif=exif)
    derived = derive_images(io.BytesIO(out.getvalue()), "Studio")
    assert (derived.width, derived.height) == (600, 800)


@pytest.mark.parametrize("content", [b"%PDF-1.4 not an image", b"\xff\xd8\xff\xe0" + b"\x00" * 100])
def test_what_pillow_cannot_decode_is_refused(content: bytes) -> None:
    with pytest.raises(UnreadableImage):
        derive_images(io.BytesIO(content), "Studio")


def test_a_decompression_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "MAX_PIXELS", 1_000)
    out = io.BytesIO()
    Image.new("RGB", (100, 100)).save(out, "PNG")
    with pytest.raises(UnreadableImage):
        derive_images(io.BytesIO(out.getvalue()), "Studio")


def test_a_logo_is_tiled_instead_of_the_text() -> None:
    with_logo = derive_images(io.BytesIO(blank_photo()), "Studio", red_logo())
    with_text = derive_images(io.BytesIO(blank_photo()), "Studio")
    assert shows_red_logo(with_logo.watermarked)
    assert not shows_red_logo(with_text.watermarked)
