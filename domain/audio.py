"""The sample-mix rules: what a 30-second source section must be."""

from __future__ import annotations

from dataclasses import dataclass

from domain.violation import Violation

MAX_BYTES = 50 * 1024 * 1024
MAX_SECONDS = 30.0
MIN_SAMPLE_RATE = 44_100
MIN_BITS_LOSSLESS = 16
FORMATS = frozenset({"WAV", "AIFF", "MP3"})
LOSSLESS = frozenset({"WAV", "AIFF"})


@dataclass(frozen=True, slots=True)
class AudioFacts:
    """What a real parser (mutagen) read from the file; format None if it could not."""

    format: str | None
    sample_rate: int
    bits_per_sample: int | None  # None for lossy formats
    seconds: float
    size: int


def sample_mix_violations(facts: AudioFacts) -> list[Violation]:
    """One violation per broken rule, each with its own code."""
    if facts.format not in FORMATS:
        return [Violation("file", "UNSUPPORTED_FORMAT", "Send WAV, AIFF or MP3 audio.")]
    violations = []
    if facts.size > MAX_BYTES:
        violations.append(Violation("file", "TOO_LARGE", "The section may be at most 50 MB."))
    if facts.seconds > MAX_SECONDS:
        violations.append(
            Violation("file", "TOO_LONG", f"Send at most 30 seconds ({facts.seconds:.1f} s sent).")
        )
    if facts.sample_rate < MIN_SAMPLE_RATE:
        violations.append(Violation("file", "SAMPLE_RATE_TOO_LOW", "Use at least 44.1 kHz."))
    if facts.format in LOSSLESS and (facts.bits_per_sample or 0) < MIN_BITS_LOSSLESS:
        violations.append(Violation("file", "BIT_DEPTH_TOO_LOW", "Use at least 16-bit audio."))
    return violations
