"""What money for a follow-up changes, in the transaction of the payment's report (a card
payment's webhook, the studio's record of a transfer, a refund).

A follow-up is paid once: the first payment of it that succeeds stamps `paid_at` and tells
its provider that a paid question waits. A later one (a card form declined, then paid after
a second form went through) brings money nothing claims, which goes back in full. A refund
leaves `paid_at` as it is: the studio gave money back, it did not ask for it again.

Locks follow the payments' order (resolvers/payment_locks.py): the payment first, then its
follow-up. `payFollowUp` locks the follow-up alone and locks no payment while it holds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from domain.notification import NotificationKind, session_time
from domain.payment import PaymentStatus, RefundStatus, money_text
from integrations.payments import OfflineProvider
from models.account import User
from models.aftercare import FollowUpRequest
from models.booking import Session as SessionModel
from models.payment import Payment, Refund
from models.project import Project as ProjectModel
from models.provider import ProviderProfile
from resolvers.notify import notify_users


@dataclass(frozen=True, slots=True)
class Followed:
    """What a follow-up is about, as its notices name it."""

    engagement: SessionModel | ProjectModel
    provider_user: User
    about: str  # the project's name, or the session's time where it happens
    ids: dict[str, UUID]  # session_id or project_id, for the notice and its webhook event


async def followed_by(follow_up: FollowUpRequest) -> Followed:
    if follow_up.session_id is not None:  # type: ignore[attr-defined]
        session = await SessionModel.get(id=follow_up.session_id)  # type: ignore[attr-defined]
        profile = await ProviderProfile.get(id=session.provider_id).select_related("user")  # type: ignore[attr-defined]
        about = session_time(session.start_at, profile.timezone)
        return Followed(session, profile.user, about, {"session_id": session.id})
    project = await ProjectModel.get(id=follow_up.project_id)  # type: ignore[attr-defined]
    profile = await ProviderProfile.get(id=project.provider_id).select_related("user")  # type: ignore[attr-defined]
    return Followed(project, profile.user, project.name, {"project_id": project.id})


async def paid_for(payment: Payment) -> tuple[FollowUpRequest, Followed]:
    """The follow-up a payment is of, and what that follows."""
    follow_up = await FollowUpRequest.get(id=payment.follow_up_id)  # type: ignore[attr-defined]
    return follow_up, await followed_by(follow_up)


async def tell_provider_paid(
    followed: Followed, payment: Payment, *, actor_id: UUID | None = None
) -> None:
    """The provider hears that a paid question waits for their answer; not when they are
    the one who recorded the money (`actor_id`)."""
    if followed.provider_user.id == actor_id:
        return
    amount = money_text(payment.amount, payment.currency)
    kind = NotificationKind.FOLLOW_UP_PAID
    await notify_users(kind, [followed.provider_user], followed.about, amount, **followed.ids)


async def follow_up_paid(payment: Payment) -> None:
    """A payment of a follow-up just took its money (`settle`, holding the payment's lock).
    The first marks the follow-up paid; a card payment's tells its provider here, as nobody
    acted in the app. A transfer the studio records is told by that mutation
    (resolvers/follow_up_record.py), which knows who recorded it."""
    follow_up = await FollowUpRequest.select_for_update().get(id=payment.follow_up_id)  # type: ignore[attr-defined]
    if follow_up.paid_at is not None:
        return
    follow_up.paid_at = payment.paid_at or datetime.now(UTC)
    await follow_up.save(update_fields=["paid_at", "updated_at"])
    if payment.provider != OfflineProvider.name:
        await tell_provider_paid(await followed_by(follow_up), payment)


async def refund_surplus_follow_up_payment(payment: Payment) -> bool:
    """In the transaction that found a follow-up's card money arrived, after `settle`: if
    another payment of it had paid it already, all of this one is opened as a pending
    refund; True if one was, for the caller to send once it commits
    (`send_payment_refunds`). The follow-up's lock, taken by `settle`, orders two such
    payments: the second to arrive sees the first."""
    await FollowUpRequest.select_for_update().filter(id=payment.follow_up_id).only("id")  # type: ignore[attr-defined]
    collected = [s for s in PaymentStatus if s.collected]
    others = Payment.filter(follow_up_id=payment.follow_up_id, status__in=collected)  # type: ignore[attr-defined]
    if not await others.exclude(id=payment.id).exists():
        return False
    pending = Refund.filter(payment_id=payment.id, status=RefundStatus.PENDING)
    left = payment.amount - payment.refunded_amount
    left -= sum(await pending.values_list("amount", flat=True))
    if left <= 0:
        return False
    reason = "The follow-up was paid already."
    await Refund.create(
        payment_id=payment.id, amount=left, currency=payment.currency, reason=reason
    )
    return True


async def tell_follow_up_refunded(payment: Payment, refund: Refund) -> None:
    """The follow-up's client hears how much went back, once per refund (`tell_refunded`)."""
    follow_up, followed = await paid_for(payment)
    client = await User.get(id=follow_up.client_id)  # type: ignore[attr-defined]
    amount = money_text(refund.amount, refund.currency)
    kind = NotificationKind.FOLLOW_UP_REFUNDED
    await notify_users(kind, [client], followed.about, amount, **followed.ids)
