"""A client project's lifecycle: who may move it where."""

from __future__ import annotations

from enum import StrEnum

from domain.session import Actor


class ProjectStatus(StrEnum):
    PLANNING = "PLANNING"
    IN_PROGRESS = "IN_PROGRESS"
    REVIEW = "REVIEW"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


FINAL = frozenset({ProjectStatus.COMPLETED, ProjectStatus.CANCELLED})
_STAFF = frozenset({Actor.PROVIDER, Actor.ADMIN})

# (from, to) -> who may make the move. The provider does the work and hands it in for
# review; the client accepts it or sends it back; either may call off a project not yet begun.
_MOVES: dict[tuple[ProjectStatus, ProjectStatus], frozenset[Actor]] = {
    (ProjectStatus.PLANNING, ProjectStatus.IN_PROGRESS): _STAFF,
    (ProjectStatus.IN_PROGRESS, ProjectStatus.REVIEW): _STAFF,
    (ProjectStatus.REVIEW, ProjectStatus.IN_PROGRESS): frozenset(Actor),
    (ProjectStatus.REVIEW, ProjectStatus.COMPLETED): frozenset({Actor.CLIENT, Actor.ADMIN}),
    (ProjectStatus.PLANNING, ProjectStatus.CANCELLED): frozenset(Actor),
    (ProjectStatus.IN_PROGRESS, ProjectStatus.CANCELLED): _STAFF,
    (ProjectStatus.REVIEW, ProjectStatus.CANCELLED): _STAFF,
}


def can_move(current: ProjectStatus, target: ProjectStatus, actor: Actor) -> bool:
    return actor in _MOVES.get((current, target), frozenset())
