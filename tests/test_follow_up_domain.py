"""Follow-up pricing."""

from __future__ import annotations

import pytest

from domain.follow_up import FollowUpKind, awaits_payment, follow_up_price, payment_refusal


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (FollowUpKind.QUICK_QUESTION, 899),  # 10% of 8,990, rounded half up
        (FollowUpKind.MINI_EXTENSION, 2248),  # 2,247.5 -> 2,248
        (FollowUpKind.NEW_ISSUE, 4495),
    ],
)
def test_standard_services_charge_a_share_of_the_rate(kind: FollowUpKind, expected: int) -> None:
    assert follow_up_price(kind, default_rate=8990, premium=False) == expected


def test_premium_services_include_follow_ups() -> None:
    assert follow_up_price(FollowUpKind.NEW_ISSUE, default_rate=8990, premium=True) == 0


def test_only_a_priced_unpaid_follow_up_awaits_payment() -> None:
    assert awaits_payment(1000, paid=False)
    assert not awaits_payment(1000, paid=True)
    assert not awaits_payment(0, paid=False)


@pytest.mark.parametrize(
    ("price", "paid", "answered", "code"),
    [
        (1000, False, False, None),
        (0, False, False, "NO_CHARGE"),
        (1000, True, False, "ALREADY_PAID"),
        (1000, True, True, "INVALID_STATE"),
        (0, False, True, "INVALID_STATE"),
    ],
)
def test_what_keeps_a_follow_up_from_being_paid(
    price: int, paid: bool, answered: bool, code: str | None
) -> None:
    refusal = payment_refusal(price, paid=paid, answered=answered)
    assert (refusal.code if refusal else None) == code
