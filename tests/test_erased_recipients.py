"""Notifications are not written for erased accounts: nobody can sign in to read them, and
the erasure deleted theirs. Their mail was already skipped; now the in-app rows are too."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx
from strawberry.relay import from_base64
from tortoise.transactions import in_transaction

from domain.notification import NotificationKind
from models.account import User
from models.notification import Notification
from models.project import Project
from resolvers.notify import record_milestone
from subscriptions.broker import PG_CHANNEL
from tests.api import gql
from tests.erased_recipients_scenario import told
from tests.factories import make_user
from tests.fresh_database import scenario_answers
from tests.scheduling import open_studio
from tests.test_projects import SEND, quiet_project

EXPECTED = [["NEW_MESSAGE", "live"], ["SESSION_FOLLOW_UP", "live"]]


async def test_postgres_writes_and_announces_the_live_recipients_only(database_url: str) -> None:
    heard: list[str] = []
    listener = await asyncpg.connect(database_url)
    await listener.add_listener(PG_CHANNEL, lambda *args: heard.append(args[-1]))
    try:
        answer = await told()
        for _ in range(50):  # notifications arrive after COMMIT, on the listener's loop turn
            if len(heard) >= 2:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.1)
    finally:
        await listener.close()
    assert answer["notified"] == EXPECTED
    channels = [json.loads(payload)["c"] for payload in heard]
    assert len(channels) == 2
    assert all(answer["ids"]["live"] in channel for channel in channels)
    assert not any(answer["ids"]["erased"] in channel for channel in channels)


async def test_sqlite_writes_and_announces_the_live_recipients_only(tmp_path: Path) -> None:
    url, files = f"sqlite://{tmp_path}/e.sqlite3", str(tmp_path / "files")
    answer = await scenario_answers("erased_recipients_scenario", url, files)
    assert answer["notified"] == EXPECTED
    assert answer["owed"] == ["live", "live"]


async def test_a_message_to_an_erased_client_notifies_nobody(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, _ = await quiet_project(client, studio)
    project = await Project.get(id=from_base64(project_id)[1])
    await User.filter(id=project.client_id).update(deleted_at=datetime.now(UTC))  # type: ignore[attr-defined]

    sent = {"id": project_id, "body": "The mix is ready"}
    done = await gql(client, SEND, sent, token=studio.provider_token)
    assert done["sendMessage"]["userErrors"] == []
    assert await Notification.all().count() == 0


async def test_a_milestone_during_an_erasure_waits_for_it_and_skips_the_account() -> None:
    """The notice written while the erasure holds the account is not left behind it: the
    statement waits for the erasure's commit, then reads the account as erased."""
    user, other = await make_user(), await make_user()
    holding, release = asyncio.Event(), asyncio.Event()

    async def erase() -> None:
        async with in_transaction():
            await User.select_for_update().get(id=user.id)
            await User.filter(id=user.id).update(deleted_at=datetime.now(UTC))
            holding.set()
            await release.wait()

    async def milestone() -> None:
        async with in_transaction():
            kind = NotificationKind.NEW_MESSAGE
            await record_milestone(kind, [user.id, other.id], [], "Debut EP", "Hello")

    erasing = asyncio.create_task(erase())
    await holding.wait()
    telling = asyncio.create_task(milestone())
    await asyncio.sleep(0.3)
    assert not telling.done()  # waiting for the erasure
    release.set()
    await asyncio.gather(erasing, telling)
    assert await Notification.all().values_list("recipient_id", flat=True) == [other.id]
