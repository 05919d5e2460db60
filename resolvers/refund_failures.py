"""A refund that fails after it succeeded. Stripe may report a refund `succeeded` and later
`failed` (the card was closed, the bank refused it): the money goes back to the studio's
balance, and the client never gets it.

The report that first says so (resolvers/stripe_refunds.py) undoes, in its transaction and
holding the payment's lock, then the refund's, what the refund changed and what follows from
the money alone:
- the refund becomes FAILED, which it never leaves, so a repeated or stale report of it
  (a late `succeeded`) changes nothing;
- the payment's refunded amount and status go back (SUCCEEDED or PARTIALLY_REFUNDED again),
  so what it holds can be refunded again (`refundPayment`, or `refundCancelledSession` for
  what a cancelled session's policy still owes);
- a session's paid amount and payment status, recomputed from its payments;
- an order the refund made REFUNDED is the buyer's again (`order_paid.reinstate_order`): they
  paid, and the studio holds their money.
What led to the refund stands: a cancelled session stays cancelled, and nobody is charged.
The client or the order's buyer is told (REFUND_FAILED, ORDER_REFUND_FAILED: in the app, by
e-mail and as a webhook event), and so is a session's provider, who owes the money still;
an order's admins hear of it through their webhook endpoints, as of every order milestone.
"""

from __future__ import annotations

from domain.notification import NotificationKind
from domain.payment import PaymentStatus, RefundStatus, money_text, refund_undone, refunded_status
from models.payment import Payment, Refund
from models.shop import Order
from resolvers.order_notify import notify_order_refund_failed
from resolvers.order_paid import reinstate_order
from resolvers.payment_effects import notify_client, sync_session

_HOLDING = (PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED)


async def undo_refund(payment: Payment, refund: Refund) -> None:
    """A SUCCEEDED refund of `payment` failed after all; both rows locked by the caller."""
    refund.status = RefundStatus.FAILED
    await refund.save(update_fields=["status", "updated_at"])
    if payment.status.collected:
        standing = await Refund.filter(
            payment_id=payment.id, status=RefundStatus.SUCCEEDED
        ).values_list("amount", flat=True)
        payment.refunded_amount = refund_undone(
            payment.refunded_amount, refund.amount, sum(standing)
        )
        payment.status = refunded_status(payment.amount, payment.refunded_amount)
        await payment.save(update_fields=["refunded_amount", "status", "updated_at"])
    if payment.session_id is not None:  # type: ignore[attr-defined]
        session = await sync_session(payment.session_id)  # type: ignore[attr-defined]
        amount = money_text(refund.amount, refund.currency)
        await notify_client(session, NotificationKind.REFUND_FAILED, amount, provider_too=True)
    elif payment.order_id is not None:  # type: ignore[attr-defined]
        order = await Order.select_for_update().get(id=payment.order_id)  # type: ignore[attr-defined]
        if payment.status in _HOLDING:
            await reinstate_order(order)
        await notify_order_refund_failed(order, refund.amount, refund.currency)
