"""Money owed for sessions and how it is paid: deposits, balances, plans, retries and refunds.

Every amount is an integer in minor units of one currency. Payment state only moves forward
(`PaymentStatus.rank`): whatever order the provider's reports arrive in, the result is the one
of applying them in order, and a late "succeeded" never undoes a refund. A CANCELLED payment
is final, as a canceled PaymentIntent is at Stripe: it can no longer take money. The one step
back is the provider's own: a refund that succeeded and then failed (a closed card) gives the
money back to the studio (`refund_undone`); a refund's own state only moves forward, PENDING,
SUCCEEDED, FAILED, so that step is taken once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from babel.numbers import get_currency_precision

from domain.violation import Violation

# The balance (and a plan's last installment) falls due this long before the session starts.
BALANCE_DUE_BEFORE = timedelta(hours=48)
# A failed installment is retried after each of these delays; after the last one the plan
# has FAILED. Their sum is the grace period a client has to fix their card.
RETRY_DELAYS = (timedelta(days=1), timedelta(days=2), timedelta(days=4))
PLAN_SIZES = (1, 2, 3, 4)


class PaymentKind(StrEnum):
    DEPOSIT = "DEPOSIT"
    BALANCE = "BALANCE"
    FULL = "FULL"
    INSTALLMENT = "INSTALLMENT"
    ORDER = "ORDER"
    # A client's priced follow-up question after a session or project (resolvers/follow_up_*).
    FOLLOW_UP = "FOLLOW_UP"
    # A project's agreed price, paid by its client (resolvers/project_payment.py).
    PROJECT = "PROJECT"
    # A bundle of sessions bought at once (resolvers/bundle_purchase.py).
    BUNDLE = "BUNDLE"


class PaymentStatus(StrEnum):
    PENDING = "PENDING"
    FAILED = "FAILED"
    # The payer gave up on it (cancelPayment), so it stops counting as money on its way;
    # only a PENDING one needs that: a FAILED one never counts (its card form, should it
    # still be paid, brings money that goes back as money nothing claims does).
    CANCELLED = "CANCELLED"
    SUCCEEDED = "SUCCEEDED"
    PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED"
    REFUNDED = "REFUNDED"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    @property
    def collected(self) -> bool:
        """The money arrived (some of it may have gone back since)."""
        return self.rank >= _RANKS[PaymentStatus.SUCCEEDED]


_RANKS = {status: rank for rank, status in enumerate(PaymentStatus)}


def money_text(amount: int, currency: str) -> str:
    """An amount in minor units as people read it in a notice, with as many decimals as the
    currency has (CLDR's): 3683 EUR is "36.83 EUR", 3683 JPY "3683 JPY", 3683 KWD
    "3.683 KWD"."""
    digits = get_currency_precision(currency)
    whole, part = divmod(abs(amount), 10**digits)
    number = f"{whole}.{part:0{digits}d}" if digits else str(whole)
    return f"{'-' if amount < 0 else ''}{number} {currency}"


PROVIDER_UNAVAILABLE = Violation(
    None, "PROVIDER_UNAVAILABLE", "The payment provider did not answer; try again."
)


class SessionPaymentStatus(StrEnum):
    UNPAID = "UNPAID"
    DEPOSIT_PAID = "DEPOSIT_PAID"
    PAID = "PAID"


class PlanStatus(StrEnum):
    ACTIVE = "ACTIVE"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    # Its client erased their account: what was left unpaid is no longer charged.
    CANCELLED = "CANCELLED"


class InstallmentStatus(StrEnum):
    SCHEDULED = "SCHEDULED"
    PAID = "PAID"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"  # its plan was cancelled before it was charged


class RefundStatus(StrEnum):
    PENDING = "PENDING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


def advanced(current: PaymentStatus, reported: PaymentStatus) -> PaymentStatus:
    """The state after a report: never backwards, so duplicates and stale reports change
    nothing; nothing leaves CANCELLED (the provider no longer takes money for it)."""
    if current is PaymentStatus.CANCELLED:
        return current
    return reported if reported.rank > current.rank else current


def refunded_status(amount: int, refunded: int) -> PaymentStatus:
    if refunded <= 0:
        return PaymentStatus.SUCCEEDED
    return PaymentStatus.REFUNDED if refunded >= amount else PaymentStatus.PARTIALLY_REFUNDED


def refund_undone(refunded: int, failed: int, succeeded: int) -> int:
    """A payment's refunded amount once a refund counted in `refunded` failed after all: that
    much less, and never less than its refunds still standing (`succeeded`). What the provider
    reported beyond our rows (a dashboard refund known so far only from the charge's total)
    stays counted."""
    return max(succeeded, refunded - failed)


def deposit_amount(price: int, percent: int) -> int:
    """Rounded up: the studio never holds less than its stated share."""
    return -(-price * percent // 100)


@dataclass(frozen=True, slots=True)
class Due:
    kind: PaymentKind
    amount: int


def _due_refusal(
    kind: PaymentKind, price: int, *, has_package: bool, paid: int
) -> Violation | None:
    if paid >= price:
        return Violation("sessionId", "ALREADY_PAID", "This session is paid in full.")
    refusals = {
        PaymentKind.DEPOSIT: (not has_package, "INVALID_VALUE", "Only packages take a deposit."),
        PaymentKind.BALANCE: (paid <= 0, "DEPOSIT_FIRST", "Pay the deposit first."),
        PaymentKind.FULL: (paid > 0, "INVALID_VALUE", "Pay the balance instead."),
    }
    if kind not in refusals:
        return Violation("kind", "INVALID_VALUE", "Choose DEPOSIT, BALANCE or FULL.")
    refused, code, message = refusals[kind]
    if kind is PaymentKind.DEPOSIT and not refused and paid > 0:
        return Violation("kind", "ALREADY_PAID", "The deposit is already paid.")
    return Violation("kind", code, message) if refused else None


def session_amount_due(
    kind: PaymentKind, price: int, deposit_percent: int, *, has_package: bool, paid: int
) -> Due | Violation:
    """What a client pays now for a session: package sessions take a deposit, then the
    balance; other sessions (and a package paid at once) are paid in full."""
    refusal = _due_refusal(kind, price, has_package=has_package, paid=paid)
    if refusal is not None:
        return refusal
    amounts = {
        PaymentKind.DEPOSIT: deposit_amount(price, deposit_percent),
        PaymentKind.BALANCE: price - paid,
        PaymentKind.FULL: price,
    }
    return Due(kind, amounts[kind])


def overpay_violation(price: int, paid: int, waiting: int, amount: int) -> Violation | None:
    """Refuses a new payment that, with what is collected and what is already on its way
    (pending payments, a running plan's installments), would come to more than the price."""
    if waiting > 0 and paid + waiting + amount > price:
        return Violation(
            "kind", "PAYMENT_PENDING", "A payment is already on its way; finish that one first."
        )
    return None


def session_payment_status(price: int, collected: int) -> SessionPaymentStatus:
    """DEPOSIT_PAID: some of the price is in (a deposit, or a plan's first installments)."""
    if collected >= price:
        return SessionPaymentStatus.PAID
    if collected > 0:
        return SessionPaymentStatus.DEPOSIT_PAID
    return SessionPaymentStatus.UNPAID


def balance_due_at(session_start: datetime) -> datetime:
    return session_start - BALANCE_DUE_BEFORE


@dataclass(frozen=True, slots=True)
class ScheduledInstallment:
    number: int
    due_at: datetime
    amount: int


def plan_schedule(
    total: int, count: int, start: datetime, session_start: datetime
) -> list[ScheduledInstallment] | Violation:
    """`count` installments, the first due at `start`, the last due at the balance deadline,
    the others evenly between; the remainder of the split goes on the first installment."""
    if count not in PLAN_SIZES:
        return Violation("installments", "INVALID_VALUE", "Choose 1, 2, 3 or 4 payments.")
    last = balance_due_at(session_start)
    if count > 1 and last <= start:
        return Violation("installments", "TOO_LATE", "The session is too close for a payment plan.")
    dues = _spread(start, last, count)
    share, remainder = divmod(total, count)
    if share == 0:
        # An installment of nothing is no payment: Stripe refuses to charge 0.
        return Violation("installments", "INVALID_VALUE", "Too little is due to split so often.")
    return [
        ScheduledInstallment(number=n + 1, due_at=due, amount=share + (remainder if n == 0 else 0))
        for n, due in enumerate(dues)
    ]


def _spread(start: datetime, last: datetime, count: int) -> list[datetime]:
    """`count` dues: the first at `start`, the last at `last`, the others evenly between;
    none before `start` (a deadline already behind it makes the rest due at once)."""
    if count == 1:
        return [start]
    step = (last - start) // (count - 1)
    return [max(start, start + step * n) for n in range(count - 1)] + [max(start, last)]


def moved_dues(first_due: datetime, count: int, session_start: datetime) -> list[datetime]:
    """A plan's dues once its session moved to `session_start`, by the rule that made them:
    the first stays where it was (it fell due when the plan was chosen), the last moves to
    the new balance deadline, the others are spread evenly between again. A session moved
    so close that the deadline is past makes what is left due at once."""
    return _spread(first_due, balance_due_at(session_start), count)


def moved_attempt(due_at: datetime, next_attempt_at: datetime, moved_due: datetime) -> datetime:
    """When an unpaid installment is next charged after its due date moved: at the new date,
    unless a retry (or a recheck of a pending charge) already waits past the old one, which
    keeps its wait if the new date comes sooner: a declined card keeps its grace period."""
    if next_attempt_at <= due_at:
        return moved_due
    return max(next_attempt_at, moved_due)


def retry_after(failures: int) -> timedelta | None:
    """The wait before the next attempt after `failures` failed ones; None: give up."""
    if failures <= 0:
        return timedelta(0)
    return RETRY_DELAYS[failures - 1] if failures <= len(RETRY_DELAYS) else None


def cancellation_refund(collected: int, percent: int | None) -> int:
    """What cancelling gives back of what was collected; rounded down (in the client's favour
    the policy already chose the percentage)."""
    if percent is None:
        return 0
    return collected * percent // 100


def refund_violations(refundable: int, amount: int) -> list[Violation]:
    if amount <= 0:
        return [Violation("amount", "INVALID_VALUE", "Refund a positive amount.")]
    if amount > refundable:
        return [Violation("amount", "TOO_LARGE", f"At most {refundable} remains to refund.")]
    return []


def idempotency_key(kind: str, record_id: object, attempt: int = 0) -> str:
    """Derived from our own row, so a retried request repeats the provider's first answer;
    a new attempt (a retried installment) gets a new key on purpose."""
    return f"studiograph-{kind}-{record_id}" + (f"-{attempt}" if attempt else "")
