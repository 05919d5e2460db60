"""deleteMyAccount and a payment plan of the client's session: its unpaid installments are
cancelled with the account and the installment job charges nothing more, with the payment
provider told nothing; an installment the job is charging right now keeps the account."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from tortoise.transactions import in_transaction

from app.settings import Settings
from domain.session import SessionStatus
from integrations.payments.stripe import StripeProvider
from jobs.installments import charge_due_installments
from models.account import User
from models.booking import Session
from models.payment import Installment, Payment, PaymentPlan
from tests.api import gql
from tests.factories import PASSWORD
from tests.payments import Booked, booked_session, stripe_client
from tests.stripe_server import StripeStandIn
from tests.test_payment_plans import CREATE_PLAN, plan_input, saved_card
from tests.test_privacy import DELETE

REFUSED = {"deleted": False, "userErrors": [{"field": None, "code": "PAYMENT_PENDING"}]}


async def _delete(http: httpx.AsyncClient, booked: Booked) -> dict[str, Any]:
    variables = {"input": {"password": PASSWORD}}
    return (await gql(http, DELETE, variables, token=booked.client_token))["deleteMyAccount"]  # type: ignore[no-any-return]


async def _first_paid_then_taken_place(
    http: httpx.AsyncClient, stand_in: StripeStandIn, booked: Booked
) -> StripeProvider:
    """A plan of 3 whose first installment is charged; the session then took place (moved
    forward, its last installments are left to charge), so nothing refuses the erasure."""
    await saved_card(stand_in, booked)
    created = await gql(http, CREATE_PLAN, plan_input(booked.session_id), token=booked.client_token)
    assert created["createPaymentPlan"]["userErrors"] == []
    provider = StripeProvider("sk_test_standin", stand_in.url)
    assert (await charge_due_installments(provider)).paid == 1
    start = datetime.now(UTC) - timedelta(days=2)
    await Session.filter(id=booked.session.id).update(
        start_at=start, end_at=start + timedelta(hours=1), status=SessionStatus.COMPLETED
    )
    return provider


async def test_the_installment_job_charges_nothing_after_the_erasure(settings: Settings) -> None:
    booked = await booked_session(price=30_000, package=False, days_ahead=32)
    async with stripe_client(settings) as (http, stand_in):
        provider = await _first_paid_then_taken_place(http, stand_in, booked)
        calls = len(stand_in.calls)

        assert await _delete(http, booked) == {"deleted": True, "userErrors": []}

        later = datetime.now(UTC) + timedelta(days=90)
        charged = await charge_due_installments(provider, later)
        assert (charged.paid, charged.failed) == (0, 0)
        # Neither the erasure nor the job asked Stripe anything.
        assert len(stand_in.calls) == calls
    installments = await Installment.all().order_by("number")
    assert [i.status for i in installments] == ["PAID", "CANCELLED", "CANCELLED"]
    plan = await PaymentPlan.get()
    assert plan.status == "CANCELLED"
    # The saved card is no longer named anywhere.
    assert (plan.customer_reference, plan.payment_method_reference) == ("", "")
    assert await Payment.all().values_list("status", flat=True) == ["SUCCEEDED"]


async def test_an_installment_being_charged_keeps_the_account_until_its_lease_ends(
    settings: Settings,
) -> None:
    booked = await booked_session(price=30_000, package=False, days_ahead=32)
    async with stripe_client(settings) as (http, stand_in):
        await _first_paid_then_taken_place(http, stand_in, booked)
        # The job claimed the second one and is asking Stripe for it.
        claimed = Installment.filter(number=2)
        await claimed.update(claimed_until=datetime.now(UTC) + timedelta(minutes=10))

        assert await _delete(http, booked) == REFUSED
        assert (await PaymentPlan.get()).status == "ACTIVE"
        assert (await Installment.get(number=2)).status == "SCHEDULED"

        # A worker that died leaves it to the next one after its lease, the erasure too.
        await claimed.update(claimed_until=datetime.now(UTC) - timedelta(seconds=1))
        assert (await _delete(http, booked))["deleted"] is True
    assert (await PaymentPlan.get()).status == "CANCELLED"


async def test_an_installment_the_job_holds_keeps_the_account_without_waiting_for_it(
    settings: Settings,
) -> None:
    """The job holds an installment while it records a charge; waiting for it, the erasure
    (holding the account's row the job's notice to the client needs) could deadlock."""
    booked = await booked_session(price=30_000, package=False, days_ahead=32)
    async with stripe_client(settings) as (http, stand_in):
        await _first_paid_then_taken_place(http, stand_in, booked)
        held = asyncio.Event()

        async def delete() -> dict[str, Any]:
            await held.wait()
            return await _delete(http, booked)

        # Created outside the transaction below, so that it runs on a connection of its own.
        deleting = asyncio.create_task(delete())
        async with in_transaction():
            await Installment.filter(number=3).select_for_update()
            held.set()
            assert await deleting == REFUSED
    assert (await User.get(id=booked.session.client_id)).deleted_at is None  # type: ignore[attr-defined]
    assert await Installment.filter(status="SCHEDULED").count() == 2
