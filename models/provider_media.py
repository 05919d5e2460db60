"""A provider's public face: their portrait and demo reels.

Each row keeps the provider's upload (private, with whatever metadata it carried) and the
key of the public object made from it: a resized, re-encoded portrait, or the demo's audio
copied under `media/`, the only prefix the public `/media/` route serves.
"""

from __future__ import annotations

from tortoise import fields

from models.base import TimestampedModel
from models.file import StoredFile
from models.provider import ProviderProfile


class ProviderPortrait(TimestampedModel):
    provider: fields.OneToOneRelation[ProviderProfile] = fields.OneToOneField(
        "models.ProviderProfile", related_name="portrait", on_delete=fields.CASCADE
    )
    file: fields.OneToOneRelation[StoredFile] = fields.OneToOneField(
        "models.StoredFile", related_name="portrait_of", on_delete=fields.RESTRICT
    )
    key = fields.CharField(max_length=300, unique=True)  # the public derivative
    width = fields.IntField()
    height = fields.IntField()

    class Meta:
        table = "provider_portraits"


class ProviderDemo(TimestampedModel):
    provider: fields.ForeignKeyRelation[ProviderProfile] = fields.ForeignKeyField(
        "models.ProviderProfile", related_name="demos", on_delete=fields.CASCADE
    )
    file: fields.OneToOneRelation[StoredFile] = fields.OneToOneField(
        "models.StoredFile", related_name="demo_of", on_delete=fields.RESTRICT
    )
    key = fields.CharField(max_length=300, unique=True)  # the public copy
    title = fields.CharField(max_length=120)
    position = fields.IntField()
    duration_ms = fields.IntField()
    content_type = fields.CharField(max_length=100)
    size = fields.BigIntField()

    class Meta:
        table = "provider_demos"
