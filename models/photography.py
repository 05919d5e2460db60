"""Photography specifics: packages of a session service, children and who is in a session."""

from __future__ import annotations

from tortoise import fields

from models.account import User
from models.base import TimestampedModel
from models.booking import Session
from models.provider import Service


class ServicePackage(TimestampedModel):
    """A fixed bundle of a session service: its own length and price, and what it includes."""

    service: fields.ForeignKeyRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="packages", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=100)
    description = fields.TextField(default="")
    duration_minutes = fields.IntField()
    price_amount = fields.BigIntField()  # in the service's currency
    max_children = fields.SmallIntField(default=0)  # 0: children may not attend
    includes_styling = fields.BooleanField(default=False)
    max_outfit_changes = fields.SmallIntField(default=0)
    included_photos = fields.SmallIntField(default=0)
    includes_print = fields.BooleanField(default=False)
    print_size = fields.CharField(max_length=20, default="")
    active = fields.BooleanField(default=True)

    class Meta:
        table = "service_packages"


class Child(TimestampedModel):
    """A child profile owned by a parent's account; never visible to anyone else but staff."""

    parent: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="children", on_delete=fields.CASCADE
    )
    first_name = fields.CharField(max_length=100)
    last_name = fields.CharField(max_length=100)
    birth_date = fields.DateField(null=True)
    preferred_style = fields.CharField(max_length=100, default="")
    style_notes = fields.TextField(default="")
    special_requirements = fields.TextField(default="")
    deleted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "children"


class SessionChild(TimestampedModel):
    session: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "models.Session", related_name="children", on_delete=fields.CASCADE
    )
    child: fields.ForeignKeyRelation[Child] = fields.ForeignKeyField(
        "models.Child", related_name="sessions", on_delete=fields.RESTRICT
    )
    primary = fields.BooleanField(default=False)
    styling_requests = fields.TextField(default="")

    class Meta:
        table = "session_children"
        unique_together = (("session", "child"),)
