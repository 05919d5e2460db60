"""A transfer for something paid once (a follow-up, a project), recorded by the studio:
`recordPayment` on a pending offline payment that `payFollowUp` or `payProject` opened. It
pays its owner in the same transaction, as a card payment's webhook does
(resolvers/paid_once.py)."""

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
from models.payment import Payment as PaymentModel
from resolvers.errors import to_user_errors
from resolvers.paid_once import Owner, PaidOnce, tell_provider_paid
from resolvers.participants import actor_in
from resolvers.payment_effects import settle
from resolvers.payment_locks import lock_payment
from resolvers.permissions import Forbidden
from schema.payment import Payment, PaymentErrorCode, PaymentPayload, PaymentUserError

TAKEN = Violation("reference", "TAKEN", "Another payment has this reference.")


def _refused(violation: Violation) -> PaymentPayload:
    errors = to_user_errors([violation], PaymentUserError, PaymentErrorCode)
    return PaymentPayload(user_errors=errors)


def _refusal(what: PaidOnce, payment: PaymentModel, owner: Owner) -> Violation | None:
    if payment.provider != OfflineProvider.name or payment.status is not PaymentStatus.PENDING:
        return Violation("paymentId", "INVALID_STATE", "Only pending offline payments.")
    # Paid another way, or called off, meanwhile: the studio cancels this one
    # (`cancelPayment`).
    if owner.paid_at is not None:
        return Violation("paymentId", "ALREADY_PAID", what.paid_already)
    if (closed := what.closed(owner)) is not None:
        return Violation("paymentId", "INVALID_STATE", closed)
    return None


async def record_paid_once_payment(
    info: Info, what: PaidOnce, payment_id: UUID, reference: str
) -> PaymentPayload:
    """Its provider or admins record money they received for it; the provider is told it
    is paid unless they recorded it themselves."""
    try:
        async with in_transaction():
            payment = await lock_payment(payment_id)
            owner = await what.locked(payment)
            paid = await what.describe(owner)
            if await actor_in(info, paid.engagement) is Actor.CLIENT:  # type: ignore[arg-type]
                raise Forbidden("The studio records payments it received.")
            refusal = _refusal(what, payment, owner)
            if refusal is not None:
                return _refused(refusal)
            payment.reference = reference
            await settle(payment, PaymentStatus.SUCCEEDED, now=datetime.now(UTC))
            actor = info.context.user
            await tell_provider_paid(what, paid, payment, actor_id=actor.id if actor else None)
    except IntegrityError:
        return _refused(TAKEN)
    return PaymentPayload(payment=Payment.from_model(payment, paid.client_id))
