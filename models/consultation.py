"""A free first conversation about a project, booked like any session."""

from __future__ import annotations

from tortoise import fields

from models.base import TimestampedModel
from models.booking import Session
from models.file import StoredFile


class Consultation(TimestampedModel):
    session: fields.OneToOneRelation[Session] = fields.OneToOneField(
        "models.Session", related_name="consultation", on_delete=fields.CASCADE
    )
    project_name = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    genre = fields.CharField(max_length=60, default="")
    bpm = fields.SmallIntField(null=True)
    reference_links = fields.JSONField(default=list)
    # A track or document the client uploaded to show what they mean; shared here only, so
    # who may download it follows from this consultation's session.
    reference_file: fields.OneToOneNullableRelation[StoredFile] = fields.OneToOneField(
        "models.StoredFile",
        related_name="consultation_reference",
        null=True,
        on_delete=fields.RESTRICT,
    )
    special_requirements = fields.TextField(default="")
    provider_notes = fields.TextField(default="")  # the provider's own; never shown to clients
    # Calendly's URI of the invitee whose booking made this consultation: unique, so a
    # redelivered `invitee.created` finds it instead of booking twice.
    calendly_invitee_uri = fields.CharField(max_length=500, null=True, unique=True)

    class Meta:
        table = "consultations"
