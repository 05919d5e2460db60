"""Live updates of a booked session, for its client, its provider and admins."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry
from strawberry import relay

from app.context import Info
from loaders import Loaders
from models.booking import Session as SessionModel
from resolvers.nodes import decode_id
from resolvers.permissions import Forbidden, IsAuthenticated
from schema.booking import Session, can_view_session
from subscriptions.channels import session_channel
from subscriptions.signed_in import still_signed_in


@strawberry.type
class BookingSubscriptions:
    @strawberry.subscription(
        description="The session again whenever its status, time or notes change.",
        permission_classes=[IsAuthenticated],
    )
    async def session_updated(
        self, info: Info, id: relay.GlobalID
    ) -> AsyncGenerator[Session, None]:
        session_id = decode_id(id, Session)
        row = await SessionModel.get_or_none(id=session_id) if session_id else None
        # Checked once, before listening: a stranger learns nothing, not even that it exists.
        if row is None or not await can_view_session(info, row):
            raise Forbidden("This session is not yours.")
        broker, channel, session_id = info.context.broker, session_channel(row.id), row.id
        role = info.context.user.role  # type: ignore[union-attr]
        async for event in broker.subscribe(channel):
            await still_signed_in(info, role)
            info.context.loaders = Loaders()
            row = await broker.reads.get((channel, event), lambda: SessionModel.get(id=session_id))
            yield Session.from_model(row)
