"""GraphQL types for uploaded files."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay
from strawberry.file_uploads import Upload

from app.context import Info
from domain.media import FileKind as FileKindModel
from models.file import StoredFile
from schema.common import UserError
from schema.nodes import rows_by_id

FileKind = strawberry.enum(FileKindModel, description="What a file is for; sets its limits.")
DOWNLOAD_URL_SECONDS = 300


@strawberry.enum(description="Why an upload was refused.")
class FileErrorCode(Enum):
    UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE"
    TOO_LARGE = "TOO_LARGE"
    INVALID_VALUE = "INVALID_VALUE"
    NOT_UPLOADED = "NOT_UPLOADED"
    RATE_LIMITED = "RATE_LIMITED"


@strawberry.type(description="A problem with an upload.")
class FileUserError(UserError):
    code: FileErrorCode = strawberry.field(description="Stable machine-readable reason.")


async def _may_download(info: Info, row: StoredFile) -> bool:
    """The owner, admins, and whoever the file's use lets read it: the two sides of a
    project it is shared in or is the script of, of the session whose summary shows it, of
    the consultation it was sent with or of its sample mix (the provider's side while they
    are one)."""
    user = info.context.user
    if user is None:
        return False
    if row.owner_id == user.id or info.context.is_admin:  # type: ignore[attr-defined]
        return True
    readers = await info.context.loaders.readers_by_file.load((row.id, row.kind))
    return user.id in readers.clients or (info.context.is_provider and user.id in readers.providers)


@strawberry.type(description="A stored file.")
class File(relay.Node):
    id: relay.NodeID[str]
    kind: FileKind  # type: ignore[valid-type]
    name: str = strawberry.field(description="The name it was uploaded with.")
    size: int = strawberry.field(description="Bytes.")
    content_type: str = strawberry.field(description="Judged from the content, not the name.")
    sha256: str = strawberry.field(description="Checksum of the content.")
    version: int
    created_at: datetime
    model: strawberry.Private[StoredFile]

    @strawberry.field(
        description="A link valid for 5 minutes; null unless you may download the file."
    )
    async def download_url(self, info: Info) -> str | None:
        if not await _may_download(info, self.model):
            return None
        return await info.context.storage.download_url(
            self.model.key, filename=self.name, expires_in=DOWNLOAD_URL_SECONDS
        )

    @classmethod
    def from_model(cls, row: StoredFile) -> File:
        return cls(
            id=str(row.id),
            kind=row.kind,
            name=row.name,
            size=row.size,
            content_type=row.content_type,
            sha256=row.sha256,
            version=row.version,
            created_at=row.created_at,
            model=row,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        async def visible(row: StoredFile | None) -> File | None:
            return cls.from_model(row) if row and await _may_download(info, row) else None

        rows = await rows_by_id(StoredFile, node_ids)

        # Gathered, so the sharing checks of many ids batch into one query.
        return list(await asyncio.gather(*(visible(row) for row in rows)))


@strawberry.input(description="A file sent as a GraphQL multipart request.")
class UploadFileInput:
    kind: FileKind  # type: ignore[valid-type]
    file: Upload


@strawberry.type(description="Result of an upload.")
class FilePayload:
    file: File | None = None
    user_errors: list[FileUserError] = strawberry.field(default_factory=list)


@strawberry.input(description="Announce a big file to PUT straight to storage.")
class RequestUploadInput:
    kind: FileKind  # type: ignore[valid-type]
    filename: str
    content_type: str
    size: int = strawberry.field(description="Bytes; more than announced is refused.")


@strawberry.type(description="Where to PUT the file, and the token that completes it.")
class UploadTicket:
    upload_url: str = strawberry.field(
        description="PUT the bytes here with the announced Content-Type; valid 15 minutes."
    )
    upload_token: str = strawberry.field(description="Give it to completeUpload afterwards.")


@strawberry.type(description="Result of requesting an upload.")
class UploadTicketPayload:
    ticket: UploadTicket | None = None
    user_errors: list[FileUserError] = strawberry.field(default_factory=list)


@strawberry.input(description="Record a file PUT to an upload URL.")
class CompleteUploadInput:
    upload_token: str
