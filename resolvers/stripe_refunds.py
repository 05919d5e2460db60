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

A refund's state moves forward only, PENDING, SUCCEEDED, FAILED, as Stripe's does: a refund
that succeeded may still fail (a closed card), and one that failed stays so. A SUCCEEDED one
reported failed is undone once (resolvers/refund_failures.py). A failure reported before the
success of a refund no row holds yet is recorded as a FAILED row, so the late success finds it
and tells nobody of money that never arrived.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from domain.payment import RefundStatus
from models.payment import Payment, Refund
from resolvers.refund_failures import undo_refund
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
        await _record_dashboard_refund(payment, refund_id, int(refund["amount"]), status)
    elif row.status is RefundStatus.SUCCEEDED and status in _GONE:
        await undo_refund(payment, row)
    elif row.status is RefundStatus.PENDING:
        row.reference = refund_id
        if status == "succeeded":
            row.status = RefundStatus.SUCCEEDED
        elif status in _GONE:
            row.status = RefundStatus.FAILED
        await row.save(update_fields=["status", "reference", "updated_at"])
        if row.status is RefundStatus.SUCCEEDED:
            await tell_refunded(payment, row)


async def _record_dashboard_refund(
    payment: Payment, refund_id: str, amount: int, status: str
) -> None:
    """A refund no row holds, made in Stripe's dashboard: recorded once it succeeded, and told;
    or once it failed, so a success reported after its failure finds it FAILED."""
    if status == "succeeded":
        outcome = RefundStatus.SUCCEEDED
    elif status in _GONE:
        outcome = RefundStatus.FAILED
    else:
        return  # still on its way
    row = await Refund.create(
        payment_id=payment.id,
        amount=amount,
        currency=payment.currency,
        status=outcome,
        reason=DASHBOARD_REASON,
        reference=refund_id,
    )
    if outcome is RefundStatus.SUCCEEDED:
        await tell_refunded(payment, row)


async def charge_total_refunded(payment: Payment, amount_refunded: int) -> int:
    """What a charge's `amount_refunded` says is refunded, less the refunds Stripe made that
    failed: an event sent before one failed (and delivered after) still counts it. The larger
    of this and our rows stands (`payment_effects.settle`), so a current total, low by as much,
    loses nothing we hold a row of; a dashboard refund it alone knows of counts once its own
    `refund.*` event records it."""
    failed = Refund.filter(
        payment_id=payment.id, status=RefundStatus.FAILED, reference__startswith="re_"
    )
    return amount_refunded - sum(await failed.values_list("amount", flat=True))


def listed_refunds(charge: dict[str, Any]) -> list[dict[str, Any]]:
    """The refunds a charge lists (older API versions send them with `charge.refunded`; newer
    ones leave them out, and `refund.*` events bring each)."""
    refunds = charge.get("refunds")
    if not isinstance(refunds, dict):
        return []
    return [r for r in refunds.get("data") or [] if isinstance(r, dict)]
