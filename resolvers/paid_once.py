"""Things a client pays once, in full, through the payments flow sessions and orders use: a
priced follow-up question (resolvers/follow_up_paid.py), a project (resolvers/
project_paid.py) and a bundle of sessions (resolvers/bundle_paid.py). Each is described by a
`PaidOnce`; this module holds what they share, in the transaction of the payment's report
(a card payment's webhook, the studio's record of a transfer, a refund).

The first payment of one that succeeds stamps its `paid_at` and tells its provider. A later
one (a card form declined, then paid after a second form went through), or one arriving
once it was called off, brings money nothing claims, which goes back in full. A refund
leaves `paid_at` as it is: the studio gave money back, it did not ask for it again.

Locks follow the payments' order (resolvers/payment_locks.py): the payment first, then what
it pays for. `payFollowUp` and `payProject` lock that alone, `buyBundle` the bundle it
buys from, and none locks a payment meanwhile.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar
from uuid import UUID

from app.context import Info
from domain.notification import NotificationKind
from domain.payment import PaymentKind, PaymentStatus, RefundStatus, money_text
from integrations.payments import OfflineProvider
from models.account import User
from models.aftercare import FollowUpRequest
from models.booking import Session as SessionModel
from models.bundle import BundlePurchase
from models.payment import Payment, Refund
from models.project import Project as ProjectModel
from resolvers.notify import notify_users
from resolvers.participants import Engagement, actor_in
from resolvers.payment_locks import lock_payer
from resolvers.permissions import Forbidden, SignedOut

Owner = FollowUpRequest | ProjectModel | BundlePurchase
Paid = TypeVar("Paid", FollowUpRequest, ProjectModel)


@dataclass(frozen=True, slots=True)
class PaidFor:
    """What a payment is for, as its notices and checks need it."""

    engagement: (
        SessionModel | ProjectModel | BundlePurchase
    )  # whose participants say who may act on it
    provider_user: User
    client_id: UUID
    about: str  # the project's name, or the session's time where it happens
    # session_id or project_id (none for a bundle), for the notice and its webhook event
    ids: dict[str, UUID]


@dataclass(frozen=True, slots=True)
class PaidOnce:
    """One kind of thing paid once: its model, the payment's column pointing at it, and
    what differs between kinds."""

    model: type[FollowUpRequest] | type[ProjectModel] | type[BundlePurchase]
    column: str  # the payment's foreign key, e.g. "follow_up_id"
    kind: PaymentKind
    paid_notice: NotificationKind  # to its provider
    refunded_notice: NotificationKind  # to its client
    paid_already: str  # the reason of a refund of money it no longer needed
    describe: Callable[[Owner], Awaitable[PaidFor]]
    # Why it takes no money now, other than being paid (a project called off), if so.
    closed: Callable[[Owner], str | None]

    def owner_id(self, payment: Payment) -> UUID | None:
        return getattr(payment, self.column)  # type: ignore[no-any-return]

    async def locked(self, payment: Payment) -> Owner:
        return await self.model.select_for_update().get(id=self.owner_id(payment))


async def paid_for(what: PaidOnce, payment: Payment) -> tuple[Owner, PaidFor]:
    """What a payment is for, unlocked, and its description."""
    owner = await what.model.get(id=what.owner_id(payment))
    return owner, await what.describe(owner)


async def own_locked(
    info: Info,
    model: type[Paid],
    row_id: UUID | None,
    engagement: Callable[[Paid], Awaitable[Engagement]],
    things: str,
) -> Paid | None:
    """The caller's own row of `model` to pay, locked until the transaction ends: a request
    sent twice waits here and then finds the first one's payment. Someone else's is as
    unknown as one that never existed; the provider of its `engagement` and admins are
    refused outright (`things`, say "Projects", are paid by their client). The client's
    account is locked first (`lock_payer`): an erasure under way is waited for, then
    refused."""
    row = await model.get_or_none(id=row_id) if row_id else None
    user = info.context.user
    if row is None or user is None:
        return None
    if row.client_id == user.id:  # type: ignore[attr-defined]
        if not await lock_payer(user.id):
            raise SignedOut
        return await model.select_for_update().get(id=row.id)
    try:
        await actor_in(info, await engagement(row))
    except Forbidden:
        return None
    raise Forbidden(f"{things} are paid by their client.")


async def pending_payment(
    info: Info, what: PaidOnce, owner: Owner, amount: int, currency: str
) -> Payment:
    """Its pending payment with this provider (a retried request), or a new one of `amount`;
    the caller holds the owner's lock, so two requests cannot both see nothing waiting."""
    provider = info.context.payments.name
    column = {what.column: owner.id}
    found = await Payment.filter(**column, provider=provider, status=PaymentStatus.PENDING).first()
    return found or await Payment.create(
        **column, kind=what.kind, amount=amount, currency=currency, provider=provider
    )


async def tell_provider_paid(
    what: PaidOnce, paid: PaidFor, payment: Payment, *, actor_id: UUID | None = None
) -> None:
    """Its provider hears it is paid; not when they are the one who recorded the money."""
    if paid.provider_user.id == actor_id:
        return
    amount = money_text(payment.amount, payment.currency)
    await notify_users(what.paid_notice, [paid.provider_user], paid.about, amount, **paid.ids)


async def mark_paid(what: PaidOnce, payment: Payment) -> None:
    """A payment just took its money (`settle`, holding the payment's lock). The first marks
    its owner paid; a card payment's tells the provider here, as nobody acted in the app. A
    transfer the studio records is told by that mutation (resolvers/paid_once_record.py),
    which knows who recorded it. Money for something called off marks nothing: it goes back
    (`refund_unclaimed`)."""
    owner = await what.locked(payment)
    if owner.paid_at is not None or what.closed(owner) is not None:
        return
    owner.paid_at = payment.paid_at or datetime.now(UTC)
    await owner.save(update_fields=["paid_at", "updated_at"])
    if payment.provider != OfflineProvider.name:
        await tell_provider_paid(what, await what.describe(owner), payment)


async def refund_unclaimed(what: PaidOnce, payment: Payment) -> bool:
    """In the transaction that found a payment's card money arrived, after `settle`: if its
    owner was called off, or another payment had paid it already, all of this one is opened
    as a pending refund; True if one was, for the caller to send once it commits
    (`send_payment_refunds`). The owner's lock, taken by `settle`, orders two such payments:
    the second to arrive sees the first."""
    owner = await what.locked(payment)
    reason = what.closed(owner)
    if reason is None:
        collected = [s for s in PaymentStatus if s.collected]
        others = Payment.filter(**{what.column: owner.id}, status__in=collected)
        if not await others.exclude(id=payment.id).exists():
            return False
        reason = what.paid_already
    pending = Refund.filter(payment_id=payment.id, status=RefundStatus.PENDING)
    left = payment.amount - payment.refunded_amount
    left -= sum(await pending.values_list("amount", flat=True))
    if left <= 0:
        return False
    await Refund.create(
        payment_id=payment.id, amount=left, currency=payment.currency, reason=reason
    )
    return True


async def tell_refunded(what: PaidOnce, payment: Payment, refund: Refund) -> None:
    """Its client hears how much went back, once per refund (`refunding.tell_refunded`)."""
    _, paid = await paid_for(what, payment)
    client = await User.get(id=paid.client_id)
    amount = money_text(refund.amount, refund.currency)
    await notify_users(what.refunded_notice, [client], paid.about, amount, **paid.ids)
