"""Uploads: checked by content, streamed to storage, recorded once they are complete."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import PurePath
from uuid import uuid4

import filetype
import strawberry
from slugify import slugify
from starlette.datastructures import UploadFile

from app.context import Info
from domain.media import RULES, FileKind, content_violation, size_violation
from domain.violation import Violation
from integrations.storage import TooLarge
from models.file import StoredFile
from resolvers.errors import to_user_errors
from resolvers.permissions import IsAuthenticated
from schema.file import File, FileErrorCode, FilePayload, FileUserError, UploadFileInput

CHUNK = 1024 * 1024
SNIFF_BYTES = 8192


def _errors(violations: list[Violation]) -> list[FileUserError]:
    return to_user_errors(violations, FileUserError, FileErrorCode)


def safe_name(filename: str | None) -> str:
    """A storage-safe version of the uploader's name (the original is kept in the row)."""
    path = PurePath(filename or "file")
    stem = slugify(path.stem, max_length=80) or "file"
    suffix = slugify(path.suffix, max_length=10)
    return f"{stem}.{suffix}" if suffix else stem


async def _chunks(upload: UploadFile, head: bytes) -> AsyncIterator[bytes]:
    yield head
    while chunk := await upload.read(CHUNK):
        yield chunk


async def store_upload(info: Info, upload: UploadFile, kind: FileKind) -> StoredFile | Violation:
    """Sniffs the type from the first bytes, then streams the rest; refused uploads leave
    nothing in storage or in the database."""
    head = await upload.read(SNIFF_BYTES)
    guessed = filetype.guess(head)
    if problem := content_violation(kind, guessed.mime if guessed else None):
        return problem
    now = datetime.now(UTC)
    key = f"files/{now:%Y/%m}/{uuid4()}/{safe_name(upload.filename)}"
    storage = info.context.storage
    try:
        stored = await storage.save(
            key, _chunks(upload, head), content_type=guessed.mime, max_bytes=RULES[kind].max_bytes
        )
    except TooLarge:
        return size_violation(kind)
    try:
        return await StoredFile.create(
            owner=info.context.user,
            kind=kind,
            key=key,
            name=(upload.filename or "file")[:200],
            size=stored.size,
            content_type=stored.content_type,
            sha256=stored.sha256,
        )
    except BaseException:
        await storage.delete(key)  # no object without its record
        raise


@strawberry.type
class FileMutations:
    @strawberry.mutation(
        description="Upload a file (GraphQL multipart request; send the header "
        "`GraphQL-Require-Preflight: 1`).",
        permission_classes=[IsAuthenticated],
    )
    async def upload_file(self, info: Info, input: UploadFileInput) -> FilePayload:
        stored = await store_upload(info, input.file, input.kind)
        if isinstance(stored, Violation):
            return FilePayload(user_errors=_errors([stored]))
        return FilePayload(file=File.from_model(stored))
