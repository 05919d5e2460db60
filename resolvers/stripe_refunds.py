"""Refunds as Stripe reports them (`refund.created`, `refund.updated`, `charge.refund.updated`,
`refund.failed`, and the refunds a `charge.refunded` lists): each Stripe refund id is
recorded once, as a row of `payment_refunds` whose `reference` is that id.

A refund is ours when its metadata names our row (`refundPayment` and the cancellation paths
send it) or a row already holds its id; otherwise someone made it in Stripe's dashboard, and
it gets a row of its own once Stripe says it succeeded. Either way the client is told in the
transaction that first finds the money went back: this one, or the one that records our
request's answer (`refunding.record_refund`), whichever commits first. Both lock the payment,
then the refund, and only move a PENDING refund, so the later one finds it done and tells
nothing; a redelivered or later event finds the id recorded.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from domain.payment import RefundStatus
from models.payment import Payment, Refund
from resolvers.refunding import tell_refunded

REFUND_EVENTS = frozenset(
    {"refund.created", "refund.updated", "refund.failed", "charge.refund.updated"}
)
_GONE = {"failed", "canceled"}
DASHBOARD_REASON = "Refunded in Stripe."


def our_ids(refund: dict[str, Any]) -> tuple[UUID | None, UUID | None]:
    """The (refund, payment) ids our request put in the refund's metadata, if any."""
    metadata = refund.get("metadata") or {}
    found = []
    for name in ("refund_id", "payment_id"):
        try:
            found.append(UUID(str(metadata.get(name))))
        except ValueError:
            found.append(None)
    return found[0], found[1]


async def _row_for(payment: Payment, refund_id: str, ours: UUID | None) -> Refund | None:
    """Locked: the row holding this Stripe refund, or ours that asked for it and has no
    Stripe id yet (its answer is still on its way)."""
    row = await Refund.select_for_update().get_or_none(reference=refund_id)
    if row is None and ours is not None:
        row = await Refund.select_for_update().get_or_none(
            id=ours, payment_id=payment.id, reference=None
        )
    return row


async def record_stripe_refund(payment: Payment, refund: dict[str, Any]) -> None:
    """In the event's transaction, holding the payment's lock (taken first, as every refund
    path does). The caller settles the payment afterwards, so its refunded amount counts the
    row written here."""
    refund_id = str(refund.get("id") or "")
    if not refund_id.startswith("re_"):
        return
    status = str(refund.get("status") or "")
    row = await _row_for(payment, refund_id, our_ids(refund)[0])
    if row is None:
        if status != "succeeded":
            return  # a dashboard refund still on its way: recorded once it succeeds
        row = await Refund.create(
            payment_id=payment.id,
            amount=int(refund["amount"]),
            currency=payment.currency,
            status=RefundStatus.SUCCEEDED,
            reason=DASHBOARD_REASON,
            reference=refund_id,
        )
        await tell_refunded(payment, row)
        return
    if row.status is not RefundStatus.PENDING:
        return
    row.reference = refund_id
    if status == "succeeded":
        row.status = RefundStatus.SUCCEEDED
    elif status in _GONE:
        row.status = RefundStatus.FAILED
    await row.save(update_fields=["status", "reference", "updated_at"])
    if row.status is RefundStatus.SUCCEEDED:
        await tell_refunded(payment, row)


def listed_refunds(charge: dict[str, Any]) -> list[dict[str, Any]]:
    """The refunds a charge lists (older API versions send them with `charge.refunded`; newer
    ones leave them out, and `refund.*` events bring each)."""
    refunds = charge.get("refunds")
    if not isinstance(refunds, dict):
        return []
    return [r for r in refunds.get("data") or [] if isinstance(r, dict)]
