"""The per-request loader registry (loaders bind to the running loop, hence async tests)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from domain.session import SessionStatus
from loaders import Loaders
from tests.factories import make_user
from tests.scheduling import hour_session, open_studio


async def test_a_loader_is_built_once_per_registry_and_never_shared() -> None:
    first, second = Loaders(), Loaders()
    assert first.user_by_id is first.user_by_id
    assert first.user_by_id is not second.user_by_id


async def test_an_unbatched_registry_builds_unbatched_loaders() -> None:
    assert Loaders().service_by_id.batch is True
    assert Loaders(batch=False).service_by_id.batch is False


async def test_the_next_session_is_the_earliest_of_the_pair_that_still_holds_time() -> None:
    studio, other = await open_studio(), await open_studio()
    client = await make_user()
    now = datetime.now(UTC).replace(microsecond=0)
    await hour_session(client, studio, now - timedelta(hours=3), SessionStatus.CONFIRMED)  # over
    await hour_session(client, studio, now + timedelta(hours=2), SessionStatus.CANCELLED)
    running = await hour_session(
        client, studio, now - timedelta(minutes=30), SessionStatus.IN_PROGRESS
    )
    later = await hour_session(client, other, now + timedelta(days=2), SessionStatus.REQUESTED)
    await hour_session(client, other, now + timedelta(days=3), SessionStatus.CONFIRMED)
    loader = Loaders().next_session
    pairs = [(client.id, studio.profile.id), (client.id, other.profile.id), (uuid4(), uuid4())]
    found = await loader.load_many(pairs)
    assert [row.id if row else None for row in found] == [running, later, None]
