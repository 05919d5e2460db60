"""Your notifications as they are created."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from app.context import Info
from loaders import Loaders
from models.notification import Notification as NotificationModel
from resolvers.permissions import IsAuthenticated
from schema.notification import Notification
from subscriptions.channels import user_channel
from subscriptions.signed_in import still_signed_in


@strawberry.type
class NotificationSubscriptions:
    @strawberry.subscription(
        description="Each new notification for you, as it happens.",
        permission_classes=[IsAuthenticated],
    )
    async def my_notifications(self, info: Info) -> AsyncGenerator[Notification, None]:
        user_id = info.context.user.id  # type: ignore[union-attr]
        broker, channel = info.context.broker, user_channel(user_id)
        role = info.context.user.role  # type: ignore[union-attr]
        # Each event names one notification; the recipient filter makes sure it is ours.
        async for notification_id in broker.subscribe(channel):
            await still_signed_in(info, role)
            info.context.loaders = Loaders()
            row = await broker.reads.get(
                (channel, notification_id),
                lambda key=notification_id: NotificationModel.get_or_none(
                    id=key, recipient_id=user_id
                ),
            )
            # Missing when the change that created it rolled back after all.
            if row is not None:
                yield Notification.from_model(row)
