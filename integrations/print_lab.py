"""A print-on-demand lab's HTTP API as a FulfillmentProvider.

`submit` POSTs the paid prints of an order as JSON to `PRINT_LAB_URL`, signed like the lab's
own reports to us (`X-Print-Signature: t=…,v1=HMAC-SHA256("t.body")` with the shared
`PRINT_WEBHOOK_SECRET`), with the order number as `Idempotency-Key`: a resubmitted order is
the lab's first one again. The lab answers 2xx; anything else, or no answer, raises
FulfillmentError.

Body: `{"orderNumber": "SG-2026-000123", "items": [{"itemId", "sku", "quantity",
"photoKey", "photoUrl"}]}`: the photo's original is fetched through `photoUrl`, a signed
download link valid for a week (the longest an S3 presigned link lasts), so a lab that
queues work for days can still print it; progress comes back through `POST /webhooks/print`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence

import httpx

from integrations.fulfillment import SIGNATURE_HEADER, FulfillmentError, FulfillmentLine, sign
from integrations.storage import Storage

TIMEOUT_SECONDS = 10.0
LINK_SECONDS = 7 * 24 * 3600


class PrintLabFulfillment:
    name = "print_lab"

    def __init__(
        self, url: str, secret: str, storage: Storage, *, timeout: float = TIMEOUT_SECONDS
    ) -> None:
        self.url = url
        self.secret = secret
        self.storage = storage
        self.timeout = timeout

    async def request_body(self, order_number: str, lines: Sequence[FulfillmentLine]) -> bytes:
        items = [
            {
                "itemId": str(line.item_id),
                "sku": line.sku,
                "quantity": line.quantity,
                "photoKey": line.photo_key,
                "photoUrl": await self.storage.download_url(
                    line.photo_key,
                    filename=line.photo_key.rsplit("/", 1)[-1],
                    expires_in=LINK_SECONDS,
                ),
            }
            for line in lines
        ]
        return json.dumps({"orderNumber": order_number, "items": items}).encode()

    async def submit(self, order_number: str, lines: Sequence[FulfillmentLine]) -> None:
        body = await self.request_body(order_number, lines)
        headers = {
            "Content-Type": "application/json",
            "Idempotency-Key": order_number,
            SIGNATURE_HEADER: sign(self.secret, int(time.time()), body),
        }
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as client:
                response = await client.post(self.url, content=body, headers=headers)
        except httpx.HTTPError as error:
            raise FulfillmentError(f"the print lab did not answer: {error}") from error
        if not response.is_success:
            msg = f"the print lab refused order {order_number}: HTTP {response.status_code}"
            raise FulfillmentError(msg)
