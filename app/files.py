"""Serving disk-stored files at their signed, expiring URLs: `/files/<token>`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from integrations.storage import DiskStorage, Storage, TooLarge


def file_upload(storage: Storage) -> Callable[[Request], Awaitable[Response]]:
    """PUT target of a disk-storage upload URL (from `requestUpload`)."""

    async def upload(request: Request) -> Response:
        if not isinstance(storage, DiskStorage):  # S3 hands out presigned URLs instead
            return Response(status_code=404)
        claims = storage.signer.verify("upload", request.path_params["token"])
        if claims is None:
            return Response("This link is invalid or has expired.", status_code=403)
        try:
            await storage.save(
                claims["key"],
                request.stream(),
                content_type=claims["type"],
                max_bytes=claims["max"],
            )
        except TooLarge:
            return Response("The file is larger than announced.", status_code=413)
        return Response(status_code=201)

    return upload


def file_download(storage: Storage) -> Callable[[Request], Awaitable[Response]]:
    async def download(request: Request) -> Response:
        if not isinstance(storage, DiskStorage):  # S3 hands out presigned URLs instead
            return Response(status_code=404)
        claims = storage.signer.verify("download", request.path_params["token"])
        if claims is None:
            return Response("This link is invalid or has expired.", status_code=403)
        stored = await storage.stat(claims["key"])
        if stored is None:
            return Response(status_code=404)
        filename = claims["name"].replace('"', "_").replace("\\", "_")
        return StreamingResponse(
            storage.open(claims["key"]),
            media_type=stored.content_type,
            headers={
                "Content-Length": str(stored.size),
                "Content-Disposition": f'attachment; filename="{filename}"',
                "Cache-Control": "private, no-store",
            },
        )

    return download
