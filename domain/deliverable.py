"""Deliverable versions and revision rounds."""

from __future__ import annotations

from enum import StrEnum


class DeliverableStatus(StrEnum):
    SUBMITTED = "SUBMITTED"
    APPROVED = "APPROVED"
    REVISION_REQUESTED = "REVISION_REQUESTED"


def revision_is_billable(revisions_used: int, included: int) -> bool:
    """Rounds beyond those the service includes are charged (by the payments flow)."""
    return revisions_used >= included
