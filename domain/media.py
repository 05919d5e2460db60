"""Which files each upload kind accepts, judged by their content rather than their name."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.violation import Violation

MB = 1024 * 1024


class FileKind(StrEnum):
    REFERENCE_TRACK = "REFERENCE_TRACK"
    SAMPLE_MIX_SOURCE = "SAMPLE_MIX_SOURCE"
    SCRIPT = "SCRIPT"
    ATTACHMENT = "ATTACHMENT"
    PHOTO = "PHOTO"
    DELIVERABLE = "DELIVERABLE"
    WATERMARK = "WATERMARK"  # a studio's logo, tiled over gallery previews
    PORTRAIT = "PORTRAIT"  # a provider's photo; only a resized, metadata-free copy is public
    DEMO = "DEMO"  # a provider's demo reel, played publicly before booking
    # A user's data archive: written by the server only, so it accepts no uploads.
    EXPORT = "EXPORT"


@dataclass(frozen=True, slots=True)
class KindRule:
    max_bytes: int
    mime_types: frozenset[str]
    private: bool  # scripts and originals: never a public URL, owner and staff only


_AUDIO = frozenset({"audio/x-wav", "audio/wav", "audio/x-aiff", "audio/aiff", "audio/mpeg"})
_IMAGES = frozenset({"image/jpeg", "image/png", "image/webp", "image/heic"})
_DOCUMENTS = frozenset({"application/pdf"})
_ARCHIVES = frozenset({"application/zip"})  # stems and photo sets handed in as one file

RULES: dict[FileKind, KindRule] = {
    FileKind.REFERENCE_TRACK: KindRule(200 * MB, _AUDIO, private=False),
    FileKind.SAMPLE_MIX_SOURCE: KindRule(50 * MB, _AUDIO, private=True),
    FileKind.SCRIPT: KindRule(20 * MB, _DOCUMENTS, private=True),
    FileKind.ATTACHMENT: KindRule(25 * MB, _AUDIO | _IMAGES | _DOCUMENTS, private=False),
    FileKind.PHOTO: KindRule(30 * MB, _IMAGES, private=True),
    FileKind.WATERMARK: KindRule(5 * MB, _IMAGES - {"image/heic"}, private=False),
    # The original keeps its EXIF (GPS, camera): private; the profile shows a derivative.
    FileKind.PORTRAIT: KindRule(15 * MB, _IMAGES, private=True),
    FileKind.DEMO: KindRule(100 * MB, _AUDIO, private=False),
    # Finished work: masters, stems, edited sets. Past the multipart cap they go through
    # requestUpload/completeUpload.
    FileKind.DELIVERABLE: KindRule(
        500 * MB, _AUDIO | _IMAGES | _DOCUMENTS | _ARCHIVES, private=False
    ),
    FileKind.EXPORT: KindRule(100 * MB, frozenset(), private=True),
}


def content_violation(kind: FileKind, sniffed_mime: str | None) -> Violation | None:
    """`sniffed_mime` is what the first bytes say the file is (None: unrecognised)."""
    if sniffed_mime in RULES[kind].mime_types:
        return None
    if not RULES[kind].mime_types:
        return Violation("file", "UNSUPPORTED_TYPE", f"{kind.lower()} files cannot be uploaded.")
    return Violation("file", "UNSUPPORTED_TYPE", f"{kind.lower()} files must be one of: "
                     + ", ".join(sorted(RULES[kind].mime_types)))  # fmt: skip


def size_violation(kind: FileKind) -> Violation:
    limit = RULES[kind].max_bytes // MB
    return Violation("file", "TOO_LARGE", f"{kind.lower()} files may be at most {limit} MB.")
