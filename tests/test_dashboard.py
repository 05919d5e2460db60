"""A client's whole dashboard in one request (bench/load.py times it): a fixed cost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import httpx

from domain.notification import NotificationKind
from domain.session import SessionStatus
from models.account import User
from models.booking import Session
from models.notification import Notification
from models.project import Deliverable, Project, ThreadState
from tests.api import StatementCounter, gql
from tests.dashboard_scenario import project_reads
from tests.factories import make_user, token_for
from tests.fresh_database import scenario_answers
from tests.scheduling import Studio, hour_session, open_studio

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
    await hour_session(client, studio, start, SessionStatus.CONFIRMED)
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
    # token with user; projects (providers and services joined, and beside each its unread
    # count, latest version and next session), sessions (providers and services joined),
    # notifications with the unread count
    assert counts[0] == counts[1] == 4, statements.queries


async def test_fields_read_beside_the_page_agree_with_their_loaders_on_both_databases(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    on_postgres = await project_reads(client)
    soon = datetime.fromisoformat(on_postgres["soon"])
    assert on_postgres["page"] == [
        {
            "name": "EP 0",
            "unreadMessages": 4,
            "latestDeliverable": {"version": 2, "status": "SUBMITTED"},
            "nextSession": {"start": soon.isoformat()},
        },
        {
            "name": "EP 1",
            "unreadMessages": 0,
            "latestDeliverable": {"version": 1, "status": "REVISION_REQUESTED"},
            "nextSession": None,
        },
        {
            "name": "EP 2",
            "unreadMessages": 0,
            "latestDeliverable": None,
            "nextSession": {"start": soon.isoformat()},
        },
    ]
    assert on_postgres["one by one"] == on_postgres["page"]
    assert on_postgres["notifications"] == {
        "unreadCount": 2,
        "edges": [{"node": {"title": title}} for title in ("2", "1")],
    }
    studio = on_postgres["studio"]
    assert [e["node"]["name"] for e in studio["me"]["projects"]["edges"]] == ["EP 0", "EP 2"]
    assert len(studio["mySessions"]["edges"]) == 4
    url, files = f"sqlite://{tmp_path}/d.sqlite3", str(tmp_path / "files")
    on_sqlite = await scenario_answers("dashboard_scenario", url, files)
    assert on_sqlite["notifications"] == on_postgres["notifications"]
    assert len(on_sqlite["studio"]["mySessions"]["edges"]) == 4
    assert on_sqlite["studio"]["me"] == studio["me"]
    assert on_sqlite["page"] == on_sqlite["one by one"]
    assert on_sqlite["page"] == [
        project | {"nextSession": {"start": on_sqlite["soon"]} if project["nextSession"] else None}
        for project in on_postgres["page"]
    ]


SESSIONS = """
query ($first: Int!, $after: String, $status: SessionStatus, $from: DateTime, $to: DateTime) {
  mySessions(first: $first, after: $after, status: $status, from: $from, to: $to) {
    edges { node { start client { firstName } } }
    pageInfo { hasNextPage endCursor }
  }
}"""
PROJECTS = """
query ($after: String) {
  me { projects(first: 2, after: $after) {
    edges { node { name } } pageInfo { hasNextPage endCursor }
  } }
}"""


async def test_sessions_and_projects_page_and_filter_for_client_and_provider(
    client: httpx.AsyncClient,
) -> None:
    studio, other = await open_studio(), await open_studio()
    me = await make_user(first_name="Mia")
    token = await token_for(me)
    first = datetime.now(UTC).replace(microsecond=0) + timedelta(days=30)
    starts = [first + timedelta(hours=2 * n) for n in range(5)]
    for n, start in enumerate(starts):
        await add_work(me, studio if n < 4 else other, n, start)
    await Session.filter(start_at=starts[1]).update(status=SessionStatus.CANCELLED)

    async def sessions(token: str, **variables: object) -> list[str]:
        found, after = [], None
        while True:
            page = await gql(
                client, SESSIONS, {"first": 2, "after": after, **variables}, token=token
            )
            found += [e["node"]["start"] for e in page["mySessions"]["edges"]]
            info = page["mySessions"]["pageInfo"]
            if not info["hasNextPage"]:
                return found
            after = info["endCursor"]

    every = [s.isoformat() for s in starts]
    assert await sessions(token) == every
    assert await sessions(token, status="CANCELLED") == [every[1]]
    # `from` and `to` with another offset than UTC mean the same instants.
    berlin = timezone(timedelta(hours=1))
    window = {"from": starts[1].astimezone(berlin).isoformat(), "to": starts[4].isoformat()}
    assert await sessions(token, **window) == every[1:4]
    # The provider sees the sessions booked with them, the client's name on each.
    assert await sessions(studio.provider_token) == every[:4]
    assert await sessions(await token_for(await make_user())) == []

    names, after = [], None
    while True:
        page = (await gql(client, PROJECTS, {"after": after}, token=token))["me"]["projects"]
        names += [e["node"]["name"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert names == [f"EP {n}" for n in range(5)]
    provider_view = await gql(client, PROJECTS, {"after": None}, token=other.provider_token)
    assert [e["node"]["name"] for e in provider_view["me"]["projects"]["edges"]] == ["EP 4"]


async def test_a_provider_who_books_too_sees_each_session_and_project_once(
    client: httpx.AsyncClient,
) -> None:
    """Their rows as client and as provider are read as two pages merged: a session or
    project of both kinds (booked at their own studio) comes once, in order, across pages."""
    studio, other = await open_studio(), await open_studio()
    provider = await User.get(id=studio.profile.user_id)  # type: ignore[attr-defined]
    customer = await make_user()
    first = datetime.now(UTC).replace(microsecond=0) + timedelta(days=30)
    starts = [first + timedelta(hours=2 * n) for n in range(5)]
    # As provider, as client elsewhere, as both, as client elsewhere, as provider.
    for n, (booker, place) in enumerate(
        [
            (customer, studio),
            (provider, other),
            (provider, studio),
            (provider, other),
            (customer, studio),
        ]
    ):
        await add_work(booker, place, n, starts[n])
    every = [start.isoformat() for start in starts]
    found, after = [], None
    while True:
        variables = {"first": 2, "after": after}
        page = (await gql(client, SESSIONS, variables, token=studio.provider_token))["mySessions"]
        found += [edge["node"]["start"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert found == every
    names, after = [], None
    while True:
        me = await gql(client, PROJECTS, {"after": after}, token=studio.provider_token)
        names += [edge["node"]["name"] for edge in me["me"]["projects"]["edges"]]
        if not me["me"]["projects"]["pageInfo"]["hasNextPage"]:
            break
        after = me["me"]["projects"]["pageInfo"]["endCursor"]
    assert names == [f"EP {n}" for n in range(5)]
