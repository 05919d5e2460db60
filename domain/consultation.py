"""Rules for what a client tells us when booking a consultation."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from domain.violation import Violation

MAX_LINKS = 10


@dataclass(frozen=True, slots=True)
class Brief:
    project_name: str
    description: str
    genre: str
    bpm: int | None
    reference_links: list[str]
    special_requirements: str


def _is_web_link(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and len(url) <= 500


def brief_violations(brief: Brief) -> list[Violation]:
    checks = [
        ("projectName", 0 < len(brief.project_name.strip()) <= 200, "Use 1 to 200 characters."),
        ("description", len(brief.description) <= 10_000, "Keep it under 10,000 characters."),
        ("genre", len(brief.genre) <= 60, "Use at most 60 characters."),
        ("bpm", brief.bpm is None or 20 <= brief.bpm <= 400, "Use 20 to 400 BPM."),
        (
            "referenceLinks",
            len(brief.reference_links) <= MAX_LINKS
            and all(_is_web_link(url) for url in brief.reference_links),
            "Up to 10 http(s) links.",
        ),
        (
            "specialRequirements",
            len(brief.special_requirements) <= 10_000,
            "Keep it under 10,000 characters.",
        ),
    ]
    return [Violation(field, "INVALID_VALUE", message) for field, ok, message in checks if not ok]
