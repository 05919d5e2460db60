"""Telling a shop order's buyer that it was paid, that paying failed, that money went back (or
failed to), that it shipped or that it was cancelled for them: an in-app notification and its
e-mail, both naming the order by its number, and the webhook event. Written in the
transaction that pays, fails, refunds, ships or cancels the order (the Stripe webhook, the
print lab's webhook, staff or an account's erasure), so a change that rolls back tells
nobody; on PostgreSQL subscribers hear of it when that transaction commits
(resolvers/notify.py)."""

from __future__ import annotations

from domain.notification import NotificationKind
from domain.payment import money_text
from models.account import User
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from resolvers.notify import record_milestone


async def _tell_buyer(
    order: OrderModel, kind: NotificationKind, detail: str, **mail: object
) -> None:
    buyer = await User.get(id=order.user_id)  # type: ignore[attr-defined]
    # An erased account is told nothing; admins' webhook endpoints still hear of the order.
    told = [buyer] if buyer.deleted_at is None else []
    await record_milestone(
        kind,
        [user.id for user in told],
        told,
        order.number,
        detail,
        mail={"order": order.number, **mail},
        order_id=order.id,
    )


async def notify_order_paid(order: OrderModel, *, downloads: bool, prints: bool) -> None:
    """The receipt, however the money came (card, or recorded by staff). An order at no
    charge (a package's included photos and print) says so rather than "we received 0"."""
    amount = money_text(order.total_amount, order.currency) if order.total_amount else ""
    kind = NotificationKind.ORDER_PAID
    await _tell_buyer(order, kind, amount, amount=amount, downloads=downloads, prints=prints)


async def notify_order_payment_failed(
    order: OrderModel, amount: int, currency: str, reason: str
) -> None:
    money = money_text(amount, currency)
    kind = NotificationKind.ORDER_PAYMENT_FAILED
    await _tell_buyer(order, kind, reason, amount=money, reason=reason)


async def notify_order_refunded(order: OrderModel, amount: int, currency: str) -> None:
    """Once per refund, when the money is sent back (or staff record it as paid back)."""
    money = money_text(amount, currency)
    await _tell_buyer(order, NotificationKind.ORDER_PAYMENT_REFUNDED, money, amount=money)


async def notify_order_refund_failed(order: OrderModel, amount: int, currency: str) -> None:
    """Once per refund the buyer was told of, when it fails after all
    (resolvers/refund_failures.py)."""
    money = money_text(amount, currency)
    await _tell_buyer(order, NotificationKind.ORDER_REFUND_FAILED, money, amount=money)


async def notify_order_shipped(order: OrderModel) -> None:
    """Once per order, when it becomes SHIPPED: every print has left, and the parcels'
    carriers and tracking numbers are known by then."""
    items = await OrderItemModel.filter(order_id=order.id, digital=False).values_list(
        "carrier", "tracking_number"
    )
    parcels = list(
        dict.fromkeys(
            " ".join(filter(None, (carrier, number))) for carrier, number in items if number
        )
    )
    kind = NotificationKind.ORDER_SHIPPED
    await _tell_buyer(order, kind, ", ".join(parcels), parcels=parcels)


async def notify_order_cancelled(order: OrderModel, reason: str) -> None:
    """An order cancelled by someone other than its buyer (photos erased before it was paid,
    a lab that could make none of its prints): they would otherwise find it cancelled only
    by looking, and wonder whether to pay it or when it comes."""
    await _tell_buyer(order, NotificationKind.ORDER_CANCELLED, reason)
