"""The shape every pure rule uses to say what is wrong with an input."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Violation:
    """`field` is the input path (e.g. "rates.1.amount"); `code` is a stable machine name."""

    field: str | None
    code: str
    message: str
