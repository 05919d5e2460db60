"""In-app notifications: telling the other side of a project or session what just happened.

Rows (and outbox e-mail, for the kinds that are mailed) are written in the transaction of the
change they report, so a change that rolls back tells nobody. On PostgreSQL the statement that
writes them also announces them, delivered at COMMIT; with SQLite they are announced once the
GraphQL operation is over, when every transaction it opened has committed
(`PublishNotifications`, resolvers/notify.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from uuid import UUID

import strawberry
from strawberry.extensions import SchemaExtension

from app.context import Info
from domain.notification import NotificationKind, session_time
from domain.outbox import MailKind
from domain.payment import money_text
from domain.violation import Violation
from models.account import User
from models.booking import Session as SessionModel
from models.consultation import Consultation as ConsultationModel
from models.gallery import Gallery as GalleryModel
from models.notification import Notification as NotificationModel
from models.outbox import OutboxMessage as OutboxMessageModel
from models.project import Milestone as MilestoneModel
from models.project import Project as ProjectModel
from models.provider import ProviderProfile
from models.sample_mix import SampleMix as SampleMixModel
from models.waitlist import WaitlistEntry as WaitlistEntryModel
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notify import announce, mail_rows, owing, record_milestone
from resolvers.outbox import mail_recipients
from resolvers.permissions import IsAuthenticated
from schema.notification import (
    MarkNotificationsReadInput,
    MarkNotificationsReadPayload,
    Notification,
    NotificationConnection,
    NotificationErrorCode,
    NotificationUserError,
    unread_count_of,
)
from schema.pagination import joined_page
from schema.selection import asked_fields


class PublishNotifications(SchemaExtension):
    """Announces the notifications an operation wrote on SQLite once it is over."""

    async def on_operation(self) -> AsyncIterator[None]:
        owed = owing()
        yield
        await announce(self.execution_context.context.broker, owed)


async def _notify(
    info: Info,
    kind: NotificationKind,
    participants: Iterable[UUID],
    about: str,
    detail: str,
    *,
    mail: Mapping[str, object] | None = None,
    personal: Mapping[UUID, Mapping[str, object]] | None = None,
    also_mail: Sequence[OutboxMessageModel] = (),
    **ids: UUID,
) -> None:
    """Writes the notifications, the e-mail for kinds that are mailed and the webhook events,
    in the caller's transaction; `about` is a project's name or a session's time, `mail` and
    `personal` what the e-mail says besides, `also_mail` mail of another kind written with
    them (`record_milestone`)."""
    actor = info.context.user
    recipients = [
        user_id for user_id in dict.fromkeys(participants) if actor is None or user_id != actor.id
    ]
    mail_to = await mail_recipients(info, kind, recipients)
    await record_milestone(
        kind,
        recipients,
        mail_to,
        about,
        detail,
        mail=mail,
        personal=personal,
        also_mail=also_mail,
        **ids,
    )


async def notify_project(
    info: Info, project: ProjectModel, kind: NotificationKind, detail: object = ""
) -> None:
    """Tells the project's client and provider, except whoever made the change."""
    provider = await info.context.loaders.provider_by_id.load(project.provider_id)  # type: ignore[attr-defined]
    participants = (project.client_id, provider.user_id)  # type: ignore[attr-defined, union-attr]
    await _notify(info, kind, participants, project.name, str(detail), project_id=project.id)


async def notify_session(
    info: Info,
    session: SessionModel,
    kind: NotificationKind,
    detail: str = "",
    *,
    mail: Mapping[str, object] | None = None,
    personal: Mapping[UUID, Mapping[str, object]] | None = None,
) -> None:
    """Tells the session's client and provider, except whoever made the change."""
    provider = await info.context.loaders.provider_by_id.load(session.provider_id)  # type: ignore[attr-defined]
    participants = (session.client_id, provider.user_id)  # type: ignore[attr-defined, union-attr]
    roles = dict(zip(participants, ("client", "provider"), strict=True))
    when = session_time(session.start_at, provider.timezone)  # type: ignore[union-attr]
    sides = {user_id: {"role": role} for user_id, role in roles.items()}
    for user_id, own in (personal or {}).items():
        sides[user_id] = {**sides.get(user_id, {}), **own}
    await _notify(
        info, kind, participants, when, detail, mail=mail, personal=sides, session_id=session.id
    )


async def notify_provider_assigned(
    info: Info,
    session: SessionModel,
    provider: ProviderProfile,
    service: str,
    *,
    receipt_to: User | None = None,
) -> None:
    """Tells the provider a client booked them. `receipt_to`, the client who just booked, is
    mailed the booking's receipt (what, when, the price) in the same statement; not told in
    the app, which shows them what they just did."""
    when = session_time(session.start_at, provider.timezone)
    receipt = (
        mail_rows(
            MailKind.SESSION_BOOKED,
            [receipt_to],
            studio=provider.display_name,
            service=service,
            when=when,
            price=money_text(session.price_amount, session.currency),
        )
        if receipt_to is not None
        else []
    )
    kind = NotificationKind.PROVIDER_ASSIGNED
    await _notify(
        info,
        kind,
        [provider.user_id],  # type: ignore[attr-defined]
        when,
        service,
        also_mail=receipt,
        session_id=session.id,
    )


async def notify_milestone_reached(
    info: Info, project: ProjectModel, milestone: MilestoneModel
) -> None:
    """Tells the project's client, in the app, by mail and as a webhook event, that the
    studio marked a step of the timeline done; only them: the studio marked it."""
    provider = await info.context.loaders.provider_by_id.load(project.provider_id)  # type: ignore[attr-defined]
    kind, client = NotificationKind.MILESTONE_REACHED, project.client_id  # type: ignore[attr-defined]
    mail = {"studio": provider.display_name}  # type: ignore[union-attr]
    await _notify(
        info, kind, [client], project.name, milestone.title, mail=mail, project_id=project.id
    )


async def notify_waitlist_offer(
    info: Info, session: SessionModel, offer: WaitlistEntryModel
) -> None:
    """Tells the waitlisted client that the time the session freed is held for them."""
    provider = await info.context.loaders.provider_by_id.load(session.provider_id)  # type: ignore[attr-defined]
    timezone = provider.timezone  # type: ignore[union-attr]
    when = session_time(offer.offer_start, timezone)  # type: ignore[arg-type]
    until = session_time(offer.offer_expires_at, timezone)  # type: ignore[arg-type]
    await _notify(info, NotificationKind.WAITLIST_OFFER, [offer.client_id], when, until)  # type: ignore[attr-defined]


async def notify_follow_up_asked(
    info: Info, followed: SessionModel | ProjectModel, question: str
) -> None:
    """Tells the provider their client asked a follow-up about the session or project."""
    provider = await info.context.loaders.provider_by_id.load(followed.provider_id)  # type: ignore[attr-defined]
    kind = NotificationKind.FOLLOW_UP_ASKED
    await _tell_about(info, followed, provider, kind, provider.user_id, question)  # type: ignore[arg-type, union-attr]


async def notify_follow_up_answered(
    info: Info, followed: SessionModel | ProjectModel, answer: str
) -> None:
    """Tells the client their follow-up was answered; only them, whoever answered it (an
    admin's answer is not the provider's news: they see it in the follow-up list)."""
    provider = await info.context.loaders.provider_by_id.load(followed.provider_id)  # type: ignore[attr-defined]
    kind = NotificationKind.FOLLOW_UP_ANSWERED
    await _tell_about(info, followed, provider, kind, followed.client_id, answer)  # type: ignore[arg-type, attr-defined]


async def notify_review_author(
    info: Info, session: SessionModel, kind: NotificationKind, detail: str
) -> None:
    """Tells the client who reviewed the session, and only them, about their review."""
    provider = await info.context.loaders.provider_by_id.load(session.provider_id)  # type: ignore[attr-defined]
    await _tell_about(info, session, provider, kind, session.client_id, detail)  # type: ignore[arg-type, attr-defined]


async def _tell_about(
    info: Info,
    followed: SessionModel | ProjectModel,
    provider: ProviderProfile,
    kind: NotificationKind,
    recipient_id: UUID,
    detail: str,
) -> None:
    """One side told of a session (named by its time where it happens) or of a project."""
    if isinstance(followed, ProjectModel):
        await _notify(info, kind, [recipient_id], followed.name, detail, project_id=followed.id)
        return
    when = session_time(followed.start_at, provider.timezone)
    await _notify(info, kind, [recipient_id], when, detail, session_id=followed.id)


async def notify_selection_submitted(info: Info, gallery: GalleryModel, picks: int) -> None:
    """Tells the gallery's photographer the family sent its picks: nothing else says so."""
    session = await info.context.loaders.session_by_id.load(gallery.session_id)  # type: ignore[attr-defined]
    provider = await info.context.loaders.provider_by_id.load(session.provider_id)  # type: ignore[union-attr]
    kind = NotificationKind.SELECTION_SUBMITTED
    photos = f"{picks} photo" if picks == 1 else f"{picks} photos"
    recipients = [provider.user_id]  # type: ignore[union-attr]
    await _notify(info, kind, recipients, gallery.name, photos, session_id=session.id)  # type: ignore[union-attr]


async def notify_sample_mix_requested(
    info: Info, consultation: ConsultationModel, due: date
) -> None:
    """Tells the engineer a client sent a section to mix, and by when it is promised.
    `consultation` comes with its session."""
    session = consultation.session
    provider = await info.context.loaders.provider_by_id.load(session.provider_id)  # type: ignore[attr-defined]
    kind = NotificationKind.SAMPLE_MIX_REQUESTED
    recipients = [provider.user_id]  # type: ignore[union-attr]
    project, when = consultation.project_name, f"{due:%a %d %b %Y}"
    await _notify(info, kind, recipients, project, when, session_id=session.id)


async def notify_sample_mix_delivered(info: Info, sample: SampleMixModel) -> None:
    """Tells the client, in the app, by mail and as a webhook event, that their sample mix is
    ready. `sample` comes with its consultation and session."""
    consultation = sample.consultation
    session = consultation.session
    provider = await info.context.loaders.provider_by_id.load(session.provider_id)  # type: ignore[attr-defined]
    studio, project = provider.display_name, consultation.project_name  # type: ignore[union-attr]
    kind, client = NotificationKind.SAMPLE_MIX_DELIVERED, session.client_id  # type: ignore[attr-defined]
    mail = {"studio": studio, "project": project}
    await _notify(info, kind, [client], project, studio, mail=mail, session_id=session.id)


def _errors(violations: list[Violation]) -> list[NotificationUserError]:
    return to_user_errors(violations, NotificationUserError, NotificationErrorCode)


# Every page of every dashboard asks: hand-written (see schema/pagination.joined_page).
ALL_OF = 'r."recipient_id" = ?'
UNREAD_OF = 'r."recipient_id" = ? AND r."read_at" IS NULL'


@strawberry.type
class NotificationQueries:
    @strawberry.field(
        description="Your notifications, newest first.", permission_classes=[IsAuthenticated]
    )
    async def my_notifications(
        self, info: Info, first: int = 20, after: str | None = None, unread_only: bool = False
    ) -> NotificationConnection:
        user_id = info.context.user.id  # type: ignore[union-attr]
        counted = "unreadCount" in asked_fields(info)
        page = await joined_page(
            NotificationModel,
            UNREAD_OF if unread_only else ALL_OF,
            [user_id],
            joined=(),
            first=first,
            after=after,
            to_node=Notification.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
            scalars=[unread_count_of(user_id)] if counted else [],
        )
        # A page past the end has no row to carry the count: the field then counts alone.
        unread = page.edges[0].node.model.unread_count if counted and page.edges else None  # type: ignore[attr-defined]
        return NotificationConnection(edges=page.edges, page_info=page.page_info, unread=unread)


@strawberry.type
class NotificationMutations:
    @strawberry.mutation(
        description="Mark notifications read: the ones named, or all of yours.",
        permission_classes=[IsAuthenticated],
    )
    async def mark_notifications_read(
        self, info: Info, input: MarkNotificationsReadInput
    ) -> MarkNotificationsReadPayload:
        if input.all == bool(input.ids):
            either = Violation("ids", "INVALID_VALUE", "Name notifications or set `all`, not both.")
            return MarkNotificationsReadPayload(user_errors=_errors([either]))
        maximum = info.context.settings.page_size_max
        if len(input.ids) > maximum:
            many = Violation("ids", "INVALID_VALUE", f"Name at most {maximum} at a time.")
            return MarkNotificationsReadPayload(user_errors=_errors([many]))
        mine = NotificationModel.filter(recipient_id=info.context.user.id)  # type: ignore[union-attr]
        ids = [decode_id(global_id, Notification) for global_id in input.ids]
        found = set(await mine.filter(id__in=[i for i in ids if i]).values_list("id", flat=True))
        # Someone else's notification is as unknown as one that never existed.
        missing = [
            Violation(f"ids.{n}", "NOT_FOUND", "No such notification.")
            for n, i in enumerate(ids)
            if i not in found
        ]
        if missing:
            return MarkNotificationsReadPayload(user_errors=_errors(missing))
        named = mine if input.all else mine.filter(id__in=found)
        # Already-read ones keep the time they were first read.
        await named.filter(read_at=None).update(read_at=datetime.now(UTC))
        rows = await mine.filter(id__in=found).order_by("-created_at", "-id") if found else []
        return MarkNotificationsReadPayload(
            notifications=[Notification.from_model(row) for row in rows],
            unread_count=await mine.filter(read_at=None).count(),
        )
