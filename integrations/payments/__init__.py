"""Payment providers: the one protocol resolvers and jobs use, whoever moves the money.

`OfflineProvider` (the embedded default) moves nothing: an admin records what arrived by bank
transfer or at the studio. `StripeProvider` talks to Stripe through the official library.
Every call that could move money carries an idempotency key derived from our own row, so a
retried call returns the first answer instead of charging or refunding twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class ChargeOutcome(StrEnum):
    PENDING = "PENDING"  # waits for the client (a card form) or an admin (offline)
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


@dataclass(frozen=True, slots=True)
class Charge:
    outcome: ChargeOutcome
    reference: str | None = None  # the provider's id; None when nothing was created there
    client_secret: str = ""  # what the client's card form needs to finish a PENDING charge
    failure: str = ""


@dataclass(frozen=True, slots=True)
class RefundResult:
    succeeded: bool
    reference: str | None = None
    failure: str = ""


@dataclass(frozen=True, slots=True)
class CancelResult:
    cancelled: bool
    failure: str = ""  # why the provider refused (the client already paid, say)


class PaymentError(Exception):
    """The provider could not be reached or refused the request itself (not a declined card)."""


class PaymentProvider(Protocol):
    name: str

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
        """Starts a charge; with a saved `payment_method` it is made off-session, at once."""
        ...

    async def card_holder(self, *, customer: str, payment_method: str) -> str | None:
        """The e-mail of `customer` when `payment_method` is a card saved to it; None when
        either is unknown (or deleted) or the card is another customer's."""
        ...

    async def refund(
        self,
        *,
        reference: str | None,
        amount: int,
        key: str,
        metadata: dict[str, str] | None = None,
    ) -> RefundResult:
        """Gives back `amount` of the charge; `metadata` (our refund's ids) comes back with the
        provider's reports of the refund, so a report that outruns this answer is known as
        ours."""
        ...

    async def cancel(self, *, reference: str | None, key: str) -> CancelResult:
        """Cancels a charge still waiting for its payer, so it can no longer take money."""
        ...

    async def processing(self, *, reference: str | None) -> bool:
        """Whether the charge is past its payer: being processed, or succeeded with the
        report of it still on its way. Ours says PENDING until that report arrives."""
        ...


class OfflineProvider:
    """Money changes hands outside the site; admins record it (`recordPayment`)."""

    name = "offline"

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
        return Charge(ChargeOutcome.PENDING)

    async def card_holder(self, *, customer: str, payment_method: str) -> str | None:
        # Nobody saves cards with the studio: no reference is anyone's.
        return None

    async def refund(
        self,
        *,
        reference: str | None,
        amount: int,
        key: str,
        metadata: dict[str, str] | None = None,
    ) -> RefundResult:
        # The studio hands the money back itself; recording it is all there is to do.
        return RefundResult(succeeded=True)

    async def cancel(self, *, reference: str | None, key: str) -> CancelResult:
        # Nothing was asked of anyone but the studio, which will not record it now.
        return CancelResult(cancelled=True)

    async def processing(self, *, reference: str | None) -> bool:
        # What the studio has received, it has recorded.
        return False


def provider_for(name: str, *, api_key: str | None, api_base: str | None) -> PaymentProvider:
    """PAYMENTS_PROVIDER's provider; the stripe library is imported only when it is used."""
    if name == "stripe":
        from integrations.payments.stripe import StripeProvider  # noqa: PLC0415

        return StripeProvider(api_key, api_base)
    return OfflineProvider()
