"""What erasing an account takes beyond its own rows: the files it uploaded and never shared,
the files of its sessions, its words in the webhook deliveries that told endpoints about
them, and the reasons it gave for cancelling sessions. All run in the erasure's transaction
(resolvers/privacy.py)."""

from __future__ import annotations

import json
from uuid import UUID

from strawberry.relay import to_base64
from tortoise import connections
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from domain.notification import NotificationKind, preview
from domain.privacy import ERASED_MESSAGE
from domain.session import Actor
from models.aftercare import FollowUpRequest, SummaryFile
from models.attachment import Attachment
from models.booking import Session
from models.consultation import Consultation
from models.file import StoredFile
from models.gallery import Gallery, Photo
from models.notification import Notification
from models.project import Deliverable, Message, Project
from models.provider_media import ProviderDemo, ProviderPortrait
from models.raw import fetch
from models.sample_mix import SampleMix


async def erase_provider_media(user_id: UUID) -> list[str]:
    """Deletes the provider's portrait and demos with the uploads behind them (their own:
    resolvers/provider_media_store.providers_file), and returns the storage keys of both, to
    delete once the transaction commits: nothing of them stays public."""
    portraits = ProviderPortrait.filter(provider__user_id=user_id)
    demos = ProviderDemo.filter(provider__user_id=user_id)
    shown = [
        *await portraits.values_list("id", "key", "file_id", "file__key"),
        *await demos.values_list("id", "key", "file_id", "file__key"),
    ]
    if not shown:
        return []
    await ProviderPortrait.filter(id__in=[row[0] for row in shown]).delete()
    await ProviderDemo.filter(id__in=[row[0] for row in shown]).delete()
    await StoredFile.filter(id__in=[row[2] for row in shown]).delete()
    return [key for _, public, _, upload in shown for key in (public, upload)]


async def erase_unshared_files(user_id: UUID) -> list[str]:
    """Deletes the user's files that nothing names — uploaded and never attached, their
    exports — and returns their storage keys, to delete once the transaction commits. A
    file shared with someone (on a message or a version, a session's summary, a project's
    script, a sample mix's source or mix, a gallery's logo, a photo's original) stays with
    what shared it."""
    shared = (
        Attachment.filter(file__owner_id=user_id).values("file_id"),
        SummaryFile.filter(file__owner_id=user_id).values("file_id"),
        Consultation.filter(reference_file__owner_id=user_id).values("reference_file_id"),
        Photo.filter(original__owner_id=user_id).values("original_id"),
        Project.filter(script__owner_id=user_id).values("script_id"),
        SampleMix.filter(source__owner_id=user_id).values("source_id"),
        SampleMix.filter(mix__owner_id=user_id).values("mix_id"),
        Gallery.filter(watermark_logo__owner_id=user_id).values("watermark_logo_id"),
    )
    files = StoredFile.filter(owner_id=user_id)
    for used in shared:
        files = files.exclude(id__in=Subquery(used))
    unshared = await files.values_list("id", "key")
    if unshared:
        await StoredFile.filter(id__in=[file_id for file_id, _ in unshared]).delete()
    return [key for _, key in unshared]


async def erase_session_files(user_id: UUID) -> list[str]:
    """Deletes the files of the client's sessions, whoever uploaded them, and returns their
    storage keys, to delete once the transaction commits: the photos and documents shown with
    their summaries (their car, their home, like their galleries' photos), and the references
    they sent with consultation requests (with the rest of the brief's words and links). The
    summaries and consultations stay, without them."""
    shown = await SummaryFile.filter(summary__session__client_id=user_id).values_list(
        "file_id", "file__key"
    )
    sent = await Consultation.filter(
        session__client_id=user_id, reference_file_id__isnull=False
    ).values_list("reference_file_id", "reference_file__key")
    files = dict(shown + sent)
    if not files:
        return []
    await SummaryFile.filter(file_id__in=list(files)).delete()
    await Consultation.filter(reference_file_id__in=list(files)).update(reference_file_id=None)
    await StoredFile.filter(id__in=list(files)).delete()
    return list(files.values())


# The deliveries whose detail is one of the user's texts, in the project or session it was
# written in (`data.projectId` / `data.sessionId`, as resolvers/notify._webhook_event writes
# them): the same words in someone else's thread are theirs. The event keeps its place in
# its endpoint's queue; only the words go.
_REDACT = {
    "postgres": """
UPDATE "webhook_deliveries" AS d
SET "payload" = jsonb_set(d."payload", '{data,detail}', to_jsonb(?::text))
FROM jsonb_to_recordset(?::jsonb) AS w("type" text, "scope" text, "id" text, "detail" text)
WHERE d."event_type" = w."type"
  AND d."payload" -> 'data' ->> w."scope" = w."id"
  AND d."payload" -> 'data' ->> 'detail' = w."detail"
""",
    "sqlite": """
UPDATE "webhook_deliveries" SET "payload" = json_set("payload", '$.data.detail', ?)
WHERE EXISTS (
    SELECT 1 FROM json_each(?) AS w
    WHERE json_extract(w.value, '$.type') = "webhook_deliveries"."event_type"
      AND json_extract(
          "webhook_deliveries"."payload", '$.data.' || json_extract(w.value, '$.scope')
      ) = json_extract(w.value, '$.id')
      AND json_extract("webhook_deliveries"."payload", '$.data.detail')
          = json_extract(w.value, '$.detail')
)
""",
}


def _written(kind: NotificationKind, scope: str, about: UUID, text: str) -> dict[str, str]:
    node = scope.removesuffix("Id").capitalize()
    return {"type": kind, "scope": scope, "id": to_base64(node, str(about)), "detail": text}


async def redact_webhook_words(user_id: UUID) -> None:
    """The user's messages, revision requests, follow-up questions and cancellation reasons
    become `[deleted]` in every webhook delivery that carried them, sent or still queued (a
    replay would send the words again). Before the texts themselves are blanked: they are what
    is looked for."""
    written = [
        _written(NotificationKind.NEW_MESSAGE, "projectId", project_id, body)
        for project_id, body in await Message.filter(sender_id=user_id).values_list(
            "project_id", "body"
        )
    ]
    answers = Deliverable.filter(project__client_id=user_id).exclude(feedback="")
    written += [
        _written(NotificationKind.REVISION_REQUESTED, "projectId", project_id, feedback)
        for project_id, feedback in await answers.values_list("project_id", "feedback")
    ]
    asked = FollowUpRequest.filter(client_id=user_id)
    for project_id, session_id, question in await asked.values_list(
        "project_id", "session_id", "question"
    ):
        scope, about = ("projectId", project_id) if project_id else ("sessionId", session_id)
        written.append(_written(NotificationKind.FOLLOW_UP_ASKED, scope, about, question))
    written += [
        _written(NotificationKind.SESSION_CANCELLED, "sessionId", session_id, reason)
        for session_id, reason in await their_reasons(user_id).values_list(
            "id", "cancellation_reason"
        )
    ]
    if written:
        dialect = connections.get("default").capabilities.dialect
        await fetch(_REDACT[dialect], [ERASED_MESSAGE, json.dumps(written)])


def their_reasons(user_id: UUID) -> QuerySet[Session]:
    """The sessions cancelled with a reason the user gave, as their client or their provider.
    A session cancelled before `cancelled_by` was recorded may hold either side's words: it
    counts as theirs for both sides, since keeping an erased person's words is the worse
    mistake (the other side loses a reason they could have known from their own notice)."""
    theirs = Q(client_id=user_id, cancelled_by=Actor.CLIENT) | Q(
        provider__user_id=user_id, cancelled_by=Actor.PROVIDER
    )
    unknown = Q(Q(client_id=user_id) | Q(provider__user_id=user_id), cancelled_by__isnull=True)
    return (
        Session.filter(theirs | unknown)
        .exclude(cancellation_reason__isnull=True)
        .exclude(cancellation_reason="")
    )


async def erase_cancellation_reasons(user_id: UUID) -> None:
    """Blanks the reasons the user gave for cancelling sessions, and ends the notices that
    told the other side with `[deleted]` instead (the erased user's own notices go with the
    account). After `redact_webhook_words`, which looks for the same reasons."""
    reasons = dict(await their_reasons(user_id).values_list("id", "cancellation_reason"))
    if not reasons:
        return
    notices = await Notification.filter(
        session_id__in=list(reasons), kind=NotificationKind.SESSION_CANCELLED
    )
    changed = []
    for notice in notices:
        said = preview(reasons[notice.session_id])  # type: ignore[attr-defined]
        if said and notice.body.endswith(said):
            notice.body = notice.body.removesuffix(said) + ERASED_MESSAGE
            changed.append(notice)
    if changed:  # one statement for all of them
        await Notification.bulk_update(changed, fields=["body"])
    await Session.filter(id__in=list(reasons)).update(cancellation_reason="")
