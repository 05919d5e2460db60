"""Notifications and their e-mail written outside any GraphQL type: the part that resolvers
(resolvers/notification.py, resolvers/outbox.py) and background jobs (jobs/) share. It imports
no schema module, so a worker can load it without building the API.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from uuid import UUID

from domain.notification import NotificationKind, compose
from domain.outbox import MailKind, mail_kind_for
from integrations.email import render_mail
from models.account import User
from models.notification import Notification as NotificationModel
from models.outbox import OutboxMessage as OutboxMessageModel
from subscriptions.broker import publish_on_commit
from subscriptions.channels import user_channel


async def queue_mail(kind: MailKind, recipients: Iterable[User], **context: object) -> None:
    """Renders one message per recipient now, so it says what was true when it happened."""
    now = datetime.now(UTC)
    rows = []
    for user in recipients:
        if user.deleted_at is not None:
            continue
        mail = render_mail(kind, {"name": user.first_name, **context})
        rows.append(
            OutboxMessageModel(
                recipient=user.email,
                kind=kind,
                subject=mail.subject,
                text_body=mail.text,
                html_body=mail.html,
                next_attempt_at=now,
            )
        )
    if rows:
        await OutboxMessageModel.bulk_create(rows)


async def record_notifications(
    kind: NotificationKind, recipients: Iterable[UUID], about: str, detail: str, **ids: UUID
) -> list[NotificationModel]:
    """The in-app rows, in the caller's transaction; the caller announces them once committed."""
    text = compose(kind, about, detail)
    rows = [
        NotificationModel(recipient_id=user_id, kind=kind, title=text.title, body=text.body, **ids)
        for user_id in dict.fromkeys(recipients)
    ]
    if rows:
        await NotificationModel.bulk_create(rows)
    return rows


async def notify_users(
    kind: NotificationKind, recipients: Sequence[User], about: str, detail: str = "", **ids: UUID
) -> None:
    """Outside a GraphQL operation (background jobs, PostgreSQL): notifies and mails
    `recipients`, all of them, in the caller's transaction. The announcements go through
    PostgreSQL too, so subscribers hear of them when (and only if) that transaction commits."""
    rows = await record_notifications(kind, [user.id for user in recipients], about, detail, **ids)
    mail_kind = mail_kind_for(kind)
    if mail_kind is not None:
        await queue_mail(mail_kind, recipients, about=about, detail=detail)
    for row in rows:
        await publish_on_commit(user_channel(row.recipient_id), str(row.id))  # type: ignore[attr-defined]
