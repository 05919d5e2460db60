"""Payment plans through GraphQL, charged off-session by the installment job via Stripe's
stand-in: a declined installment is retried after its grace period, then the plan completes;
one declined every time fails its plan and tells both sides."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from app.settings import Settings
from integrations.payments import Charge
from integrations.payments.stripe import StripeProvider
from jobs.installments import charge_due_installments
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Installment, PaymentPlan, Refund
from models.provider import Service
from tests.api import assert_denied, gql
from tests.payments import ACCOUNT, Booked, booked_session, stripe_client
from tests.stripe_server import StripeStandIn

CREATE_PLAN = """
mutation ($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) {
  plan { status total { amount } installments { number dueAt amount { amount } status } }
  userErrors { field code message }
} }"""


CANCEL = """
mutation ($input: CancelSessionInput!) { cancelSession(input: $input) { userErrors { code } } }"""


def plan_input(session_id: str, count: int = 3) -> dict:
    return {
        "input": {
            "sessionId": session_id,
            "installments": count,
            "customer": "cus_1",
            "paymentMethod": "pm_card_visa",
        }
    }


async def saved_card(stand_in: StripeStandIn, booked: Booked) -> None:
    """The client's Stripe customer and card that `plan_input` names."""
    stand_in.save_card("cus_1", "pm_card_visa", (await booked.session.client).email)


async def _account(http: httpx.AsyncClient, session_id: str, token: str) -> dict:
    return (await gql(http, ACCOUNT, {"id": session_id}, token=token))["sessionAccount"]


async def test_three_payments_with_one_declined_and_retried(settings: Settings) -> None:
    booked = await booked_session(price=30_001, package=False, days_ahead=32)
    async with stripe_client(settings) as (http, stand_in):
        await saved_card(stand_in, booked)
        await assert_denied(
            http, CREATE_PLAN, plan_input(booked.session_id), token=booked.provider_token
        )
        no_card = plan_input(booked.session_id) | {}
        no_card["input"] = no_card["input"] | {"paymentMethod": ""}
        refused = (await gql(http, CREATE_PLAN, no_card, token=booked.client_token))[
            "createPaymentPlan"
        ]
        assert [e["code"] for e in refused["userErrors"]] == ["INVALID_VALUE"]

        created = (
            await gql(http, CREATE_PLAN, plan_input(booked.session_id), token=booked.client_token)
        )["createPaymentPlan"]
        assert created["userErrors"] == []
        plan = created["plan"]
        assert [i["amount"]["amount"] for i in plan["installments"]] == [10_001, 10_000, 10_000]
        dues = [datetime.fromisoformat(i["dueAt"]) for i in plan["installments"]]
        assert dues[2] == booked.session.start_at - timedelta(hours=48)
        taken = (
            await gql(http, CREATE_PLAN, plan_input(booked.session_id), token=booked.client_token)
        )["createPaymentPlan"]
        assert [e["code"] for e in taken["userErrors"]] == ["TAKEN"]

        provider = StripeProvider("sk_test_standin", stand_in.url)
        first = await charge_due_installments(provider, datetime.now(UTC))
        assert (first.paid, first.failed) == (1, 0)
        account = await _account(http, booked.session_id, booked.client_token)
        assert account["paid"] == {"amount": 10_001}
        assert account["status"] == "DEPOSIT_PAID"
        # Nothing else is due yet: a second run charges nothing.
        assert await charge_due_installments(provider, datetime.now(UTC)) == type(first)()

        stand_in.declines = 1
        declined = await charge_due_installments(provider, dues[1])
        assert (declined.paid, declined.failed) == (0, 1)
        second = await Installment.get(number=2)
        assert (second.status, second.failures) == ("SCHEDULED", 1)
        assert second.next_attempt_at == dues[1] + timedelta(days=1)
        assert second.last_error == "Your card was declined."
        # Within the grace period nothing is charged again.
        assert (
            await charge_due_installments(provider, dues[1] + timedelta(hours=23)) == type(first)()
        )

        retried = await charge_due_installments(provider, dues[1] + timedelta(days=1))
        assert (retried.paid, retried.failed) == (1, 0)
        last = await charge_due_installments(provider, dues[2])
        assert (last.paid, last.failed) == (1, 0)

        account = await _account(http, booked.session_id, booked.client_token)
        assert account["status"] == "PAID"
        assert account["paid"] == {"amount": 30_001}
        assert account["plan"]["status"] == "COMPLETED"
        assert [i["failures"] for i in account["plan"]["installments"]] == [0, 1, 0]
        assert [p["status"] for p in account["payments"]] == [
            "SUCCEEDED",
            "FAILED",
            "SUCCEEDED",
            "SUCCEEDED",
        ]
        ids = [i.id for i in await Installment.all().order_by("number")]
        assert stand_in.keys("/v1/payment_intents") == [
            f"studiograph-installment-{ids[0]}-1",
            f"studiograph-installment-{ids[1]}-1",
            f"studiograph-installment-{ids[1]}-2",
            f"studiograph-installment-{ids[2]}-1",
        ]
        charged = [c.params for c in stand_in.calls if c.path == "/v1/payment_intents"]
        assert {(c["off_session"], c["confirm"], c["payment_method"]) for c in charged} == {
            ("true", "true", "pm_card_visa")
        }


async def test_declined_past_the_grace_period_fails_the_plan(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False, days_ahead=40)
    async with stripe_client(settings) as (http, stand_in):
        await saved_card(stand_in, booked)
        await gql(http, CREATE_PLAN, plan_input(booked.session_id, 2), token=booked.client_token)
        provider = StripeProvider("sk_test_standin", stand_in.url)
        stand_in.declines = 10
        when = datetime.now(UTC)
        for delay in (0, 1, 2, 4):
            when += timedelta(days=delay)
            charged = await charge_due_installments(provider, when)
            assert (charged.paid, charged.failed) == (0, 1)
        plan = await PaymentPlan.get(session_id=booked.session.id)
        assert plan.status == "FAILED"
        first = await Installment.get(plan_id=plan.id, number=1)
        assert (first.status, first.failures) == ("FAILED", 4)
        # A failed plan is charged no more.
        assert await charge_due_installments(provider, when + timedelta(days=60)) == type(charged)()
        told = await Notification.filter(kind="PAYMENT_FAILED").values_list(
            "recipient_id", flat=True
        )
        assert set(told) == {booked.session.client_id, (await booked.session.provider).user_id}
        mails = await OutboxMessage.filter(kind="PAYMENT_FAILED")
        assert len(mails) == 2
        # The plan gave up: no mail may promise another attempt.
        for mail in mails:
            assert "try again" not in mail.text_body + mail.html_body
            assert "What is still due is in the app" in mail.text_body
        account = await _account(http, booked.session_id, booked.client_token)
        assert account["status"] == "UNPAID"


async def test_a_saved_card_stripe_no_longer_knows_fails_the_plan_after_its_grace_period(
    settings: Settings,
) -> None:
    booked = await booked_session(price=20_000, package=False, days_ahead=40)
    async with stripe_client(settings) as (http, stand_in):
        await saved_card(stand_in, booked)
        await gql(http, CREATE_PLAN, plan_input(booked.session_id, 2), token=booked.client_token)
        provider = StripeProvider("sk_test_standin", stand_in.url)
        # The client removed the card from their Stripe account: every charge is refused.
        stand_in.missing_methods.add("pm_card_visa")
        when = datetime.now(UTC)
        charged = await charge_due_installments(provider, when)
        assert (charged.paid, charged.failed) == (0, 1)
        first = await Installment.get(number=1)
        assert (first.status, first.failures) == ("SCHEDULED", 1)
        assert first.last_error == "No such PaymentMethod: 'pm_card_visa'"
        for delay in (1, 2, 4):
            when += timedelta(days=delay)
            charged = await charge_due_installments(provider, when)
            assert (charged.paid, charged.failed) == (0, 1)
        plan = await PaymentPlan.get(session_id=booked.session.id)
        assert plan.status == "FAILED"
        told = await Notification.filter(kind="PAYMENT_FAILED").values_list(
            "recipient_id", flat=True
        )
        assert set(told) == {booked.session.client_id, (await booked.session.provider).user_id}
        ids = [i.id for i in await Installment.filter(number=1)]
        assert stand_in.keys("/v1/payment_intents") == [
            f"studiograph-installment-{ids[0]}-{attempt}" for attempt in (1, 2, 3, 4)
        ]


async def test_a_cancelled_session_charges_no_more_installments(settings: Settings) -> None:
    booked = await booked_session(price=30_000, package=False, days_ahead=32)
    async with stripe_client(settings) as (http, stand_in):
        await saved_card(stand_in, booked)
        plan = plan_input(booked.session_id)
        assert (await gql(http, CREATE_PLAN, plan, token=booked.client_token))["createPaymentPlan"][
            "userErrors"
        ] == []
        provider = StripeProvider("sk_test_standin", stand_in.url)
        first = await charge_due_installments(provider, datetime.now(UTC))
        assert (first.paid, first.failed) == (1, 0)
        cancel = {"input": {"id": booked.session_id, "reason": "moving away"}}
        cancelled = (await gql(http, CANCEL, cancel, token=booked.client_token))["cancelSession"]
        assert cancelled["userErrors"] == []
        charges = len(stand_in.keys("/v1/payment_intents"))
        later = await charge_due_installments(provider, datetime.now(UTC) + timedelta(days=40))
        assert (later.paid, later.failed) == (0, 0)
        assert len(stand_in.keys("/v1/payment_intents")) == charges
        assert await Installment.filter(status="SCHEDULED").count() == 2


async def test_an_installment_charged_while_the_session_is_cancelled_goes_back(
    settings: Settings,
) -> None:
    booked = await booked_session(price=30_000, package=False, days_ahead=32)
    # 32 days ahead: less than 60 days before, so half comes back.
    await Service.filter(id=booked.session.service_id).update(
        cancellation_policy=[
            {"hours_before": 24 * 60, "refund_percent": 100},
            {"hours_before": 48, "refund_percent": 50},
        ]
    )
    async with stripe_client(settings) as (http, stand_in):
        await saved_card(stand_in, booked)
        plan = plan_input(booked.session_id)
        assert (await gql(http, CREATE_PLAN, plan, token=booked.client_token))["createPaymentPlan"][
            "userErrors"
        ] == []

        class CancelledMidCharge(StripeProvider):
            """The client cancels after the job claimed the installment, before Stripe answers."""

            async def charge(self, **request: Any) -> Charge:
                cancel = {"input": {"id": booked.session_id, "reason": "moving away"}}
                await gql(http, CANCEL, cancel, token=booked.client_token)
                return await super().charge(**request)

        provider = CancelledMidCharge("sk_test_standin", stand_in.url)
        first = await charge_due_installments(provider, datetime.now(UTC))
        assert (first.paid, first.failed) == (1, 0)
        refund = await Refund.get()
        assert stand_in.keys("/v1/refunds") == [f"studiograph-refund-{refund.id}"]
        account = await _account(http, booked.session_id, booked.client_token)
        assert account["paid"] == {"amount": 5_000}
        assert account["refunds"] == [{"amount": {"amount": 5_000}, "status": "SUCCEEDED"}]


async def test_a_plan_charges_only_a_card_saved_to_the_client_s_own_customer(
    settings: Settings,
) -> None:
    booked = await booked_session(price=20_000, package=False, days_ahead=40)
    async with stripe_client(settings) as (http, stand_in):
        await saved_card(stand_in, booked)
        stand_in.save_card("cus_other", "pm_other_card", "someone.else@example.com")

        def card(customer: str, method: str) -> dict:
            chosen = plan_input(booked.session_id)
            chosen["input"] |= {"customer": customer, "paymentMethod": method}
            return chosen

        for customer, method in (
            ("cus_other", "pm_other_card"),  # another person's customer and card
            ("cus_1", "pm_other_card"),  # a card saved to another customer
            ("cus_other", "pm_card_visa"),
            ("cus_1", "pm_unknown"),
            ("cus_unknown", "pm_card_visa"),
        ):
            refused = (
                await gql(http, CREATE_PLAN, card(customer, method), token=booked.client_token)
            )["createPaymentPlan"]
            assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
                ("paymentMethod", "NOT_YOUR_CARD")
            ], (customer, method)
        assert not await PaymentPlan.exists()

        mine = (
            await gql(http, CREATE_PLAN, card("cus_1", "pm_card_visa"), token=booked.client_token)
        )["createPaymentPlan"]
        assert mine["userErrors"] == []
        assert await PaymentPlan.filter(customer_reference="cus_1").count() == 1


async def test_an_offline_plan_takes_no_card_references(client: httpx.AsyncClient) -> None:
    booked = await booked_session(price=20_000, package=False, days_ahead=40)
    refused = (
        await gql(client, CREATE_PLAN, plan_input(booked.session_id), token=booked.client_token)
    )["createPaymentPlan"]
    assert [e["code"] for e in refused["userErrors"]] == ["NOT_YOUR_CARD"]
    without = {"input": {"sessionId": booked.session_id, "installments": 2}}
    planned = (await gql(client, CREATE_PLAN, without, token=booked.client_token))[
        "createPaymentPlan"
    ]
    assert planned["userErrors"] == []
