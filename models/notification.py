"""In-app notifications: one row per recipient of something that happened."""

from __future__ import annotations

from tortoise import fields

from domain.notification import NotificationKind
from models.account import User
from models.base import TimestampedModel
from models.booking import Session
from models.project import Project
from models.shop import Order


class Notification(TimestampedModel):
    recipient: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="notifications", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(NotificationKind, max_length=32)
    # The words are fixed when it happens: later renames must not rewrite what was said.
    title = fields.CharField(max_length=200)
    body = fields.TextField(default="")
    project: fields.ForeignKeyNullableRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="notifications", null=True, on_delete=fields.CASCADE
    )
    session: fields.ForeignKeyNullableRelation[Session] = fields.ForeignKeyField(
        "models.Session", related_name="notifications", null=True, on_delete=fields.CASCADE
    )
    order: fields.ForeignKeyNullableRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="notifications", null=True, on_delete=fields.CASCADE
    )
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "notifications"
        # Serves the newest-first list and the unread count, both per recipient.
        indexes = (("recipient", "created_at"),)
