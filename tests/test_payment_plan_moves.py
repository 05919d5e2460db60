"""A session paid by a plan moves its unpaid installments with it: the last stays at the
balance deadline (48 hours before the new start), the others spread evenly between the first
due date and it again, and what is paid stays as it was."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from strawberry.relay import to_base64

from app.settings import Settings
from domain.session import SessionStatus
from integrations.payments.stripe import StripeProvider
from jobs.installments import charge_due_installments
from models.payment import Installment
from tests.api import gql
from tests.factories import make_user, token_for
from tests.payments import stripe_client
from tests.scheduling import at, hour_session, next_weekday, open_studio
from tests.stripe_server import StripeStandIn
from tests.test_payment_plans import CREATE_PLAN, plan_input

RESCHEDULE = """
mutation ($id: ID!, $start: DateTime!) {
  rescheduleSession(input: {id: $id, newStart: $start}) { session { start } userErrors { code } }
}"""
PLAN = """
query ($id: ID!) { sessionAccount(sessionId: $id) {
  balanceDueAt plan { installments { number dueAt status } }
} }"""


async def _plan(http: httpx.AsyncClient, session_id: str, token: str) -> dict:
    return (await gql(http, PLAN, {"id": session_id}, token=token))["sessionAccount"]


async def _move(http: httpx.AsyncClient, session_id: str, start: datetime, token: str) -> dict:
    variables = {"id": session_id, "start": start.isoformat()}
    return (await gql(http, RESCHEDULE, variables, token=token))["rescheduleSession"]


def _dues(account: dict) -> list[datetime]:
    return [datetime.fromisoformat(i["dueAt"]) for i in account["plan"]["installments"]]


async def _planned_session(
    http: httpx.AsyncClient, stand_in: StripeStandIn, start: datetime
) -> tuple[str, str, str]:
    studio = await open_studio()
    client = await make_user()
    session_id = await hour_session(client, studio, start, SessionStatus.CONFIRMED)
    global_id = to_base64("Session", str(session_id))
    token = await token_for(client)
    stand_in.save_card("cus_1", "pm_card_visa", client.email)
    created = (await gql(http, CREATE_PLAN, plan_input(global_id, 3), token=token))[
        "createPaymentPlan"
    ]
    assert created["userErrors"] == []
    return global_id, token, studio.provider_token


async def test_moving_a_session_later_moves_its_unpaid_installments(settings: Settings) -> None:
    old_start = at(next_weekday(2, weeks_ahead=3), 10)
    new_start = at(next_weekday(2, weeks_ahead=7), 10)
    async with stripe_client(settings) as (http, stand_in):
        session_id, token, _ = await _planned_session(http, stand_in, old_start)
        provider = StripeProvider("sk_test_standin", stand_in.url)
        assert (await charge_due_installments(provider, datetime.now(UTC))).paid == 1
        before = _dues(await _plan(http, session_id, token))
        assert before[2] == old_start - timedelta(hours=48)

        moved = await _move(http, session_id, new_start, token)
        assert moved["userErrors"] == []

        account = await _plan(http, session_id, token)
        after = _dues(account)
        deadline = new_start - timedelta(hours=48)
        assert datetime.fromisoformat(account["balanceDueAt"]) == deadline
        assert after[0] == before[0], "the paid one stays as it was"
        assert after[2] == deadline
        assert after[1] == before[0] + (deadline - before[0]) // 2
        assert [i["status"] for i in account["plan"]["installments"]] == [
            "PAID",
            "SCHEDULED",
            "SCHEDULED",
        ]
        # At the old dates nothing is charged any more; at the new ones the plan completes.
        assert (await charge_due_installments(provider, before[2])).paid == 0
        assert (await charge_due_installments(provider, after[1])).paid == 1
        assert (await charge_due_installments(provider, after[2])).paid == 1


async def test_moving_a_session_earlier_leaves_paid_installments_alone(
    settings: Settings,
) -> None:
    old_start = at(next_weekday(2, weeks_ahead=7), 10)
    new_start = at(next_weekday(2, weeks_ahead=3), 10)
    async with stripe_client(settings) as (http, stand_in):
        session_id, token, _ = await _planned_session(http, stand_in, old_start)
        provider = StripeProvider("sk_test_standin", stand_in.url)
        before = _dues(await _plan(http, session_id, token))
        assert (await charge_due_installments(provider, datetime.now(UTC))).paid == 1
        assert (await charge_due_installments(provider, before[1])).paid == 1

        moved = await _move(http, session_id, new_start, token)
        assert moved["userErrors"] == []

        account = await _plan(http, session_id, token)
        deadline = new_start - timedelta(hours=48)
        assert _dues(account) == [before[0], before[1], deadline]
        third = await Installment.get(number=3)
        assert third.next_attempt_at == deadline
        assert (await charge_due_installments(provider, deadline)).paid == 1


async def test_a_session_moved_past_its_balance_deadline_makes_the_rest_due_at_once(
    settings: Settings,
) -> None:
    old_start = at(next_weekday(2, weeks_ahead=7), 10)
    async with stripe_client(settings) as (http, stand_in):
        session_id, token, studio_token = await _planned_session(http, stand_in, old_start)
        before = _dues(await _plan(http, session_id, token))
        # The studio moves it to tomorrow: the balance deadline has passed.
        tomorrow = at((datetime.now(UTC) + timedelta(days=1)).date(), 12)
        moved = await _move(http, session_id, tomorrow, studio_token)
        assert moved["userErrors"] == []
        assert _dues(await _plan(http, session_id, token)) == [before[0]] * 3
        provider = StripeProvider("sk_test_standin", stand_in.url)
        assert (await charge_due_installments(provider, datetime.now(UTC))).paid == 3
