"""Subscriptions outlive the request that started them, and so the token checked then."""

from __future__ import annotations

from datetime import UTC, datetime

from graphql import GraphQLError

from app.context import Info
from models.account import AccessToken


async def still_signed_in(info: Info) -> None:
    """Ends a subscription once the token its websocket signed in with is revoked or expired,
    or its account deleted: logging out (or erasing the account) stops what it was told.
    Checked per event, so it costs a statement only when there is something to send."""
    token = info.context.token
    if token is None:
        return
    live = await AccessToken.filter(
        id=token.id,
        revoked_at=None,
        expires_at__gt=datetime.now(UTC),
        user__deleted_at=None,
    ).exists()
    if not live:
        raise GraphQLError("Sign in again.", extensions={"code": "UNAUTHENTICATED"})
