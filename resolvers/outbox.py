"""E-mail for milestones, written to the outbox in the transaction of the change, and the
admins' view of it. A worker delivers it (jobs/outbox.py); a change that rolls back mails nobody.
"""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

import strawberry
from strawberry import relay

from app.context import Info
from domain.gallery import display_code
from domain.notification import session_time
from domain.outbox import MailKind, OutboxStatus, mail_kind_for
from models.account import User
from models.booking import Session as SessionModel
from models.gallery import Gallery as GalleryModel
from models.outbox import OutboxMessage as OutboxMessageModel
from models.provider import ProviderProfile
from resolvers.notify import queue_mail
from resolvers.permissions import IsAdmin
from schema.outbox import OutboxMessage
from schema.pagination import keyset_page


async def _users(info: Info, ids: Iterable[UUID]) -> list[User]:
    found = await info.context.loaders.user_by_id.load_many(list(ids))
    return [user for user in found if user is not None]


async def _provider(info: Info, provider_id: UUID) -> ProviderProfile:
    # A foreign key: a session's or project's provider always exists.
    return await info.context.loaders.provider_by_id.load(provider_id)  # type: ignore[return-value]


async def mail_recipients(info: Info, kind: str, recipient_ids: list[UUID]) -> list[User]:
    """Who gets the e-mail twin of an in-app notification: nobody for kinds not mailed."""
    if mail_kind_for(kind) is None or not recipient_ids:
        return []
    return await _users(info, recipient_ids)


async def mail_consultation_booked(
    info: Info, booker: User, session: SessionModel, project_name: str, link: str = ""
) -> None:
    """`link` lets a guest, who cannot sign in, see or cancel it; members use the app."""
    provider = await _provider(info, session.provider_id)  # type: ignore[attr-defined]
    await queue_mail(
        MailKind.CONSULTATION_BOOKED,
        [booker],
        studio=provider.display_name,
        project=project_name,
        when=session_time(session.start_at, provider.timezone),
        link=link,
    )


async def mail_gallery_ready(info: Info, gallery: GalleryModel) -> None:
    """The session's client gets the link and the code: the family opens it without staff."""
    session = await SessionModel.get(id=gallery.session_id)  # type: ignore[attr-defined]
    provider = await _provider(info, session.provider_id)  # type: ignore[attr-defined]
    await queue_mail(
        MailKind.GALLERY_READY,
        await _users(info, [session.client_id]),  # type: ignore[attr-defined]
        studio=provider.display_name,
        gallery=gallery.name,
        link=f"{info.context.settings.client_url}/galleries/{gallery.slug}",
        code=display_code(gallery.access_code),
        has_password=gallery.password_hash is not None,
        expires=session_time(gallery.expires_at, provider.timezone) if gallery.expires_at else "",
    )


@strawberry.type
class OutboxQueries:
    @strawberry.field(
        description="Outgoing e-mail, newest first (admins): what was sent, what waits for a "
        "worker or for SMTP to be configured, and what failed and why.",
        permission_classes=[IsAdmin],
    )
    async def outbox(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: OutboxStatus | None = None,
    ) -> relay.Connection[OutboxMessage]:
        rows = OutboxMessageModel.all()
        return await keyset_page(
            rows.filter(status=status) if status else rows,
            first=first,
            after=after,
            to_node=OutboxMessage.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )
