"""Admin views over everything, their filters and cost, and admin moves through the same
state machines as everyone's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count
from uuid import uuid4

import httpx
import pytest
from strawberry.relay import to_base64

from domain.project import ProjectStatus
from domain.session import SessionStatus
from domain.shop import OrderStatus
from models.account import Role, User
from models.booking import Session
from models.project import Project
from models.provider import ProviderProfile, Service
from models.shop import Order
from tests.api import StatementCounter, assert_denied, gql
from tests.factories import make_provider, make_service, make_user, token_for
from tests.shop import admin_token

SESSIONS = """
query ($status: SessionStatus, $from: DateTime, $to: DateTime, $providerId: ID,
       $search: String) {
  adminSessions(first: 50, status: $status, from: $from, to: $to, providerId: $providerId,
                search: $search) {
    edges { node { id status client { email } provider { displayName } service { name } } }
  }
}"""
PROJECTS = """
query ($status: ProjectStatus, $from: DateTime, $providerId: ID, $search: String) {
  adminProjects(first: 50, status: $status, from: $from, providerId: $providerId,
                search: $search) {
    edges { node { id name status client { email } provider { displayName } service { name } } }
  }
}"""
ORDERS = """
query ($status: OrderStatus, $paid: Boolean, $search: String, $to: DateTime) {
  adminOrders(first: 50, status: $status, paid: $paid, search: $search, to: $to) {
    edges { node { id number status customer { email } items { sku } } }
  }
}"""
USERS = """
query ($role: Role, $search: String, $from: DateTime) {
  adminUsers(first: 50, role: $role, search: $search, from: $from) {
    edges { node { id email role } }
  }
}"""
BASE = datetime(2026, 6, 1, 9, tzinfo=UTC)
_serial = count()


async def session_row(
    provider: ProviderProfile, service: Service, client: User, hours: int, **fields: object
) -> Session:
    start = BASE + timedelta(hours=hours)
    values = {
        "start_at": start,
        "end_at": start + timedelta(minutes=30),
        "blocked_start": start,
        "blocked_end": start + timedelta(minutes=30),
        "slot_key": str(uuid4()),
        "status": SessionStatus.REQUESTED,
        "price_amount": 10000,
        "currency": "EUR",
    }
    return await Session.create(
        provider=provider, service=service, client=client, **(values | fields)
    )


async def project_row(provider: ProviderProfile, client: User, **fields: object) -> Project:
    service = await Service.filter(provider_id=provider.id).first()
    values = {"name": f"Project {next(_serial)}"}
    return await Project.create(
        provider=provider, client=client, service=service, **(values | fields)
    )


async def order_row(user: User, **fields: object) -> Order:
    values = {
        "number": f"SG-2026-{next(_serial):06d}",
        "subtotal_amount": 1000,
        "shipping_amount": 0,
        "tax_amount": 190,
        "total_amount": 1190,
        "currency": "EUR",
    }
    return await Order.create(user=user, **(values | fields))


def ids(data: dict, field: str) -> set[str]:
    return {edge["node"]["id"] for edge in data[field]["edges"]}


def gid(type_name: str, row: object) -> str:
    return to_base64(type_name, str(row.id))  # type: ignore[attr-defined]


@pytest.mark.parametrize("query", [SESSIONS, PROJECTS, ORDERS, USERS])
async def test_only_admins_see_the_admin_views(client: httpx.AsyncClient, query: str) -> None:
    await assert_denied(client, query, token=await token_for(await make_user()))
    provider = await make_provider()
    await assert_denied(client, query, token=await token_for(await provider.user))
    await assert_denied(client, query)


async def test_admin_sessions_filter_by_status_dates_provider_and_search(
    client: httpx.AsyncClient,
) -> None:
    alice = await make_user(email="alice@example.com", first_name="Alice")
    bob = await make_user(email="bob@example.com", first_name="Bob")
    north = await make_provider(display_name="North Garage")
    south = await make_provider(display_name="South Studio")
    north_service, south_service = await make_service(north), await make_service(south)
    s1 = await session_row(north, north_service, alice, 0)
    s2 = await session_row(north, north_service, bob, 24, status=SessionStatus.COMPLETED)
    s3 = await session_row(south, south_service, alice, 48, status=SessionStatus.COMPLETED)
    admin = await admin_token()

    async def found(**variables: object) -> set[str]:
        return ids(await gql(client, SESSIONS, variables, token=admin), "adminSessions")

    everyone = {gid("Session", s) for s in (s1, s2, s3)}
    assert await found() == everyone
    assert await found(status="COMPLETED") == {gid("Session", s2), gid("Session", s3)}
    window = {"from": (BASE + timedelta(hours=1)).isoformat()}
    assert await found(**window) == {gid("Session", s2), gid("Session", s3)}
    window["to"] = (BASE + timedelta(hours=48)).isoformat()  # excluded
    assert await found(**window) == {gid("Session", s2)}
    assert await found(providerId=gid("Provider", south)) == {gid("Session", s3)}
    assert await found(providerId=gid("Service", south_service)) == set()
    assert await found(search="ALICE@") == {gid("Session", s1), gid("Session", s3)}
    assert await found(search="south") == {gid("Session", s3)}
    assert await found(search="  ") == everyone
    assert await found(search="bob", status="REQUESTED") == set()


async def test_admin_projects_orders_and_users_filter(client: httpx.AsyncClient) -> None:
    alice = await make_user(email="alice@example.com", first_name="Alice", last_name="Smith")
    bob = await make_user(email="bob@example.com", first_name="Bob", last_name="Jones")
    north = await make_provider(display_name="North Garage")
    await make_service(north)
    south = await make_provider(display_name="South Studio")
    await make_service(south)
    p1 = await project_row(north, alice, name="Debut EP")
    p2 = await project_row(south, bob, name="Brake job", status=ProjectStatus.IN_PROGRESS)
    o1 = await order_row(alice)
    o2 = await order_row(bob, status=OrderStatus.PAID, paid_at=datetime.now(UTC))
    admin = await admin_token()

    async def found(query: str, field: str, **variables: object) -> set[str]:
        return ids(await gql(client, query, variables, token=admin), field)

    projects = lambda **v: found(PROJECTS, "adminProjects", **v)  # noqa: E731
    assert await projects() == {gid("Project", p1), gid("Project", p2)}
    assert await projects(status="IN_PROGRESS") == {gid("Project", p2)}
    assert await projects(providerId=gid("Provider", north)) == {gid("Project", p1)}
    assert await projects(search="debut") == {gid("Project", p1)}
    assert await projects(search="JONES") == {gid("Project", p2)}
    later = (datetime.now(UTC) + timedelta(minutes=1)).isoformat()
    assert await projects(**{"from": later}) == set()

    orders = lambda **v: found(ORDERS, "adminOrders", **v)  # noqa: E731
    assert await orders() == {gid("Order", o1), gid("Order", o2)}
    assert await orders(paid=True) == {gid("Order", o2)}
    assert await orders(paid=False) == {gid("Order", o1)}
    assert await orders(status="PENDING") == {gid("Order", o1)}
    assert await orders(search=o2.number.lower()) == {gid("Order", o2)}
    assert await orders(search="Alice") == {gid("Order", o1)}
    assert await orders(to=BASE.isoformat()) == set()
    data = await gql(client, ORDERS, {"search": o1.number}, token=admin)
    assert data["adminOrders"]["edges"][0]["node"]["customer"] == {"email": "alice@example.com"}

    users = lambda **v: found(USERS, "adminUsers", **v)  # noqa: E731
    assert await users(search="smith") == {gid("User", alice)}
    assert await users(search="@EXAMPLE.com", role="PROVIDER") == {
        gid("User", await north.user),
        gid("User", await south.user),
    }
    assert len(await users(role="ADMIN")) == 1


async def test_admin_views_cost_the_same_for_5_or_50_rows(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    admin = await admin_token()
    cases = [(SESSIONS, "adminSessions"), (PROJECTS, "adminProjects"), (ORDERS, "adminOrders")]
    costs: dict[str, list[int]] = {field: [] for _, field in cases} | {"adminUsers": []}
    for total in (5, 50):
        while await Session.all().count() < total:
            n = await Session.all().count()
            provider = await make_provider()  # a provider (and user) per row: no cache hits
            service = await make_service(provider)
            buyer = await make_user()
            await session_row(provider, service, buyer, n)
            await project_row(provider, buyer)
            await order_row(buyer)
        for query, field in [*cases, (USERS, "adminUsers")]:
            statements.reset()
            data = await gql(client, query, token=admin)
            # two accounts a row (provider, buyer) and the admin; pages hold 50
            rows = min(total * 2 + 1, 50) if field == "adminUsers" else total
            assert len(data[field]["edges"]) == rows
            costs[field].append(statements.count)
    for field, (small, large) in costs.items():
        assert small == large, (field, statements.queries)


MOVE_SESSION = """
mutation ($id: ID!) { %s(input: {id: $id}) { session { status } userErrors { code } } }"""
MOVE_PROJECT = """
mutation ($id: ID!, $status: ProjectStatus!) {
  updateProjectStatus(input: {id: $id, status: $status}) {
    project { status } userErrors { code }
  }
}"""
MOVE_ORDER = """
mutation ($id: ID!, $status: OrderStatus!) {
  updateOrderStatus(input: {orderId: $id, status: $status}) {
    order { status } userErrors { code }
  }
}"""


async def test_admins_move_things_through_the_same_state_machines(
    client: httpx.AsyncClient,
) -> None:
    provider = await make_provider()
    service, buyer = await make_service(provider), await make_user()
    session = await session_row(provider, service, buyer, 0)
    project = await project_row(provider, buyer)
    order = await order_row(buyer)
    admin = await admin_token()
    session_id = {"id": gid("Session", session)}

    early = await gql(client, MOVE_SESSION % "completeSession", session_id, token=admin)
    assert early["completeSession"] == {
        "session": None,
        "userErrors": [{"code": "INVALID_TRANSITION"}],
    }
    moved = await gql(client, MOVE_SESSION % "confirmSession", session_id, token=admin)
    assert moved["confirmSession"]["session"] == {"status": "CONFIRMED"}

    project_id = gid("Project", project)
    skip = await gql(client, MOVE_PROJECT, {"id": project_id, "status": "COMPLETED"}, token=admin)
    assert skip["updateProjectStatus"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]
    start = await gql(
        client, MOVE_PROJECT, {"id": project_id, "status": "IN_PROGRESS"}, token=admin
    )
    assert start["updateProjectStatus"]["project"] == {"status": "IN_PROGRESS"}

    order_id = gid("Order", order)
    # Only a payment makes an order PAID, even for an admin.
    paid = await gql(client, MOVE_ORDER, {"id": order_id, "status": "PAID"}, token=admin)
    assert paid["updateOrderStatus"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]
    cancel = await gql(client, MOVE_ORDER, {"id": order_id, "status": "CANCELLED"}, token=admin)
    assert cancel["updateOrderStatus"]["order"] == {"status": "CANCELLED"}

    await session.refresh_from_db()
    await project.refresh_from_db()
    await order.refresh_from_db()
    assert (session.status, project.status, order.status) == (
        SessionStatus.CONFIRMED,
        ProjectStatus.IN_PROGRESS,
        OrderStatus.CANCELLED,
    )
    assert await User.filter(role=Role.ADMIN).count() == 1
