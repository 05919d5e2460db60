"""Signed, expiring tokens for download URLs served by our own server (disk storage).

A download URL looks like `{PUBLIC_URL}/files/{token}`; the route that serves it calls
`verify("download", token, max_age)` and streams the object named in the claims.
"""

from __future__ import annotations

from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer


class UrlSigner:
    def __init__(self, secret_key: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret_key, salt="studiograph-storage")

    def sign(self, purpose: str, **claims: Any) -> str:
        return self._serializer.dumps({"p": purpose, **claims})

    def verify(self, purpose: str, token: str, max_age: int) -> dict[str, Any] | None:
        """The claims, or None when the token is forged, for another purpose, or expired."""
        try:
            claims = self._serializer.loads(token, max_age=max_age)
        except BadSignature:  # SignatureExpired is a BadSignature too
            return None
        if not isinstance(claims, dict) or claims.pop("p", None) != purpose:
            return None
        return claims
