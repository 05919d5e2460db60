"""Private photo galleries of a photography session, their photos and the family's picks."""

from __future__ import annotations

from tortoise import fields

from domain.gallery import EditingStatus
from models.base import TimestampedModel
from models.booking import Session
from models.file import StoredFile


class Gallery(TimestampedModel):
    session: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "models.Session", related_name="galleries", on_delete=fields.RESTRICT
    )
    name = fields.CharField(max_length=200)
    slug = fields.CharField(max_length=64, unique=True)  # random: guessing one finds nothing
    access_code = fields.CharField(max_length=32, unique=True)  # normalized, no separators
    password_hash = fields.CharField(max_length=200, null=True)  # argon2, optional
    public_share_enabled = fields.BooleanField(default=False)
    download_enabled = fields.BooleanField(default=True)
    social_share_enabled = fields.BooleanField(default=False)
    watermark_enabled = fields.BooleanField(default=True)
    watermark_text = fields.CharField(max_length=60)
    # When set, the logo is tiled over previews instead of the text.
    watermark_logo: fields.ForeignKeyNullableRelation[StoredFile] = fields.ForeignKeyField(
        "models.StoredFile",
        related_name="watermarked_galleries",
        null=True,
        on_delete=fields.RESTRICT,
    )
    expires_at = fields.DatetimeField(null=True)
    # Proofing: selections beyond the package's included photos cost this each.
    extra_photo_amount = fields.BigIntField(default=0)
    currency = fields.CharField(max_length=3)
    selection_submitted_at = fields.DatetimeField(null=True)
    view_count = fields.IntField(default=0)
    download_count = fields.IntField(default=0)

    class Meta:
        table = "galleries"


class Photo(TimestampedModel):
    gallery: fields.ForeignKeyRelation[Gallery] = fields.ForeignKeyField(
        "models.Gallery", related_name="photos", on_delete=fields.CASCADE
    )
    # The original stays private in storage; only derived, metadata-free images are served.
    original: fields.ForeignKeyRelation[StoredFile] = fields.ForeignKeyField(
        "models.StoredFile", related_name="photos", on_delete=fields.RESTRICT
    )
    thumbnail_key = fields.CharField(max_length=300)
    preview_key = fields.CharField(max_length=300)
    watermarked_key = fields.CharField(max_length=300)
    watermarked_thumbnail_key = fields.CharField(max_length=300)
    width = fields.IntField()
    height = fields.IntField()
    editing_status = fields.CharEnumField(EditingStatus, max_length=12, default=EditingStatus.RAW)
    featured = fields.BooleanField(default=False)
    complimentary = fields.BooleanField(default=False)
    favorite = fields.BooleanField(default=False)  # the family's pick while proofing
    sort_order = fields.IntField(default=0)
    notes = fields.TextField(default="")
    download_count = fields.IntField(default=0)

    class Meta:
        table = "gallery_photos"
        indexes = (("gallery", "sort_order"),)
