"""Subscriptions outlive the request that started them, and so the token checked then."""

from __future__ import annotations

from datetime import UTC, datetime

from graphql import GraphQLError

from app.context import Info
from models.account import Role
from models.raw import fetch

# Hand-written (models/raw.py): it runs for every event sent to every subscriber, and
# building it through the ORM cost several times what sending it does.
_LIVE = (
    "SELECT u.role FROM access_tokens t JOIN users u ON u.id = t.user_id"
    " WHERE t.id = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.deleted_at IS NULL"
)


async def still_signed_in(info: Info, role: Role) -> None:
    """Ends a subscription once the token its websocket signed in with is revoked or expired,
    or its account deleted: logging out (or erasing the account) stops what it was told. It
    ends too once the account's role is no longer `role`, the one it started under: an admin
    follows any session or project, and a demoted one must not go on. Checked per event, so it
    costs a statement only when there is something to send."""
    token = info.context.token
    if token is None:
        return
    # The id as text: SQLite binds no UUID, and asyncpg reads a uuid parameter from text.
    rows = await fetch(_LIVE, [str(token.id), datetime.now(UTC)])
    if not rows or rows[0][0] != role:
        raise GraphQLError("Sign in again.", extensions={"code": "UNAUTHENTICATED"})
