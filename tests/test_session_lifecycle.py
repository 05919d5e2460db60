"""The session state machine and cancellation refunds, without a database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.session import (
    ACTIVE_STATUSES,
    Actor,
    CancellationTier,
    SessionStatus,
    Transition,
    client_too_late,
    next_status,
    policy_violations,
    refund_percent,
)

S = SessionStatus
T = Transition
STAFF = (Actor.PROVIDER, Actor.ADMIN)

# Every allowed move: (from, transition, to, who may make it).
ALLOWED = [
    (S.REQUESTED, T.CONFIRM, S.CONFIRMED, STAFF),
    (S.CONFIRMED, T.START, S.IN_PROGRESS, STAFF),
    (S.IN_PROGRESS, T.COMPLETE, S.COMPLETED, STAFF),
    (S.CONFIRMED, T.NO_SHOW, S.NO_SHOW, STAFF),
    (S.REQUESTED, T.CANCEL, S.CANCELLED, tuple(Actor)),
    (S.CONFIRMED, T.CANCEL, S.CANCELLED, tuple(Actor)),
    (S.REQUESTED, T.RESCHEDULE, S.REQUESTED, tuple(Actor)),
    (S.CONFIRMED, T.RESCHEDULE, S.CONFIRMED, tuple(Actor)),
    (S.IN_PROGRESS, T.EXTEND, S.IN_PROGRESS, STAFF),
]


@pytest.mark.parametrize(
    ("current", "transition", "target", "actor"),
    [
        (current, transition, target, actor)
        for current, transition, target, actors in ALLOWED
        for actor in actors
    ],
)
def test_allowed_moves(
    current: SessionStatus, transition: Transition, target: SessionStatus, actor: Actor
) -> None:
    assert next_status(current, transition, actor) == target


def test_everything_else_is_forbidden() -> None:
    allowed = {
        (current, transition, actor)
        for current, transition, _, actors in ALLOWED
        for actor in actors
    }
    for current in SessionStatus:
        for transition in Transition:
            for actor in Actor:
                if (current, transition, actor) not in allowed:
                    assert next_status(current, transition, actor) is None, (
                        current,
                        transition,
                        actor,
                    )


@pytest.mark.parametrize(
    ("current", "transition", "actor"),
    [
        (S.REQUESTED, T.CONFIRM, Actor.CLIENT),  # clients cannot confirm their own request
        (S.CONFIRMED, T.START, Actor.CLIENT),
        (S.IN_PROGRESS, T.COMPLETE, Actor.CLIENT),
        (S.CONFIRMED, T.NO_SHOW, Actor.CLIENT),
        (S.IN_PROGRESS, T.EXTEND, Actor.CLIENT),
        (S.COMPLETED, T.CANCEL, Actor.ADMIN),  # finished sessions stay finished
        (S.CANCELLED, T.CANCEL, Actor.PROVIDER),
        (S.NO_SHOW, T.CANCEL, Actor.CLIENT),
        (S.IN_PROGRESS, T.CANCEL, Actor.PROVIDER),  # a running session is completed, not cancelled
        (S.REQUESTED, T.START, Actor.PROVIDER),  # only confirmed sessions start
        (S.REQUESTED, T.NO_SHOW, Actor.PROVIDER),
        (S.CONFIRMED, T.COMPLETE, Actor.PROVIDER),
        (S.CONFIRMED, T.CONFIRM, Actor.PROVIDER),
        (S.CONFIRMED, T.EXTEND, Actor.PROVIDER),
        (S.IN_PROGRESS, T.RESCHEDULE, Actor.PROVIDER),
        (S.COMPLETED, T.RESCHEDULE, Actor.ADMIN),
        (S.CANCELLED, T.CONFIRM, Actor.ADMIN),
        (S.NO_SHOW, T.START, Actor.ADMIN),
    ],
)
def test_forbidden_moves(current: SessionStatus, transition: Transition, actor: Actor) -> None:
    assert next_status(current, transition, actor) is None


def test_active_statuses_hold_time() -> None:
    assert frozenset({S.REQUESTED, S.CONFIRMED, S.IN_PROGRESS}) == ACTIVE_STATUSES


def test_statuses_are_stored_by_name() -> None:
    assert S.IN_PROGRESS == "IN_PROGRESS"
    assert S("NO_SHOW") is S.NO_SHOW


# --- refunds ---------------------------------------------------------------------------------

START = datetime(2026, 6, 10, 12, tzinfo=UTC)
POLICY = (
    CancellationTier(hours_before=24, refund_percent=50),
    CancellationTier(hours_before=48, refund_percent=100),  # order in the policy does not matter
    CancellationTier(hours_before=2, refund_percent=25),
)


def client_refund(hours_ahead: float, policy: tuple[CancellationTier, ...] = POLICY) -> int:
    return refund_percent(policy, START, START - timedelta(hours=hours_ahead), Actor.CLIENT)


@pytest.mark.parametrize(
    ("hours_ahead", "percent"),
    [
        (72, 100),
        (48, 100),  # exactly on a boundary counts as meeting it
        (47.99, 50),
        (24, 50),
        (23, 25),
        (2, 25),
        (1.5, 0),
        (0, 0),
        (-1, 0),  # after the start
    ],
)
def test_client_refund_tiers(hours_ahead: float, percent: int) -> None:
    assert client_refund(hours_ahead) == percent


def test_zero_hour_tier_covers_any_cancellation_before_the_start() -> None:
    policy = (CancellationTier(0, 10), CancellationTier(24, 100))
    assert client_refund(0, policy) == 10
    assert client_refund(23, policy) == 10
    assert client_refund(-0.5, policy) == 0


def test_empty_policy_refunds_in_full() -> None:
    assert client_refund(0, ()) == 100


@pytest.mark.parametrize("actor", STAFF)
def test_provider_and_admin_cancellations_refund_in_full(actor: Actor) -> None:
    assert refund_percent(POLICY, START, START - timedelta(minutes=5), actor) == 100


def test_refund_works_across_time_zones() -> None:
    cancelled = (START - timedelta(hours=30)).astimezone(ZoneInfo("Asia/Kathmandu"))
    assert refund_percent(POLICY, START, cancelled, Actor.CLIENT) == 50


def test_valid_policy() -> None:
    assert policy_violations(POLICY) == []
    assert policy_violations(()) == []
    assert policy_violations((CancellationTier(0, 0), CancellationTier(8760, 100))) == []


def test_invalid_policy() -> None:
    policy = (
        CancellationTier(-1, 50),
        CancellationTier(8761, 50),
        CancellationTier(24, 101),
        CancellationTier(48, -1),
        CancellationTier(24, 10),
    )
    assert [(v.field, v.code) for v in policy_violations(policy)] == [
        ("cancellationPolicy.0.hoursBefore", "INVALID_VALUE"),
        ("cancellationPolicy.1.hoursBefore", "INVALID_VALUE"),
        ("cancellationPolicy.2.refundPercent", "INVALID_VALUE"),
        ("cancellationPolicy.3.refundPercent", "INVALID_VALUE"),
        ("cancellationPolicy.4.hoursBefore", "DUPLICATE_TIER"),
    ]


def test_clients_are_too_late_once_the_session_begins_or_a_move_would_dodge_the_policy() -> None:
    start = datetime(2026, 6, 10, 9, tzinfo=UTC)
    policy = [CancellationTier(48, 100), CancellationTier(24, 50)]
    for transition in (Transition.CANCEL, Transition.RESCHEDULE):
        assert client_too_late(transition, [], start, start) is not None
        assert client_too_late(transition, [], start, start - timedelta(minutes=1)) is None
    assert (
        client_too_late(Transition.RESCHEDULE, policy, start, start - timedelta(hours=48)) is None
    )
    late = client_too_late(Transition.RESCHEDULE, policy, start, start - timedelta(hours=47))
    assert late is not None
    assert late.code == "TOO_LATE"
    # Cancelling late is what the policy prices; it is not refused.
    assert client_too_late(Transition.CANCEL, policy, start, start - timedelta(hours=1)) is None
