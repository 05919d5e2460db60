"""A page of projects whose unread counts, latest versions and next sessions are read beside
the page (schema/project.read_ahead), and the same fields of each project asked through
`node`, where their loaders fetch them; a page of notifications with its unread count read
in the page's statement: all as plain JSON values.

Tests run this in-process on PostgreSQL and, as `python -m tests.dashboard_scenario URL DIR`,
on a fresh SQLite database (the ORM binds its models to one dialect per process), then
compare the answers.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from domain.deliverable import DeliverableStatus
from domain.notification import NotificationKind
from domain.session import SessionStatus
from models.notification import Notification
from models.project import Deliverable, Project, ThreadState
from tests.api import gql
from tests.factories import make_user, token_for
from tests.fresh_database import print_answers
from tests.scheduling import hour_session, open_studio

FIELDS = "name unreadMessages latestDeliverable { version status } nextSession { start }"
PAGE = f"""
fragment Asked on Project {{ {FIELDS} }}
query {{
  me {{ projects(first: 10) {{ edges {{ node {{ id ...Asked }} }} }} }}
  myNotifications(first: 2) {{ unreadCount edges {{ node {{ title }} }} }}
}}"""
ONE = f"query ($id: ID!) {{ node(id: $id) {{ ... on Project {{ {FIELDS} }} }} }}"
# The first studio's own view: its rows as provider (and none as client) read as two pages.
STUDIO = """{
  me { projects(first: 10) { edges { node { name } } } }
  mySessions(first: 10) { edges { node { start status } } }
}"""


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
    await hour_session(me, first, soon - timedelta(days=10), SessionStatus.COMPLETED)
    await hour_session(me, first, soon - timedelta(days=1), SessionStatus.CANCELLED)
    await hour_session(me, first, soon + timedelta(days=1), SessionStatus.CONFIRMED)
    await hour_session(me, first, soon, SessionStatus.REQUESTED)
    await hour_session(other, second, soon - timedelta(days=2), SessionStatus.CONFIRMED)
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
        "studio": await gql(client, STUDIO, token=first.provider_token),
        "notifications": page["myNotifications"],
        "page": [{key: value for key, value in n.items() if key != "id"} for n in nodes],
        "one by one": one_by_one,
        "soon": soon.isoformat(),
    }


if __name__ == "__main__":
    print_answers(project_reads)
