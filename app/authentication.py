"""Starlette authentication backend: `Authorization: Bearer <token>` becomes the request's user."""

from __future__ import annotations

from starlette.authentication import (
    AuthCredentials,
    AuthenticationBackend,
    AuthenticationError,
    BaseUser,
)
from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse, Response

from app.security import bearer_token, user_for_token
from models.account import AccessToken, User


class SignedInUser(BaseUser):
    def __init__(self, user: User, token: AccessToken) -> None:
        self.user = user
        self.token = token

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def display_name(self) -> str:
        return self.user.email

    @property
    def identity(self) -> str:
        return str(self.user.id)


class BearerTokenBackend(AuthenticationBackend):
    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, BaseUser] | None:
        header = conn.headers.get("authorization")
        if not header:
            return None
        token = bearer_token(header)
        if token is None:
            raise AuthenticationError("Use the header `Authorization: Bearer <token>`.")
        found = await user_for_token(token)
        if found is None:
            # A wrong token is refused outright rather than treated as anonymous, so a client
            # with a stale token learns it must sign in again instead of seeing public data.
            raise AuthenticationError("The access token is invalid, expired or revoked.")
        user, record = found
        return AuthCredentials(["authenticated", user.role.lower()]), SignedInUser(user, record)


def authentication_failed(_: HTTPConnection, exc: AuthenticationError) -> Response:
    return JSONResponse(
        {
            "data": None,
            "errors": [{"message": str(exc), "extensions": {"code": "UNAUTHENTICATED"}}],
        },
        status_code=401,
        headers={"WWW-Authenticate": "Bearer"},
    )
