"""A client project's lifecycle (who may move it where, in each workflow) and its quoted price."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from domain.session import Actor
from domain.violation import Violation


class ProjectStatus(StrEnum):
    PLANNING = "PLANNING"
    IN_PROGRESS = "IN_PROGRESS"
    PENDING_SCRIPT = "PENDING_SCRIPT"
    SCRIPT_RECEIVED = "SCRIPT_RECEIVED"
    IN_PRODUCTION = "IN_PRODUCTION"
    REVIEW = "REVIEW"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


class ProjectWorkflow(StrEnum):
    STANDARD = "STANDARD"  # PLANNING -> IN_PROGRESS -> REVIEW -> COMPLETED
    SCRIPTED = "SCRIPTED"  # PENDING_SCRIPT -> SCRIPT_RECEIVED -> IN_PRODUCTION -> REVIEW -> ...


FINAL = frozenset({ProjectStatus.COMPLETED, ProjectStatus.CANCELLED})
_ANYONE = frozenset(Actor)
_STAFF = frozenset({Actor.PROVIDER, Actor.ADMIN})
_SIGN_OFF = frozenset({Actor.CLIENT, Actor.ADMIN})

_P = ProjectStatus
Moves = dict[tuple[ProjectStatus, ProjectStatus], frozenset[Actor]]


@dataclass(frozen=True, slots=True)
class Lifecycle:
    initial: ProjectStatus
    working: ProjectStatus  # where the work is done, and where a revision request sends it back
    moves: Moves  # (from, to) -> who may make the move


# The provider does the work and hands it in for review; the client accepts it or sends it
# back; either may call off a project not yet begun, only the studio one under way. The
# moves into REVIEW and COMPLETED are made by handing in and approving a version
# (submitDeliverable, approveDeliverable), never asked for bare (`bypass_violation`).
_LIFECYCLES: dict[ProjectWorkflow, Lifecycle] = {
    ProjectWorkflow.STANDARD: Lifecycle(
        initial=_P.PLANNING,
        working=_P.IN_PROGRESS,
        moves={
            (_P.PLANNING, _P.IN_PROGRESS): _STAFF,
            (_P.IN_PROGRESS, _P.REVIEW): _STAFF,
            (_P.REVIEW, _P.IN_PROGRESS): _ANYONE,
            (_P.REVIEW, _P.COMPLETED): _SIGN_OFF,
            (_P.PLANNING, _P.CANCELLED): _ANYONE,
            (_P.IN_PROGRESS, _P.CANCELLED): _STAFF,
            (_P.REVIEW, _P.CANCELLED): _STAFF,
        },
    ),
    # PENDING_SCRIPT -> SCRIPT_RECEIVED is no move anyone may ask for: only handing in the
    # script makes it (`script_violation`), so a project never claims a script it lacks.
    ProjectWorkflow.SCRIPTED: Lifecycle(
        initial=_P.PENDING_SCRIPT,
        working=_P.IN_PRODUCTION,
        moves={
            (_P.SCRIPT_RECEIVED, _P.IN_PRODUCTION): _STAFF,
            (_P.IN_PRODUCTION, _P.REVIEW): _STAFF,
            (_P.REVIEW, _P.IN_PRODUCTION): _ANYONE,
            (_P.REVIEW, _P.COMPLETED): _SIGN_OFF,
            (_P.PENDING_SCRIPT, _P.CANCELLED): _ANYONE,
            (_P.SCRIPT_RECEIVED, _P.CANCELLED): _ANYONE,
            (_P.IN_PRODUCTION, _P.CANCELLED): _STAFF,
            (_P.REVIEW, _P.CANCELLED): _STAFF,
        },
    ),
}


def workflow_for(*, requires_script: bool) -> ProjectWorkflow:
    return ProjectWorkflow.SCRIPTED if requires_script else ProjectWorkflow.STANDARD


def initial_status(workflow: ProjectWorkflow) -> ProjectStatus:
    return _LIFECYCLES[workflow].initial


def working_status(workflow: ProjectWorkflow) -> ProjectStatus:
    """Where the work is done: review comes from here and a revision request returns here."""
    return _LIFECYCLES[workflow].working


def can_move(
    workflow: ProjectWorkflow, current: ProjectStatus, target: ProjectStatus, actor: Actor
) -> bool:
    return actor in _LIFECYCLES[workflow].moves.get((current, target), frozenset())


def may_answer_version(actor: Actor) -> bool:
    """Approving a version or asking for changes is the client's say (or an admin's): a
    revision round past those included is charged to the client, so the provider, who may
    take a version back, cannot open one."""
    return actor in _SIGN_OFF


def bypass_violation(
    workflow: ProjectWorkflow, target: ProjectStatus, actor: Actor, *, version_awaiting: bool
) -> Violation | None:
    """Why a bare status move may not stand in for a version, if so. A project is in review
    only with a version handed in and awaiting the client, and completed only by approving
    one: a bare move reached either with nothing delivered. Answering the version in review
    by a move would leave it SUBMITTED for good and a round of changes uncounted, so never
    billed. The studio may still take a version back to rework it."""
    if target is _P.REVIEW:
        message = "Hand in a version with submitDeliverable to put the project in review."
        return Violation("status", "INVALID_TRANSITION", message)
    if target is _P.COMPLETED:
        message = "Approve the version in review with approveDeliverable."
        return Violation("status", "INVALID_TRANSITION", message)
    if version_awaiting and target is working_status(workflow) and actor is Actor.CLIENT:
        message = "Ask for changes to the version in review with requestRevision."
        return Violation("status", "INVALID_TRANSITION", message)
    return None


def milestone_done_at(done_at: datetime | None, *, done: bool, now: datetime) -> datetime | None:
    """When a step of the timeline counts as done once marked: the first time it was marked
    stays (a form sent twice does not move it), and marking it not done clears it."""
    if not done:
        return None
    return done_at or now


# Until production starts the client may hand in a better script; after that the artist
# is recording from the one they have.
_SCRIPT_OPEN = frozenset({_P.PENDING_SCRIPT, _P.SCRIPT_RECEIVED})
SCRIPT_DONE = _P.SCRIPT_RECEIVED


def script_violation(workflow: ProjectWorkflow, status: ProjectStatus) -> Violation | None:
    """Why the project's client may not hand in (or replace) its script now, if so."""
    if workflow is not ProjectWorkflow.SCRIPTED:
        return Violation("projectId", "INVALID_TRANSITION", "This project takes no script.")
    if status not in _SCRIPT_OPEN:
        message = f"The script of a project {status.lower().replace('_', ' ')} cannot change."
        return Violation("projectId", "INVALID_TRANSITION", message)
    return None


# Quoting. A rush order jumps the queue; so does a close deadline, whether or not it is
# called a rush. Both are the same favour, so the largest applicable surcharge is charged
# once rather than stacked.
RUSH_SURCHARGE = Decimal("0.50")
# (deadline less than this far away, surcharge), tightest first.
DEADLINE_TIERS: tuple[tuple[timedelta, Decimal], ...] = (
    (timedelta(hours=48), Decimal("0.50")),
    (timedelta(days=7), Decimal("0.25")),
)


def deadline_violation(deadline: datetime | None, now: datetime) -> Violation | None:
    if deadline is None:
        return None
    if deadline.tzinfo is None:
        return Violation("deadline", "INVALID_VALUE", "Give the deadline with its UTC offset.")
    if deadline <= now:
        return Violation("deadline", "DEADLINE_PASSED", "The deadline has already passed.")
    return None


def surcharge(*, rush: bool, deadline: datetime | None, now: datetime) -> Decimal:
    """The share added to the base price; `deadline` must be aware and in the future."""
    shares = [RUSH_SURCHARGE if rush else Decimal(0)]
    if deadline is not None:
        shares += [share for within, share in DEADLINE_TIERS if deadline - now < within]
    return max(shares)


def quote(base_amount: int, *, rush: bool, deadline: datetime | None, now: datetime) -> int:
    """Minor units: the base price raised by the surcharge, rounded half up to a whole unit."""
    raised = Decimal(base_amount) * (1 + surcharge(rush=rush, deadline=deadline, now=now))
    return int(raised.quantize(Decimal(1), ROUND_HALF_UP))


# Paying. A project is paid once, in full, at its quoted price. The work does not wait for
# it: the studio may start, and hand in versions, before the money arrives (some studios
# take it on delivery); the client sees what is still owed, and the provider is told once
# it is paid.
def owes(price: int | None, status: ProjectStatus, *, paid: bool) -> bool:
    """The client still owes the project's price: priced, not paid, not called off."""
    return bool(price) and not paid and status is not _P.CANCELLED


def payment_refusal(price: int | None, status: ProjectStatus, *, paid: bool) -> Violation | None:
    """Why a client cannot pay their project now, if they cannot."""
    if status is _P.CANCELLED:
        return Violation("projectId", "INVALID_STATE", "This project was cancelled.")
    if not price:
        return Violation("projectId", "NO_CHARGE", "This project has no price to pay.")
    if paid:
        return Violation("projectId", "ALREADY_PAID", "This project is paid already.")
    return None
