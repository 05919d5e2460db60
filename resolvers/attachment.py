"""Sharing uploaded files (in a project, a session's summary, a consultation request), checked
and written in the caller's transaction."""

from __future__ import annotations

from uuid import UUID

from strawberry import relay
from tortoise.expressions import Q

from app.context import Info
from domain.attachment import AttachmentUse, Candidate, count_violation, file_violations
from domain.violation import Violation
from models.aftercare import SummaryFile
from models.attachment import Attachment
from models.consultation import Consultation
from models.file import StoredFile
from models.project import Deliverable, Message, Project
from models.sample_mix import SampleMix
from resolvers.nodes import decode_id
from schema.file import File


async def files_to_attach(
    info: Info,
    global_ids: list[relay.GlobalID],
    *,
    field: str,
    use: AttachmentUse,
    attached_here: frozenset[UUID] = frozenset(),
) -> tuple[list[StoredFile], list[Violation]]:
    """The caller's files in input order, or what is wrong with them. Call it inside the
    transaction that attaches them: the files stay locked until it ends, so two requests
    cannot share one file twice. `attached_here` are the files already shared on what is
    being rewritten (a summary edited): listed again, they stay, whoever uploaded them."""
    if not global_ids:
        return [], []
    if too_many := count_violation(field, use, len(global_ids)):
        return [], [too_many]
    ids = [decode_id(global_id, File) for global_id in global_ids]
    mine = Q(owner_id=info.context.user.id)  # type: ignore[union-attr]
    if attached_here:
        mine |= Q(id__in=list(attached_here))
    owned = {
        row.id: row
        for row in await StoredFile.select_for_update().filter(
            mine, id__in=[i for i in ids if i is not None]
        )
    }
    taken = await _in_use(list(owned)) - attached_here
    rows = [owned.get(i) if i else None for i in ids]
    candidates = [
        Candidate(i, row.kind if row else None, i in taken)
        for i, row in zip(ids, rows, strict=True)
    ]
    if violations := file_violations(field, use, candidates):
        return [], violations
    return [row for row in rows if row], []


async def _in_use(file_ids: list[UUID]) -> set[UUID]:
    """Files already shared: in a project, with a session's summary, as a consultation's
    reference, or as a sample mix's section or mix. Who may read a file follows from its use,
    so a mix delivered to one client, shared again, would reach another client's project."""
    if not file_ids:
        return set()
    attached = Attachment.filter(file_id__in=file_ids).values_list("file_id", flat=True)
    summaries = SummaryFile.filter(file_id__in=file_ids).values_list("file_id", flat=True)
    briefs = Consultation.filter(reference_file_id__in=file_ids)
    mixes = SampleMix.filter(Q(source_id__in=file_ids) | Q(mix_id__in=file_ids))
    in_mixes = await mixes.values_list("source_id", "mix_id")
    return (
        set(await attached)
        | set(await summaries)
        | set(await briefs.values_list("reference_file_id", flat=True))
        | {i for pair in in_mixes for i in pair if i in file_ids}
    )


async def attach(
    project: Project,
    files: list[StoredFile],
    *,
    message: Message | None = None,
    deliverable: Deliverable | None = None,
) -> None:
    if files:
        await Attachment.bulk_create(
            [
                Attachment(
                    project=project,
                    file=file,
                    message=message,
                    deliverable=deliverable,
                    position=position,
                )
                for position, file in enumerate(files)
            ]
        )
