"""`POST /webhooks/stripe`: Stripe's signed events, verified by the stripe library."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import stripe
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from app.settings import Settings
from integrations.fulfillment import FulfillmentProvider
from integrations.payments import PaymentProvider
from integrations.payments.stripe import SIGNATURE_HEADER, verified_event
from resolvers.notify import announcing
from resolvers.stripe_events import apply_stripe_event
from subscriptions.broker import Broker

log = logging.getLogger(__name__)
MAX_BODY = 512_000


def stripe_webhook(
    settings: Settings, fulfillment: FulfillmentProvider, payments: PaymentProvider, broker: Broker
) -> Callable[[Request], Awaitable[Response]]:
    async def receive(request: Request) -> Response:
        secret = settings.stripe_webhook_secret
        if not secret:
            return Response("Stripe webhooks are not configured.", status_code=404)
        body = await request.body()
        if len(body) > MAX_BODY:
            return Response("Too large.", status_code=400)
        try:
            event = verified_event(body, request.headers.get(SIGNATURE_HEADER), secret)
        except (stripe.SignatureVerificationError, ValueError):
            return Response("Missing, wrong or expired signature.", status_code=400)
        try:
            async with announcing(broker):
                applied = await apply_stripe_event(event, fulfillment, payments)
        except (KeyError, TypeError):
            # Signed by Stripe but not shaped like an event we know: resending will not help.
            log.warning("stripe webhook: unreadable event %s", event.get("id"))
            return Response("Unreadable event.", status_code=400)
        return JSONResponse({"applied": applied})

    return receive
