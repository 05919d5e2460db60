"""Loader-backed fields resolved without a coroutine when the value is already at hand.

An `async def` resolver costs graphql-core a coroutine, a task (it gathers the awaitables of
an object's fields) and a turn of the event loop, even when its loader answers from the
cache, as it does for a page's service and provider (primed by the page's own join). A
plain resolver returning `loaded(...)` completes such a field at once; when the value still
has to be fetched it returns an awaitable instead, which graphql-core awaits exactly like
an async resolver's result (batched with the rest of the wave as before).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from aiodataloader import DataLoader

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
R = TypeVar("R")


def loaded(loader: DataLoader[K, V], key: K, convert: Callable[[V], R]) -> R:
    """`convert` of the value `loader` holds for `key`: now if the loader has it, else an
    awaitable of it (typed as the value: a field's annotation names its GraphQL type)."""
    future = loader.load(key)
    if future.done():
        return convert(future.result())
    return cast("R", _later(future, convert))


async def _later(future: Any, convert: Callable[[V], R]) -> R:
    return convert(await future)
