"""`POST /webhooks/stripe`: signatures checked, each event applied once, in any order."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import httpx

from app.settings import Settings
from models.booking import Session
from models.notification import Notification
from models.payment import Payment, ProcessedStripeEvent
from tests.api import gql
from tests.payments import (
    PAY,
    booked_session,
    charge_refunded,
    intent_failed,
    intent_succeeded,
    signed,
    stripe_client,
)

PAYMENTS_PER_WORLD = 10
DELIVERIES = 200
BAD = 20


async def _world(http: httpx.AsyncClient, count: int) -> list[tuple[Session, str]]:
    """`count` package sessions, each with a Stripe deposit waiting: (session, intent id)."""
    made = []
    for _ in range(count):
        booked = await booked_session(price=25_000)
        variables = {"input": {"sessionId": booked.session_id, "kind": "DEPOSIT"}}
        paid = (await gql(http, PAY, variables, token=booked.client_token))["payForSession"]
        made.append((booked.session, paid["payment"]["reference"]))
    return made


def _story(n: int) -> list[dict[str, Any]]:
    """What Stripe would say about deposit n of 75.00, in the order it happened; the five
    kinds of story end PENDING, FAILED, SUCCEEDED, PARTIALLY_REFUNDED and REFUNDED."""
    kind = n % 5
    events: list[dict[str, Any]] = []
    if kind in (1, 2):
        events.append(intent_failed("", ""))
    if kind >= 2:
        events.append(intent_succeeded("", "", 7_500))
    if kind >= 3:
        events += [charge_refunded("", "", 7_500, 1_000), charge_refunded("", "", 7_500, 3_500)]
    if kind == 4:
        events.append(charge_refunded("", "", 7_500, 7_500))
    return events


async def _state(sessions: list[Session]) -> list[tuple[object, ...]]:
    state = []
    for session in sessions:
        row = await Session.get(id=session.id)
        payment = await Payment.get(session_id=session.id)
        state.append(
            (
                payment.status,
                payment.refunded_amount,
                payment.failure_message,
                payment.paid_at is not None,
                row.paid_amount,
                row.payment_status,
            )
        )
    return state


async def _deliver(http: httpx.AsyncClient, body: bytes, headers: dict[str, str]) -> int:
    return (await http.post("/webhooks/stripe", content=body, headers=headers)).status_code


def _forged(good: dict[str, Any], n: int) -> tuple[bytes, dict[str, str]]:
    """A delivery that must be refused: a tampered body, a wrong secret, or no signature;
    each would mark its intent paid if it were applied."""
    obj = good["data"]["object"]
    forged = intent_succeeded(f"evt_forged_{n}", obj.get("payment_intent", obj["id"]), 7_500)
    how = n % 3
    if how == 0:
        body, headers = signed(good)
        return body.replace(b"payment_intent", b"payment_intent ", 1), headers
    if how == 1:
        return signed(forged, secret="whsec_not_ours")
    body, headers = signed(forged)
    del headers["stripe-signature"]
    return body, headers


async def test_replayed_duplicated_reordered_and_forged_events(settings: Settings) -> None:
    rng = random.Random(20261125)  # noqa: S311 - a reproducible shuffle, not a secret
    async with stripe_client(settings) as (http, _):
        in_order = await _world(http, PAYMENTS_PER_WORLD)
        chaos = await _world(http, PAYMENTS_PER_WORLD)
        stories = [_story(n) for n in range(PAYMENTS_PER_WORLD)]

        def told(world: str, made: list[tuple[Session, str]]) -> list[dict[str, Any]]:
            # The same stories in both worlds, about their own intents and with their own ids.
            events = []
            for n, ((_, intent), story) in enumerate(zip(made, stories, strict=True)):
                for k, template in enumerate(story):
                    event = {**template, "id": f"evt_{world}{n}_{k}"}
                    event["data"] = {"object": {**template["data"]["object"]}}
                    key = "payment_intent" if template["type"] == "charge.refunded" else "id"
                    event["data"]["object"][key] = intent
                    events.append(event)
            return events

        ordered = told("a", in_order)
        for good in ordered:
            assert await _deliver(http, *signed(good)) == 200

        events = told("b", chaos)
        deliveries = [signed(e) for e in events]
        while len(deliveries) < DELIVERIES - BAD:
            deliveries.append(signed(rng.choice(events)))
        deliveries += [_forged(rng.choice(events), n) for n in range(BAD)]
        rng.shuffle(deliveries)
        assert len(deliveries) == DELIVERIES
        codes = [await _deliver(http, body, headers) for body, headers in deliveries]
        assert codes.count(400) == BAD
        assert codes.count(200) == DELIVERIES - BAD

    expected = await _state([session for session, _ in in_order])
    assert await _state([session for session, _ in chaos]) == expected
    # The stories cover every outcome, so the comparison says something.
    assert {row[0] for row in expected} == {
        "PENDING",
        "FAILED",
        "SUCCEEDED",
        "PARTIALLY_REFUNDED",
        "REFUNDED",
    }
    assert await ProcessedStripeEvent.filter(event_id__startswith="evt_b").count() == len(events)
    assert not await ProcessedStripeEvent.filter(event_id__startswith="evt_forged").exists()


async def test_succeeded_after_refund_does_not_resurrect(settings: Settings) -> None:
    async with stripe_client(settings) as (http, _):
        [(session, intent)] = await _world(http, 1)
        for event in (
            charge_refunded("evt_r", intent, 7_500, 7_500),
            intent_succeeded("evt_s", intent, 7_500),
            intent_failed("evt_f", intent),
        ):
            assert await _deliver(http, *signed(event)) == 200
        payment = await Payment.get(session_id=session.id)
        assert (payment.status, payment.refunded_amount) == ("REFUNDED", 7_500)
        row = await Session.get(id=session.id)
        assert (row.paid_amount, row.payment_status) == (0, "UNPAID")


async def test_bad_signature_changes_nothing(settings: Settings) -> None:
    async with stripe_client(settings) as (http, _):
        [(session, intent)] = await _world(http, 1)
        body, headers = signed(intent_succeeded("evt_x", intent, 7_500), secret="whsec_wrong")
        assert await _deliver(http, body, headers) == 400
        assert await _deliver(http, b"{}", {"stripe-signature": "t=1,v1=00"}) == 400
        payment = await Payment.get(session_id=session.id)
        assert payment.status == "PENDING"
        assert not await ProcessedStripeEvent.exists()
        # Then the real one: applied once, and a redelivery is acknowledged without effect.
        body, headers = signed(intent_succeeded("evt_x", intent, 7_500))
        assert (await http.post("/webhooks/stripe", content=body, headers=headers)).json() == {
            "applied": True
        }
        assert (await http.post("/webhooks/stripe", content=body, headers=headers)).json() == {
            "applied": False
        }


async def test_concurrent_deliveries_of_one_event_apply_it_once(settings: Settings) -> None:
    async with stripe_client(settings) as (http, _):
        [(session, intent)] = await _world(http, 1)
        body, headers = signed(intent_succeeded("evt_c", intent, 7_500))
        responses = await asyncio.gather(
            *(http.post("/webhooks/stripe", content=body, headers=headers) for _ in range(5))
        )
        assert sorted(r.json()["applied"] for r in responses) == [False] * 4 + [True]
        row = await Session.get(id=session.id)
        assert row.paid_amount == 7_500
        assert await Notification.filter(kind="PAYMENT_RECEIVED").count() == 1
