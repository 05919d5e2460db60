"""Uploads: checked by content, streamed to storage, recorded once they are complete."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing, asynccontextmanager
from datetime import UTC, datetime
from pathlib import PurePath
from uuid import uuid4

import filetype
import strawberry
from slugify import slugify
from starlette.datastructures import UploadFile
from tortoise.exceptions import IntegrityError

from app.context import Info
from domain.media import RULES, FileKind, content_violation, size_violation
from domain.violation import Violation
from integrations.storage import TooLarge, UrlSigner
from models.file import StoredFile
from resolvers.errors import to_user_errors
from resolvers.permissions import IsAuthenticated
from resolvers.rate_limit import upload_refusal
from schema.file import (
    CompleteUploadInput,
    File,
    FileErrorCode,
    FilePayload,
    FileUserError,
    RequestUploadInput,
    UploadFileInput,
    UploadTicket,
    UploadTicketPayload,
)

CHUNK = 1024 * 1024
SNIFF_BYTES = 8192
TICKET_SECONDS = 15 * 60


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


async def save_upload(info: Info, upload: UploadFile, kind: FileKind) -> StoredFile | Violation:
    """Sniffs the type from the first bytes, then streams the rest into storage. The row it
    returns is not saved: the caller records it (see store_upload), or several in one
    transaction; an object a crash leaves unrecorded is swept later (jobs/file.py)."""
    head = await upload.read(SNIFF_BYTES)
    guessed = filetype.guess(head)
    if problem := content_violation(kind, guessed.mime if guessed else None):
        return problem
    key = _new_key(upload.filename)
    try:
        stored = await info.context.storage.save(
            key, _chunks(upload, head), content_type=guessed.mime, max_bytes=RULES[kind].max_bytes
        )
    except TooLarge:
        return size_violation(kind)
    return StoredFile(
        owner=info.context.user,
        kind=kind,
        key=key,
        name=(upload.filename or "file")[:200],
        size=stored.size,
        content_type=stored.content_type,
        sha256=stored.sha256,
    )


async def store_upload(info: Info, upload: UploadFile, kind: FileKind) -> StoredFile | Violation:
    """Stores and records an upload; refused uploads leave nothing in storage or in the
    database."""
    row = await save_upload(info, upload, kind)
    if isinstance(row, Violation):
        return row
    async with deleted_unless_recorded(info, row):
        await row.save()
    return row


@asynccontextmanager
async def deleted_unless_recorded(info: Info, row: StoredFile) -> AsyncIterator[None]:
    """Around the block (or transaction) that records a `save_upload` row: if it fails, the
    stored object goes too, so no object is left without its record."""
    try:
        yield
    except BaseException:
        await info.context.storage.delete(row.key)
        raise


def _new_key(filename: str | None) -> str:
    return f"files/{datetime.now(UTC):%Y/%m}/{uuid4()}/{safe_name(filename)}"


def _staged(key: str) -> str:
    """Where a direct upload's URL writes. completeUpload copies what it checked from there
    to `key`, the file's own: the URL, valid a while longer, cannot then replace it."""
    return f"incoming/{key}"


async def _sniffed(chunks: AsyncIterator[bytes]) -> tuple[str | None, AsyncIterator[bytes]]:
    """What the first bytes say the content is, and all of it still to read."""
    head = b""
    async for chunk in chunks:
        head += chunk
        if len(head) >= SNIFF_BYTES:
            break
    guessed = filetype.guess(head[:SNIFF_BYTES])

    async def everything() -> AsyncIterator[bytes]:
        yield head
        async for chunk in chunks:
            yield chunk

    return (guessed.mime if guessed else None), everything()


async def complete_direct_upload(info: Info, claims: dict[str, str]) -> StoredFile | Violation:
    """Checks what arrived against the kind's rules while copying it to the file's key; the
    upload itself is deleted either way."""
    storage, key, kind = info.context.storage, claims["key"], FileKind(claims["kind"])
    completed = Violation("uploadToken", "INVALID_VALUE", "This upload was completed already.")
    if await StoredFile.exists(key=key):
        return completed
    staged = _staged(key)
    if await storage.stat(staged) is None:
        return Violation("uploadToken", "NOT_UPLOADED", "Nothing was uploaded yet.")
    try:
        async with aclosing(storage.open(staged)) as source:  # type: ignore[type-var]
            mime, chunks = await _sniffed(source)
            problem = content_violation(kind, mime)
            if problem is None:
                stored = await storage.save(
                    key, chunks, content_type=mime, max_bytes=RULES[kind].max_bytes
                )
    except TooLarge:
        problem = size_violation(kind)
    finally:
        await storage.delete(staged)
    if problem is not None:
        return problem
    try:
        return await StoredFile.create(
            owner=info.context.user,
            kind=kind,
            key=key,
            name=claims["name"],
            size=stored.size,
            content_type=stored.content_type,
            sha256=stored.sha256,
        )
    except IntegrityError:
        return completed  # a concurrent completeUpload of the same token recorded it
    except BaseException:
        await storage.delete(key)  # no object without its record
        raise


@strawberry.type
class FileMutations:
    @strawberry.mutation(
        description="Upload a file (GraphQL multipart request; send the header "
        "`GraphQL-Require-Preflight: 1`). Uploads are rate-limited per account.",
        permission_classes=[IsAuthenticated],
    )
    async def upload_file(self, info: Info, input: UploadFileInput) -> FilePayload:
        if refused := await upload_refusal(info):
            return FilePayload(user_errors=_errors([refused]))
        stored = await store_upload(info, input.file, input.kind)
        if isinstance(stored, Violation):
            return FilePayload(user_errors=_errors([stored]))
        return FilePayload(file=File.from_model(stored))

    @strawberry.mutation(
        description="Get a URL to PUT a big file straight to storage; then completeUpload. "
        "Counts as an upload for the per-account rate limit.",
        permission_classes=[IsAuthenticated],
    )
    async def request_upload(self, info: Info, input: RequestUploadInput) -> UploadTicketPayload:
        kind = FileKind(input.kind)
        problem = content_violation(kind, input.content_type)
        if problem is None and not 0 < input.size <= RULES[kind].max_bytes:
            problem = size_violation(kind)
        # The signed URL is the only way to PUT bytes, so limiting tickets limits those PUTs.
        if problem is None:
            problem = await upload_refusal(info)
        if problem is not None:
            return UploadTicketPayload(user_errors=_errors([problem]))
        key = _new_key(input.filename)
        url = await info.context.storage.upload_url(
            _staged(key),
            content_type=input.content_type,
            max_bytes=input.size,
            expires_in=TICKET_SECONDS,
        )
        token = UrlSigner(info.context.settings.secret_key).sign(
            "complete-upload",
            TICKET_SECONDS * 2,
            key=key,
            kind=kind.value,
            name=input.filename[:200],
            owner=str(info.context.user.id),  # type: ignore[union-attr]
        )
        return UploadTicketPayload(ticket=UploadTicket(upload_url=url, upload_token=token))

    @strawberry.mutation(
        description="Record a file PUT to its upload URL, once its content is checked.",
        permission_classes=[IsAuthenticated],
    )
    async def complete_upload(self, info: Info, input: CompleteUploadInput) -> FilePayload:
        claims = UrlSigner(info.context.settings.secret_key).verify(
            "complete-upload", input.upload_token
        )
        if claims is None or claims["owner"] != str(info.context.user.id):  # type: ignore[union-attr]
            bad = Violation("uploadToken", "INVALID_VALUE", "This upload token is not valid.")
            return FilePayload(user_errors=_errors([bad]))
        stored = await complete_direct_upload(info, claims)
        if isinstance(stored, Violation):
            return FilePayload(user_errors=_errors([stored]))
        return FilePayload(file=File.from_model(stored))
