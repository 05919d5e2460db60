"""extendSession bills the extra time at the session's booked rate: its price rises, what is
still due grows (a session paid in full owes the extra as its balance, a running plan takes it
as one more installment), and the client is told the new price; a free extension or refused
input changes no money."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from strawberry.relay import to_base64

from domain.notification import session_time
from domain.outbox import MailKind
from domain.session import SessionStatus
from integrations.payments import OfflineProvider
from jobs.installments import charge_due_installments
from models.audit import AuditEntry
from models.booking import Session
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment
from tests.api import gql
from tests.payments import PAY, RECORD, Booked, booked_session
from tests.shop import admin_token
from tests.test_payment_plans import CREATE_PLAN

EXTEND = """
mutation ($input: ExtendSessionInput!) { extendSession(input: $input) {
  session { durationMinutes rateAtBooking { amount currency } price { amount currency } }
  userErrors { field code }
} }"""
ACCOUNT = """
query ($id: ID!) { sessionAccount(sessionId: $id) {
  price { amount currency } balanceDue { amount currency } paid { amount } status
  extraTime { amount currency } extraMinutes
  plan { total { amount } installments { number amount { amount } status } }
} }"""


async def in_progress(price: int = 10_000, currency: str = "EUR") -> Booked:
    """An hour's session (not a package) under way, booked at `price`."""
    booked = await booked_session(price=price, package=False)
    await Session.filter(id=booked.session.id).update(
        status=SessionStatus.IN_PROGRESS, currency=currency
    )
    return booked


async def extend(
    http: httpx.AsyncClient, booked: Booked, minutes: int, token: str | None = None, **more: object
) -> dict:
    variables = {"input": {"id": booked.session_id, "minutes": minutes, **more}}
    payload = await gql(http, EXTEND, variables, token=token or booked.provider_token)
    return payload["extendSession"]


async def account(http: httpx.AsyncClient, booked: Booked) -> dict:
    data = await gql(http, ACCOUNT, {"id": booked.session_id}, token=booked.client_token)
    return data["sessionAccount"]


async def told(booked: Booked) -> list[str]:
    rows = await Notification.filter(
        session_id=booked.session.id, kind="SESSION_EXTENDED"
    ).order_by("created_at")
    return [row.body for row in rows]


async def test_extending_raises_the_price_at_the_booked_rate(client: httpx.AsyncClient) -> None:
    booked = await in_progress(price=10_000)
    extended = await extend(client, booked, 15)
    assert extended["userErrors"] == []
    # 100.00 EUR an hour: a quarter of an hour more is 25.00 EUR.
    assert extended["session"] == {
        "durationMinutes": 75,
        "rateAtBooking": {"amount": 10_000, "currency": "EUR"},
        "price": {"amount": 12_500, "currency": "EUR"},
    }
    owed = await account(client, booked)
    assert owed["price"] == owed["balanceDue"] == {"amount": 12_500, "currency": "EUR"}
    assert (owed["extraTime"], owed["extraMinutes"]) == ({"amount": 2_500, "currency": "EUR"}, 15)
    assert owed["status"] == "UNPAID"
    # The client is told, in the app and by mail; the provider, who extended it, is not.
    assert await told(booked) == [
        f"Your session on {await _when(booked)} was extended by 15 minutes: the extra time "
        "costs 25.00 EUR, so the session now costs 125.00 EUR."
    ]
    client_id = booked.session.client_id  # type: ignore[attr-defined]
    assert await Notification.filter(kind="SESSION_EXTENDED").values_list(
        "recipient_id", flat=True
    ) == [client_id]
    mail = await OutboxMessage.get(kind=MailKind.SESSION_EXTENDED)
    assert "125.00 EUR" in mail.text_body
    assert "The extra time is due now" in mail.text_body
    # Paid the usual way, at the new price.
    pay = {"input": {"sessionId": booked.session_id, "kind": "FULL"}}
    paid = (await gql(client, PAY, pay, token=booked.client_token))["payForSession"]
    assert paid["payment"]["amount"] == {"amount": 12_500, "currency": "EUR"}


async def test_a_session_paid_in_full_owes_the_extra_as_its_balance(
    client: httpx.AsyncClient,
) -> None:
    booked = await in_progress(price=10_000)
    pay = {"input": {"sessionId": booked.session_id, "kind": "FULL"}}
    full = (await gql(client, PAY, pay, token=booked.client_token))["payForSession"]
    record = {"input": {"paymentId": full["payment"]["id"], "reference": "card at the desk"}}
    await gql(client, RECORD, record, token=booked.provider_token)
    assert (await account(client, booked))["status"] == "PAID"

    assert (await extend(client, booked, 30))["userErrors"] == []
    owed = await account(client, booked)
    assert owed["balanceDue"] == {"amount": 5_000, "currency": "EUR"}
    assert (owed["price"]["amount"], owed["paid"]["amount"], owed["status"]) == (
        15_000,
        10_000,
        "DEPOSIT_PAID",
    )
    # The client pays the extra as the session's balance; paying in full again is refused.
    again = (await gql(client, PAY, pay, token=booked.client_token))["payForSession"]
    assert [e["code"] for e in again["userErrors"]] == ["INVALID_VALUE"]
    pay["input"]["kind"] = "BALANCE"
    balance = (await gql(client, PAY, pay, token=booked.client_token))["payForSession"]
    assert balance["payment"]["amount"] == {"amount": 5_000, "currency": "EUR"}
    record = {"input": {"paymentId": balance["payment"]["id"], "reference": "extra time"}}
    settled = (await gql(client, RECORD, record, token=booked.provider_token))["recordPayment"]
    assert settled["account"] == {
        "paid": {"amount": 15_000},
        "balanceDue": {"amount": 0},
        "status": "PAID",
    }


async def test_steps_round_half_up_on_the_whole_extra_time_in_its_currency(
    client: httpx.AsyncClient,
) -> None:
    # 10001 yen an hour is 166.68… a minute: the first minute rounds up, the second down, so
    # two of them cost what one extension of two minutes would (333.37… → 333).
    booked = await in_progress(price=10_001, currency="JPY")
    first = await extend(client, booked, 1)
    assert first["session"]["price"] == {"amount": 10_168, "currency": "JPY"}
    second = await extend(client, booked, 1)
    assert second["session"]["price"] == {"amount": 10_334, "currency": "JPY"}
    assert second["session"]["rateAtBooking"] == {"amount": 10_001, "currency": "JPY"}
    owed = await account(client, booked)
    assert (owed["extraTime"], owed["extraMinutes"]) == ({"amount": 333, "currency": "JPY"}, 2)
    assert (await told(booked))[0].endswith(
        "by 1 minute: the extra time costs 167 JPY, so the session now costs 10168 JPY."
    )
    pay = {"input": {"sessionId": booked.session_id, "kind": "FULL"}}
    paid = (await gql(client, PAY, pay, token=booked.client_token))["payForSession"]
    assert paid["payment"]["amount"] == {"amount": 10_334, "currency": "JPY"}


async def test_a_free_extension_costs_nothing_and_later_ones_keep_the_booked_rate(
    client: httpx.AsyncClient,
) -> None:
    booked = await in_progress(price=10_000)
    free = await extend(client, booked, 30, charge=False)
    assert free["session"]["durationMinutes"] == 90
    assert free["session"]["price"] == {"amount": 10_000, "currency": "EUR"}
    assert (await account(client, booked))["extraMinutes"] == 0
    assert (await told(booked))[0].endswith("was extended by 30 minutes, at no extra charge.")
    mail = await OutboxMessage.get(kind=MailKind.SESSION_EXTENDED)
    assert "due now" not in mail.text_body
    # Still 100.00 for the hour booked: not spread over the 90 minutes it now lasts.
    charged = await extend(client, booked, 15)
    assert charged["session"]["price"] == {"amount": 12_500, "currency": "EUR"}


async def test_a_running_plan_takes_the_extra_as_one_more_installment(
    client: httpx.AsyncClient,
) -> None:
    booked = await booked_session(price=10_000, package=False)
    plan = {"input": {"sessionId": booked.session_id, "installments": 2}}
    created = (await gql(client, CREATE_PLAN, plan, token=booked.client_token))["createPaymentPlan"]
    assert created["userErrors"] == []
    await Session.filter(id=booked.session.id).update(status=SessionStatus.IN_PROGRESS)

    assert (await extend(client, booked, 15))["userErrors"] == []
    owed = await account(client, booked)
    assert owed["plan"]["total"] == {"amount": 12_500}
    assert [(i["number"], i["amount"]["amount"]) for i in owed["plan"]["installments"]] == [
        (1, 5_000),
        (2, 5_000),
        (3, 2_500),
    ]
    mail = await OutboxMessage.get(kind=MailKind.SESSION_EXTENDED)
    assert "added to your payment plan" in mail.text_body
    # Due at once: the installment job asks for it with the first (offline, the studio records
    # it; with Stripe the plan's card is charged).
    await charge_due_installments(OfflineProvider(), datetime.now(UTC) + timedelta(seconds=1))
    extra = await Payment.get(session_id=booked.session.id, amount=2_500)
    assert (extra.kind, extra.currency, extra.status) == ("INSTALLMENT", "EUR", "PENDING")
    record = {"input": {"paymentId": _payment_id(extra), "reference": "extra time"}}
    await gql(client, RECORD, record, token=booked.provider_token)
    owed = await account(client, booked)
    assert owed["plan"]["installments"][2]["status"] == "PAID"
    assert owed["paid"]["amount"] == 2_500


async def test_refused_extensions_change_nothing(client: httpx.AsyncClient) -> None:
    booked = await in_progress(price=10_000)
    session = await Session.get(id=booked.session.id)
    await Session.create(
        provider_id=session.provider_id,  # type: ignore[attr-defined]
        service_id=session.service_id,  # type: ignore[attr-defined]
        client_id=session.client_id,  # type: ignore[attr-defined]
        start_at=session.end_at + timedelta(minutes=30),
        end_at=session.end_at + timedelta(minutes=90),
        blocked_start=session.end_at + timedelta(minutes=30),
        blocked_end=session.end_at + timedelta(minutes=90),
        slot_key="next",
        status=SessionStatus.CONFIRMED,
        price_amount=10_000,
        currency="EUR",
    )
    refusals = [
        (await extend(client, booked, 0))["userErrors"],
        (await extend(client, booked, 241))["userErrors"],
        (await extend(client, booked, 45))["userErrors"],
        (await extend(client, booked, 15, token=booked.client_token))["userErrors"],
    ]
    assert [errors[0]["code"] for errors in refusals] == [
        "INVALID_VALUE",
        "INVALID_VALUE",
        "SLOT_UNAVAILABLE",
        "INVALID_TRANSITION",
    ]
    after = await Session.get(id=booked.session.id)
    assert (after.end_at, after.price_amount, after.extended_minutes) == (session.end_at, 10_000, 0)
    assert await told(booked) == []
    assert not await OutboxMessage.filter(kind=MailKind.SESSION_EXTENDED).exists()


async def test_an_admin_extension_is_audited_and_told_to_both_sides(
    client: httpx.AsyncClient,
) -> None:
    booked = await in_progress(price=10_000)
    assert (await extend(client, booked, 6, token=await admin_token()))["userErrors"] == []
    entry = await AuditEntry.get(target_id=booked.session.id)
    assert entry.action == "extendSession"
    assert entry.changes["price_amount"] == [10_000, 11_000]  # type: ignore[index]
    assert len(await told(booked)) == 2


def _payment_id(payment: Payment) -> str:
    return to_base64("Payment", str(payment.id))


async def _when(booked: Booked) -> str:
    profile = await booked.session.provider
    return session_time(booked.session.start_at, profile.timezone)
