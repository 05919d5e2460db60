"""The files a session's summary shows, checked and rewritten in the caller's transaction."""

from __future__ import annotations

from uuid import UUID

from strawberry import relay

from app.context import Info
from domain.attachment import AttachmentUse
from domain.violation import Violation
from models.aftercare import SessionSummary, SummaryFile
from models.file import StoredFile
from resolvers.attachment import files_to_attach


async def files_for_summary(
    info: Info, session_id: UUID, global_ids: list[relay.GlobalID] | None
) -> tuple[list[StoredFile] | None, list[Violation]]:
    """The files the summary of the session is to show, in input order (None: keep its
    files), or what is wrong with them. Files it shows already may be listed again whoever
    uploaded them (an admin correcting a provider's summary keeps the provider's photos);
    any other must be the caller's, and shared nowhere else."""
    if global_ids is None:
        return None, []
    shown = await SummaryFile.filter(summary__session_id=session_id).values_list(
        "file_id", flat=True
    )
    return await files_to_attach(
        info,
        global_ids,
        field="fileIds",
        use=AttachmentUse.SUMMARY,
        attached_here=frozenset(shown),
    )


async def show_files(summary: SessionSummary, files: list[StoredFile]) -> None:
    """The summary shows exactly `files`, in that order. Files left out are no longer shared:
    they stay their uploader's, who may attach them elsewhere."""
    await SummaryFile.filter(summary_id=summary.id).delete()
    if files:
        await SummaryFile.bulk_create(
            [
                SummaryFile(summary=summary, file=file, position=position)
                for position, file in enumerate(files)
            ]
        )
