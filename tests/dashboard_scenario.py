"""A page of projects whose unread counts, latest versions and next sessions are read beside
the page (schema/project.read_ahead), and the same fields of each project asked through
`node`, where their loaders fetch them; a page of notifications with its unread count read
in the page's statement: all as plain JSON values.

Tests run this in-process on PostgreSQL and, as `python -m tests.dashboard_scenario URL DIR`,
on a fresh SQLite database (the ORM binds its models to one dialect per process), then
compare the answers.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import httpx
from tortoise import Tortoise

from app.database import migrate, tortoise_config
from app.main import create_app
from app.settings import Settings
from domain.deliverable import DeliverableStatus
from domain.notification import NotificationKind
from domain.session import SessionStatus
from models.account import User
from models.booking import Session
from models.notification import Notification
from models.project import Deliverable, Project, ThreadState
from tests.api import gql
from tests.factories import make_user, token_for
from tests.scheduling import Studio, open_studio

FIELDS = "name unreadMessages latestDeliverable { version status } nextSession { start }"
PAGE = f"""
fragment Asked on Project {{ {FIELDS} }}
query {{
  me {{ projects(first: 10) {{ edges {{ node {{ id ...Asked }} }} }} }}
  myNotifications(first: 2) {{ unreadCount edges {{ node {{ title }} }} }}
}}"""
ONE = f"query ($id: ID!) {{ node(id: $id) {{ ... on Project {{ {FIELDS} }} }} }}"


async def _session(client: User, studio: Studio, start: datetime, status: SessionStatus) -> None:
    session_id = uuid4()
    await Session.create(
        id=session_id,
        provider=studio.profile,
        service=studio.service,
        client=client,
        start_at=start,
        end_at=start + timedelta(hours=1),
        blocked_start=start,
        blocked_end=start + timedelta(hours=1),
        slot_key=str(session_id),
        status=status,
        price_amount=10000,
        currency="EUR",
    )


async def project_reads(client: httpx.AsyncClient) -> dict[str, Any]:
    """Three projects of one client with two studios: the first with two versions, unread
    messages and, with its studio, a past, a cancelled and two upcoming sessions; the second
    with one version under revision; the third (same studio as the first) with nothing."""
    first, second = await open_studio(), await open_studio()
    me, other = await make_user(), await make_user()
    token = await token_for(me)
    soon = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    projects = [
        await Project.create(
            client=me, provider=studio.profile, service=studio.service, name=f"EP {n}"
        )
        for n, studio in enumerate((first, second, first))
    ]
    await ThreadState.create(project=projects[0], user=me, unread_count=4)
    await ThreadState.create(project=projects[0], user=other, unread_count=9)
    for version in (1, 2):
        await Deliverable.create(project=projects[0], version=version)
    await Deliverable.create(
        project=projects[1], version=1, status=DeliverableStatus.REVISION_REQUESTED
    )
    await _session(me, first, soon - timedelta(days=10), SessionStatus.COMPLETED)
    await _session(me, first, soon - timedelta(days=1), SessionStatus.CANCELLED)
    await _session(me, first, soon + timedelta(days=1), SessionStatus.CONFIRMED)
    await _session(me, first, soon, SessionStatus.REQUESTED)
    await _session(other, second, soon - timedelta(days=2), SessionStatus.CONFIRMED)
    told = NotificationKind.NEW_MESSAGE
    mine = [
        Notification(recipient=me, kind=told, title=str(n), read_at=read)
        for n, read in enumerate((None, soon, None))
    ]
    for n, notification in enumerate(mine):  # newest last, a minute apart
        notification.created_at = soon + timedelta(minutes=n)
    await Notification.bulk_create([*mine, Notification(recipient=other, kind=told, title="x")])

    page = await gql(client, PAGE, token=token)
    nodes = [edge["node"] for edge in page["me"]["projects"]["edges"]]
    one_by_one = [(await gql(client, ONE, {"id": n["id"]}, token=token))["node"] for n in nodes]
    return {
        "notifications": page["myNotifications"],
        "page": [{key: value for key, value in n.items() if key != "id"} for n in nodes],
        "one by one": one_by_one,
        "soon": soon.isoformat(),
    }


async def _on_fresh_database(url: str, storage: str) -> dict[str, Any]:
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    app = create_app(Settings(database_url=url, storage_url=f"file://{storage}"))
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            return await project_reads(http)
    finally:
        await Tortoise.close_connections()


if __name__ == "__main__":
    print(json.dumps(asyncio.run(_on_fresh_database(sys.argv[1], sys.argv[2]))))
