"""Refuse multipart (file upload) requests that a browser could send cross-site unasked.

A cross-site form can POST multipart/form-data without a CORS preflight; a request carrying
a custom header cannot. So multipart GraphQL requests must carry `GraphQL-Require-Preflight`
(or Apollo's `Apollo-Require-Preflight`), with any value, or they are refused.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

PREFLIGHT_HEADERS = (b"graphql-require-preflight", b"apollo-require-preflight")


class MultipartCsrfMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope["headers"])
            multipart = headers.get(b"content-type", b"").startswith(b"multipart/form-data")
            if multipart and not any(name in headers for name in PREFLIGHT_HEADERS):
                await _refuse(send)
                return
        await self.app(scope, receive, send)


async def _refuse(send: Send) -> None:
    body = json.dumps(
        {
            "data": None,
            "errors": [
                {
                    "message": "File uploads need the header `GraphQL-Require-Preflight: 1`.",
                    "extensions": {"code": "CSRF_PREFLIGHT_REQUIRED"},
                }
            ],
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 400,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": body})
