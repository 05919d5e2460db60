"""`POST /webhooks/calendly`: Calendly's signed invitee events, for studios that keep Calendly."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from app.settings import Settings
from integrations.calendly import SIGNATURE_HEADER, BadEvent, parse_event, verify_signature
from integrations.payments import PaymentProvider
from resolvers.calendly_events import apply_calendly_event
from resolvers.notify import announcing
from subscriptions.broker import Broker

log = logging.getLogger(__name__)
MAX_BODY = 256_000


def calendly_webhook(
    settings: Settings, payments: PaymentProvider, broker: Broker
) -> Callable[[Request], Awaitable[Response]]:
    async def receive(request: Request) -> Response:
        key = settings.calendly_signing_key
        if not key:
            return Response("Calendly webhooks are not configured.", status_code=404)
        body = await request.body()
        if len(body) > MAX_BODY:
            return Response("Too large.", status_code=400)
        signature = request.headers.get(SIGNATURE_HEADER)
        if not verify_signature(key, signature, body, int(time.time())):
            return Response("Missing, wrong or expired signature.", status_code=401)
        try:
            event = parse_event(body)
        except BadEvent:
            # Signed by Calendly but not shaped like an invitee event: resending will not help.
            log.warning("calendly webhook: unreadable event")
            return Response("Unreadable event.", status_code=400)
        async with announcing(broker):
            applied = await apply_calendly_event(event, payments, broker)
        return JSONResponse({"applied": applied})

    return receive
