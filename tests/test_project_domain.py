"""The project state machine."""

from __future__ import annotations

import pytest

from domain.project import ProjectStatus, can_move
from domain.session import Actor

P = ProjectStatus


@pytest.mark.parametrize(
    ("current", "target", "actor"),
    [
        (P.PLANNING, P.IN_PROGRESS, Actor.PROVIDER),
        (P.IN_PROGRESS, P.REVIEW, Actor.PROVIDER),
        (P.REVIEW, P.IN_PROGRESS, Actor.CLIENT),
        (P.REVIEW, P.COMPLETED, Actor.CLIENT),
        (P.PLANNING, P.CANCELLED, Actor.CLIENT),
        (P.IN_PROGRESS, P.CANCELLED, Actor.ADMIN),
    ],
)
def test_allowed_moves(current: P, target: P, actor: Actor) -> None:
    assert can_move(current, target, actor)


@pytest.mark.parametrize(
    ("current", "target", "actor"),
    [
        (P.PLANNING, P.IN_PROGRESS, Actor.CLIENT),  # only the provider starts the work
        (P.REVIEW, P.COMPLETED, Actor.PROVIDER),  # the client signs off, not the provider
        (P.IN_PROGRESS, P.CANCELLED, Actor.CLIENT),  # work under way: the studio decides
        (P.COMPLETED, P.IN_PROGRESS, Actor.ADMIN),  # final states stay final
        (P.CANCELLED, P.PLANNING, Actor.ADMIN),
        (P.PLANNING, P.COMPLETED, Actor.ADMIN),  # no skipping review
    ],
)
def test_forbidden_moves(current: P, target: P, actor: Actor) -> None:
    assert not can_move(current, target, actor)
