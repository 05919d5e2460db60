"""Stored files: one row per object in storage, whoever uploaded it and for what."""

from __future__ import annotations

from tortoise import fields

from domain.media import FileKind
from models.account import User
from models.base import TimestampedModel


class StoredFile(TimestampedModel):
    owner: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="files", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(FileKind, max_length=24)
    key = fields.CharField(max_length=300, unique=True)  # where it lives in storage
    name = fields.CharField(max_length=200)  # the uploader's file name, for downloads
    size = fields.BigIntField()
    content_type = fields.CharField(max_length=100)
    sha256 = fields.CharField(max_length=64)
    version = fields.SmallIntField(default=1)

    class Meta:
        table = "files"
