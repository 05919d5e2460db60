"""A client's whole dashboard in one request (bench/load.py times it): a fixed cost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import httpx

from domain.notification import NotificationKind
from domain.session import SessionStatus
from models.account import User
from models.booking import Session
from models.notification import Notification
from models.project import Deliverable, Project, ThreadState
from tests.api import StatementCounter, gql
from tests.factories import make_user, token_for
from tests.scheduling import Studio, open_studio

DASHBOARD = """
query ($from: DateTime!) {
  me {
    projects(first: 50) { edges { node {
      name status unreadMessages latestDeliverable { version } nextSession { start }
      provider { displayName } service { name }
    } } }
  }
  mySessions(first: 50, from: $from) { edges { node {
    start rateAtBooking { amount } service { name } provider { displayName }
  } } }
  myNotifications(first: 50) { unreadCount edges { node { title readAt } } }
}"""


async def add_work(client: User, studio: Studio, n: int, start: datetime) -> None:
    """A project with a version handed in, an upcoming session, two notifications."""
    project = await Project.create(
        client=client, provider=studio.profile, service=studio.service, name=f"EP {n}"
    )
    await ThreadState.create(project=project, user=client, unread_count=n)
    await Deliverable.create(project=project, version=1)
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
        status=SessionStatus.CONFIRMED,
        price_amount=10000,
        currency="EUR",
    )
    await Notification.bulk_create(
        [
            Notification(recipient=client, kind=NotificationKind.NEW_MESSAGE, title=f"{n}.{k}")
            for k in range(2)
        ]
    )


async def test_the_dashboard_costs_the_same_statements_for_2_and_12_of_everything(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studios = [await open_studio() for _ in range(3)]
    me = await make_user()
    token = await token_for(me)
    now = datetime.now(UTC)
    first = now.replace(microsecond=0) + timedelta(days=30)
    counts = []
    for total in (2, 12):
        for n in range(await Project.filter(client=me).count(), total):
            await add_work(me, studios[n % 3], n, first + timedelta(hours=2 * n))
        statements.reset()
        data = await gql(client, DASHBOARD, {"from": now.isoformat()}, token=token)
        counts.append(statements.count)
        projects = [e["node"] for e in data["me"]["projects"]["edges"]]
        assert [p["unreadMessages"] for p in projects] == list(range(total))
        assert {p["provider"]["displayName"] for p in projects} == {
            s.profile.display_name for s in studios[:total]
        }
        assert all(p["nextSession"] and p["latestDeliverable"] for p in projects)
        assert len(data["mySessions"]["edges"]) == total
        assert data["myNotifications"]["unreadCount"] == 2 * total
    # token with user; projects, sessions (providers and services joined into both),
    # notifications, unread count; thread states, versions, next sessions
    assert counts[0] == counts[1] == 8, statements.queries
