"""Every milestone listed in `webhookEventTypes` reaches the endpoints subscribed to it,
whether a resolver, a webhook or a background job made it: a payment recorded by the studio
and a reminder sent by the job, for instance, not only the milestones of mutations."""

from __future__ import annotations

from datetime import timedelta

import httpx
from strawberry.relay import to_base64

from domain.reminder import STARTING_SOON
from jobs.reminders import remind
from models.webhook import WebhookDelivery
from tests.api import gql
from tests.payments import PAY, RECORD, booked_session
from tests.shop import admin_token
from tests.test_order_notifications import CREATE_ENDPOINT
from tests.test_reminder_jobs import NOW, session_at

KINDS = ["PAYMENT_RECEIVED", "SESSION_STARTING_SOON"]


async def _subscribe(client: httpx.AsyncClient) -> None:
    subscribe = {"url": "https://hooks.example.com/studio", "eventTypes": KINDS}
    created = await gql(client, CREATE_ENDPOINT, {"input": subscribe}, token=await admin_token())
    assert created["createWebhookEndpoint"]["userErrors"] == []


async def _delivered() -> list[tuple[str, str]]:
    rows = await WebhookDelivery.all().order_by("created_at")
    return [(row.event_type, row.payload["data"]["sessionId"]) for row in rows]  # type: ignore[index]


async def test_a_payment_the_studio_records_reaches_webhooks(client: httpx.AsyncClient) -> None:
    await _subscribe(client)
    booked = await booked_session(price=25_000)
    variables = {"input": {"sessionId": booked.session_id, "kind": "DEPOSIT"}}
    paid = (await gql(client, PAY, variables, token=booked.client_token))["payForSession"]
    record = {"input": {"paymentId": paid["payment"]["id"], "reference": "cash"}}
    assert (await gql(client, RECORD, record, token=booked.provider_token))["recordPayment"][
        "userErrors"
    ] == []

    assert await _delivered() == [("PAYMENT_RECEIVED", booked.session_id)]


async def test_a_reminder_the_job_sends_reaches_webhooks(client: httpx.AsyncClient) -> None:
    await _subscribe(client)
    session = await session_at(NOW + timedelta(minutes=5))

    assert await remind([STARTING_SOON], NOW) == 1

    assert await _delivered() == [("SESSION_STARTING_SOON", to_base64("Session", session.id))]
