"""The late-money path and the cancellation refund's retry, run at once on one session many
times: both lock the session's row and its payments' rows, and in one order they never
deadlock (PostgreSQL would abort one of them) nor give the money back twice."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

import httpx

from app.settings import Settings
from models.payment import Payment, Refund
from models.provider import Service
from tests.api import gql
from tests.payments import PAY, Booked, booked_session, deliver, intent_succeeded, stripe_client
from tests.stripe_server import StripeStandIn

ROUNDS = 20
T = TypeVar("T")
REFUND_CANCELLED = """
mutation ($input: RefundCancelledSessionInput!) { refundCancelledSession(input: $input) {
  userErrors { code }
} }"""
CANCEL = """
mutation ($input: CancelSessionInput!) { cancelSession(input: $input) {
  session { status refundPercent } userErrors { code }
} }"""


async def _pay(http: httpx.AsyncClient, booked: Booked, kind: str) -> str:
    variables = {"input": {"sessionId": booked.session_id, "kind": kind}}
    paid = (await gql(http, PAY, variables, token=booked.client_token))["payForSession"]
    assert paid["userErrors"] == []
    return str(paid["payment"]["reference"])


async def _cancelled_with_money_on_its_way(
    http: httpx.AsyncClient, stand_in: StripeStandIn, round_: int
) -> tuple[Booked, str]:
    """A session of 200.00 whose deposit (60.00) was paid and whose balance (140.00) the
    client paid just as Stripe went down and the session was cancelled (half back): the
    deposit's refund waits PENDING, the balance is PENDING with its success on the way."""
    booked = await booked_session(price=20_000)
    await Service.filter(id=booked.session.service_id).update(
        cancellation_policy=[
            {"hours_before": 24 * 60, "refund_percent": 100},
            {"hours_before": 48, "refund_percent": 50},
        ]
    )
    deposit = await _pay(http, booked, "DEPOSIT")
    assert await deliver(http, intent_succeeded(f"evt_d{round_}", deposit, 6_000)) == 200
    balance = await _pay(http, booked, "BALANCE")
    stand_in.intents[balance]["status"] = "succeeded"
    # Both calls while the session is cancelled fail: the balance's cancel and the deposit's
    # refund (unretried, to spare the library's backoff).
    stand_in.retried = False
    stand_in.outage = 2
    cancel = {"input": {"id": booked.session_id, "reason": "ill"}}
    cancelled = (await gql(http, CANCEL, cancel, token=booked.client_token))["cancelSession"]
    assert cancelled["session"] == {"status": "CANCELLED", "refundPercent": 50}
    stand_in.outage = 0
    assert (await Payment.get(reference=balance)).status == "PENDING"
    assert await Refund.filter(status="PENDING").count() == 1
    return booked, balance


async def _after(seconds: float, call: Awaitable[T]) -> T:
    await asyncio.sleep(seconds)
    return await call


async def test_late_money_and_the_refund_retry_at_once_refund_once(settings: Settings) -> None:
    async with stripe_client(settings) as (http, stand_in):
        for round_ in range(ROUNDS):
            booked, balance = await _cancelled_with_money_on_its_way(http, stand_in, round_)
            ask = {"input": {"sessionId": booked.session_id}}
            late = intent_succeeded(f"evt_b{round_}", balance, 14_000)
            # Staggered by a few milliseconds more each round, so that each path is caught at
            # another step of the other's.
            retry = gql(http, REFUND_CANCELLED, ask, token=booked.provider_token)
            delay = round_ / 1_000
            delivered, retried = await asyncio.gather(
                _after(delay if round_ % 2 else 0, deliver(http, late)),
                _after(0 if round_ % 2 else delay, retry),
            )
            assert delivered == 200
            # Nothing is left for the retry when the webhook's own sending came first.
            codes = [e["code"] for e in retried["refundCancelledSession"]["userErrors"]]
            assert codes in ([], ["INVALID_STATE"])
            refunds = await Refund.filter(payment__session_id=booked.session.id).values_list(
                "amount", "status", "id"
            )
            # Half of 200.00: 30.00 of the deposit, then 70.00 of the balance; each once.
            assert sorted((amount, status) for amount, status, _ in refunds) == [
                (3_000, "SUCCEEDED"),
                (7_000, "SUCCEEDED"),
            ]
            keys = {f"studiograph-refund-{refund_id}" for _, _, refund_id in refunds}
            sent = [c for c in stand_in.calls if c.idempotency_key in keys]
            assert {c.idempotency_key for c in sent} == keys
            assert (
                sum(
                    r["amount"] for r in stand_in.refunds.values() if r["payment_intent"] == balance
                )
                == 7_000
            )
