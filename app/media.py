"""Serving public media (providers' portraits and demos) at permanent URLs: `/media/<key>`.

Only objects under the `media/` prefix are served, and only what a provider published is
stored there (models/provider_media.py); uploads and their originals live elsewhere. Each
object's key is a fresh folder, never rewritten, so browsers and CDNs may cache it for good;
a removed portrait or demo is deleted and answers 404 from then on.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from integrations.storage import InvalidKey, Storage, check_key

MEDIA_PREFIX = "media/"
CACHE_FOR_GOOD = "public, max-age=31536000, immutable"


def public_media(storage: Storage) -> Callable[[Request], Awaitable[Response]]:
    async def serve(request: Request) -> Response:
        try:
            key = check_key(MEDIA_PREFIX + request.path_params["key"])
        except InvalidKey:
            return Response(status_code=404)
        stored = await storage.stat(key)
        if stored is None:
            return Response(status_code=404)
        return StreamingResponse(
            storage.open(key),
            media_type=stored.content_type,
            headers={
                "Content-Length": str(stored.size),
                "Cache-Control": CACHE_FOR_GOOD,
                "ETag": f'"{stored.sha256}"',
                # Served as what it was judged to be, never sniffed into something else.
                "X-Content-Type-Options": "nosniff",
            },
        )

    return serve
