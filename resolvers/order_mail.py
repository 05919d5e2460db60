"""E-mail about shop orders, which name the order by its number: written to the outbox in the
transaction that pays, fails or ships the order (the Stripe webhook, the print lab's webhook
or staff), so a change that rolls back mails nobody."""

from __future__ import annotations

from domain.outbox import MailKind
from models.account import User
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from resolvers.notify import queue_mail


def _money(amount: int, currency: str) -> str:
    return f"{amount // 100}.{amount % 100:02d} {currency}"


async def _buyer(order: OrderModel) -> list[User]:
    return [await User.get(id=order.user_id)]  # type: ignore[attr-defined]


async def mail_order_paid(order: OrderModel, *, downloads: bool, prints: bool) -> None:
    """The receipt, however the money came (card, or recorded by staff)."""
    await queue_mail(
        MailKind.ORDER_PAID,
        await _buyer(order),
        order=order.number,
        amount=_money(order.total_amount, order.currency),
        downloads=downloads,
        prints=prints,
    )


async def mail_order_payment_failed(
    order: OrderModel, amount: int, currency: str, reason: str
) -> None:
    await queue_mail(
        MailKind.ORDER_PAYMENT_FAILED,
        await _buyer(order),
        order=order.number,
        amount=_money(amount, currency),
        reason=reason,
    )


async def mail_order_shipped(order: OrderModel) -> None:
    """Once per order, when it becomes SHIPPED: every print has left, and the parcels'
    carriers and tracking numbers are known by then."""
    items = await OrderItemModel.filter(order_id=order.id, digital=False).values_list(
        "carrier", "tracking_number"
    )
    parcels = dict.fromkeys(
        " ".join(filter(None, (carrier, number))) for carrier, number in items if number
    )
    await queue_mail(
        MailKind.ORDER_SHIPPED, await _buyer(order), order=order.number, parcels=list(parcels)
    )
