"""Refunds Stripe reports: one made in Stripe's dashboard is recorded and told once, and one of
ours is told once whether its webhook or Stripe's answer to our request lands first; each
Stripe refund id is recorded once however often, and through however many events, it comes."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

from app.settings import Settings
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment, Refund
from models.shop import Order
from tests.api import gql
from tests.payments import (
    ACCOUNT,
    Booked,
    booked_session,
    card_form,
    charge_refunded,
    deliver,
    event,
    intent_succeeded,
    stripe_client,
)
from tests.shop import catalog, one_photo_order
from tests.test_order_payments import PAY_ORDER
from tests.test_refund_notifications import _client_mail, _refunds_told, _when
from tests.test_refunds import REFUND


def _refund(
    refund_id: str, intent: str, amount: int, status: str = "succeeded", **meta: str
) -> dict:
    return {
        "id": refund_id,
        "object": "refund",
        "amount": amount,
        "currency": "eur",
        "payment_intent": intent,
        "metadata": meta,
        "status": status,
    }


def refund_event(event_id: str, kind: str, refund: dict[str, Any]) -> dict[str, Any]:
    return event(event_id, kind, refund)


async def _paid_by_card(http: httpx.AsyncClient, booked: Booked) -> dict:
    paid = await card_form(http, booked)
    assert await deliver(http, intent_succeeded("evt_paid", paid["reference"], 20_000)) == 200
    return paid


async def _account(http: httpx.AsyncClient, booked: Booked) -> dict:
    variables = {"id": booked.session_id}
    return (await gql(http, ACCOUNT, variables, token=booked.client_token))["sessionAccount"]


async def test_a_refund_made_in_stripe_s_dashboard_is_recorded_and_told_once(
    settings: Settings,
) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, _):
        paid = await _paid_by_card(http, booked)
        intent = paid["reference"]
        dashboard = _refund("re_dash", intent, 5_000)
        # Stripe's reports of it: the refund, the same event again, the charge's new total and
        # the refund's update, in any order.
        for sent in (
            refund_event("evt_r1", "refund.created", dashboard),
            refund_event("evt_r1", "refund.created", dashboard),
            charge_refunded("evt_c1", intent, 20_000, 5_000),
            refund_event("evt_r2", "refund.updated", dashboard),
            refund_event("evt_r3", "charge.refund.updated", dashboard),
        ):
            assert await deliver(http, sent) == 200

        account = await _account(http, booked)
        assert account["paid"] == {"amount": 15_000}
        assert account["refunds"] == [{"amount": {"amount": 5_000}, "status": "SUCCEEDED"}]
        assert [(p["status"], p["refunded"]) for p in account["payments"]] == [
            ("PARTIALLY_REFUNDED", {"amount": 5_000})
        ]
        row = await Refund.get()
        assert row.reference == "re_dash"
        assert await _refunds_told(http, booked.client_token) == [
            {
                "kind": "PAYMENT_REFUNDED",
                "title": "Refund sent",
                "body": f"We sent 50.00 EUR back to you for the session on {await _when(booked)}.",
            }
        ]
    assert len(await _client_mail(booked)) == 1


async def test_a_dashboard_refund_is_told_once_it_succeeds(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, _):
        intent = (await _paid_by_card(http, booked))["reference"]
        pending = _refund("re_slow", intent, 20_000, status="pending")
        assert await deliver(http, refund_event("evt_p", "refund.created", pending)) == 200
        assert await Refund.all().count() == 0
        assert await _refunds_told(http, booked.client_token) == []
        done = pending | {"status": "succeeded"}
        for event_id in ("evt_s", "evt_s", "evt_s2"):
            assert await deliver(http, refund_event(event_id, "refund.updated", done)) == 200
        assert [r["status"] for r in (await _account(http, booked))["refunds"]] == ["SUCCEEDED"]
        assert len(await _refunds_told(http, booked.client_token)) == 1
    assert len(await _client_mail(booked)) == 1


async def test_a_refund_listed_in_charge_refunded_is_recorded_once(settings: Settings) -> None:
    """Older Stripe API versions list the charge's refunds in `charge.refunded`."""
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, _):
        intent = (await _paid_by_card(http, booked))["reference"]
        listed = charge_refunded("evt_c", intent, 20_000, 20_000)
        listed["data"]["object"]["refunds"] = {
            "object": "list",
            "data": [_refund("re_a", intent, 8_000), _refund("re_b", intent, 12_000)],
        }
        assert await deliver(http, listed) == 200
        again = refund_event("evt_r", "refund.created", _refund("re_b", intent, 12_000))
        assert await deliver(http, again) == 200
        account = await _account(http, booked)
        assert account["paid"] == {"amount": 0}
        assert sorted(r["amount"]["amount"] for r in account["refunds"]) == [8_000, 12_000]
        assert len(await _refunds_told(http, booked.client_token)) == 2


async def test_our_refund_is_told_once_when_stripe_s_answer_comes_first(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, stand_in):
        paid = await _paid_by_card(http, booked)
        ask = {"input": {"paymentId": paid["id"], "amount": 7_000}}
        refunded = (await gql(http, REFUND, ask, token=booked.provider_token))["refundPayment"]
        assert refunded["refunds"][0]["status"] == "SUCCEEDED"
        [made] = stand_in.refunds.values()
        ours = await Refund.get()
        assert made["metadata"] == {"refund_id": str(ours.id), "payment_id": str(ours.payment_id)}
        for event_id, kind in (("evt_1", "refund.created"), ("evt_1", "refund.created"),
                               ("evt_2", "refund.updated")):  # fmt: skip
            assert await deliver(http, refund_event(event_id, kind, made)) == 200
        total = charge_refunded("evt_3", paid["reference"], 20_000, 7_000)
        assert await deliver(http, total) == 200

        assert await Refund.all().count() == 1
        assert (await Refund.get()).reference == made["id"]
        assert (await _account(http, booked))["paid"] == {"amount": 13_000}
        assert len(await _refunds_told(http, booked.client_token)) == 1
    assert len(await _client_mail(booked)) == 1


async def test_our_refund_is_told_once_when_its_webhook_comes_first(settings: Settings) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, stand_in):
        paid = await _paid_by_card(http, booked)
        stand_in.refund_hold = threading.Event()
        ask = {"input": {"paymentId": paid["id"], "amount": 7_000}}
        asking = asyncio.create_task(gql(http, REFUND, ask, token=booked.provider_token))
        # Stripe made the refund and told the webhook before our request has its answer.
        assert await asyncio.to_thread(stand_in.refund_held.wait, 10)
        [made] = stand_in.refunds.values()
        for event_id in ("evt_1", "evt_1"):
            assert await deliver(http, refund_event(event_id, "refund.created", made)) == 200
        row = await Refund.get()
        assert (row.status, row.reference) == ("SUCCEEDED", made["id"])
        assert len(await _refunds_told(http, booked.client_token)) == 1
        stand_in.refund_hold.set()
        refunded = (await asking)["refundPayment"]
        assert refunded["userErrors"] == []
        assert refunded["refunds"] == [
            {"amount": {"amount": 7_000}, "status": "SUCCEEDED", "reason": ""}
        ]
        assert await deliver(http, refund_event("evt_2", "refund.updated", made)) == 200

        assert await Refund.all().count() == 1
        assert (await _account(http, booked))["paid"] == {"amount": 13_000}
        assert len(await _refunds_told(http, booked.client_token)) == 1
    assert len(await _client_mail(booked)) == 1


async def test_an_order_refunded_in_full_in_stripe_is_refunded_and_told_once(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    shop = await catalog(client)
    family, order = await one_photo_order(client, shop, download=True)
    total = order["totals"]["total"]["amount"]
    async with stripe_client(settings) as (http, _):
        variables = {"input": {"orderId": order["id"]}}
        paying = (await gql(http, PAY_ORDER, variables, token=family.token))["payOrder"]
        intent = paying["payment"]["reference"]
        assert await deliver(http, intent_succeeded("evt_o", intent, total)) == 200
        dashboard = _refund("re_order", intent, total)
        for event_id in ("evt_r", "evt_r", "evt_u"):
            kind = "refund.created" if event_id == "evt_r" else "refund.updated"
            assert await deliver(http, refund_event(event_id, kind, dashboard)) == 200
        assert await deliver(http, charge_refunded("evt_c", intent, total, total)) == 200

    assert (await Order.get(number=order["number"])).status == "REFUNDED"
    assert (await Payment.get(reference=intent)).status == "REFUNDED"
    [told] = await Notification.filter(kind="ORDER_PAYMENT_REFUNDED")
    assert order["number"] in told.body
    assert await OutboxMessage.filter(kind="ORDER_PAYMENT_REFUNDED").count() == 1


async def test_a_refund_first_sent_without_metadata_is_answered_not_made_twice(
    settings: Settings,
) -> None:
    """A refund still pending from before refunds carried metadata: Stripe refuses its key
    with other parameters, so it is asked again as it first was and answers the first time."""
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, stand_in):
        paid = await _paid_by_card(http, booked)
        payment = await Payment.get(reference=paid["reference"])
        row = await Refund.create(payment=payment, amount=7_000, currency="EUR")
        async with httpx.AsyncClient(base_url=stand_in.url) as stripe_http:
            first = await stripe_http.post(
                "/v1/refunds",
                data={"payment_intent": paid["reference"], "amount": "7000"},
                headers={"idempotency-key": f"studiograph-refund-{row.id}"},
            )
        assert first.status_code == 200  # made; its answer was lost

        ask = {"input": {"paymentId": paid["id"], "amount": 7_000}}
        refunded = (await gql(http, REFUND, ask, token=booked.provider_token))["refundPayment"]
        assert refunded["userErrors"] == []
        assert refunded["refunds"][0]["status"] == "SUCCEEDED"
        assert len(stand_in.refunds) == 1
        assert (await Refund.get()).reference == first.json()["id"]
        assert len(await _refunds_told(http, booked.client_token)) == 1
