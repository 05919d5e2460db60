"""Reminders sent about sessions: one row per session and kind, so each goes out once."""

from __future__ import annotations

from tortoise import fields

from domain.reminder import ReminderKind
from models.base import TimestampedModel
from models.booking import Session


class SentReminder(TimestampedModel):
    session: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "models.Session", related_name="sent_reminders", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(ReminderKind, max_length=32)

    class Meta:
        table = "sent_reminders"
        # The claim: a worker inserts the row before notifying; a second worker's insert of
        # the same pair waits for the first to commit, then conflicts and notifies nobody.
        unique_together = (("session", "kind"),)
