"""What a provider's public portrait and demo reels may be."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from domain.audio import FORMATS, AudioFacts
from domain.media import FileKind
from domain.violation import Violation

MAX_DEMOS = 5
MAX_DEMO_SECONDS = 10 * 60
MAX_TITLE = 120


def file_violation(kind: FileKind | None, wanted: FileKind, *, in_use: bool) -> Violation | None:
    """`kind` None: no such file among the provider's own uploads."""
    if kind is None:
        return Violation("fileId", "NOT_FOUND", "No such file of the provider's.")
    if kind != wanted:
        return Violation("fileId", "UNSUPPORTED_TYPE", f"Upload the file as kind {wanted}.")
    if in_use:
        return Violation("fileId", "ALREADY_ATTACHED", "This file is on the profile already.")
    return None


def count_violation(current: int) -> Violation | None:
    if current < MAX_DEMOS:
        return None
    return Violation("fileId", "TOO_MANY", f"A profile shows at most {MAX_DEMOS} demos.")


def title_violation(title: str) -> Violation | None:
    if not title.strip() or len(title) > MAX_TITLE:
        return Violation("title", "INVALID_VALUE", f"Give a title of 1 to {MAX_TITLE} characters.")
    return None


def demo_violations(facts: AudioFacts) -> list[Violation]:
    """Read by mutagen: the upload's first bytes looked like audio, this checks it plays."""
    if facts.format not in FORMATS or facts.seconds <= 0:
        return [Violation("fileId", "UNSUPPORTED_TYPE", "Send WAV, AIFF or MP3 audio.")]
    if facts.seconds > MAX_DEMO_SECONDS:
        return [
            Violation(
                "fileId",
                "TOO_LONG",
                f"A demo may run at most {MAX_DEMO_SECONDS // 60} minutes "
                f"({facts.seconds:.0f} s sent).",
            )
        ]
    return []


def order_violation(current: Sequence[UUID], requested: Sequence[UUID | None]) -> Violation | None:
    """A new order names every demo of the profile exactly once."""
    if len(requested) != len(current) or set(requested) != set(current):
        return Violation("demoIds", "INVALID_VALUE", "List each of the profile's demos once.")
    return None
