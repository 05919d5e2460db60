"""Milestone e-mail beyond projects: a booking tells the provider, confirming tells the client
(delivered through a real SMTP server), completion and the summary tell the client, and shop
orders are mailed by number when paid, refused and shipped."""

from __future__ import annotations

import httpx

from app.settings import Settings
from domain.notification import session_time
from integrations.email import SmtpSender
from jobs.outbox import drain
from models.booking import Session
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment
from tests.api import gql
from tests.payments import deliver, intent_failed, intent_succeeded, stripe_client
from tests.scheduling import client_token, open_studio
from tests.shop import catalog, one_photo_order
from tests.smtp import smtp_server
from tests.test_aftercare import SUMMARY, finish
from tests.test_booking import BOOK, booking
from tests.test_session_flow import action, book
from tests.test_shop_orders import STATUS, TRACK
from tests.test_stripe_webhook import _world

SENDER = "Studio <mail@studio.example>"
PAY_ORDER = """
mutation ($input: PayOrderInput!) { payOrder(input: $input) { userErrors { code } } }"""


async def mail() -> list[tuple[str, str, str]]:
    rows = await OutboxMessage.all().order_by("created_at")
    return [(row.recipient, row.kind, row.subject) for row in rows]


async def test_a_booking_mails_the_provider_and_confirming_mails_the_client_once(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    with smtp_server() as inbox:
        sender = SmtpSender.from_url(f"smtp://127.0.0.1:{inbox.port}", starttls=False, timeout=5)
        session_id, _ = await book(client, studio)
        session = await Session.get().select_related("client", "provider__user", "service")
        when = session_time(session.start_at, "Europe/Berlin")
        assert (await drain(sender, SENDER)).sent == 2  # the request, and the client's receipt
        sent = {to[0]: message for to, message in inbox.received}
        request = sent[session.provider.user.email]
        assert sent[session.client.email]["Subject"] == (
            f"Your booking with {session.provider.display_name} is received"
        )
        assert request["Subject"] == f"New session request for {when}"
        text = request.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert f"booked {session.service.name} with you on {when}" in text

        await gql(client, action("confirmSession"), {"id": session_id}, token=studio.provider_token)
        assert (await drain(sender, SENDER)).sent == 1
        assert (await drain(sender, SENDER)).sent == 0
    [_, _, (to_client, confirmation)] = inbox.received
    assert to_client == [session.client.email]
    assert confirmation["Subject"] == f"Your session on {when} is confirmed"
    html = confirmation.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert f"your session on <strong>{when}</strong> is confirmed" in html
    assert await Notification.filter(kind="PROVIDER_ASSIGNED").count() == 1


async def test_the_client_who_books_gets_a_receipt_of_what_when_and_the_price(
    client: httpx.AsyncClient,
) -> None:
    # Booking told the provider alone: the client had nothing in their inbox to say what they
    # booked, when and at what price, until the provider confirmed it (if ever).
    studio = await open_studio()
    await book(client, studio)
    session = await Session.get().select_related("client", "provider", "service")
    when = session_time(session.start_at, "Europe/Berlin")
    receipt = await OutboxMessage.get(kind="SESSION_BOOKED")
    assert receipt.recipient == session.client.email
    assert receipt.subject == f"Your booking with {session.provider.display_name} is received"
    for body in (receipt.text_body, receipt.html_body):
        assert session.service.name in body
        assert when in body
        assert "100.00 EUR" in body
        assert "confirm" in body
    assert await Notification.filter(recipient_id=session.client.id).count() == 0  # mail only

    refused = await gql(client, BOOK, booking(studio, session.start_at), token=await client_token())
    assert refused["bookSession"]["userErrors"][0]["code"] == "SLOT_UNAVAILABLE"
    assert await OutboxMessage.filter(kind="SESSION_BOOKED").count() == 1  # refused: no receipt


async def test_completion_and_the_first_summary_mail_the_client(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, _ = await book(client, studio)
    await finish(client, studio, session_id)
    summary = {"input": {"sessionId": session_id, "findings": "Worn belt", "partsNeeded": []}}
    await gql(client, SUMMARY, summary, token=studio.provider_token)
    summary["input"]["findings"] = "Worn belt, replaced"
    await gql(client, SUMMARY, summary, token=studio.provider_token)  # an edit mails nobody

    session = await Session.get().select_related("client")
    when = session_time(session.start_at, "Europe/Berlin")
    client_mail = [row for row in await mail() if row[0] == session.client.email]
    receipt = f"Your booking with {studio.profile.display_name} is received"
    assert client_mail == [
        (session.client.email, "SESSION_BOOKED", receipt),
        (session.client.email, "SESSION_CONFIRMED", f"Your session on {when} is confirmed"),
        (session.client.email, "SESSION_COMPLETED", f"Your session on {when} has ended"),
        (
            session.client.email,
            "SUMMARY_DELIVERED",
            f"The summary of your session on {when} is ready",
        ),
    ]


async def test_order_mail_names_the_order_when_refused_paid_and_shipped(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    shop = await catalog(client)
    family, order = await one_photo_order(client, shop)
    number = order["number"]
    await OutboxMessage.all().delete()  # the gallery's own mail

    async with stripe_client(settings) as (http, _):
        await gql(http, PAY_ORDER, {"input": {"orderId": order["id"]}}, token=family.token)
        reference = (await Payment.get(order_id__isnull=False)).reference
        assert await deliver(http, intent_failed("evt_f", reference)) == 200
        assert await deliver(http, intent_failed("evt_f2", reference)) == 200  # told once
        assert await deliver(http, intent_succeeded("evt_s", reference, 3570)) == 200
    move = {"input": {"orderId": order["id"], "status": "PROCESSING"}}
    await gql(client, STATUS, move, token=shop.admin)
    track = {"input": {"orderId": order["id"], "trackingNumber": "00340434", "carrier": "DHL"}}
    await gql(client, TRACK, track, token=shop.admin)

    rows = await OutboxMessage.all().order_by("created_at")
    assert [(row.kind, row.subject) for row in rows] == [
        ("ORDER_PAYMENT_FAILED", f"Payment for order {number} failed"),
        ("ORDER_PAID", f"Receipt for order {number}"),
        ("ORDER_SHIPPED", f"Order {number} has shipped"),
    ]
    failed, paid, shipped = rows
    assert "Your card was declined." in failed.text_body
    assert f"for order {number}" in paid.text_body
    assert "we will e-mail you when they ship" in paid.text_body
    assert "- DHL 00340434" in shipped.text_body
    assert "<li>DHL 00340434</li>" in shipped.html_body


async def test_a_refused_card_for_a_session_is_mailed_once(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    async with stripe_client(settings) as (http, _):
        [(session, intent)] = await _world(http, 1)
        await OutboxMessage.all().delete()  # the booking's own mail
        assert await deliver(http, intent_failed("evt_f", intent)) == 200
        assert await deliver(http, intent_failed("evt_f2", intent)) == 200
    owner = await Session.get(id=session.id).select_related("client")
    [row] = await OutboxMessage.all()
    assert (row.recipient, row.kind) == (owner.client.email, "PAYMENT_FAILED")
    assert "Your card was declined." in row.text_body
    # Paid on its own, not by a plan: nothing is charged again by itself.
    assert "payment plan" not in row.text_body + row.html_body
