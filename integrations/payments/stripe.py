"""Stripe through the official `stripe` library: PaymentIntents, refunds, webhook signatures."""

from __future__ import annotations

from typing import Any

import stripe

from integrations.payments import (
    CancelResult,
    Charge,
    ChargeOutcome,
    PaymentError,
    RefundResult,
)

SIGNATURE_HEADER = "stripe-signature"
# Stripe's own statuses of a PaymentIntent that need nothing more from anyone but time.
_SUCCEEDED = {"succeeded"}
_FAILED = {"canceled", "requires_payment_method"}
# Paid, or being paid (a bank debit, say): no longer the payer's to abandon.
_PROCESSING = {"processing", "succeeded"}


class StripeProvider:
    name = "stripe"

    def __init__(self, api_key: str | None, api_base: str | None = None) -> None:
        if not api_key:
            msg = "PAYMENTS_PROVIDER=stripe needs STRIPE_API_KEY"
            raise ValueError(msg)
        base = {"api": api_base} if api_base else None
        self.client = stripe.StripeClient(
            api_key,
            base_addresses=base,  # type: ignore[arg-type]
            http_client=stripe.HTTPXClient(),
            # Retries reuse the idempotency key, so a lost answer is fetched, never recharged.
            max_network_retries=2,
        )

    async def charge(
        self,
        *,
        amount: int,
        currency: str,
        key: str,
        description: str,
        metadata: dict[str, str],
        customer: str = "",
        payment_method: str = "",
    ) -> Charge:
        params: dict[str, Any] = {
            "amount": amount,
            "currency": currency.lower(),
            "description": description,
            "metadata": metadata,
        }
        if payment_method:
            params |= {
                "customer": customer,
                "payment_method": payment_method,
                "confirm": True,
                "off_session": True,
            }
        else:
            params["automatic_payment_methods"] = {"enabled": True}
        try:
            intent = await self.client.v1.payment_intents.create_async(
                params,  # type: ignore[arg-type]
                {"idempotency_key": key},
            )
        except stripe.CardError as error:
            declined = getattr(error.error, "payment_intent", None)
            reference = getattr(declined, "id", None)
            return Charge(ChargeOutcome.FAILED, reference, failure=error.user_message or "")
        except stripe.InvalidRequestError as error:
            if not payment_method:
                raise PaymentError(str(error)) from error
            # The saved card itself is refused (detached, deleted): asking again changes
            # nothing, so it fails like a declined card and the plan's retries run out.
            return Charge(ChargeOutcome.FAILED, failure=error.user_message or str(error))
        except stripe.StripeError as error:
            raise PaymentError(str(error)) from error
        if intent.status in _SUCCEEDED:
            outcome = ChargeOutcome.SUCCEEDED
        elif payment_method and intent.status in _FAILED:
            outcome = ChargeOutcome.FAILED
        else:
            outcome = ChargeOutcome.PENDING
        return Charge(outcome, intent.id, client_secret=intent.client_secret or "")

    async def card_holder(self, *, customer: str, payment_method: str) -> str | None:
        try:
            method = await self.client.v1.payment_methods.retrieve_async(payment_method)
            if method.customer != customer:
                return None
            found = await self.client.v1.customers.retrieve_async(customer)
        except stripe.InvalidRequestError:  # no such PaymentMethod or Customer
            return None
        except stripe.StripeError as error:
            raise PaymentError(str(error)) from error
        # A deleted customer is answered as {"id", "deleted": true}, without an e-mail.
        return None if getattr(found, "deleted", False) else getattr(found, "email", None)

    async def refund(
        self,
        *,
        reference: str | None,
        amount: int,
        key: str,
        metadata: dict[str, str] | None = None,
    ) -> RefundResult:
        if reference is None:
            return RefundResult(succeeded=False, failure="The payment has no PaymentIntent.")
        params: dict[str, Any] = {"payment_intent": reference, "amount": amount}
        try:
            try:
                refund = await self.client.v1.refunds.create_async(
                    params | ({"metadata": metadata} if metadata else {}),  # type: ignore[arg-type]
                    {"idempotency_key": key},
                )
            except stripe.IdempotencyError:
                # The key was first sent without metadata (before refunds carried it): Stripe
                # answers a key only for the parameters it first came with.
                refund = await self.client.v1.refunds.create_async(
                    params,  # type: ignore[arg-type]
                    {"idempotency_key": key},
                )
        except stripe.StripeError as error:
            raise PaymentError(str(error)) from error
        return RefundResult(succeeded=refund.status != "failed", reference=refund.id)

    async def cancel(self, *, reference: str | None, key: str) -> CancelResult:
        """Stripe refuses (400) to cancel an intent that succeeded or is being processed: the
        payment then stays pending, and its outcome arrives by webhook."""
        if reference is None:
            # No intent id was ever answered, so no client secret either: nobody can pay it.
            return CancelResult(cancelled=True)
        try:
            await self.client.v1.payment_intents.cancel_async(
                reference, options={"idempotency_key": key}
            )
        except stripe.InvalidRequestError as error:
            return CancelResult(cancelled=False, failure=error.user_message or str(error))
        except stripe.StripeError as error:
            raise PaymentError(str(error)) from error
        return CancelResult(cancelled=True)

    async def processing(self, *, reference: str | None) -> bool:
        if reference is None:
            # Not answered yet, so no card form was handed to anyone.
            return False
        try:
            intent = await self.client.v1.payment_intents.retrieve_async(reference)
        except stripe.StripeError as error:
            raise PaymentError(str(error)) from error
        return intent.status in _PROCESSING


def verified_event(payload: bytes, signature: str | None, secret: str) -> dict[str, Any]:
    """The event if Stripe signed it (within the library's five-minute tolerance); raises
    `stripe.SignatureVerificationError` or ValueError (not JSON) otherwise."""
    event = stripe.Webhook.construct_event(payload, signature, secret)
    return event.to_dict()
