"""Who the caller is in a client-provider engagement (a session or a project)."""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from app.context import Info
from domain.session import Actor
from resolvers.permissions import Forbidden


class Engagement(Protocol):
    provider_id: UUID
    client_id: UUID


async def actor_in(info: Info, engagement: Engagement) -> Actor:
    """The caller's part in it; anyone else is refused outright. A provider acts as one
    only while their account's role is PROVIDER (`Context.is_provider`)."""
    user = info.context.user
    if info.context.is_admin:
        return Actor.ADMIN
    if user is not None and info.context.is_provider:
        profile = await info.context.loaders.provider_by_id.load(engagement.provider_id)
        if profile is not None and profile.user_id == user.id:  # type: ignore[attr-defined]
            return Actor.PROVIDER
    if user is not None and engagement.client_id == user.id:
        return Actor.CLIENT
    raise Forbidden("You do not take part in this.")
