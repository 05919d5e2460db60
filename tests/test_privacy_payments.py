"""deleteMyAccount and the payments of a client's follow-ups and past sessions: a card form
nobody is paying is cancelled with the account (or its question, erased, would be told to
its provider as paid), one the payment provider is processing keeps it. The unpaid orders'
payments: tests/test_privacy_orders.py."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from strawberry.relay import from_base64, to_base64

from app.settings import Settings
from models.account import User
from models.notification import Notification
from models.payment import Payment
from tests.api import gql
from tests.factories import PASSWORD
from tests.payments import PAY as PAY_SESSION
from tests.payments import RECORD, intent_succeeded, stripe_client
from tests.test_follow_up_payments import PAY, Asked, asked, codes
from tests.test_follow_up_stripe import applied
from tests.test_privacy import DELETE

REFUSED = {"deleted": False, "userErrors": [{"field": None, "code": "PAYMENT_PENDING"}]}


async def _delete(http: httpx.AsyncClient, token: str) -> dict[str, Any]:
    variables = {"input": {"password": PASSWORD}}
    return (await gql(http, DELETE, variables, token=token))["deleteMyAccount"]  # type: ignore[no-any-return]


async def _open_forms(http: httpx.AsyncClient, follow_up: Asked) -> tuple[Payment, Payment]:
    """The follow-up's payment and its completed session's balance, both started and left."""
    token = follow_up.client_token
    paying = (await gql(http, PAY, follow_up.pay(), token=token))["payFollowUp"]
    assert paying["userErrors"] == []
    balance = {"input": {"sessionId": follow_up.session_id, "kind": "FULL"}}
    owing = (await gql(http, PAY_SESSION, balance, token=token))["payForSession"]
    assert owing["userErrors"] == []
    ids = (paying["payment"]["id"], owing["payment"]["id"])
    return await Payment.get(id=from_base64(ids[0])[1]), await Payment.get(
        id=from_base64(ids[1])[1]
    )


async def test_offline_payments_of_follow_ups_and_sessions_go_with_the_account(
    client: httpx.AsyncClient,
) -> None:
    follow_up = await asked(client)
    payments = await _open_forms(client, follow_up)

    assert (await _delete(client, follow_up.client_token))["deleted"] is True

    assert [(await Payment.get(id=p.id)).status for p in payments] == ["CANCELLED"] * 2
    # The studio can no longer record money for the erased question.
    paid = to_base64("Payment", str(payments[0].id))
    record = {"input": {"paymentId": paid, "reference": "TR-late"}}
    late = await gql(client, RECORD, record, token=follow_up.studio.provider_token)
    assert codes(late["recordPayment"]) == ["INVALID_STATE"]
    assert await Notification.filter(kind="FOLLOW_UP_PAID").count() == 0


async def test_abandoned_card_forms_of_follow_ups_and_sessions_are_cancelled_at_stripe(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    follow_up = await asked(client)
    async with stripe_client(settings) as (http, stand_in):
        payments = await _open_forms(http, follow_up)

        assert (await _delete(http, follow_up.client_token))["deleted"] is True

        for payment in payments:
            assert stand_in.intents[payment.reference]["status"] == "canceled"
            cancel = f"/v1/payment_intents/{payment.reference}/cancel"
            assert stand_in.keys(cancel) == [f"studiograph-payment-cancel-{payment.id}"]
            assert (await Payment.get(id=payment.id)).status == "CANCELLED"
        # A success reported late no longer tells the provider of a "[deleted]" question.
        reference = payments[0].reference
        assert await applied(http, intent_succeeded("evt_late", reference, 1000)) is True
        assert await Notification.filter(kind="FOLLOW_UP_PAID").count() == 0


@pytest.mark.parametrize("which", [0, 1])
async def test_a_card_payment_stripe_is_processing_keeps_the_account(
    client: httpx.AsyncClient, settings: Settings, which: int
) -> None:
    follow_up = await asked(client)
    async with stripe_client(settings) as (http, stand_in):
        payments = await _open_forms(http, follow_up)
        processing = payments[which]
        stand_in.intents[processing.reference]["status"] = "processing"

        assert await _delete(http, follow_up.client_token) == REFUSED

        assert stand_in.intents[processing.reference]["status"] == "processing"
        assert (await Payment.get(id=processing.id)).status == "PENDING"
        assert await User.filter(deleted_at__isnull=False).count() == 0
