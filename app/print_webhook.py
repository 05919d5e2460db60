"""`POST /webhooks/print`: the print lab's signed progress reports on order items."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from app.settings import Settings
from integrations.fulfillment import SIGNATURE_HEADER, BadEvent, parse_event, verify_signature
from resolvers.fulfillment_reports import UnknownItems, apply_print_event
from resolvers.notify import announcing
from subscriptions.broker import Broker

log = logging.getLogger(__name__)
MAX_BODY = 256_000


def print_webhook(settings: Settings, broker: Broker) -> Callable[[Request], Awaitable[Response]]:
    async def receive(request: Request) -> Response:
        secret = settings.print_webhook_secret
        if not secret:
            return Response("Print webhooks are not configured.", status_code=404)
        body = await request.body()
        signature = request.headers.get(SIGNATURE_HEADER)
        if len(body) > MAX_BODY or not verify_signature(secret, signature, body, int(time.time())):
            return Response("Missing, wrong or expired signature.", status_code=400)
        try:
            async with announcing(broker):
                applied = await apply_print_event(parse_event(body))
        except BadEvent:
            log.warning("print webhook: unreadable event")
            return Response("Unreadable event.", status_code=400)
        except UnknownItems as exc:
            log.warning("print webhook: unknown items %s", exc)
            return Response("Unknown order items.", status_code=400)
        return JSONResponse({"applied": applied})

    return receive
