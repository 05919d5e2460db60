"""The admins' booking figures: popular session lengths, completion and what a booking is worth."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx

from domain.session import SessionStatus
from models.booking import Session
from tests.api import StatementCounter, assert_denied, execute, gql
from tests.booking_stats_scenario import MONTH, START, STATS, booking_figures, held
from tests.fresh_database import scenario_answers
from tests.scheduling import client_token, open_studio
from tests.shop import admin_token


async def test_lengths_are_ranked_by_bookings_with_completion_and_value(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    # The coaching plan tracks popular session lengths, the completion rate and the average
    # booking value: nothing answered any of them.
    on_postgres = await booking_figures(client)
    stats = on_postgres["one"]
    assert stats["byDuration"] == [
        {
            "durationMinutes": 60,
            "booked": 4,
            "completed": 2,
            "cancelled": 1,
            "noShow": 1,
            "completionBp": 5000,
            # (10000 + 10001 + 9000) / 3 = 9667; the cancelled one is left out
            "averageValue": [{"amount": 9667, "currency": "EUR"}],
        },
        {
            "durationMinutes": 90,
            "booked": 2,
            "completed": 1,
            "cancelled": 0,
            "noShow": 0,
            "completionBp": 5000,
            "averageValue": [
                {"amount": 15000, "currency": "EUR"},
                {"amount": 30000, "currency": "USD"},
            ],
        },
    ]
    assert stats["total"] == {
        "durationMinutes": None,
        "booked": 6,
        "completed": 3,
        "cancelled": 1,
        "noShow": 1,
        "completionBp": 5000,
        "averageValue": [
            {"amount": 11000, "currency": "EUR"},  # (10000 + 10001 + 9000 + 15000) / 4, halves up
            {"amount": 30000, "currency": "USD"},
        ],
    }
    everyone = on_postgres["all"]
    assert [g["durationMinutes"] for g in everyone["byDuration"]] == [60, 90, 45]
    assert everyone["total"]["booked"] == 7
    url, files = f"sqlite://{tmp_path}/stats.sqlite3", str(tmp_path / "files")
    assert await scenario_answers("booking_stats_scenario", url, files) == on_postgres


async def test_an_id_of_another_type_names_no_provider(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    await held(studio.profile, 60, SessionStatus.COMPLETED, 10000)
    nobody = MONTH | {"provider": studio.service_id}  # not a provider's ID
    empty = (await gql(client, STATS, nobody, token=await admin_token()))["bookingStats"]
    assert empty["byDuration"] == []
    assert empty["total"]["booked"] == 0
    assert empty["total"]["completionBp"] is None
    assert empty["total"]["averageValue"] == []


async def test_the_figures_are_for_admins_over_a_sane_period(client: httpx.AsyncClient) -> None:
    await assert_denied(client, STATS, MONTH, token=await client_token())
    await assert_denied(client, STATS, MONTH)  # anonymous
    admin = await admin_token()
    too_long = {"from": MONTH["from"], "to": (START + timedelta(days=367)).isoformat()}
    backwards = {"from": MONTH["to"], "to": MONTH["from"]}
    for variables in (too_long, backwards, {"from": "2026-03-02T09:00:00", "to": MONTH["to"]}):
        body = await execute(client, STATS, variables, token=admin)
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", body


async def test_the_figures_cost_the_same_for_5_or_50_sessions(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio, admin = await open_studio(), await admin_token()
    counts = []
    for total in (5, 50):
        while await Session.all().count() < total:
            minutes = 30 * (1 + await Session.all().count() % 4)
            await held(studio.profile, minutes, SessionStatus.COMPLETED, 10000)
        statements.reset()
        stats = (await gql(client, STATS, MONTH, token=admin))["bookingStats"]
        assert stats["total"]["booked"] == total
        counts.append(statements.count)
    assert counts == [2, 2], statements.queries  # the token, one GROUP BY
