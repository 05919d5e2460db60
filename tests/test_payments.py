"""Session payments through GraphQL: deposit then balance, offline and through Stripe."""

from __future__ import annotations

import httpx

from app.settings import Settings
from models.booking import Session
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment, Refund
from tests.api import StatementCounter, assert_denied, gql
from tests.payments import (
    ACCOUNT,
    PAY,
    RECORD,
    booked_session,
    intent_succeeded,
    signed,
    stripe_client,
)


async def pay(client: httpx.AsyncClient, session_id: str, kind: str, token: str) -> dict:
    variables = {"input": {"sessionId": session_id, "kind": kind}}
    return (await gql(client, PAY, variables, token=token))["payForSession"]


async def test_offline_deposit_then_balance(client: httpx.AsyncClient) -> None:
    booked = await booked_session(price=25_000)
    early = await pay(client, booked.session_id, "BALANCE", booked.client_token)
    assert [e["code"] for e in early["userErrors"]] == ["DEPOSIT_FIRST"]

    deposit = await pay(client, booked.session_id, "DEPOSIT", booked.client_token)
    assert deposit["userErrors"] == []
    # 30% of 250.00, waiting for the studio to record the money.
    assert deposit["payment"]["amount"] == {"amount": 7_500, "currency": "EUR"}
    assert deposit["payment"]["status"] == "PENDING"
    assert deposit["payment"]["provider"] == "offline"
    # Asking again (a retried request) gives the same pending payment, not a second one.
    again = await pay(client, booked.session_id, "DEPOSIT", booked.client_token)
    assert again["payment"]["id"] == deposit["payment"]["id"]

    record = {"input": {"paymentId": deposit["payment"]["id"], "reference": "bank 0001"}}
    await assert_denied(client, RECORD, record, token=booked.client_token)
    recorded = (await gql(client, RECORD, record, token=booked.provider_token))["recordPayment"]
    assert recorded["userErrors"] == []
    assert recorded["account"] == {
        "paid": {"amount": 7_500},
        "balanceDue": {"amount": 17_500},
        "status": "DEPOSIT_PAID",
    }
    twice = (await gql(client, RECORD, record, token=booked.provider_token))["recordPayment"]
    assert [e["code"] for e in twice["userErrors"]] == ["INVALID_STATE"]

    balance = await pay(client, booked.session_id, "BALANCE", booked.client_token)
    assert balance["payment"]["amount"]["amount"] == 17_500
    record = {"input": {"paymentId": balance["payment"]["id"], "reference": "bank 0002"}}
    recorded = (await gql(client, RECORD, record, token=booked.provider_token))["recordPayment"]
    assert recorded["account"]["status"] == "PAID"
    assert recorded["account"]["balanceDue"] == {"amount": 0}
    done = await pay(client, booked.session_id, "BALANCE", booked.client_token)
    assert [e["code"] for e in done["userErrors"]] == ["ALREADY_PAID"]
    receipts = await Notification.filter(
        recipient_id=booked.session.client_id, kind="PAYMENT_RECEIVED"
    ).count()
    assert receipts == 2
    mailed = await OutboxMessage.filter(kind="PAYMENT_RECEIVED").values_list("subject", flat=True)
    assert len(mailed) == 2
    assert all(subject.startswith("Payment received") for subject in mailed)


async def test_deposit_only_for_packages(client: httpx.AsyncClient) -> None:
    booked = await booked_session(price=10_000, package=False)
    refused = await pay(client, booked.session_id, "DEPOSIT", booked.client_token)
    assert [e["code"] for e in refused["userErrors"]] == ["INVALID_VALUE"]
    full = await pay(client, booked.session_id, "FULL", booked.client_token)
    assert full["payment"]["amount"]["amount"] == 10_000
    await assert_denied(
        client,
        PAY,
        {"input": {"sessionId": booked.session_id, "kind": "FULL"}},
        token=booked.provider_token,
    )


async def test_stripe_deposit_and_balance_with_idempotency_keys(settings: Settings) -> None:
    booked = await booked_session(price=25_000)
    async with stripe_client(settings) as (http, stand_in):
        deposit = await pay(http, booked.session_id, "DEPOSIT", booked.client_token)
        assert deposit["payment"]["provider"] == "stripe"
        assert deposit["payment"]["reference"] == "pi_0"
        assert deposit["payment"]["clientSecret"] == "pi_0_secret_0"
        again = await pay(http, booked.session_id, "DEPOSIT", booked.client_token)
        assert again["payment"]["id"] == deposit["payment"]["id"]
        row = await Payment.get(reference="pi_0")
        assert stand_in.keys("/v1/payment_intents") == [f"studiograph-payment-{row.id}"]
        assert stand_in.intents["pi_0"]["amount"] == 7_500
        assert stand_in.intents["pi_0"]["metadata"] == {"payment_id": str(row.id)}

        # The card form finishes with Stripe; its webhook tells us.
        body, headers = signed(intent_succeeded("evt_1", "pi_0", 7_500))
        assert (
            await http.post("/webhooks/stripe", content=body, headers=headers)
        ).status_code == 200
        account = await gql(http, ACCOUNT, {"id": booked.session_id}, token=booked.client_token)
        assert account["sessionAccount"]["status"] == "DEPOSIT_PAID"
        assert account["sessionAccount"]["paid"] == {"amount": 7_500}

        balance = await pay(http, booked.session_id, "BALANCE", booked.client_token)
        assert balance["payment"]["amount"]["amount"] == 17_500
        body, headers = signed(intent_succeeded("evt_2", balance["payment"]["reference"], 17_500))
        assert (
            await http.post("/webhooks/stripe", content=body, headers=headers)
        ).status_code == 200
        account = await gql(http, ACCOUNT, {"id": booked.session_id}, token=booked.client_token)
        assert account["sessionAccount"]["status"] == "PAID"
        assert [p["status"] for p in account["sessionAccount"]["payments"]] == [
            "SUCCEEDED",
            "SUCCEEDED",
        ]
        keys = stand_in.keys("/v1/payment_intents")
        assert len(keys) == 2
        assert len(set(keys)) == 2


async def test_account_costs_the_same_for_5_and_50_payments(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    counts = []
    for count in (5, 50):
        booked = await booked_session(price=100_000, package=False)
        payments = [
            Payment(
                session_id=booked.session.id,
                kind="FULL",
                amount=100,
                currency="EUR",
                provider="offline",
                status="PARTIALLY_REFUNDED",
                refunded_amount=10,
            )
            for _ in range(count)
        ]
        await Payment.bulk_create(payments)
        await Refund.bulk_create(
            [Refund(payment_id=p.id, amount=10, currency="EUR") for p in payments]
        )
        statements.reset()
        data = await gql(client, ACCOUNT, {"id": booked.session_id}, token=booked.client_token)
        counts.append(statements.count)
        assert len(data["sessionAccount"]["payments"]) == count
        assert len(data["sessionAccount"]["refunds"]) == count
    # The token and user, the session, then payments, refunds, plan: the client's part in it
    # is read from the session (a provider's would cost their profile).
    assert counts[0] == counts[1] == 5, statements.queries


async def test_the_balance_is_still_paid_once_the_session_is_over(
    client: httpx.AsyncClient,
) -> None:
    booked = await booked_session(price=25_000)
    deposit = await pay(client, booked.session_id, "DEPOSIT", booked.client_token)
    record = {"input": {"paymentId": deposit["payment"]["id"], "reference": "bank 0101"}}
    await gql(client, RECORD, record, token=booked.provider_token)
    # The session took place with the balance still owed (a card declined past the deadline).
    await Session.filter(id=booked.session.id).update(status="COMPLETED")

    balance = await pay(client, booked.session_id, "BALANCE", booked.client_token)
    assert balance["userErrors"] == []
    assert balance["payment"]["amount"] == {"amount": 17_500, "currency": "EUR"}
    record = {"input": {"paymentId": balance["payment"]["id"], "reference": "bank 0102"}}
    recorded = (await gql(client, RECORD, record, token=booked.provider_token))["recordPayment"]
    assert recorded["account"] == {
        "paid": {"amount": 25_000},
        "balanceDue": {"amount": 0},
        "status": "PAID",
    }

    # A session that never took place takes no more money.
    other = await booked_session(price=25_000, package=False)
    await Session.filter(id=other.session.id).update(status="NO_SHOW")
    refused = await pay(client, other.session_id, "FULL", other.client_token)
    assert [e["code"] for e in refused["userErrors"]] == ["INVALID_STATE"]
