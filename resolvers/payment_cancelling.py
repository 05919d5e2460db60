"""Cancelling pending payments: one (`cancelPayment`), a cancelled session's card payments, or
the abandoned card forms of the orders an account's erasure cancels.

The provider cancels the charge first, with an idempotency key derived from our row, so it
can no longer take money; only then is the payment CANCELLED. If the provider refuses (the
client paid a moment ago) or does not answer, the payment stays PENDING: its outcome arrives
by webhook, and money that arrives for a cancelled session goes back by its policy
(`refund_late_payment`).
"""

from __future__ import annotations

import logging
from uuid import UUID

from tortoise.transactions import in_transaction

from domain.payment import PROVIDER_UNAVAILABLE, PaymentStatus, idempotency_key
from domain.violation import Violation
from integrations.payments import OfflineProvider, PaymentError, PaymentProvider
from models.payment import Payment as PaymentModel
from resolvers.payment_effects import settle
from resolvers.payment_locks import lock_payment

log = logging.getLogger(__name__)
NOT_PENDING = Violation("paymentId", "INVALID_STATE", "Only a pending payment can be cancelled.")


async def cancel_pending(
    payments: PaymentProvider, payment: PaymentModel
) -> PaymentModel | Violation:
    """The payment CANCELLED, or why it stays PENDING. It is cancelled where it was started:
    a card payment needs that provider configured still (`payments`), or it would be marked
    CANCELLED while its card form can still be paid."""
    offline = payment.provider == OfflineProvider.name
    provider = OfflineProvider() if offline else payments
    if provider.name != payment.provider:
        return PROVIDER_UNAVAILABLE
    try:
        result = await provider.cancel(
            reference=None if offline else payment.reference,
            key=idempotency_key("payment-cancel", payment.id),
        )
    except PaymentError:
        return PROVIDER_UNAVAILABLE
    if not result.cancelled:
        why = f"The provider did not cancel it ({result.failure}); it stays pending."
        return Violation("paymentId", "CANCEL_REFUSED", why)
    async with in_transaction():
        payment = await lock_payment(payment.id)
        if payment.status.collected:
            # Recorded by the studio (offline) while the provider was asked.
            return NOT_PENDING
        await settle(payment, PaymentStatus.CANCELLED)
    return payment


async def cancel_abandoned(
    payments: PaymentProvider, payment: PaymentModel
) -> PaymentModel | Violation:
    """A pending payment CANCELLED unless the provider says it is being processed or went
    through (our row waits for the report of it): a card form opened and walked away from.
    Asked first because Stripe may cancel an intent still processing, which would leave a
    bank debit on its way."""
    if payment.provider == payments.name:
        try:
            processing = await payments.processing(reference=payment.reference)
        except PaymentError:
            return PROVIDER_UNAVAILABLE
        if processing:
            return Violation("paymentId", "CANCEL_REFUSED", "The provider is processing it.")
    return await cancel_pending(payments, payment)


async def withdraw_charge(payments: PaymentProvider, payment: PaymentModel) -> None:
    """A charge the provider answered after its payment was cancelled (`cancelPayment` ran
    while it was on its way) is cancelled there too, with the key a cancel of this payment
    uses. Should the provider not answer, nothing is lost: its card form was handed to
    nobody, so nobody can pay it."""
    try:
        await payments.cancel(
            reference=payment.reference, key=idempotency_key("payment-cancel", payment.id)
        )
    except PaymentError:
        log.warning("payment %s: the charge answered after its cancel stays open", payment.id)


async def cancel_session_payments(
    payments: PaymentProvider, session_id: UUID
) -> list[PaymentModel | Violation]:
    """Once a session's cancellation commits: its pending card payments are cancelled at the
    provider, so the client can no longer pay for a cancelled session. Left PENDING, each for
    the late-money path to refund by the policy should its money still arrive:

    - a card payment the provider refused or did not answer for (as `cancelPayment`);
    - a card payment with no provider reference yet: its charge may still be answered, with a
      client secret, and cancelling only our row would let that money in unrecorded;
    - an installment, which belongs to its plan (as `cancelPayment`); a cancelled session's
      plan charges no more (jobs/installments.py);
    - an offline payment. Cancelling one stops no money: it only says that the studio will
      not record it, which `cancelPayment` lets its payer say to start another kind of
      payment. A cancelled session takes no new payment, and a bank transfer already sent
      still reaches the studio, which records it (`recordPayment`) so that the policy gives
      back its share instead of the money going unrecorded."""
    pending = (
        await PaymentModel.filter(
            session_id=session_id,
            status=PaymentStatus.PENDING,
            installment_id=None,
            reference__isnull=False,
        )
        .exclude(provider=OfflineProvider.name)
        .order_by("id")
    )
    return [await cancel_pending(payments, payment) for payment in pending]
