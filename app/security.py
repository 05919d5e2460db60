"""Password hashing and opaque bearer tokens."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models.account import AccessToken, User
from models.raw import columns, fetch, instance

TOKEN_PREFIX = "sg_"  # noqa: S105 - marks our tokens for secret scanners
_hasher = PasswordHasher()
# Verified when the e-mail is unknown, so a login takes as long for a stranger as for a user.
_DUMMY_HASH = _hasher.hash("studiograph-timing-equaliser")


async def hash_password(password: str) -> str:
    # argon2 is deliberately slow; a thread keeps the event loop serving other requests.
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        await asyncio.to_thread(_hasher.verify, password_hash or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    # No hash (unknown user, or a guest without a password) never signs in, even with the
    # dummy password that was verified above only to take the same time.
    return bool(password_hash)


def bearer_token(header: str) -> str | None:
    """The token of an `Authorization: Bearer <token>` value, or None if it is malformed."""
    scheme, _, token = header.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def digest_token(token: str) -> str:
    """Tokens carry 256 random bits, so a plain SHA-256 suffices (no brute force is feasible)."""
    return hashlib.sha256(token.encode()).hexdigest()


async def issue_token(user: User, ttl: timedelta) -> tuple[str, AccessToken]:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    record = await AccessToken.create(
        user=user, token_hash=digest_token(token), expires_at=datetime.now(UTC) + ttl
    )
    return token, record


@cache
def _token_and_user() -> str:
    """Every authenticated request asks this: one hand-written statement (models/raw.py).
    Its SQL holds the models' column names and placeholders, nothing from the request."""
    return (
        f"SELECT {columns(AccessToken, 't')}, {columns(User, 'u')} FROM access_tokens t"  # noqa: S608
        " JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL"
        " AND t.expires_at > ? AND u.deleted_at IS NULL"
    )


async def user_for_token(token: str) -> tuple[User, AccessToken] | None:
    """The live user behind a token, or None when it is unknown, expired, revoked or deleted."""
    return await user_for_digest(digest_token(token))


async def user_for_digest(token_hash: str) -> tuple[User, AccessToken] | None:
    """`user_for_token` for a token known by its digest (an AccessToken's `token_hash`)."""
    rows = await fetch(_token_and_user(), [token_hash, datetime.now(UTC)])
    return (instance(User, rows[0], "u"), instance(AccessToken, rows[0], "t")) if rows else None
