"""Files shared in a project: attached to one of its messages or one of its deliverables."""

from __future__ import annotations

from tortoise import fields

from models.base import TimestampedModel
from models.file import StoredFile
from models.project import Deliverable, Message, Project


class Attachment(TimestampedModel):
    """A file shared on one message or one deliverable of a project.

    Exactly one of `message` and `deliverable` is set. A file is shared once only (the unique
    `file`), so who may download it follows from the one project it was shared in."""

    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="attachments", on_delete=fields.CASCADE
    )
    file: fields.OneToOneRelation[StoredFile] = fields.OneToOneField(
        "models.StoredFile", related_name="attachment", on_delete=fields.RESTRICT
    )
    message: fields.ForeignKeyNullableRelation[Message] = fields.ForeignKeyField(
        "models.Message", related_name="attachments", null=True, on_delete=fields.CASCADE
    )
    deliverable: fields.ForeignKeyNullableRelation[Deliverable] = fields.ForeignKeyField(
        "models.Deliverable", related_name="attachments", null=True, on_delete=fields.CASCADE
    )
    position = fields.SmallIntField()  # the order the files were listed in

    class Meta:
        table = "project_attachments"
        indexes = (("message", "position"), ("deliverable", "position"))
