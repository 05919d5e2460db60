"""The per-request loader registry (loaders bind to the running loop, hence async tests)."""

from __future__ import annotations

from loaders import Loaders


async def test_a_loader_is_built_once_per_registry_and_never_shared() -> None:
    first, second = Loaders(), Loaders()
    assert first.user_by_id is first.user_by_id
    assert first.user_by_id is not second.user_by_id


async def test_an_unbatched_registry_builds_unbatched_loaders() -> None:
    assert Loaders().service_by_id.batch is True
    assert Loaders(batch=False).service_by_id.batch is False
