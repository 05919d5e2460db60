"""An erased account's words in mail not yet sent to the other side: a revision request, a
follow-up question or a cancellation reason mailed to the studio (or a studio's reason mailed
to its client) becomes `[deleted]` before it goes out. Runs in the erasure's transaction
(resolvers/privacy.py), before the texts themselves are blanked: they are what is looked for.

Only the mail about the project or session the words were written in is touched (the row's
`about_id`): another client's project of the same name, with the same words waiting for the
same studio, keeps its mail. Mail queued before rows named what they are about has no
`about_id` and is matched by its words alone, as it was then: redacting a look-alike is the
lesser harm than sending an erased person's words."""

from __future__ import annotations

import json
from uuid import UUID

from markupsafe import escape
from tortoise import connections

from domain.notification import NotificationKind, session_time
from domain.outbox import OutboxStatus
from domain.privacy import ERASED_MESSAGE
from integrations.email import render_mail
from models.aftercare import FollowUpRequest
from models.booking import Session
from models.project import Deliverable
from models.raw import fetch
from resolvers.privacy_traces import their_reasons

# Stand-ins rendered where the recipient's name and the user's words go: what the mail holds
# from after the name to its end is then known exactly but for the words.
_NAME, _WORDS = "Xq7NameOfRecipientXq7", "Xq7ErasedWordsXq7"
_UNSENT = [OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED]

# A mail's whole body after the greeting is matched, so a short text that happens to occur
# elsewhere in the mail is left alone; a body can match one text only (each match runs to
# the body's end).
_REDACT = {
    "postgres": """
UPDATE "outbox_messages" AS o
SET "text_body" = replace(o."text_body", w."text_from", w."text_to"),
    "html_body" = replace(o."html_body", w."html_from", w."html_to")
FROM jsonb_to_recordset(?::jsonb) AS w(
    "kind" text, "about_id" uuid, "text_from" text, "text_to" text, "html_from" text,
    "html_to" text
)
WHERE o."kind" = w."kind" AND o."status" = ANY(?::text[])
  AND (o."about_id" = w."about_id" OR o."about_id" IS NULL)
  AND right(o."text_body", length(w."text_from")) = w."text_from"
""",
    "sqlite": """
UPDATE "outbox_messages"
SET "text_body" = replace("text_body", w."text_from", w."text_to"),
    "html_body" = replace("html_body", w."html_from", w."html_to")
FROM (
    SELECT json_extract(value, '$.kind') AS "kind",
        json_extract(value, '$.about_id') AS "about_id",
        json_extract(value, '$.text_from') AS "text_from",
        json_extract(value, '$.text_to') AS "text_to",
        json_extract(value, '$.html_from') AS "html_from",
        json_extract(value, '$.html_to') AS "html_to"
    FROM json_each(?)
) AS w
WHERE "outbox_messages"."kind" = w."kind"
  AND "outbox_messages"."status" IN (SELECT value FROM json_each(?))
  AND ("outbox_messages"."about_id" = w."about_id" OR "outbox_messages"."about_id" IS NULL)
  AND substr("outbox_messages"."text_body", -length(w."text_from")) = w."text_from"
""",
}


def _after_name(rendered: str) -> tuple[str, str]:
    """What follows the recipient's name up to the words, and what follows the words."""
    before, after = rendered.split(_WORDS, 1)
    return before.rsplit(_NAME, 1)[-1], after


def _swaps(kind: NotificationKind, about_id: UUID, about: str, text: str) -> list[dict[str, str]]:
    """One per way the mail may read: some kinds word things for the client's side and the
    provider's (resolvers/notify._mail_rows' `role`), and the words reach either. `about_id`
    is the project or session the words were written in, `about` its name or time."""
    swaps = []
    for role in dict.fromkeys(("", "client", "provider")):
        context = {"name": _NAME, "about": about, "detail": _WORDS, "role": role}
        mail = render_mail(kind, context)
        (text_lead, text_trail), (html_lead, html_trail) = map(_after_name, (mail.text, mail.html))
        swap = {
            "kind": kind,
            "about_id": str(about_id),
            "text_from": text_lead + text + text_trail,
            "text_to": text_lead + ERASED_MESSAGE + text_trail,
            "html_from": html_lead + str(escape(text)) + html_trail,
            "html_to": html_lead + str(escape(ERASED_MESSAGE)) + html_trail,
        }
        if swap not in swaps:
            swaps.append(swap)
    return swaps


def _when(session: Session) -> str:
    return session_time(session.start_at, session.provider.timezone)


async def redact_mail_words(user_id: UUID) -> None:
    """One statement for all the mail: the user's revision requests, follow-up questions and
    cancellation reasons become `[deleted]` in every mail that carries them and has not gone
    out. Their own mail is cancelled with the account anyway."""
    answers = Deliverable.filter(project__client_id=user_id).exclude(feedback="")
    swaps = [
        swap
        for project_id, name, feedback in await answers.values_list(
            "project_id", "project__name", "feedback"
        )
        for swap in _swaps(NotificationKind.REVISION_REQUESTED, project_id, name, feedback)
    ]
    asked = FollowUpRequest.filter(client_id=user_id).select_related("project", "session__provider")
    for follow_up in await asked:
        # Told about its project, or its session when it has none (notification._tell_about).
        if follow_up.project:
            about_id, about = follow_up.project.id, follow_up.project.name
        else:
            about_id, about = follow_up.session.id, _when(follow_up.session)
        swaps += _swaps(NotificationKind.FOLLOW_UP_ASKED, about_id, about, follow_up.question)
    for session in await their_reasons(user_id).select_related("provider"):
        reason = session.cancellation_reason
        kind = NotificationKind.SESSION_CANCELLED
        swaps += _swaps(kind, session.id, _when(session), reason)  # type: ignore[arg-type]
    if swaps:
        dialect = connections.get("default").capabilities.dialect
        statuses = [str(status) for status in _UNSENT]
        unsent = statuses if dialect == "postgres" else json.dumps(statuses)
        await fetch(_REDACT[dialect], [json.dumps(swaps), unsent])
