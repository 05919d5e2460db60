"""Turning domain violations into the per-domain GraphQL user errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import TypeVar

from domain.violation import Violation

E = TypeVar("E")
C = TypeVar("C", bound=Enum)


def to_user_errors(
    violations: Iterable[Violation],
    make: Callable[..., E],
    codes: type[C],
) -> list[E]:
    return [make(field=v.field, code=codes(v.code), message=v.message) for v in violations]
