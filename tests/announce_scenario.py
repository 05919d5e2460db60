"""On SQLite, subscribers in the process hear of the notifications a staff mutation and the
print lab's webhook write, once each is over: `python -m tests.announce_scenario URL DIR`
prints the kinds the buyer's channel heard, in order (PostgreSQL announces them itself)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from typing import Any

import httpx
from strawberry.relay import from_base64

from app.main import create_app
from app.security import user_for_token
from app.settings import Settings
from models.notification import Notification
from subscriptions.channels import user_channel
from tests.api import gql
from tests.fresh_database import print_answers
from tests.print_lab import SECRET, deliver, event
from tests.shop import PAY, catalog, one_photo_order


async def _next(messages: AsyncIterator[str]) -> str:
    """The kind of the notification the next message names."""
    notification = await Notification.get(id=await asyncio.wait_for(anext(messages), 5))
    return notification.kind


async def order_notices_heard(_: httpx.AsyncClient) -> dict[str, Any]:
    url, folder = sys.argv[1], sys.argv[2]
    settings = Settings(
        database_url=url, storage_url=f"file://{folder}", print_webhook_secret=SECRET
    )
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        shop = await catalog(http)
        family, order = await one_photo_order(http, shop)
        buyer, _ = await user_for_token(family.token)  # type: ignore[misc]
        messages = app.state.broker.subscribe(user_channel(buyer.id))
        paid = asyncio.ensure_future(_next(messages))
        await asyncio.sleep(0)  # the subscription is listening; it queues what comes next

        pay = {"orderId": order["id"], "amount": order["totals"]["total"]["amount"]}
        await gql(http, PAY, {"input": pay | {"reference": "TR-1"}}, token=shop.admin)
        kinds = [await paid]
        [item] = [from_base64(item["id"])[1] for item in order["items"]]
        report = {"itemId": item, "status": "SHIPPED", "carrier": "DHL", "trackingNumber": "J1"}
        shipped = await deliver(http, event("evt_1", report))
        kinds.append(await _next(messages))
    return {"kinds": kinds, "webhook": shipped.status_code}


if __name__ == "__main__":
    print_answers(order_notices_heard)
