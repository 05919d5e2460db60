"""A transfer for a follow-up, recorded by the studio: `recordPayment` on a pending offline
payment that `payFollowUp` opened. It pays the follow-up in the same transaction, as a card
payment's webhook does (resolvers/follow_up_paid.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.context import Info
from domain.payment import PaymentStatus
from domain.session import Actor
from domain.violation import Violation
from integrations.payments import OfflineProvider
from models.aftercare import FollowUpRequest
from models.payment import Payment as PaymentModel
from resolvers.errors import to_user_errors
from resolvers.follow_up_paid import followed_by, tell_provider_paid
from resolvers.participants import actor_in
from resolvers.payment_effects import settle
from resolvers.payment_locks import lock_payment
from resolvers.permissions import Forbidden
from schema.payment import Payment, PaymentErrorCode, PaymentPayload, PaymentUserError

TAKEN = Violation("reference", "TAKEN", "Another payment has this reference.")


def _refused(violation: Violation) -> PaymentPayload:
    errors = to_user_errors([violation], PaymentUserError, PaymentErrorCode)
    return PaymentPayload(user_errors=errors)


def _refusal(payment: PaymentModel, follow_up: FollowUpRequest) -> Violation | None:
    if payment.provider != OfflineProvider.name or payment.status is not PaymentStatus.PENDING:
        return Violation("paymentId", "INVALID_STATE", "Only pending offline payments.")
    if follow_up.paid_at is not None:
        # Paid another way meanwhile: the studio cancels this one (`cancelPayment`).
        return Violation("paymentId", "ALREADY_PAID", "This follow-up is paid already.")
    return None


async def record_follow_up_payment(info: Info, payment_id: UUID, reference: str) -> PaymentPayload:
    """The follow-up's provider or admins record money they received for it; the provider
    is told a paid question waits unless they recorded it themselves."""
    try:
        async with in_transaction():
            payment = await lock_payment(payment_id)
            follow_up = await FollowUpRequest.select_for_update().get(id=payment.follow_up_id)  # type: ignore[attr-defined]
            followed = await followed_by(follow_up)
            if await actor_in(info, followed.engagement) is Actor.CLIENT:  # type: ignore[arg-type]
                raise Forbidden("The studio records payments it received.")
            refusal = _refusal(payment, follow_up)
            if refusal is not None:
                return _refused(refusal)
            payment.reference = reference
            await settle(payment, PaymentStatus.SUCCEEDED, now=datetime.now(UTC))
            actor = info.context.user
            await tell_provider_paid(followed, payment, actor_id=actor.id if actor else None)
    except IntegrityError:
        return _refused(TAKEN)
    return PaymentPayload(payment=Payment.from_model(payment, follow_up.client_id))  # type: ignore[attr-defined]
