"""Shared set-up for payment tests: a booked session, and an app that pays through Stripe's
stand-in on loopback."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import stripe
from strawberry import relay

from app.main import create_app
from app.settings import Settings
from models.booking import Session
from models.photography import ServicePackage
from tests.api import gql
from tests.factories import make_provider, make_service, make_user, token_for
from tests.stripe_server import StripeStandIn, stripe_stand_in

WEBHOOK_SECRET = "whsec_test_secret"
ACCOUNT = """
query ($id: ID!) { sessionAccount(sessionId: $id) {
  price { amount currency } deposit { amount } paid { amount } balanceDue { amount }
  status
  payments { id kind amount { amount } status refunded { amount } provider reference clientSecret }
  refunds { amount { amount } status }
  plan { status installments { number amount { amount } status failures } }
} }"""
PAY = """
mutation ($input: PayForSessionInput!) { payForSession(input: $input) {
  payment { id kind amount { amount currency } status reference clientSecret provider }
  account { paid { amount } balanceDue { amount } status }
  userErrors { field code message }
} }"""
RECORD = """
mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) {
  payment { id status reference }
  account { paid { amount } balanceDue { amount } status }
  userErrors { field code message }
} }"""


@dataclass
class Booked:
    session: Session
    session_id: str
    client_token: str
    provider_token: str


async def booked_session(
    *, price: int = 25_000, package: bool = True, days_ahead: int = 30
) -> Booked:
    profile = await make_provider()
    service = await make_service(profile)
    bundle = (
        await ServicePackage.create(
            service=service, name="Family", duration_minutes=60, price_amount=price
        )
        if package
        else None
    )
    client = await make_user()
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=days_ahead)
    session = await Session.create(
        provider=profile,
        service=service,
        client=client,
        start_at=start,
        end_at=start + timedelta(hours=1),
        blocked_start=start,
        blocked_end=start + timedelta(hours=1),
        slot_key=f"{profile.id}-{start.isoformat()}",
        price_amount=price,
        currency="EUR",
        package=bundle,
    )
    provider_user = await profile.user
    return Booked(
        session=session,
        session_id=relay.to_base64("Session", session.id),
        client_token=await token_for(client),
        provider_token=await token_for(provider_user),
    )


async def card_form(http: httpx.AsyncClient, booked: Booked) -> dict[str, Any]:
    """The client opens a card payment of the whole price: the payment, whose `reference` is
    the Stripe intent."""
    variables = {"input": {"sessionId": booked.session_id, "kind": "FULL"}}
    return (await gql(http, PAY, variables, token=booked.client_token))["payForSession"]["payment"]


def stripe_settings(settings: Settings, stand_in: StripeStandIn) -> Settings:
    return settings.model_copy(
        update={
            "payments_provider": "stripe",
            "stripe_api_key": "sk_test_standin",
            "stripe_api_base": stand_in.url,
            "stripe_webhook_secret": WEBHOOK_SECRET,
        }
    )


@asynccontextmanager
async def stripe_client(
    settings: Settings,
) -> AsyncIterator[tuple[httpx.AsyncClient, StripeStandIn]]:
    """An HTTP client for an app whose payments go to a fresh Stripe stand-in."""
    with stripe_stand_in() as stand_in:
        app = create_app(stripe_settings(settings, stand_in))
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http, stand_in


def signed(event: dict[str, Any], secret: str = WEBHOOK_SECRET) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event)
    header = stripe.WebhookSignature.generate_signature_header(body, secret, int(time.time()))
    return body.encode(), {"stripe-signature": header, "content-type": "application/json"}


def event(event_id: str, kind: str, obj: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": event_id,
        "object": "event",
        "type": kind,
        "created": int(time.time()),
        "data": {"object": obj},
    }


def intent_succeeded(event_id: str, intent_id: str, amount: int) -> dict[str, Any]:
    obj = {"id": intent_id, "object": "payment_intent", "amount": amount, "status": "succeeded"}
    return event(event_id, "payment_intent.succeeded", obj)


def intent_failed(event_id: str, intent_id: str) -> dict[str, Any]:
    obj = {
        "id": intent_id,
        "object": "payment_intent",
        "status": "requires_payment_method",
        "last_payment_error": {"message": "Your card was declined."},
    }
    return event(event_id, "payment_intent.payment_failed", obj)


def charge_refunded(event_id: str, intent_id: str, amount: int, refunded: int) -> dict[str, Any]:
    obj = {
        "id": f"ch_{intent_id}",
        "object": "charge",
        "payment_intent": intent_id,
        "amount": amount,
        "amount_refunded": refunded,
    }
    return event(event_id, "charge.refunded", obj)


async def deliver(http: httpx.AsyncClient, event: dict[str, Any]) -> int:
    """Posts a correctly signed event; the response's status code."""
    body, headers = signed(event)
    return (await http.post("/webhooks/stripe", content=body, headers=headers)).status_code
