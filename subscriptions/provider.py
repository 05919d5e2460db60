"""Live updates of a provider's public profile and services."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry
from strawberry import relay

from app.context import Info
from loaders import Loaders
from models.provider import ProviderProfile
from resolvers.nodes import decode_id
from schema.provider import Provider
from subscriptions.channels import provider_channel


@strawberry.type
class ProviderSubscriptions:
    @strawberry.subscription(
        description="The provider again whenever its profile or services change."
    )
    async def provider_updated(
        self, info: Info, id: relay.GlobalID
    ) -> AsyncGenerator[Provider | None, None]:
        profile_id = decode_id(id, Provider)
        if profile_id is None or not await ProviderProfile.exists(id=profile_id):
            yield None
            return
        broker = info.context.broker
        channel = provider_channel(profile_id)
        async for event in broker.subscribe(channel):
            # Fresh loaders per event: the connection's context outlives many changes.
            info.context.loaders = Loaders()
            profile = await broker.reads.get(
                (channel, event), lambda: ProviderProfile.get_or_none(id=profile_id)
            )
            yield Provider.from_model(profile) if profile else None
