"""Follow-up pricing."""

from __future__ import annotations

import pytest

from domain.follow_up import FollowUpKind, follow_up_price


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
