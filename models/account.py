"""People who use studiograph and the tokens they sign in with."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields

from models.base import TimestampedModel


class Role(StrEnum):
    CLIENT = "CLIENT"
    PROVIDER = "PROVIDER"
    ADMIN = "ADMIN"


class User(TimestampedModel):
    # Stored lower-cased by the resolvers, so the unique index is case-insensitive in effect.
    email = fields.CharField(max_length=254, unique=True)
    password_hash = fields.CharField(max_length=255)
    first_name = fields.CharField(max_length=100)
    last_name = fields.CharField(max_length=100)
    phone = fields.CharField(max_length=32, null=True)
    role = fields.CharEnumField(Role, max_length=16, default=Role.CLIENT)
    email_verified = fields.BooleanField(default=False)
    marketing_consent = fields.BooleanField(default=False)
    # Booked a consultation without an account: no password yet; registering with the
    # same e-mail mails a link, and `claimAccount` with its token takes the account and
    # everything booked with it.
    guest = fields.BooleanField(default=False)
    deleted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "users"


class AccessToken(TimestampedModel):
    """An opaque bearer token; only its SHA-256 digest is stored, so a leak grants nothing."""

    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="access_tokens", on_delete=fields.CASCADE
    )
    token_hash = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "access_tokens"
