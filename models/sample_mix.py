"""A free sample mix of a 30-second section, the step between consultation and project."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields

from models.base import TimestampedModel
from models.consultation import Consultation
from models.file import StoredFile


class SampleMixStatus(StrEnum):
    PENDING = "PENDING"
    PROCESSING = "PROCESSING"
    DELIVERED = "DELIVERED"


class SampleMix(TimestampedModel):
    consultation: fields.ForeignKeyRelation[Consultation] = fields.ForeignKeyField(
        "models.Consultation", related_name="sample_mixes", on_delete=fields.CASCADE
    )
    source: fields.ForeignKeyRelation[StoredFile] = fields.ForeignKeyField(
        "models.StoredFile", related_name="sample_mix_sources", on_delete=fields.RESTRICT
    )
    mix: fields.ForeignKeyNullableRelation[StoredFile] = fields.ForeignKeyField(
        "models.StoredFile", related_name="sample_mixes", null=True, on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(SampleMixStatus, max_length=16, default=SampleMixStatus.PENDING)
    estimated_delivery = fields.DateField()
    delivered_at = fields.DatetimeField(null=True)
    # When its engineer was reminded it is overdue (jobs/deadlines.py): once, never again.
    overdue_reminded_at = fields.DatetimeField(null=True)
    notes = fields.TextField(default="")

    class Meta:
        table = "sample_mixes"
