"""Orders handed to a print-on-demand lab's API (a loopback stand-in), signed like its reports."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from strawberry.relay import from_base64

from app.main import create_app
from app.settings import Settings
from integrations.fulfillment import SIGNATURE_HEADER, verify_signature
from models.photography import ServicePackage
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from tests.api import assert_denied, gql
from tests.galleries import create_gallery, jpeg_with_gps, photo_session, upload_photos
from tests.shop import (
    ADDRESS,
    PAY,
    add,
    admin_token,
    catalog,
    create_product,
    create_variant,
    family_with_photos,
    place,
)
from tests.test_gallery_packages import FAVORITE

SECRET = "lab-shared-secret"
SUBMIT_SELECTION = """
mutation ($input: SubmitSelectionInput!) {
  submitSelection(input: $input) { userErrors { field code } }
}"""
SUBMIT = """
mutation ($input: SubmitOrderInput!) { submitOrderToFulfillment(input: $input) {
  order { status } userErrors { field code }
} }"""


@dataclass
class Lab:
    url: str = ""
    down: bool = False
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@contextmanager
def lab_stand_in() -> Iterator[Lab]:
    lab = Lab()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            if not lab.down:
                lab.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(503 if lab.down else 202)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the test reads `received`."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    lab.url = f"http://127.0.0.1:{server.server_address[1]}/orders"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield lab
    finally:
        server.shutdown()


@pytest.fixture
async def lab_app(settings: Settings) -> AsyncIterator[tuple[httpx.AsyncClient, Lab]]:
    with lab_stand_in() as lab:
        update = {
            "fulfillment_provider": "print_lab",
            "print_lab_url": lab.url,
            "print_webhook_secret": SECRET,
        }
        app = create_app(settings.model_copy(update=update))
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http, lab


async def _order(http: httpx.AsyncClient) -> tuple[dict, str, str]:
    """A placed order of two prints and a download; it, the admin's and the buyer's tokens."""
    shop = await catalog(http)
    family = await family_with_photos(http, count=2)
    await add(http, family.token, family.photos[0], shop.print_variant, quantity=2)
    await add(http, family.token, family.photos[1], shop.download_variant)
    return (await place(http, family.token))["order"], shop.admin, family.token


def test_the_print_lab_needs_its_url_and_secret(settings: Settings) -> None:
    with pytest.raises(ValueError, match="PRINT_LAB_URL"):
        Settings(**settings.model_dump() | {"fulfillment_provider": "print_lab"})


async def test_a_paid_order_is_sent_to_the_lab_signed(
    lab_app: tuple[httpx.AsyncClient, Lab],
) -> None:
    http, lab = lab_app
    order, admin, _ = await _order(http)
    total = order["totals"]["total"]["amount"]
    pay = {"input": {"orderId": order["id"], "amount": total, "reference": "bank"}}
    assert (await gql(http, PAY, pay, token=admin))["recordOrderPayment"]["userErrors"] == []
    [(headers, body)] = lab.received
    assert verify_signature(SECRET, headers[SIGNATURE_HEADER.lower()], body, int(time.time()))
    assert headers["idempotency-key"] == order["number"]
    sent = json.loads(body)
    assert sent["orderNumber"] == order["number"]
    print_item = next(i for i in order["items"] if not i["digital"])
    assert [(i["sku"], i["quantity"]) for i in sent["items"]] == [("PRINT-20x30", 2)]
    assert sent["items"][0]["itemId"] == from_base64(print_item["id"])[1]
    row = await OrderModel.get(number=order["number"]).prefetch_related("items")
    assert {item.fulfillment_provider for item in row.items} == {"print_lab"}
    # The lab fetches the original through a signed link (here the disk storage's /files/…).
    [line] = sent["items"]
    item = await OrderItemModel.get(id=line["itemId"]).select_related("photo__original")
    assert line["photoKey"] == item.photo.original.key
    fetched = await http.get(urlsplit(line["photoUrl"]).path)
    assert fetched.status_code == 200
    assert hashlib.sha256(fetched.content).hexdigest() == item.photo.original.sha256
    assert (await http.get(urlsplit(line["photoUrl"]).path + "x")).status_code != 200


async def test_an_order_the_lab_missed_is_sent_again_by_an_admin(
    lab_app: tuple[httpx.AsyncClient, Lab],
) -> None:
    http, lab = lab_app
    order, admin, buyer = await _order(http)
    variables = {"input": {"orderId": order["id"]}}
    early = (await gql(http, SUBMIT, variables, token=admin))["submitOrderToFulfillment"]
    assert early["userErrors"] == [{"field": "orderId", "code": "INVALID_STATE"}]
    lab.down = True
    total = order["totals"]["total"]["amount"]
    pay = {"input": {"orderId": order["id"], "amount": total, "reference": "bank"}}
    paid = (await gql(http, PAY, pay, token=admin))["recordOrderPayment"]
    # The payment stands though the lab did not take the prints.
    assert paid["order"]["status"] == "PAID"
    assert lab.received == []
    down = (await gql(http, SUBMIT, variables, token=admin))["submitOrderToFulfillment"]
    assert down["userErrors"] == [{"field": None, "code": "UNAVAILABLE"}]
    lab.down = False
    await assert_denied(http, SUBMIT, variables, token=buyer)
    sent = (await gql(http, SUBMIT, variables, token=admin))["submitOrderToFulfillment"]
    assert sent == {"order": {"status": "PAID"}, "userErrors": []}
    [(headers, body)] = lab.received
    assert headers["idempotency-key"] == order["number"]
    assert [i["sku"] for i in json.loads(body)["items"]] == ["PRINT-20x30"]


async def test_a_packages_included_print_goes_to_the_lab_when_the_selection_is_sent(
    lab_app: tuple[httpx.AsyncClient, Lab],
) -> None:
    http, lab = lab_app
    admin = await admin_token()
    prints = await create_product(http, admin, "fine-art-prints")
    await create_variant(http, admin, prints, "PRINT-13x18", 900, size="13x18")
    session = await photo_session(included_photos=1)
    await ServicePackage.all().update(includes_print=True, print_size="13x18")
    gallery = await create_gallery(http, session)
    files = [("p.jpg", jpeg_with_gps(64, 48), "image/jpeg")]
    [photo] = (await upload_photos(http, session.provider_token, gallery["id"], files))["photos"]
    pick = {"input": {"photoId": photo["id"], "favorite": True}}
    await gql(http, FAVORITE, pick, token=session.client_token)
    send = {"input": {"galleryId": gallery["id"], "shippingAddress": ADDRESS}}
    sent = await gql(http, SUBMIT_SELECTION, send, token=session.client_token)
    assert sent["submitSelection"]["userErrors"] == []
    [(_, body)] = lab.received
    assert [(i["sku"], i["quantity"]) for i in json.loads(body)["items"]] == [("PRINT-13x18", 1)]
