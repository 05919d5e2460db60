"""Which uploaded files may be shared: in a project's thread, handed in with a deliverable, shown
with a session's summary or sent with a consultation request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from domain.media import FileKind
from domain.violation import Violation


class AttachmentUse(StrEnum):
    MESSAGE = "MESSAGE"
    DELIVERABLE = "DELIVERABLE"
    SUMMARY = "SUMMARY"
    CONSULTATION = "CONSULTATION"


# Messages and consultation requests carry references and notes; deliverables carry the
# finished work; a summary shows photos of the work and documents (ATTACHMENT takes both).
KINDS: dict[AttachmentUse, frozenset[FileKind]] = {
    AttachmentUse.MESSAGE: frozenset({FileKind.ATTACHMENT, FileKind.REFERENCE_TRACK}),
    AttachmentUse.DELIVERABLE: frozenset({FileKind.DELIVERABLE, FileKind.ATTACHMENT}),
    AttachmentUse.SUMMARY: frozenset({FileKind.ATTACHMENT}),
    AttachmentUse.CONSULTATION: frozenset({FileKind.REFERENCE_TRACK, FileKind.ATTACHMENT}),
}
MAX_FILES: dict[AttachmentUse, int] = {
    AttachmentUse.MESSAGE: 10,
    AttachmentUse.DELIVERABLE: 20,
    AttachmentUse.SUMMARY: 20,
    AttachmentUse.CONSULTATION: 1,
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One id from the input, with what storage knows about it."""

    file_id: UUID | None  # None: not a file id at all
    kind: FileKind | None  # None: no such file among the caller's own
    in_use: bool  # already shared elsewhere (a project, a summary, a consultation, a sample mix)


def count_violation(field: str, use: AttachmentUse, count: int) -> Violation | None:
    if count <= MAX_FILES[use]:
        return None
    return Violation(field, "TOO_MANY", f"Attach at most {MAX_FILES[use]} files.")


def file_violations(
    field: str, use: AttachmentUse, candidates: Sequence[Candidate]
) -> list[Violation]:
    """Problems with the files listed in `field`, each at its index (e.g. "fileIds.2")."""
    allowed = KINDS[use]
    violations: list[Violation] = []
    seen: set[UUID | None] = set()
    for i, candidate in enumerate(candidates):
        at = f"{field}.{i}"
        if candidate.kind is None:
            violations.append(Violation(at, "NOT_FOUND", "No such file of yours."))
        elif candidate.file_id in seen:
            violations.append(Violation(at, "INVALID_VALUE", "This file is listed twice."))
        elif candidate.in_use:
            violations.append(Violation(at, "ALREADY_ATTACHED", "This file is shared already."))
        elif candidate.kind not in allowed:
            kinds = ", ".join(sorted(allowed))
            violations.append(Violation(at, "UNSUPPORTED_TYPE", f"Attach files of kind {kinds}."))
        seen.add(candidate.file_id)
    return violations
