"""Partial updates: an omitted (null) input field keeps the stored value."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def pick(new: T | None, current: T) -> T:
    return current if new is None else new
