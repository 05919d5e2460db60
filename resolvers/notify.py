"""What a milestone leaves behind, written outside any GraphQL type: in-app notifications, their
e-mail and webhook events. Resolvers (resolvers/notification.py, resolvers/outbox.py,
resolvers/webhook.py) and background jobs (jobs/) share it. It imports no schema module, so a
worker can load it without building the API.

Subscribers hear of a notification once the transaction that wrote it has committed. On
PostgreSQL the statement that writes it also announces it (pg_notify, delivered at COMMIT, to
every server process). SQLite has no such channel: what is written inside `announcing(broker)`
(a GraphQL operation, a webhook request) is published to that broker once the block is over;
elsewhere (the job worker needs PostgreSQL anyway) subscribers see it on their next read.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from uuid import UUID, uuid4

from strawberry.relay import to_base64
from tortoise import connections
from tortoise.expressions import F

from domain.notification import NotificationKind, compose
from domain.outbox import MailKind, mail_kind_for
from domain.webhook import EVENT_TYPES, envelope
from integrations.email import render_mail
from models.account import User
from models.notification import Notification as NotificationModel
from models.outbox import OutboxMessage as OutboxMessageModel
from models.raw import fetch, json_rows
from models.webhook import WebhookDelivery as DeliveryModel
from models.webhook import WebhookEndpoint as EndpointModel
from subscriptions.broker import PG_CHANNEL, Broker, event_payload
from subscriptions.channels import user_channel

# The notifications written on SQLite that the work in progress owes its subscribers.
_unannounced: ContextVar[list[NotificationModel] | None] = ContextVar("unannounced", default=None)


def owing() -> list[NotificationModel]:
    """From now on in this context, the notifications written on SQLite are collected in the
    list returned, for `announce` once the work is over."""
    owed: list[NotificationModel] = []
    # Set, not reset afterwards: the work may end in another context than it began (a schema
    # extension's hooks), and each request runs in a context of its own.
    _unannounced.set(owed)
    return owed


async def announce(broker: Broker, owed: Iterable[NotificationModel]) -> None:
    """Publishes what `owing` collected: by then the transactions that wrote it have
    committed, so a subscriber woken by the event can read the row."""
    for row in owed:
        await broker.publish(user_channel(row.recipient_id), str(row.id))  # type: ignore[attr-defined]


@asynccontextmanager
async def announcing(broker: Broker) -> AsyncIterator[None]:
    """`owing` for the block, and `announce` to `broker` once it is over; not on an error,
    since what it wrote was rolled back."""
    owed = owing()
    yield
    await announce(broker, owed)


def _mail_rows(
    kind: MailKind,
    recipients: Iterable[User],
    personal: Mapping[UUID, Mapping[str, object]] | None = None,
    *,
    about_id: UUID | None = None,
    **context: object,
) -> list[OutboxMessageModel]:
    """One message per recipient, rendered now, so it says what was true when it happened;
    `personal` is what one recipient's mail says over `context`: which side they are on
    (`role`: "client" or "provider", empty when the caller does not say, for templates that
    tell the two sides different things), a guest's link. `about_id` is the project, session
    or order it reports on (resolvers/privacy_mail.py finds a thread's mail by it)."""
    now = datetime.now(UTC)
    rows = []
    for user in recipients:
        if user.deleted_at is not None:
            continue
        own = (personal or {}).get(user.id, {})
        mail = render_mail(kind, {"name": user.first_name, "role": "", **context, **own})
        rows.append(
            OutboxMessageModel(
                recipient=user.email,
                kind=kind,
                subject=mail.subject,
                text_body=mail.text,
                html_body=mail.html,
                about_id=about_id,
                next_attempt_at=now,
            )
        )
    return rows


async def queue_mail(kind: MailKind, recipients: Iterable[User], **context: object) -> None:
    """Mail that goes with no notification, in the caller's transaction."""
    rows = _mail_rows(kind, recipients, **context)
    if rows:
        await OutboxMessageModel.bulk_create(rows)


def _webhook_event(kind: str, about: str, detail: str, **ids: UUID) -> DeliveryModel:
    """The delivery every subscribed endpoint gets, but for its endpoint and sequence. `ids`
    are the project or session it concerns (`project_id=…`), sent as global IDs."""
    now = datetime.now(UTC)
    event_id = uuid4()
    data: dict[str, object] = {"about": about, "detail": detail}
    for name, value in ids.items():
        node_type = name.removesuffix("_id").capitalize()
        data[f"{node_type.lower()}Id"] = to_base64(node_type, str(value))
    return DeliveryModel(
        event_id=event_id,
        event_type=kind,
        payload=envelope(str(event_id), kind, now, data),
        sequence=0,
        next_attempt_at=now,
    )


async def next_sequences(endpoint_ids: list[UUID]) -> dict[UUID, int]:
    """Hands out the next place in each endpoint's queue. The UPDATE locks the endpoint rows
    until the caller's transaction ends, so sequences commit in the order they were given:
    a worker never sees sequence 8 before a still-open transaction commits 7."""
    await EndpointModel.filter(id__in=endpoint_ids).update(last_sequence=F("last_sequence") + 1)
    rows = await EndpointModel.filter(id__in=endpoint_ids).values_list("id", "last_sequence")
    return dict(rows)  # type: ignore[arg-type]


async def _queue_deliveries(event: DeliveryModel) -> None:
    """`event` for every endpoint subscribed to it, through the ORM (SQLite)."""
    # Endpoints are few (admins register them): filtering their lists here stays portable.
    endpoints = await EndpointModel.all().values_list("id", "event_types")
    subscribed = [endpoint_id for endpoint_id, types in endpoints if event.event_type in types]  # type: ignore[operator]
    if not subscribed:
        return
    sequences = await next_sequences(subscribed)  # type: ignore[arg-type]
    await DeliveryModel.bulk_create(
        [
            DeliveryModel(
                endpoint_id=endpoint_id,
                event_id=event.event_id,
                event_type=event.event_type,
                payload=event.payload,
                sequence=sequence,
                next_attempt_at=event.next_attempt_at,
            )
            for endpoint_id, sequence in sequences.items()
        ]
    )


# Everything a batch of milestones of one kind writes, in one round trip (PostgreSQL). Rows
# come as JSON arrays (`json_rows`), so the text is the same whatever the number of recipients
# and milestones, and asyncpg prepares it once per connection; the record type is the table's,
# so `SELECT *` lines up with its columns. Notifications go to the recipients whose account is
# not erased (`live`): FOR KEY SHARE, which the notification's foreign key would take anyway,
# waits for an erasure under way (it holds the user FOR UPDATE) and then reads its
# `deleted_at`, so no notice slips in after the erasure deleted the account's. Only what was
# written is announced, from the pairs of notification id and payload. `events` are the
# milestones' webhook delivery rows, whose id, endpoint and sequence each endpoint replaces,
# and the fifth value the kind as `["KIND"]`, or NULL (no endpoint) when the kind is no
# webhook event. Bumping `last_sequence` by the number of events locks each subscribed
# endpoint's row until the transaction ends, so sequences commit in the order they are handed
# out (see `next_sequences`); the events take the numbers bumped past, in their order.
# pg_notify holds each announcement until COMMIT and drops it on rollback: subscribers hear
# of a notification once they can read it.
_MILESTONE = """
WITH live AS (
    SELECT "id" FROM "users" WHERE "id" = ANY(?::uuid[]) AND "deleted_at" IS NULL
    FOR KEY SHARE
), notified AS (
    INSERT INTO "notifications"
    SELECT n.* FROM jsonb_populate_recordset(NULL::"notifications", ?::jsonb) AS n
    WHERE n."recipient_id" IN (SELECT "id" FROM live)
    RETURNING "id"
), mailed AS (
    INSERT INTO "outbox_messages"
    SELECT * FROM jsonb_populate_recordset(NULL::"outbox_messages", ?::jsonb)
), events AS (
    SELECT e.event, e.n, count(*) OVER () AS total
    FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS e(event, n)
), sequenced AS (
    UPDATE "webhook_endpoints"
    SET "last_sequence" = "last_sequence" + (SELECT count(*) FROM events)
    WHERE "event_types" @> ?::jsonb
    RETURNING "id", "last_sequence"
), queued AS (
    INSERT INTO "webhook_deliveries"
    SELECT d.* FROM sequenced s, events e, jsonb_populate_record(
        NULL::"webhook_deliveries",
        e.event || jsonb_build_object(
            'id', gen_random_uuid(), 'endpoint_id', s."id",
            'sequence', s."last_sequence" - e.total + e.n
        )
    ) AS d
)
SELECT pg_notify(?, a.announcement)
FROM unnest(?::uuid[], ?::text[]) AS a("id", announcement) JOIN notified USING ("id")
"""


async def _live(notified: list[NotificationModel]) -> list[NotificationModel]:
    """The notifications whose recipient's account is not erased (SQLite; PostgreSQL keeps
    them out in `_MILESTONE`): one statement for all recipients."""
    recipients = {row.recipient_id for row in notified}  # type: ignore[attr-defined]
    live = set(
        await User.filter(id__in=recipients, deleted_at__isnull=True).values_list("id", flat=True)
    )
    return [row for row in notified if row.recipient_id in live]  # type: ignore[attr-defined]


def mail_rows(
    kind: MailKind, recipients: Iterable[User], **context: object
) -> list[OutboxMessageModel]:
    """Mail of its own kind, rendered now and unsaved, for `record_milestone`'s `also_mail`."""
    return _mail_rows(kind, recipients, **context)


@dataclass(frozen=True, slots=True)
class Notice:
    """One milestone for `record_milestones`: who is told in the app (`recipient_ids`), who by
    mail (`mail_to`), `about` (a project's name, a session's time or an order's number) and
    `detail`; `mail` is what the e-mail's template needs besides them, `personal` what one
    recipient's e-mail says instead (`_mail_rows`), `ids` the project or session it concerns
    (`{"project_id": …}`)."""

    recipient_ids: Sequence[UUID]
    mail_to: Sequence[User]
    about: str
    detail: str
    mail: Mapping[str, object] | None = None
    personal: Mapping[UUID, Mapping[str, object]] | None = None
    ids: Mapping[str, UUID] = field(default_factory=dict)


async def record_milestone(
    kind: NotificationKind,
    recipient_ids: Iterable[UUID],
    mail_to: Sequence[User],
    about: str,
    detail: str,
    *,
    mail: Mapping[str, object] | None = None,
    personal: Mapping[UUID, Mapping[str, object]] | None = None,
    also_mail: Sequence[OutboxMessageModel] = (),
    webhook: bool = True,
    **ids: UUID,
) -> None:
    """One milestone (`Notice`) as `record_milestones` writes a batch; `also_mail` is mail of
    another kind written with it (`mail_rows`), in the same statement. `webhook` False leaves
    out its webhook event: a notice summing up milestones whose events went out with their own
    notices."""
    notice = Notice(list(recipient_ids), mail_to, about, detail, mail, personal, ids)
    await record_milestones(kind, [notice], also_mail=also_mail, webhook=webhook)


async def record_milestones(
    kind: NotificationKind,
    notices: Sequence[Notice],
    *,
    also_mail: Sequence[OutboxMessageModel] = (),
    webhook: bool = True,
) -> None:
    """In the caller's transaction, for each notice: an in-app notification for each of its
    recipients, the e-mail for kinds that are mailed to its `mail_to` (erased accounts skipped
    for both), and for the kinds that are webhook event types a delivery to every endpoint
    subscribed to it, paused ones included (their queue waits for them), unless `webhook` is
    False. One statement on PostgreSQL however many notices (a background job's batch). The
    notifications are announced as the module's docstring says."""
    mail_kind = mail_kind_for(kind)
    notified: list[NotificationModel] = []
    mailed: list[OutboxMessageModel] = []
    events: list[DeliveryModel] = []
    for notice in notices:
        text = compose(kind, notice.about, notice.detail)
        notified += [
            NotificationModel(
                recipient_id=user_id, kind=kind, title=text.title, body=text.body, **notice.ids
            )
            for user_id in dict.fromkeys(notice.recipient_ids)
        ]
        if mail_kind:
            context = {**(notice.mail or {}), "about": notice.about, "detail": notice.detail}
            # A milestone names one project, session or order; its mail is about that too.
            about_id = next(iter(notice.ids.values()), None)
            mailed += _mail_rows(
                mail_kind, notice.mail_to, notice.personal, about_id=about_id, **context
            )
        if webhook and kind in EVENT_TYPES:
            events.append(_webhook_event(kind, notice.about, notice.detail, **notice.ids))
    mailed += also_mail
    if connections.get("default").capabilities.dialect == "postgres":
        if notified or mailed or events:
            announcements = [
                event_payload(user_channel(row.recipient_id), str(row.id))  # type: ignore[attr-defined]
                for row in notified
            ]
            await fetch(
                _MILESTONE,
                [
                    [row.recipient_id for row in notified],  # type: ignore[attr-defined]
                    json_rows(notified),
                    json_rows(mailed),
                    json_rows(events) if events else None,
                    json.dumps([kind]) if events else None,
                    PG_CHANNEL,
                    [row.id for row in notified],
                    announcements,
                ],
            )
        return
    # SQLite cannot write from a WITH clause: the ORM, a statement each.
    if notified:
        notified = await _live(notified)
    if notified:
        await NotificationModel.bulk_create(notified)
        owed = _unannounced.get()
        if owed is not None:
            owed += notified
    if mailed:
        await OutboxMessageModel.bulk_create(mailed)
    for event in events:
        await _queue_deliveries(event)


async def notify_users(
    kind: NotificationKind,
    recipients: Sequence[User],
    about: str,
    detail: str = "",
    *,
    webhook: bool = True,
    **ids: UUID,
) -> None:
    """Notifies and mails `recipients`, all of them (the actor too, unlike a resolver's
    notice), in the caller's transaction: for background jobs, webhooks and the payment
    effects they share with mutations. `webhook` as for `record_milestone`."""
    user_ids = [user.id for user in recipients]
    await record_milestone(kind, user_ids, recipients, about, detail, webhook=webhook, **ids)
