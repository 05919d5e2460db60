"""Session bundles a provider sells on a service, and the bundles clients bought."""

from __future__ import annotations

from tortoise import fields

from models.account import User
from models.base import TimestampedModel
from models.provider import ProviderProfile, Service


class ServiceBundle(TimestampedModel):
    """So many sessions of one length of a service, for one price (domain/bundle.py)."""

    service: fields.ForeignKeyRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="bundles", on_delete=fields.CASCADE
    )
    session_count = fields.SmallIntField()
    duration_minutes = fields.IntField()
    price_amount = fields.BigIntField()  # in the service's currency
    active = fields.BooleanField(default=True)

    class Meta:
        table = "service_bundles"


class BundlePurchase(TimestampedModel):
    """A bundle a client bought, with the terms as they were bought (the provider may change
    the bundle later) and the credits it still holds. Spent and given back under its row
    lock, in the transaction of the booking or cancellation."""

    bundle: fields.ForeignKeyRelation[ServiceBundle] = fields.ForeignKeyField(
        "models.ServiceBundle", related_name="purchases", on_delete=fields.RESTRICT
    )
    service: fields.ForeignKeyRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="bundle_purchases", on_delete=fields.RESTRICT
    )
    provider: fields.ForeignKeyRelation[ProviderProfile] = fields.ForeignKeyField(
        "models.ProviderProfile", related_name="bundle_purchases", on_delete=fields.RESTRICT
    )
    client: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="bundle_purchases", on_delete=fields.RESTRICT
    )
    session_count = fields.SmallIntField()
    duration_minutes = fields.IntField()
    price_amount = fields.BigIntField()
    currency = fields.CharField(max_length=3)
    credits_left = fields.SmallIntField()
    # When its first payment succeeded (resolvers/bundle_paid.py); credits are usable from
    # then on. A refund leaves it set.
    paid_at = fields.DatetimeField(null=True)

    class Meta:
        table = "bundle_purchases"
        indexes = (("client", "created_at"),)
