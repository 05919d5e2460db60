"""Payment rules: deposits, schedules, retries, refunds and forward-only states."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.payment import (
    Due,
    PaymentKind,
    PaymentStatus,
    advanced,
    cancellation_refund,
    deposit_amount,
    idempotency_key,
    money_text,
    moved_attempt,
    moved_dues,
    plan_schedule,
    refund_violations,
    retry_after,
    session_amount_due,
)
from domain.violation import Violation

NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)


def test_deposit_rounds_up_and_balance_is_the_rest() -> None:
    assert deposit_amount(9_999, 30) == 3_000
    assert session_amount_due(PaymentKind.DEPOSIT, 9_999, 30, has_package=True, paid=0) == Due(
        PaymentKind.DEPOSIT, 3_000
    )
    assert session_amount_due(PaymentKind.BALANCE, 9_999, 30, has_package=True, paid=3_000) == Due(
        PaymentKind.BALANCE, 6_999
    )


@pytest.mark.parametrize(
    ("kind", "package", "paid", "code"),
    [
        (PaymentKind.DEPOSIT, False, 0, "INVALID_VALUE"),
        (PaymentKind.DEPOSIT, True, 100, "ALREADY_PAID"),
        (PaymentKind.BALANCE, True, 0, "DEPOSIT_FIRST"),
        (PaymentKind.FULL, True, 100, "INVALID_VALUE"),
        (PaymentKind.FULL, False, 10_000, "ALREADY_PAID"),
        (PaymentKind.ORDER, False, 0, "INVALID_VALUE"),
    ],
)
def test_refused_amounts(kind: PaymentKind, package: bool, paid: int, code: str) -> None:
    due = session_amount_due(kind, 10_000, 30, has_package=package, paid=paid)
    assert isinstance(due, Violation)
    assert due.code == code


def test_plan_of_three_ends_at_the_balance_deadline_and_adds_up() -> None:
    session = NOW + timedelta(days=32)
    plan = plan_schedule(10_000, 3, NOW, session)
    assert not isinstance(plan, Violation)
    assert [i.amount for i in plan] == [3_334, 3_333, 3_333]
    assert [i.due_at for i in plan] == [NOW, NOW + timedelta(days=15), NOW + timedelta(days=30)]
    assert plan_schedule(10_000, 1, NOW, session) == [type(plan[0])(1, NOW, 10_000)]


def test_plans_refused() -> None:
    assert isinstance(plan_schedule(10_000, 5, NOW, NOW + timedelta(days=30)), Violation)
    too_close = plan_schedule(10_000, 2, NOW, NOW + timedelta(hours=47))
    assert isinstance(too_close, Violation)
    assert too_close.code == "TOO_LATE"
    # Three payments of 2: two of them would charge nothing.
    crumbs = plan_schedule(2, 3, NOW, NOW + timedelta(days=30))
    assert isinstance(crumbs, Violation)
    assert (crumbs.field, crumbs.code) == ("installments", "INVALID_VALUE")
    assert not isinstance(plan_schedule(3, 3, NOW, NOW + timedelta(days=30)), Violation)


def test_retries_then_give_up() -> None:
    assert [retry_after(n) for n in range(5)] == [
        timedelta(0),
        timedelta(days=1),
        timedelta(days=2),
        timedelta(days=4),
        None,
    ]


def test_states_only_move_forward() -> None:
    assert advanced(PaymentStatus.REFUNDED, PaymentStatus.SUCCEEDED) is PaymentStatus.REFUNDED
    assert advanced(PaymentStatus.SUCCEEDED, PaymentStatus.FAILED) is PaymentStatus.SUCCEEDED
    assert advanced(PaymentStatus.FAILED, PaymentStatus.SUCCEEDED) is PaymentStatus.SUCCEEDED
    assert advanced(PaymentStatus.PENDING, PaymentStatus.FAILED) is PaymentStatus.FAILED
    assert advanced(PaymentStatus.PENDING, PaymentStatus.CANCELLED) is PaymentStatus.CANCELLED
    assert advanced(PaymentStatus.FAILED, PaymentStatus.CANCELLED) is PaymentStatus.CANCELLED
    assert advanced(PaymentStatus.SUCCEEDED, PaymentStatus.CANCELLED) is PaymentStatus.SUCCEEDED
    # A canceled PaymentIntent cannot succeed: a late report of either outcome is stale.
    for late in (PaymentStatus.FAILED, PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED):
        assert advanced(PaymentStatus.CANCELLED, late) is PaymentStatus.CANCELLED
    assert not PaymentStatus.CANCELLED.collected


def test_refund_amounts() -> None:
    assert cancellation_refund(7_501, 50) == 3_750
    assert cancellation_refund(7_500, None) == 0
    assert refund_violations(1_000, 1_000) == []
    assert [v.code for v in refund_violations(1_000, 1_001)] == ["TOO_LARGE"]
    assert [v.code for v in refund_violations(1_000, 0)] == ["INVALID_VALUE"]


def test_idempotency_keys_follow_the_record_and_attempt() -> None:
    assert idempotency_key("payment", "p1") == "studiograph-payment-p1"
    assert idempotency_key("installment", "i1", 2) != idempotency_key("installment", "i1", 1)


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        (3683, "EUR", "36.83 EUR"),
        (5, "USD", "0.05 USD"),
        (3683, "JPY", "3683 JPY"),
        (3683, "KWD", "3.683 KWD"),
        (-250, "EUR", "-2.50 EUR"),
    ],
)
def test_amounts_are_written_with_their_currency_s_decimals(
    amount: int, currency: str, text: str
) -> None:
    assert money_text(amount, currency) == text


def test_a_moved_session_moves_its_plan_by_the_rule_that_made_it() -> None:
    start = NOW + timedelta(days=30)
    made = [item.due_at for item in plan_schedule(9_000, 3, NOW, start)]  # type: ignore[union-attr]
    assert moved_dues(NOW, 3, start) == made
    later = start + timedelta(days=10)
    assert moved_dues(NOW, 3, later) == [
        NOW,
        NOW + (later - timedelta(hours=48) - NOW) // 2,
        later - timedelta(hours=48),
    ]
    # Moved within two days of now: the deadline is behind the first due date.
    assert moved_dues(NOW, 3, NOW + timedelta(hours=30)) == [NOW, NOW, NOW]
    assert moved_dues(NOW, 1, later) == [NOW]


def test_a_moved_installment_keeps_a_retry_s_grace_but_not_a_stale_date() -> None:
    due = NOW + timedelta(days=10)
    sooner, later = due - timedelta(days=5), due + timedelta(days=5)
    assert moved_attempt(due, due, sooner) == sooner
    assert moved_attempt(due, due, later) == later
    retry = due + timedelta(days=1)
    assert moved_attempt(due, retry, sooner) == retry
    assert moved_attempt(due, retry, later) == later
