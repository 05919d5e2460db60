"""A refund Stripe reports `succeeded` and later `failed` (a closed card): it becomes FAILED,
the payment holds the money again (and so the session's account, or the order it had made
REFUNDED), and the client and the studio are told, once, whatever order the events arrive
in and however often."""

from __future__ import annotations

from typing import Any

import httpx

from app.settings import Settings
from domain.payment import refund_undone
from models.account import User
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment, Refund
from models.provider import ProviderProfile
from models.shop import Order
from models.webhook import WebhookDelivery
from tests.api import gql
from tests.payments import (
    ACCOUNT,
    Booked,
    booked_session,
    card_form,
    charge_refunded,
    deliver,
    intent_succeeded,
    stripe_client,
)
from tests.shop import catalog, one_photo_order
from tests.test_cancellation_refunds import REFUND_CANCELLED, _cancel, _half_back_policy
from tests.test_order_notifications import CREATE_ENDPOINT
from tests.test_order_payments import PAY_ORDER
from tests.test_refund_notifications import _when
from tests.test_refunds import REFUND
from tests.test_stripe_refunds import _refund, refund_event

MINE = "query { myNotifications(first: 20) { edges { node { kind title body } } } }"
CLOSED = {"status": "failed", "failure_reason": "expired_or_canceled_card"}


async def _told(http: httpx.AsyncClient, token: str, kind: str) -> list[dict[str, str]]:
    page = (await gql(http, MINE, token=token))["myNotifications"]
    return [e["node"] for e in page["edges"] if e["node"]["kind"] == kind]


async def _account(http: httpx.AsyncClient, booked: Booked) -> dict[str, Any]:
    variables = {"id": booked.session_id}
    return (await gql(http, ACCOUNT, variables, token=booked.client_token))["sessionAccount"]


async def _paid(http: httpx.AsyncClient, booked: Booked) -> dict[str, Any]:
    paid = await card_form(http, booked)
    assert await deliver(http, intent_succeeded("evt_paid", paid["reference"], 20_000)) == 200
    return paid


def test_a_failed_refund_takes_back_what_it_counted() -> None:
    assert refund_undone(refunded=7_000, failed=7_000, succeeded=0) == 0
    assert refund_undone(refunded=12_000, failed=7_000, succeeded=5_000) == 5_000
    # 3_000 more went back in Stripe's dashboard, known only from the charge's total so far.
    assert refund_undone(refunded=15_000, failed=7_000, succeeded=5_000) == 8_000
    assert refund_undone(refunded=7_000, failed=9_000, succeeded=0) == 0


async def test_our_refund_that_fails_after_it_succeeded_is_undone_and_told_once(
    settings: Settings,
) -> None:
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, stand_in):
        paid = await _paid(http, booked)
        ask = {"input": {"paymentId": paid["id"], "amount": 7_000}}
        refunded = (await gql(http, REFUND, ask, token=booked.provider_token))["refundPayment"]
        assert refunded["refunds"][0]["status"] == "SUCCEEDED"
        [made] = stand_in.refunds.values()
        assert await deliver(http, refund_event("evt_ok", "refund.created", made)) == 200
        assert (await _account(http, booked))["paid"] == {"amount": 13_000}

        failed = made | CLOSED
        # The failure, again, and through a second event; then Stripe's reports sent before
        # it failed, delivered late: the success and the charge's total that counted it.
        for sent in (
            refund_event("evt_f", "refund.failed", failed),
            refund_event("evt_f", "refund.failed", failed),
            refund_event("evt_u", "refund.updated", failed),
            refund_event("evt_old", "refund.updated", made),
            charge_refunded("evt_c", paid["reference"], 20_000, 7_000),
        ):
            assert await deliver(http, sent) == 200

        account = await _account(http, booked)
        assert account["paid"] == {"amount": 20_000}
        assert account["status"] == "PAID"
        assert account["refunds"] == [{"amount": {"amount": 7_000}, "status": "FAILED"}]
        assert [(p["status"], p["refunded"]) for p in account["payments"]] == [
            ("SUCCEEDED", {"amount": 0})
        ]
        body = (
            f"The refund of 70.00 EUR for the session on {await _when(booked)} failed: the "
            "card's bank sent the money back to the studio. It is still owed and will be "
            "paid back another way."
        )
        told = {"kind": "REFUND_FAILED", "title": "Refund failed", "body": body}
        for token in (booked.client_token, booked.provider_token):
            assert await _told(http, token, "REFUND_FAILED") == [told]
        client = await User.get(id=booked.session.client_id)  # type: ignore[attr-defined]
        provider = await ProviderProfile.get(id=booked.session.provider_id).select_related("user")  # type: ignore[attr-defined]
        mailed = OutboxMessage.filter(kind="REFUND_FAILED").values_list("recipient", "subject")
        subject = f"A refund for the session on {await _when(booked)} failed"
        assert sorted(await mailed) == sorted(
            [(client.email, subject), (provider.user.email, subject)]
        )

        # The money is the studio's again, so it can go back again.
        again = (await gql(http, REFUND, ask, token=booked.provider_token))["refundPayment"]
        assert again["userErrors"] == []
        assert again["account"]["paid"] == {"amount": 13_000}


async def test_a_failure_reported_before_the_success_is_applied_once(settings: Settings) -> None:
    """A dashboard refund whose reports arrive out of order: the failure first, then the
    success and the charge's total sent before it failed. Nobody hears of money that never
    arrived, and the account counts none of it."""
    booked = await booked_session(price=20_000, package=False)
    async with stripe_client(settings) as (http, _):
        intent = (await _paid(http, booked))["reference"]
        dashboard = _refund("re_dash", intent, 5_000)
        for sent in (
            refund_event("evt_f", "refund.updated", dashboard | CLOSED),
            refund_event("evt_f", "refund.updated", dashboard | CLOSED),
            refund_event("evt_s", "refund.created", dashboard),
            charge_refunded("evt_c", intent, 20_000, 5_000),
            refund_event("evt_f2", "refund.failed", dashboard | CLOSED),
        ):
            assert await deliver(http, sent) == 200

        account = await _account(http, booked)
        assert account["paid"] == {"amount": 20_000}
        assert account["refunds"] == [{"amount": {"amount": 5_000}, "status": "FAILED"}]
        assert [p["status"] for p in account["payments"]] == ["SUCCEEDED"]
        assert (await Refund.get()).reference == "re_dash"
        for token in (booked.client_token, booked.provider_token):
            page = (await gql(http, MINE, token=token))["myNotifications"]["edges"]
            assert [e["node"]["kind"] for e in page if "REFUND" in e["node"]["kind"]] == []
    assert await OutboxMessage.filter(kind__in=["PAYMENT_REFUNDED", "REFUND_FAILED"]).count() == 0


async def test_a_cancelled_session_stays_cancelled_and_its_refund_is_owed_again(
    settings: Settings,
) -> None:
    booked = await booked_session(price=20_000, package=False)
    await _half_back_policy(booked)
    async with stripe_client(settings) as (http, stand_in):
        await _paid(http, booked)
        await _cancel(http, booked)  # half of it goes back
        [made] = stand_in.refunds.values()
        assert await deliver(http, refund_event("evt_f", "refund.failed", made | CLOSED)) == 200

        account = await _account(http, booked)
        assert account["paid"] == {"amount": 20_000}
        assert account["refunds"] == [{"amount": {"amount": 10_000}, "status": "FAILED"}]
        assert len(await _told(http, booked.provider_token, "REFUND_FAILED")) == 1
        ask = {"input": {"sessionId": booked.session_id}}
        retried = (await gql(http, REFUND_CANCELLED, ask, token=booked.provider_token))[
            "refundCancelledSession"
        ]
        assert retried["userErrors"] == []
        assert retried["refunds"] == [{"amount": {"amount": 10_000}, "status": "SUCCEEDED"}]
        assert retried["account"]["paid"] == {"amount": 10_000}
    assert (await Payment.get()).status == "PARTIALLY_REFUNDED"


async def test_an_order_refunded_in_full_is_the_buyers_again_when_the_refund_fails(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    shop = await catalog(client)
    subscribe = {"url": "https://hooks.example.com/refunds", "eventTypes": ["ORDER_REFUND_FAILED"]}
    created = await gql(client, CREATE_ENDPOINT, {"input": subscribe}, token=shop.admin)
    assert created["createWebhookEndpoint"]["userErrors"] == []
    family, order = await one_photo_order(client, shop, download=True)
    total, number = order["totals"]["total"]["amount"], order["number"]
    async with stripe_client(settings) as (http, _):
        variables = {"input": {"orderId": order["id"]}}
        paying = (await gql(http, PAY_ORDER, variables, token=family.token))["payOrder"]
        intent = paying["payment"]["reference"]
        assert await deliver(http, intent_succeeded("evt_o", intent, total)) == 200
        dashboard = _refund("re_order", intent, total)
        assert await deliver(http, refund_event("evt_r", "refund.created", dashboard)) == 200
        assert (await Order.get(number=number)).status == "REFUNDED"

        for event_id in ("evt_f", "evt_f", "evt_f2"):
            failed = refund_event(event_id, "refund.updated", dashboard | CLOSED)
            assert await deliver(http, failed) == 200
        assert await deliver(http, charge_refunded("evt_c", intent, total, total)) == 200

    assert (await Order.get(number=number)).status == "PAID"  # its download is theirs again
    payment = await Payment.get(reference=intent)
    assert (payment.status, payment.refunded_amount) == ("SUCCEEDED", 0)
    amount = f"{total // 100}.{total % 100:02d} EUR"
    assert await _told(client, family.token, "ORDER_REFUND_FAILED") == [
        {
            "kind": "ORDER_REFUND_FAILED",
            "title": "Refund failed",
            "body": f"The refund of {amount} for order {number} failed: your card's bank sent "
            "the money back to us. We will pay it back another way.",
        }
    ]
    [(subject, text)] = await OutboxMessage.filter(kind="ORDER_REFUND_FAILED").values_list(
        "subject", "text_body"
    )
    assert subject == f"The refund for order {number} failed"
    assert amount in text
    [delivery] = await WebhookDelivery.all()
    assert delivery.event_type == "ORDER_REFUND_FAILED"
    assert delivery.payload["data"]["orderId"] == order["id"]  # type: ignore[index]
    assert await Notification.filter(kind="ORDER_REFUND_FAILED").count() == 1
