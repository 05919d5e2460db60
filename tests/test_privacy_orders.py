"""deleteMyAccount and the unpaid orders it cancels: the family's own, and anyone's of the
erased galleries' photos."""

from __future__ import annotations

import asyncio

import httpx
from strawberry.relay import from_base64
from tortoise.transactions import in_transaction

from models.account import User
from models.gallery import Photo
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment
from models.shop import Order
from tests.api import gql
from tests.factories import PASSWORD
from tests.shop import add, catalog, family_with_photos, place
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


async def test_a_relatives_card_payment_on_its_way_keeps_the_account_until_it_settles(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    order = await Order.get(
        id=from_base64((await _relatives_print_order(client, family, shop.print_variant))["id"])[1]
    )
    payment = await _card_payment_on_its_way(order)

    # Cancelled, the order would keep the money the relative's card form still takes.
    assert await _delete(client, family.token) == REFUSED
    assert (await Order.get(id=order.id)).status == "PENDING"
    assert await Photo.all().count() == 1
    assert await User.filter(deleted_at__isnull=False).count() == 0

    await Payment.filter(id=payment.id).update(status="CANCELLED")  # cancelPayment, say
    assert (await _delete(client, family.token))["deleted"] is True
    assert (await Order.get(id=order.id)).status == "CANCELLED"


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


async def test_the_familys_own_card_payment_on_its_way_keeps_the_account(
    client: httpx.AsyncClient,
) -> None:
    shop = await catalog(client)
    family = await family_with_photos(client, count=1)
    await add(client, family.token, family.photos[0], shop.print_variant)
    placed = (await place(client, family.token))["order"]
    order = await Order.get(id=from_base64(placed["id"])[1])
    await _card_payment_on_its_way(order)

    assert await _delete(client, family.token) == REFUSED
    assert (await Order.get(id=order.id)).status == "PENDING"


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
