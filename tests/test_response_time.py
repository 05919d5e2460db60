"""Response-time SLAs: the reply time a provider promises, and how fast they really answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from strawberry.relay import from_base64

from domain.response_time import response_stats
from domain.session import Actor, SessionStatus, Transition, answers_request
from models.booking import Session
from models.provider import ProviderProfile
from tests.api import StatementCounter, gql
from tests.fresh_database import scenario_answers
from tests.response_time_scenario import answered, response_figures
from tests.scheduling import open_studio
from tests.test_session_flow import CANCEL, action, book

UPDATE = """
mutation ($input: UpdateProviderProfileInput!) {
  updateProviderProfile(input: $input) {
    provider { responseSlaMinutes } userErrors { field code }
  }
}"""
STATS = """
query ($first: Int!) {
  providers(first: $first) {
    edges { node { responseStats { medianMinutes withinSlaRate answered } } }
  }
}"""


async def test_stats_are_medians_and_rates_on_both_dialects(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    on_postgres = await response_figures(client)
    assert on_postgres["even"] == {
        "displayName": "even",
        "responseSlaMinutes": 30,
        # 10, 20, 40, 50: the middle two averaged; the quick answer of 100 days ago left out
        "responseStats": {"medianMinutes": 30.0, "withinSlaRate": 0.5, "answered": 4},
    }
    # 5, 30, 61: exactly the promised 30 minutes is within it
    assert on_postgres["odd"]["responseStats"] == {
        "medianMinutes": 30.0,
        "withinSlaRate": 0.6667,
        "answered": 3,
    }
    assert on_postgres["few"]["responseStats"] is None  # two answers say too little
    assert on_postgres["waiting"]["responseStats"] is None
    url, files = f"sqlite://{tmp_path}/sla.sqlite3", str(tmp_path / "files")
    assert await scenario_answers("response_time_scenario", url, files) == on_postgres


async def test_confirming_or_declining_answers_a_request(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    confirmed, _ = await book(client, studio, 10)
    declined, _ = await book(client, studio, 12)
    withdrawn, client_tok = await book(client, studio, 14)
    before = datetime.now(UTC)
    await gql(client, action("confirmSession"), {"id": confirmed}, token=studio.provider_token)
    reason = {"reason": "Fully booked"}
    await gql(client, CANCEL, {"id": declined, **reason}, token=studio.provider_token)
    await gql(client, CANCEL, {"id": withdrawn, **reason}, token=client_tok)
    rows = {
        global_id: await Session.get(id=from_base64(global_id)[1])
        for global_id in (confirmed, declined, withdrawn)
    }
    assert rows[confirmed].responded_at >= before  # type: ignore[operator]
    assert rows[declined].responded_at >= before  # type: ignore[operator]
    assert rows[declined].status == SessionStatus.CANCELLED
    assert rows[withdrawn].responded_at is None  # the client withdrew: nobody answered
    # Cancelling a confirmed session answers nothing: its answer was the confirmation.
    answered_at = rows[confirmed].responded_at
    await gql(client, CANCEL, {"id": confirmed, **reason}, token=studio.provider_token)
    assert (await Session.get(id=rows[confirmed].id)).responded_at == answered_at


def test_only_the_studio_s_answer_to_a_request_counts() -> None:
    requested = SessionStatus.REQUESTED
    assert answers_request(requested, Transition.CONFIRM, Actor.ADMIN)
    assert answers_request(requested, Transition.CANCEL, Actor.PROVIDER)
    assert not answers_request(requested, Transition.CANCEL, Actor.CLIENT)
    assert not answers_request(requested, Transition.CANCEL, Actor.ADMIN)
    assert not answers_request(requested, Transition.RESCHEDULE, Actor.PROVIDER)
    assert not answers_request(SessionStatus.CONFIRMED, Transition.CANCEL, Actor.PROVIDER)


def test_stats_need_three_answers() -> None:
    assert response_stats(600.0, 2, 2) is None
    assert response_stats(None, 0, 0) is None
    stats = response_stats(1815.0, 3, 1)
    assert stats is not None
    assert (stats.median_minutes, stats.within_sla_rate, stats.answered) == (30.2, 0.3333, 3)


async def test_a_provider_promises_1_to_1440_minutes(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    token = studio.provider_token
    for bad in (0, 1441):
        refused = await gql(client, UPDATE, {"input": {"responseSlaMinutes": bad}}, token=token)
        assert refused["updateProviderProfile"]["userErrors"] == [
            {"field": "responseSlaMinutes", "code": "INVALID_VALUE"}
        ]
    assert (await ProviderProfile.get(id=studio.profile.id)).response_sla_minutes == 1440
    for good in (1, 1440, 15):
        done = await gql(client, UPDATE, {"input": {"responseSlaMinutes": good}}, token=token)
        assert done["updateProviderProfile"] == {
            "provider": {"responseSlaMinutes": good},
            "userErrors": [],
        }


async def _listing(client: httpx.AsyncClient, statements: StatementCounter, count: int) -> int:
    for _ in range(count - await ProviderProfile.all().count()):
        studio = await open_studio()
        for minutes in (5, 10, 20):
            await answered(studio, timedelta(minutes=minutes))
    statements.reset()
    data = await gql(client, STATS, {"first": 50})
    edges = data["providers"]["edges"]
    assert len(edges) == count
    assert all(e["node"]["responseStats"]["answered"] == 3 for e in edges)
    return statements.count


async def test_the_listing_reads_every_provider_s_stats_at_once(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    three, twenty = await _listing(client, statements, 3), await _listing(client, statements, 20)
    assert three == twenty == 2, statements.queries  # the page, the stats
