"""Providers (the people clients book) and the services they sell."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields

from domain.provider import specialty_key
from models.account import User
from models.base import TimestampedModel


class ServiceKind(StrEnum):
    CONSULTATION = "CONSULTATION"
    SESSION = "SESSION"
    PROJECT = "PROJECT"


class ProviderProfile(TimestampedModel):
    user: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User", related_name="provider_profile", on_delete=fields.CASCADE
    )
    display_name = fields.CharField(max_length=120)
    bio = fields.TextField(default="")
    years_of_experience = fields.IntField(default=0)
    timezone = fields.CharField(max_length=64, default="UTC")
    response_sla_minutes = fields.IntField(default=1440)
    # SHA-256 of the secret in the provider's calendar-feed URL; null when no feed is issued.
    calendar_token_hash = fields.CharField(max_length=64, null=True, unique=True)
    # The studio's public Calendly booking page (https://calendly.com/...), for studios whose
    # clients still book consultations there; its bookings arrive by POST /webhooks/calendly.
    calendly_url = fields.CharField(max_length=300, null=True)

    class Meta:
        table = "provider_profiles"


class ProviderSpecialty(TimestampedModel):
    """One row per specialty, so `providers(specialty:)` is an indexed join on every database:
    it compares `name_key`, kept as `specialty_key(name)`, where a case-insensitive comparison
    of `name` (UPPER(name) = UPPER(…)) could use no index."""

    provider: fields.ForeignKeyRelation[ProviderProfile] = fields.ForeignKeyField(
        "models.ProviderProfile", related_name="specialties", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=60)
    # Longer than the name: lower-casing a few letters (İ) takes more characters.
    name_key = fields.CharField(max_length=120, db_index=True)
    position = fields.IntField(default=0)

    class Meta:
        table = "provider_specialties"
        unique_together = (("provider", "name"),)

    def __init__(self, **kwargs: Any) -> None:
        # Derived here, so that bulk_create (which skips save) writes it too.
        if "name" in kwargs:
            kwargs["name_key"] = specialty_key(kwargs["name"])
        super().__init__(**kwargs)

    async def save(self, *args: Any, **kwargs: Any) -> None:
        self.name_key = specialty_key(self.name)
        await super().save(*args, **kwargs)


class Service(TimestampedModel):
    provider: fields.ForeignKeyRelation[ProviderProfile] = fields.ForeignKeyField(
        "models.ProviderProfile", related_name="services", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(ServiceKind, max_length=16)
    name = fields.CharField(max_length=120)
    slug = fields.CharField(max_length=140)
    description = fields.TextField(default="")
    currency = fields.CharField(max_length=3)
    default_duration_minutes = fields.IntField()
    min_duration_minutes = fields.IntField()
    max_duration_minutes = fields.IntField()
    allow_custom_duration = fields.BooleanField(default=False)
    active = fields.BooleanField(default=True)
    premium = fields.BooleanField(default=False)  # includes follow-up requests at no charge
    included_revisions = fields.SmallIntField(default=2)
    buffer_before_minutes = fields.IntField(default=0)
    buffer_after_minutes = fields.IntField(default=0)
    min_notice_minutes = fields.IntField(default=120)
    horizon_days = fields.IntField(default=90)
    slot_interval_minutes = fields.IntField(default=30)
    daily_limit = fields.IntField(null=True)
    seats = fields.IntField(default=1)
    # [{"hours_before": 48, "refund_percent": 100}, ...]; empty refunds in full.
    cancellation_policy = fields.JSONField(default=list)
    # Percent off slots booked at least early_booking_days ahead; 0 percent: no such discount.
    early_booking_percent = fields.SmallIntField(default=0)
    early_booking_days = fields.SmallIntField(default=0)

    class Meta:
        table = "services"
        unique_together = (("provider", "slug"),)


class ServiceRate(TimestampedModel):
    """The price of one offered duration; the set of rates is the set of offered durations."""

    service: fields.ForeignKeyRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="rates", on_delete=fields.CASCADE
    )
    duration_minutes = fields.IntField()
    amount = fields.BigIntField()

    class Meta:
        table = "service_rates"
        unique_together = (("service", "duration_minutes"),)
