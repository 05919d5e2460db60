"""Interactions: one row per funnel step a client reached, for the admin funnel."""

from __future__ import annotations

from tortoise import fields

from domain.crm import FunnelStep
from domain.upsell import RecommendationKind
from models.account import User
from models.base import TimestampedModel
from models.booking import Session
from models.provider import ProviderProfile, Service, ServiceKind


class Interaction(TimestampedModel):
    """Written in the same transaction as the change it records; analytics outlive the rows
    they point at (SET NULL), so deleting an account does not rewrite past funnels."""

    user: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="interactions", null=True, on_delete=fields.SET_NULL
    )
    step = fields.CharEnumField(FunnelStep, max_length=20)
    service_kind = fields.CharEnumField(ServiceKind, max_length=16)
    service: fields.ForeignKeyNullableRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="interactions", null=True, on_delete=fields.SET_NULL
    )
    provider: fields.ForeignKeyNullableRelation[ProviderProfile] = fields.ForeignKeyField(
        "models.ProviderProfile", related_name="interactions", null=True, on_delete=fields.SET_NULL
    )
    session: fields.ForeignKeyNullableRelation[Session] = fields.ForeignKeyField(
        "models.Session", related_name="interactions", null=True, on_delete=fields.SET_NULL
    )
    upsell_kind = fields.CharEnumField(RecommendationKind, max_length=20, null=True)
    # Set for steps counted once ("summary:<session>", "shown:<recommendation>:<day>"): the
    # unique index makes a repeat a no-op (ON CONFLICT DO NOTHING); NULLs never collide.
    dedupe_key = fields.CharField(max_length=120, null=True, unique=True)

    class Meta:
        table = "crm_interactions"
        indexes = (("step", "created_at"), ("user", "step", "created_at"))
