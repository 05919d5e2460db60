"""The upsell rules, without a database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.upsell import (
    FOLLOW_UP_WITHIN_DAYS,
    MAINTENANCE_AFTER_DAYS,
    MAINTENANCE_UNTIL_DAYS,
    CompletedSession,
    RecommendationKind,
    recommendations,
)

FOLLOW_UP, MAINTENANCE, PREMIUM = RecommendationKind
FRESH = CompletedSession(
    consultation=False,
    premium=False,
    parts_needed=["front pads", "rotor"],
    next_steps="",
    days_since=2,
    follow_ups=0,
    premium_alternative=True,
    booked_again=False,
    still_sold=True,
)


def kinds(done: CompletedSession) -> list[RecommendationKind]:
    return [r.kind for r in recommendations(done)]


def test_a_fresh_session_with_parts_needed_suggests_a_follow_up_and_premium() -> None:
    found = recommendations(FRESH)
    assert [r.kind for r in found] == [FOLLOW_UP, PREMIUM]
    assert "2 parts" in found[0].reason
    assert found[0].title == "Ask a follow-up question"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"parts_needed": [], "next_steps": "Check the belt"}, [FOLLOW_UP]),
        ({"parts_needed": [], "next_steps": "  "}, []),
        ({"days_since": FOLLOW_UP_WITHIN_DAYS + 1}, [MAINTENANCE, PREMIUM]),
        ({"follow_ups": 1}, [PREMIUM]),
        ({"premium": True}, [FOLLOW_UP]),
        ({"premium_alternative": False}, [FOLLOW_UP]),
        ({"consultation": True}, [FOLLOW_UP]),
        ({"days_since": MAINTENANCE_AFTER_DAYS - 1, "parts_needed": []}, []),
        ({"days_since": MAINTENANCE_AFTER_DAYS, "parts_needed": []}, [MAINTENANCE]),
        ({"days_since": MAINTENANCE_UNTIL_DAYS + 1, "parts_needed": []}, []),
        ({"days_since": 90, "parts_needed": [], "booked_again": True}, []),
        ({"days_since": 90, "parts_needed": [], "still_sold": False}, []),
        ({"days_since": 90, "consultation": True}, []),
    ],
)
def test_each_rule_has_its_condition(change: dict, expected: list[RecommendationKind]) -> None:
    assert kinds(replace(FRESH, **change)) == expected


def test_reasons_say_why() -> None:
    late = recommendations(replace(FRESH, days_since=45, follow_ups=3))
    assert [r.kind for r in late] == [MAINTENANCE, PREMIUM]
    assert "45 days" in late[0].reason
    assert "3 follow-ups" in late[1].reason
    assert "lists 1 part needed" in recommendations(replace(FRESH, parts_needed=["x"]))[0].reason
