"""deleteMyAccount and the unpaid orders it cancels: the family's own, and anyone's of the
erased galleries' photos."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from strawberry.relay import from_base64
from tortoise.transactions import in_transaction

from app.settings import Settings
from models.account import User
from models.booking import Session
from models.gallery import Gallery, Photo
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment
from models.shop import Order
from tests.api import gql
from tests.factories import PASSWORD, token_for
from tests.payments import stripe_client
from tests.shop import add, catalog, family_with_photos, place
from tests.test_order_payments import PAY_ORDER
from tests.test_privacy import DELETE, _relatives_print_order

REFUSED = {"deleted": False, "userErrors": [{"field": None, "code": "PAYMENT_PENDING"}]}


async def _card_payment_on_its_way(order: Order) -> Payment:
    """What payOrder leaves once Stripe answered: a PaymentIntent the buyer can still pay."""
    return await Payment.create(
        order_id=order.id, kind="ORDER", amount=order.total_amount, currency=order.currency,
        provider="stripe", reference=f"pi_{order.id.hex}", client_secret="secret",
    )  # fmt: skip


async def _delete(client: httpx.AsyncClient, token: str) -> dict:
    variables = {"input": {"password": PASSWORD}}
    return (await gql(client, DELETE, variables, token=token))["deleteMyAccount"]


async def _open_card_form(http: httpx.AsyncClient, token: str, order_id: str) -> Payment:
    """payOrder through Stripe's stand-in: a PaymentIntent waiting for its card."""
    paying = await gql(http, PAY_ORDER, {"input": {"orderId": order_id}}, token=token)
    assert paying["payOrder"]["userErrors"] == []
    return await Payment.get(id=from_base64(paying["payOrder"]["payment"]["id"])[1])


async def test_a_relatives_abandoned_card_form_is_cancelled_with_the_account(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    async with stripe_client(settings) as (http, stand_in):
        shop = await catalog(http)
        family = await family_with_photos(http, count=1)
        placed = await _relatives_print_order(http, family, shop.print_variant)
        order = await Order.get(id=from_base64(placed["id"])[1])
        relative = await token_for(await User.get(id=order.user_id))  # type: ignore[attr-defined]
        payment = await _open_card_form(http, relative, placed["id"])

        # Walked away from: nobody is paying it, so it no longer keeps the account.
        assert (await _delete(http, family.token))["deleted"] is True

        assert stand_in.intents[payment.reference]["status"] == "canceled"
        cancel = f"/v1/payment_intents/{payment.reference}/cancel"
        assert stand_in.keys(cancel) == [f"studiograph-payment-cancel-{payment.id}"]
        assert (await Payment.get(id=payment.id)).status == "CANCELLED"
        assert (await Order.get(id=payment.order_id)).status == "CANCELLED"  # type: ignore[attr-defined]
        assert await Photo.all().count() == 0


async def test_the_familys_own_abandoned_card_form_is_cancelled_with_the_account(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    async with stripe_client(settings) as (http, stand_in):
        shop = await catalog(http)
        family = await family_with_photos(http, count=1)
        await add(http, family.token, family.photos[0], shop.print_variant)
        placed = (await place(http, family.token))["order"]
        payment = await _open_card_form(http, family.token, placed["id"])

        assert (await _delete(http, family.token))["deleted"] is True
        assert stand_in.intents[payment.reference]["status"] == "canceled"
        assert (await Payment.get(id=payment.id)).status == "CANCELLED"
        assert (await Order.get(id=payment.order_id)).status == "CANCELLED"  # type: ignore[attr-defined]


@pytest.mark.parametrize("state", ["processing", "succeeded"])
async def test_a_card_payment_stripe_is_processing_keeps_the_account(
    client: httpx.AsyncClient, settings: Settings, state: str
) -> None:
    """Our row still says PENDING (the webhook is on its way); Stripe's intent says more."""
    async with stripe_client(settings) as (http, stand_in):
        shop = await catalog(http)
        family = await family_with_photos(http, count=1)
        await add(http, family.token, family.photos[0], shop.print_variant)
        placed = (await place(http, family.token))["order"]
        payment = await _open_card_form(http, family.token, placed["id"])
        stand_in.intents[payment.reference]["status"] = state

        assert await _delete(http, family.token) == REFUSED
        assert stand_in.intents[payment.reference]["status"] == state
        assert stand_in.keys(f"/v1/payment_intents/{payment.reference}/cancel") == []
        assert (await Payment.get(id=payment.id)).status == "PENDING"
        assert (await Order.get(id=payment.order_id)).status == "PENDING"  # type: ignore[attr-defined]
        assert await User.filter(deleted_at__isnull=False).count() == 0


async def test_a_card_form_whose_state_stripe_cannot_tell_keeps_the_account(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    async with stripe_client(settings) as (http, stand_in):
        shop = await catalog(http)
        family = await family_with_photos(http, count=1)
        placed = await _relatives_print_order(http, family, shop.print_variant)
        order = await Order.get(id=from_base64(placed["id"])[1])
        relative = await token_for(await User.get(id=order.user_id))  # type: ignore[attr-defined]
        payment = await _open_card_form(http, relative, placed["id"])
        stand_in.retried, stand_in.outage = False, 10

        assert await _delete(http, family.token) == REFUSED
        assert (await Payment.get(id=payment.id)).status == "PENDING"
        assert stand_in.intents[payment.reference]["status"] == "requires_payment_method"


async def test_a_refused_deletion_leaves_the_card_form_alone(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    """An upcoming session refuses the deletion: the relative's card form stays payable."""
    async with stripe_client(settings) as (http, stand_in):
        shop = await catalog(http)
        family = await family_with_photos(http, count=1)
        placed = await _relatives_print_order(http, family, shop.print_variant)
        order = await Order.get(id=from_base64(placed["id"])[1])
        relative = await token_for(await User.get(id=order.user_id))  # type: ignore[attr-defined]
        payment = await _open_card_form(http, relative, placed["id"])
        gallery = await Gallery.get(id=from_base64(family.gallery["id"])[1])
        soon = datetime.now(UTC) + timedelta(days=3)
        await Session.filter(id=gallery.session_id).update(  # type: ignore[attr-defined]
            status="CONFIRMED", start_at=soon, end_at=soon + timedelta(hours=1)
        )

        codes = [e["code"] for e in (await _delete(http, family.token))["userErrors"]]
        assert codes == ["OPEN_SESSIONS"]
        assert stand_in.intents[payment.reference]["status"] == "requires_payment_method"
        assert (await Payment.get(id=payment.id)).status == "PENDING"


async def test_a_declined_card_payment_keeps_nobody_from_leaving(client: httpx.AsyncClient) -> None:
    """cancelPayment refuses a FAILED payment, and nothing needs it to: no guard counts a
    declined payment as money on its way (should its form still be paid, the money goes
    back, as for any order that no longer takes it)."""
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    order = await Order.get(
        id=from_base64((await _relatives_print_order(client, family, shop.print_variant))["id"])[1]
    )
    payment = await _card_payment_on_its_way(order)
    await Payment.filter(id=payment.id).update(status="FAILED")  # Stripe declined the card

    assert (await _delete(client, family.token))["deleted"] is True
    assert (await Order.get(id=order.id)).status == "CANCELLED"


async def test_a_card_payment_started_while_the_account_is_deleted_keeps_it(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    placed = await _relatives_print_order(client, family, shop.print_variant)
    order_id = from_base64(placed["id"])[1]
    locked = asyncio.Event()

    async def delete() -> dict:
        await locked.wait()
        return await _delete(client, family.token)

    # Created outside the transaction below, so that it runs on a connection of its own.
    deleting = asyncio.create_task(delete())
    async with in_transaction():
        # What payOrder does: the order locked, its payment started, committed.
        order = await Order.select_for_update().get(id=order_id)
        locked.set()
        await asyncio.sleep(0.5)  # the deletion reaches the order meanwhile
        await _card_payment_on_its_way(order)
    assert await deleting == REFUSED
    assert (await Order.get(id=order_id)).status == "PENDING"


async def test_a_relative_whose_order_is_cancelled_is_told_in_the_app_and_by_mail(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    placed = await _relatives_print_order(client, family, shop.print_variant)
    order = await Order.get(id=from_base64(placed["id"])[1])
    relative = await User.get(id=order.user_id)  # type: ignore[attr-defined]

    assert (await _delete(client, family.token))["deleted"] is True

    told = await Notification.all().values("recipient_id", "kind", "order_id", "body")
    assert told == [
        {
            "recipient_id": relative.id,
            "kind": "ORDER_CANCELLED",
            "order_id": order.id,
            "body": f"Order {order.number} was cancelled. The photos in it were deleted at "
            "the family's request, so it cannot be made. Nothing was charged.",
        }
    ]
    mail = await OutboxMessage.filter(kind="ORDER_CANCELLED").values_list("recipient", "subject")
    assert mail == [(relative.email, f"Order {order.number} was cancelled")]
