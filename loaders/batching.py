"""Shared shapes for batch functions: results in key order, None or [] for missing keys."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def one_per_key(keys: Sequence[K], rows: Iterable[V], key: Callable[[V], K]) -> list[V | None]:
    by_key = {key(row): row for row in rows}
    return [by_key.get(k) for k in keys]


def many_per_key(keys: Sequence[K], rows: Iterable[V], key: Callable[[V], K]) -> list[list[V]]:
    grouped: defaultdict[K, list[V]] = defaultdict(list)
    for row in rows:
        grouped[key(row)].append(row)
    return [grouped.get(k, []) for k in keys]
