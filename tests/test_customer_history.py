"""The admins' CRM view of one customer: interactions newest first, and a summary."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx
from strawberry.relay import to_base64

from domain.crm import FunnelStep
from domain.session import SessionStatus
from domain.upsell import RecommendationKind
from tests.api import StatementCounter, assert_denied, gql
from tests.customer_history_scenario import HISTORY, SINCE, customer_id, history, interacted
from tests.factories import make_user, token_for
from tests.fresh_database import scenario_answers
from tests.scheduling import hour_session, open_studio
from tests.shop import admin_token


def _node(step: str, at: str, provider: dict, *, recommends: bool) -> dict:
    return {
        "at": at,
        "step": step,
        "serviceKind": "SESSION",
        "recommendationKind": "MAINTENANCE_PLAN" if recommends else None,
        "recommends": recommends or None,
        "session": {"status": "COMPLETED"},
        "service": {"name": "Session"},
        "provider": provider,
    }


async def test_history_pages_newest_first_with_a_summary(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    on_postgres = await history(client)
    page, rest, kinds = on_postgres["page"], on_postgres["rest"], on_postgres["kinds"]
    assert page["customer"] is True
    assert page["summary"] == {
        "firstSeen": "2026-01-05T10:00:00+00:00",
        "sessionsBooked": 3,
        "sessionsCompleted": 1,
        # 10000 + (5000 - 1000 refunded); the pending payment and the other customer's left out
        "totalPaid": [{"amount": 14000, "currency": "EUR"}, {"amount": 3000, "currency": "USD"}],
        "lastInteraction": {"step": "UPSELL_SHOWN", "at": "2026-01-09T03:00:00+00:00"},
    }
    name = page["interactions"]["edges"][0]["node"]["provider"]
    assert [e["node"] for e in page["interactions"]["edges"]] == [
        _node("UPSELL_SHOWN", "2026-01-09T03:00:00+00:00", name, recommends=True),
        _node("SESSION_COMPLETED", "2026-01-08T17:00:00+00:00", name, recommends=False),
    ]
    assert page["interactions"]["pageInfo"] == {"hasNextPage": True}
    assert [e["node"]["step"] for e in rest["interactions"]["edges"]] == ["SESSION_BOOKED"]
    assert rest["interactions"]["pageInfo"] == {"hasNextPage": False}
    # The kinds filter the list, not the summary.
    assert [e["node"]["step"] for e in kinds["interactions"]["edges"]] == [
        "SESSION_COMPLETED",
        "SESSION_BOOKED",
    ]
    assert kinds["summary"] == page["summary"]
    url, files = f"sqlite://{tmp_path}/crm.sqlite3", str(tmp_path / "files")
    assert await scenario_answers("customer_history_scenario", url, files) == on_postgres


async def test_only_admins_read_a_customer_s_history(client: httpx.AsyncClient) -> None:
    studio, customer = await open_studio(), await make_user()
    variables = {"id": customer_id(customer), "first": 5}
    for token in (await token_for(customer), studio.provider_token, None):
        await assert_denied(client, HISTORY, variables, token=token)
    admin = await admin_token()
    nobody = {"id": to_base64("User", str(studio.service.id)), "first": 5}
    assert (await gql(client, HISTORY, nobody, token=admin))["customerHistory"] is None
    empty = (await gql(client, HISTORY, variables, token=admin))["customerHistory"]
    assert empty["summary"] == {
        "firstSeen": None,
        "sessionsBooked": 0,
        "sessionsCompleted": 0,
        "totalPaid": [],
        "lastInteraction": None,
    }
    assert empty["interactions"]["edges"] == []


async def _statements(client: httpx.AsyncClient, statements: StatementCounter, count: int) -> int:
    """`count` interactions, each about a session with a studio of its own."""
    customer = await make_user()
    for n in range(count):
        studio = await open_studio()
        start = SINCE + timedelta(days=n)
        session = await hour_session(customer, studio, start, SessionStatus.COMPLETED)
        kind = RecommendationKind.FOLLOW_UP if n % 2 else None
        step = FunnelStep.UPSELL_SHOWN if kind else FunnelStep.SESSION_COMPLETED
        await interacted(customer, studio, step, session, n, kind)
    admin = await admin_token()
    statements.reset()
    variables = {"id": customer_id(customer), "first": 50}
    data = await gql(client, HISTORY, variables, token=admin)
    edges = data["customerHistory"]["interactions"]["edges"]
    assert len({e["node"]["provider"]["displayName"] for e in edges}) == count
    return statements.count


async def test_a_page_costs_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    three = await _statements(client, statements, 3)
    twenty = await _statements(client, statements, 20)
    # token, customer, page, summary (4), then sessions, services, providers each at once
    assert three == twenty == 10, statements.queries
