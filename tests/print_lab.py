"""The print lab's side of its webhook: signed reports on order items."""

from __future__ import annotations

import json
import time

import httpx

from integrations.fulfillment import SIGNATURE_HEADER, sign

SECRET = "lab-shared-secret"


def event(event_id: str, *reports: dict) -> bytes:
    return json.dumps({"id": event_id, "items": list(reports)}).encode()


async def deliver(
    lab: httpx.AsyncClient, body: bytes, *, secret: str = SECRET, age: int = 0
) -> httpx.Response:
    header = sign(secret, int(time.time()) - age, body)
    return await lab.post("/webhooks/print", content=body, headers={SIGNATURE_HEADER: header})
