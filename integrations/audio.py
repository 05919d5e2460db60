"""Reading audio facts with mutagen, the parser that actually understands the formats."""

from __future__ import annotations

from typing import BinaryIO

from mutagen import MutagenError
from mutagen.aiff import AIFF
from mutagen.mp3 import MP3
from mutagen.wave import WAVE

from domain.audio import AudioFacts

_PARSERS = (("WAV", WAVE), ("AIFF", AIFF), ("MP3", MP3))


def read_audio_facts(source: BinaryIO, size: int) -> AudioFacts:
    """Tries each supported format in turn; blocking, so callers run it in a thread."""
    for name, parser in _PARSERS:
        source.seek(0)
        try:
            info = parser(source).info
        except (MutagenError, ValueError, EOFError):
            continue
        bits = getattr(info, "bits_per_sample", None) if name != "MP3" else None
        return AudioFacts(name, int(info.sample_rate), bits, float(info.length), size)
    return AudioFacts(None, 0, None, 0.0, size)
