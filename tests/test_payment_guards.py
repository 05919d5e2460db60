"""What a client cannot do with payments: pay more than is owed (one by one or racing), or
let anyone else see the secret that completes a card payment."""

from __future__ import annotations

import asyncio

import httpx

from app.settings import Settings
from models.account import Role
from models.payment import Payment
from tests.api import assert_denied, execute, gql
from tests.factories import make_user, token_for
from tests.payments import (
    ACCOUNT,
    PAY,
    RECORD,
    booked_session,
    deliver,
    intent_failed,
    intent_succeeded,
    stripe_client,
)

PLAN = """
mutation ($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) {
  plan { status } userErrors { field code }
} }"""
NODE = (
    """query ($id: ID!) { node(id: $id) { ... on Payment { amount { amount } clientSecret } } }"""
)


def _pay(session_id: str, kind: str) -> dict:
    return {"input": {"sessionId": session_id, "kind": kind}}


async def test_a_pending_payment_blocks_one_that_would_overpay(client: httpx.AsyncClient) -> None:
    booked = await booked_session(price=25_000)
    token = booked.client_token
    deposit = (await gql(client, PAY, _pay(booked.session_id, "DEPOSIT"), token=token))[
        "payForSession"
    ]
    assert deposit["payment"]["amount"] == {"amount": 7_500, "currency": "EUR"}
    full = (await gql(client, PAY, _pay(booked.session_id, "FULL"), token=token))["payForSession"]
    assert [(e["field"], e["code"]) for e in full["userErrors"]] == [("kind", "PAYMENT_PENDING")]
    plan = {"input": {"sessionId": booked.session_id, "installments": 2}}
    planned = (await gql(client, PLAN, plan, token=token))["createPaymentPlan"]
    assert [e["code"] for e in planned["userErrors"]] == ["PAYMENT_PENDING"]
    # Asking for the deposit again is a retry: the same payment, not a second one.
    again = (await gql(client, PAY, _pay(booked.session_id, "DEPOSIT"), token=token))[
        "payForSession"
    ]
    assert again["payment"]["id"] == deposit["payment"]["id"]
    record = {"input": {"paymentId": deposit["payment"]["id"], "reference": "cash"}}
    await gql(client, RECORD, record, token=booked.provider_token)
    balance = (await gql(client, PAY, _pay(booked.session_id, "BALANCE"), token=token))[
        "payForSession"
    ]
    assert balance["userErrors"] == []
    assert balance["payment"]["amount"]["amount"] == 17_500
    assert await Payment.all().count() == 2


async def test_racing_deposit_and_full_payments_never_overpay(client: httpx.AsyncClient) -> None:
    booked = await booked_session(price=25_000)
    kinds = ["DEPOSIT", "FULL"] * 4
    answers = await asyncio.gather(
        *(
            gql(client, PAY, _pay(booked.session_id, kind), token=booked.client_token)
            for kind in kinds
        )
    )
    payments = await Payment.filter(session_id=booked.session.id)
    assert len(payments) == 1, [(p.kind, p.amount) for p in payments]
    created = payments[0]
    codes = [[e["code"] for e in a["payForSession"]["userErrors"]] for a in answers]
    # The winner's kind is answered with its payment, the other kind refused.
    assert all(
        errors == [] if kind == created.kind else errors == ["PAYMENT_PENDING"]
        for kind, errors in zip(kinds, codes, strict=True)
    ), codes


async def test_only_the_payer_sees_the_client_secret(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    admin = await token_for(await make_user(Role.ADMIN))
    stranger = await token_for(await make_user())
    async with stripe_client(settings) as (http, _):
        paid = (await gql(http, PAY, _pay(booked.session_id, "FULL"), token=booked.client_token))[
            "payForSession"
        ]
        secret = paid["payment"]["clientSecret"]
        assert secret.startswith("pi_")

        def secrets(data: dict) -> list[str | None]:
            return [p["clientSecret"] for p in data["sessionAccount"]["payments"]]

        account = {"id": booked.session_id}
        assert secrets(await gql(http, ACCOUNT, account, token=booked.client_token)) == [secret]
        assert secrets(await gql(http, ACCOUNT, account, token=booked.provider_token)) == [None]
        assert secrets(await gql(http, ACCOUNT, account, token=admin)) == [None]
        await assert_denied(http, ACCOUNT, account, token=stranger)
        node = await gql(http, NODE, {"id": paid["payment"]["id"]}, token=admin)
        assert node["node"] == {"amount": {"amount": 20_000}, "clientSecret": None}
        by_client = await execute(http, NODE, {"id": paid["payment"]["id"]}, token=stranger)
        assert by_client["data"]["node"] is None


OWNERS = """
query ($id: ID!) { sessionAccount(sessionId: $id) {
  payments { session { id status } order { id } }
} }"""


async def test_a_payment_shows_its_session_to_those_who_see_the_session(
    client: httpx.AsyncClient,
) -> None:
    booked = await booked_session(price=20_000, package=False)
    admin = await token_for(await make_user(Role.ADMIN))
    await gql(client, PAY, _pay(booked.session_id, "FULL"), token=booked.client_token)
    account = {"id": booked.session_id}
    for token in (booked.client_token, booked.provider_token, admin):
        payments = (await gql(client, OWNERS, account, token=token))["sessionAccount"]["payments"]
        assert payments == [
            {"session": {"id": booked.session_id, "status": "REQUESTED"}, "order": None}
        ]


async def test_a_declined_card_form_paid_after_another_payment_gives_the_excess_back(
    settings: Settings,
) -> None:
    booked = await booked_session(price=25_000, package=False)
    async with stripe_client(settings) as (http, stand_in):
        first = (await gql(http, PAY, _pay(booked.session_id, "FULL"), token=booked.client_token))[
            "payForSession"
        ]
        declined = first["payment"]["reference"]
        assert await deliver(http, intent_failed("evt_f", declined)) == 200
        # The client starts again and pays; the first form, still open, is paid later too.
        second = (await gql(http, PAY, _pay(booked.session_id, "FULL"), token=booked.client_token))[
            "payForSession"
        ]
        assert second["userErrors"] == []
        paid = second["payment"]["reference"]
        assert await deliver(http, intent_succeeded("evt_1", paid, 25_000)) == 200
        assert await deliver(http, intent_succeeded("evt_2", declined, 25_000)) == 200
        assert await deliver(http, intent_succeeded("evt_2", declined, 25_000)) == 200

        account = await gql(http, ACCOUNT, {"id": booked.session_id}, token=booked.client_token)
        assert account["sessionAccount"]["paid"] == {"amount": 25_000}
        assert account["sessionAccount"]["status"] == "PAID"
        assert account["sessionAccount"]["refunds"] == [
            {"amount": {"amount": 25_000}, "status": "SUCCEEDED"}
        ]
        assert [(r["payment_intent"], r["amount"]) for r in stand_in.refunds.values()] == [
            (declined, 25_000)
        ]
        row = await Payment.get(reference=declined)
        assert (row.status, row.refunded_amount) == ("REFUNDED", 25_000)
