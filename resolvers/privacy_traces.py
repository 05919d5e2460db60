"""What erasing an account takes beyond its own rows: the files it uploaded and never shared,
and its words in the webhook deliveries that told endpoints about them. Both run in the
erasure's transaction (resolvers/privacy.py)."""

from __future__ import annotations

import json
from uuid import UUID

from strawberry.relay import to_base64
from tortoise import connections
from tortoise.expressions import Subquery

from domain.notification import NotificationKind
from domain.privacy import ERASED_MESSAGE
from models.aftercare import FollowUpRequest
from models.attachment import Attachment
from models.file import StoredFile
from models.gallery import Gallery, Photo
from models.project import Deliverable, Message, Project
from models.raw import fetch
from models.sample_mix import SampleMix


async def erase_unshared_files(user_id: UUID) -> list[str]:
    """Deletes the user's files that nothing names — uploaded and never attached, their
    exports — and returns their storage keys, to delete once the transaction commits. A
    file shared with someone (on a message or a version, a project's script, a sample mix's
    source or mix, a gallery's logo, a photo's original) stays with what shared it."""
    shared = (
        Attachment.filter(file__owner_id=user_id).values("file_id"),
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
    """The user's messages, revision requests and follow-up questions become `[deleted]` in
    every webhook delivery that carried them, sent or still queued (a replay would send the
    words again). Before the texts themselves are blanked: they are what is looked for."""
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
    if written:
        dialect = connections.get("default").capabilities.dialect
        await fetch(_REDACT[dialect], [ERASED_MESSAGE, json.dumps(written)])
