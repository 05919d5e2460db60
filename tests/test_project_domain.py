"""The project state machines (standard and scripted) and the quoted price."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.project import (
    ProjectStatus,
    ProjectWorkflow,
    bypass_violation,
    can_move,
    deadline_violation,
    initial_status,
    may_answer_version,
    quote,
    script_violation,
    working_status,
)
from domain.session import Actor

P = ProjectStatus
STANDARD, SCRIPTED = ProjectWorkflow.STANDARD, ProjectWorkflow.SCRIPTED


@pytest.mark.parametrize(
    ("workflow", "current", "target", "actor"),
    [
        (STANDARD, P.PLANNING, P.IN_PROGRESS, Actor.PROVIDER),
        (STANDARD, P.IN_PROGRESS, P.REVIEW, Actor.PROVIDER),
        (STANDARD, P.REVIEW, P.IN_PROGRESS, Actor.CLIENT),
        (STANDARD, P.REVIEW, P.COMPLETED, Actor.CLIENT),
        (STANDARD, P.PLANNING, P.CANCELLED, Actor.CLIENT),
        (STANDARD, P.IN_PROGRESS, P.CANCELLED, Actor.ADMIN),
        (SCRIPTED, P.SCRIPT_RECEIVED, P.IN_PRODUCTION, Actor.PROVIDER),
        (SCRIPTED, P.IN_PRODUCTION, P.REVIEW, Actor.PROVIDER),
        (SCRIPTED, P.REVIEW, P.IN_PRODUCTION, Actor.CLIENT),
        (SCRIPTED, P.REVIEW, P.COMPLETED, Actor.CLIENT),
        (SCRIPTED, P.PENDING_SCRIPT, P.CANCELLED, Actor.CLIENT),
        (SCRIPTED, P.SCRIPT_RECEIVED, P.CANCELLED, Actor.CLIENT),
        (SCRIPTED, P.IN_PRODUCTION, P.CANCELLED, Actor.PROVIDER),
    ],
)
def test_allowed_moves(workflow: ProjectWorkflow, current: P, target: P, actor: Actor) -> None:
    assert can_move(workflow, current, target, actor)


@pytest.mark.parametrize(
    ("workflow", "current", "target", "actor"),
    [
        (STANDARD, P.PLANNING, P.IN_PROGRESS, Actor.CLIENT),  # only the provider starts the work
        (STANDARD, P.REVIEW, P.COMPLETED, Actor.PROVIDER),  # the client signs off
        (STANDARD, P.IN_PROGRESS, P.CANCELLED, Actor.CLIENT),  # work under way: the studio decides
        (STANDARD, P.COMPLETED, P.IN_PROGRESS, Actor.ADMIN),  # final states stay final
        (STANDARD, P.CANCELLED, P.PLANNING, Actor.ADMIN),
        (STANDARD, P.PLANNING, P.COMPLETED, Actor.ADMIN),  # no skipping review
        (STANDARD, P.PLANNING, P.PENDING_SCRIPT, Actor.ADMIN),  # no crossing workflows
        (STANDARD, P.REVIEW, P.IN_PRODUCTION, Actor.CLIENT),
        # Only handing in a script moves it on, so the status never runs ahead of the script.
        (SCRIPTED, P.PENDING_SCRIPT, P.SCRIPT_RECEIVED, Actor.ADMIN),
        (SCRIPTED, P.PENDING_SCRIPT, P.IN_PRODUCTION, Actor.PROVIDER),  # no skipping the script
        (SCRIPTED, P.SCRIPT_RECEIVED, P.IN_PRODUCTION, Actor.CLIENT),  # the provider starts
        (SCRIPTED, P.REVIEW, P.IN_PROGRESS, Actor.CLIENT),  # revisions return to production
        (SCRIPTED, P.REVIEW, P.COMPLETED, Actor.PROVIDER),
        (SCRIPTED, P.IN_PRODUCTION, P.CANCELLED, Actor.CLIENT),
        (SCRIPTED, P.COMPLETED, P.IN_PRODUCTION, Actor.ADMIN),
    ],
)
def test_forbidden_moves(workflow: ProjectWorkflow, current: P, target: P, actor: Actor) -> None:
    assert not can_move(workflow, current, target, actor)


def test_each_workflow_starts_and_works_in_its_own_statuses() -> None:
    assert (initial_status(STANDARD), working_status(STANDARD)) == (P.PLANNING, P.IN_PROGRESS)
    assert (initial_status(SCRIPTED), working_status(SCRIPTED)) == (
        P.PENDING_SCRIPT,
        P.IN_PRODUCTION,
    )


@pytest.mark.parametrize(
    ("workflow", "status", "allowed"),
    [
        (SCRIPTED, P.PENDING_SCRIPT, True),
        (SCRIPTED, P.SCRIPT_RECEIVED, True),  # a replacement before production starts
        (SCRIPTED, P.IN_PRODUCTION, False),
        (SCRIPTED, P.CANCELLED, False),
        (STANDARD, P.PLANNING, False),
    ],
)
def test_when_a_script_may_be_handed_in(
    workflow: ProjectWorkflow, status: P, allowed: bool
) -> None:
    assert (script_violation(workflow, status) is None) is allowed


NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("rush", "ahead", "price"),
    [
        (False, None, 10_000),
        (True, None, 15_000),  # rush: +50%
        (False, timedelta(days=30), 10_000),
        (False, timedelta(days=7), 10_000),  # a week is enough time
        (False, timedelta(days=7) - timedelta(seconds=1), 12_500),  # under a week: +25%
        (False, timedelta(hours=48), 12_500),
        (False, timedelta(hours=47), 15_000),  # under 48 hours: +50%
        (True, timedelta(days=3), 15_000),  # surcharges do not stack: the largest applies
        (True, timedelta(hours=2), 15_000),
    ],
)
def test_quote_raises_the_base_for_rush_and_close_deadlines(
    rush: bool, ahead: timedelta | None, price: int
) -> None:
    deadline = NOW + ahead if ahead is not None else None
    assert quote(10_000, rush=rush, deadline=deadline, now=NOW) == price


def test_quote_rounds_half_up_to_whole_minor_units() -> None:
    assert quote(999, rush=False, deadline=NOW + timedelta(days=3), now=NOW) == 1249  # 1248.75
    assert quote(1001, rush=True, deadline=None, now=NOW) == 1502  # 1501.5
    assert quote(0, rush=True, deadline=None, now=NOW) == 0


def test_deadline_must_be_ahead_and_zoned() -> None:
    assert deadline_violation(None, NOW) is None
    assert deadline_violation(NOW + timedelta(minutes=1), NOW) is None
    passed = deadline_violation(NOW, NOW)
    assert passed is not None
    assert passed.code == "DEADLINE_PASSED"
    naive = deadline_violation(datetime(2027, 1, 1), NOW)
    assert naive is not None
    assert naive.code == "INVALID_VALUE"


def test_a_version_in_review_is_answered_by_the_client_not_by_a_status_move() -> None:
    assert not may_answer_version(Actor.PROVIDER)
    assert may_answer_version(Actor.CLIENT)
    assert may_answer_version(Actor.ADMIN)
    for workflow in (STANDARD, SCRIPTED):
        back = working_status(workflow)
        for actor in Actor:
            assert bypass_violation(workflow, P.COMPLETED, actor, version_awaiting=True)
            assert bypass_violation(workflow, back, actor, version_awaiting=False) is None
        assert bypass_violation(workflow, back, Actor.CLIENT, version_awaiting=True)
        assert bypass_violation(workflow, back, Actor.PROVIDER, version_awaiting=True) is None
        assert (
            bypass_violation(workflow, P.CANCELLED, Actor.PROVIDER, version_awaiting=True) is None
        )


def test_review_and_completion_are_reached_only_through_a_version() -> None:
    """A bare move put a project in review with nothing handed in, and the client could then
    complete it with nothing delivered: submitDeliverable and approveDeliverable make them."""
    for workflow in (STANDARD, SCRIPTED):
        for actor in Actor:
            for target in (P.REVIEW, P.COMPLETED):
                for awaiting in (False, True):
                    refused = bypass_violation(workflow, target, actor, version_awaiting=awaiting)
                    assert refused is not None
                    assert refused.code == "INVALID_TRANSITION"
