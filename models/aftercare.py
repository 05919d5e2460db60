"""What happens after a session: the provider's summary and the client's follow-ups."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields

from domain.follow_up import FollowUpKind
from models.account import User
from models.base import TimestampedModel
from models.booking import Session
from models.file import StoredFile
from models.project import Project


class SessionSummary(TimestampedModel):
    session: fields.OneToOneRelation[Session] = fields.OneToOneField(
        "models.Session", related_name="summary", on_delete=fields.CASCADE
    )
    findings = fields.TextField()
    steps_taken = fields.TextField(default="")
    parts_needed = fields.JSONField(default=list)  # ["brake pads (front)", ...]
    next_steps = fields.TextField(default="")

    class Meta:
        table = "session_summaries"


class SummaryFile(TimestampedModel):
    """A file shown with a session's summary: photos of the work, a report. A file is shared
    once only (the unique `file`), so who may download it follows from the one session."""

    summary: fields.ForeignKeyRelation[SessionSummary] = fields.ForeignKeyField(
        "models.SessionSummary", related_name="files", on_delete=fields.CASCADE
    )
    file: fields.OneToOneRelation[StoredFile] = fields.OneToOneField(
        "models.StoredFile", related_name="summary_file", on_delete=fields.RESTRICT
    )
    position = fields.SmallIntField()  # the order the files were listed in

    class Meta:
        table = "session_summary_files"
        indexes = (("summary", "position"),)


class FollowUpStatus(StrEnum):
    OPEN = "OPEN"
    ANSWERED = "ANSWERED"


class FollowUpRequest(TimestampedModel):
    """Tied to the finished session or project it follows; priced when asked."""

    client: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="follow_ups", on_delete=fields.CASCADE
    )
    session: fields.ForeignKeyNullableRelation[Session] = fields.ForeignKeyField(
        "models.Session", related_name="follow_ups", null=True, on_delete=fields.CASCADE
    )
    project: fields.ForeignKeyNullableRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="follow_ups", null=True, on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(FollowUpKind, max_length=20)
    question = fields.TextField()
    price_amount = fields.BigIntField()  # charged by the payments flow; 0 when included
    currency = fields.CharField(max_length=3)
    status = fields.CharEnumField(FollowUpStatus, max_length=16, default=FollowUpStatus.OPEN)
    # The provider's (or an admin's) reply, set with the status ANSWERED; null until then.
    answer = fields.TextField(null=True)
    answered_at = fields.DatetimeField(null=True)
    # When its payment first succeeded (resolvers/follow_up_paid.py); a refund leaves it set.
    paid_at = fields.DatetimeField(null=True)

    class Meta:
        table = "follow_up_requests"
