"""Signed, expiring tokens for download URLs served by our own server (disk storage).

A download URL looks like `{PUBLIC_URL}/files/{token}`; the route that serves it calls
`verify("download", token)` and streams the object named in the claims.
"""

from __future__ import annotations

import time
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer


class UrlSigner:
    def __init__(self, secret_key: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret_key, salt="studiograph-storage")

    def sign(self, purpose: str, ttl: int, **claims: Any) -> str:
        """A token valid for `ttl` seconds; the lifetime travels signed inside it."""
        return self._serializer.dumps({"p": purpose, "ttl": ttl, **claims})

    def verify(
        self, purpose: str, token: str, *, now: float | None = None
    ) -> dict[str, Any] | None:
        """The claims, or None when the token is forged, for another purpose, or expired."""
        try:
            claims, signed_at = self._serializer.loads(token, return_timestamp=True)
        except BadSignature:
            return None
        if not isinstance(claims, dict) or claims.pop("p", None) != purpose:
            return None
        age = (now if now is not None else time.time()) - signed_at.timestamp()
        return claims if 0 <= age <= claims.pop("ttl") else None
