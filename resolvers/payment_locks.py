"""Row locks on a session's money, taken inside the caller's transaction.

A client paying locks their account's row before anything else (`lock_payer`), as
`deleteMyAccount` does.

The one lock order, for every path that locks a session's payments (cancelling, refunding
and its retry, Stripe's webhook, recorded cash, charging and the installment job): the
session's row first, then its payments by id, then what hangs off a payment (its refunds,
its installment and plan, its order). Without it the late-money path (a payment, then its
session, then the session's other payments) and a refund (its payment, then the session)
each held a row the other waited for, and PostgreSQL aborted one with a deadlock error.
`sync_session`, which every settled payment runs, locks the session again: a no-op once it
is held, as these functions make sure it is.
"""

from __future__ import annotations

from uuid import UUID

from tortoise.expressions import Subquery

from models.account import User
from models.booking import Session as SessionModel
from models.payment import Payment as PaymentModel


async def lock_payment(payment_id: UUID) -> PaymentModel:
    """The payment, locked after its session's row (an order's payment has none)."""
    of_payment = PaymentModel.filter(id=payment_id).values("session_id")
    await SessionModel.filter(id__in=Subquery(of_payment)).select_for_update().only("id")
    return await PaymentModel.select_for_update().get(id=payment_id)


async def lock_session_payments(session_id: UUID) -> list[PaymentModel]:
    """The session's row, then every payment of it, locked; by id."""
    await SessionModel.filter(id=session_id).select_for_update().only("id")
    return await PaymentModel.filter(session_id=session_id).order_by("id").select_for_update()


async def lock_payer(client_id: UUID) -> bool:
    """The paying client's account row, locked before what they pay for (a session, a
    follow-up, a project), as `deleteMyAccount` locks it before what it erases; False if
    the account is erased. A request signed in before an erasure began then either commits
    its payment first (and the erasure sees it), or waits here and finds the account erased,
    its token revoked meanwhile. FOR NO KEY UPDATE, as `addToCart` takes it: a notice to
    the client (a foreign key to the row) does not wait for it."""
    # only() rather than values_list(), which would drop FOR NO KEY UPDATE.
    found = await User.filter(id=client_id).select_for_update(no_key=True).only("id", "deleted_at")
    return bool(found) and found[0].deleted_at is None
