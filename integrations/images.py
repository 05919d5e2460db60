"""Photo processing with Pillow: the derived images a gallery shows, never the original.

Every derived image is re-encoded from pixels alone, so no EXIF block (GPS position, camera
serial, owner name) survives into anything we serve. `derive_images` blocks: callers run it
in a thread (Pillow releases the GIL while it decodes, resizes and encodes).
"""

from __future__ import annotations

import io
import warnings
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import BinaryIO
from uuid import uuid4

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from integrations.storage import Storage

# Photo uploads accept HEIC (what iPhones shoot), which Pillow cannot decode by itself.
# Registered here, where every decode goes through, so any process that derives images can.
register_heif_opener()

THUMBNAIL_EDGE = 400
PREVIEW_EDGE = 1600
PORTRAIT_EDGE = 800
JPEG_QUALITY = 85
# A 100-megapixel ceiling: real cameras stay under it, decompression bombs do not.
MAX_PIXELS = 100_000_000


class UnreadableImage(Exception):
    """Not an image Pillow can decode, or one too large to decode safely."""


@dataclass(frozen=True, slots=True)
class DerivedImages:
    width: int  # of the original, upright
    height: int
    thumbnail: bytes  # JPEG, no metadata
    preview: bytes
    watermarked_thumbnail: bytes
    watermarked: bytes  # the preview, watermarked


def derive_images(source: BinaryIO, watermark: str, logo: bytes | None = None) -> DerivedImages:
    """`logo` (an image file's bytes), when given, is tiled instead of the `watermark` text."""
    upright = _open_upright(source)
    preview, thumbnail = _fit(upright, PREVIEW_EDGE), _fit(upright, THUMBNAIL_EDGE)

    def marked(image: Image.Image) -> bytes:
        tile = _logo_tile(logo, image.width) if logo else _text_tile(watermark, image.width)
        return _jpeg(_watermark(image, tile))

    return DerivedImages(
        width=upright.width,
        height=upright.height,
        thumbnail=_jpeg(thumbnail),
        preview=_jpeg(preview),
        watermarked_thumbnail=marked(thumbnail),
        watermarked=marked(preview),
    )


@dataclass(frozen=True, slots=True)
class Portrait:
    width: int  # of the derivative served
    height: int
    jpeg: bytes  # no metadata


def derive_portrait(source: BinaryIO) -> Portrait:
    """A provider's public portrait: upright, at most PORTRAIT_EDGE, pixels only; blocking."""
    fitted = _fit(_open_upright(source), PORTRAIT_EDGE)
    return Portrait(width=fitted.width, height=fitted.height, jpeg=_jpeg(fitted))


def check_logo(logo: bytes) -> None:
    """Raises UnreadableImage unless the logo can be tiled over previews; blocking."""
    _open_upright(io.BytesIO(logo), mode="RGBA")


async def store_derived(storage: Storage, prefix: str, derived: DerivedImages) -> dict[str, str]:
    """Saves the derived images under `prefix`; returns {"thumbnail_key": …, …}."""
    folder = f"{prefix}/{uuid4()}"
    keys = {}
    for name, data in (
        ("thumbnail", derived.thumbnail),
        ("preview", derived.preview),
        ("watermarked_thumbnail", derived.watermarked_thumbnail),
        ("watermarked", derived.watermarked),
    ):
        key = f"{folder}/{name}.jpg"
        await storage.save(key, _once(data), content_type="image/jpeg", max_bytes=len(data))
        keys[f"{name}_key"] = key
    return keys


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


def _open_upright(source: BinaryIO, mode: str = "RGB") -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source)
            if image.width * image.height > MAX_PIXELS:
                raise UnreadableImage("too many pixels")
            image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as e:
        raise UnreadableImage(str(e)) from e
    except Image.DecompressionBombWarning as e:
        raise UnreadableImage(str(e)) from e
    # Cameras store rotation as an EXIF tag; apply it before the tag is dropped.
    return ImageOps.exif_transpose(image).convert(mode)


def _fit(image: Image.Image, edge: int) -> Image.Image:
    copy = image.copy()
    copy.thumbnail((edge, edge), Image.Resampling.LANCZOS)
    return copy


def _jpeg(image: Image.Image) -> bytes:
    """Pixels only: a fresh image carries no info dict, so nothing of the original's
    metadata can be written out with it."""
    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def _text_tile(text: str, width: int) -> Image.Image:
    font = ImageFont.load_default(max(14, width // 22))
    left, top, right, bottom = font.getbbox(text)
    gap = bottom - top
    tile = Image.new("RGBA", (right - left + gap * 2, (bottom - top) * 4), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((gap - left, gap - top), text, font=font, fill=(255, 255, 255, 120))
    return tile


def _logo_tile(logo: bytes, width: int) -> Image.Image:
    """The studio's logo at a sixth of the frame's width, made translucent, with room around."""
    mark = _open_upright(io.BytesIO(logo), mode="RGBA")
    mark.thumbnail((max(16, width // 6), max(16, width // 6)), Image.Resampling.LANCZOS)
    mark.putalpha(mark.getchannel("A").point(lambda alpha: alpha * 45 // 100))
    tile = Image.new("RGBA", (mark.width * 2, mark.height * 2), (0, 0, 0, 0))
    tile.alpha_composite(mark, dest=(mark.width // 2, mark.height // 2))
    return tile


def _watermark(image: Image.Image, tile: Image.Image) -> Image.Image:
    """The studio's mark tiled diagonally across the whole frame: cropping cannot remove it."""
    tile = tile.rotate(30, expand=True)
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    for row, y in enumerate(range(0, image.height, tile.height // 2)):
        for x in range(-(row % 2) * tile.width // 2, image.width, tile.width):
            layer.alpha_composite(tile, dest=(max(x, 0), y), source=(max(-x, 0), 0))
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")
