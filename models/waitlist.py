"""Clients waiting for a fully booked day of a service."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields

from models.account import User
from models.base import TimestampedModel
from models.provider import Service


class WaitlistStatus(StrEnum):
    WAITING = "WAITING"
    OFFERED = "OFFERED"  # a freed slot is held for this client until the offer expires
    BOOKED = "BOOKED"
    LEFT = "LEFT"
    EXPIRED = "EXPIRED"  # the offer ran out unbooked; the slot is offered to the next in line
    CLOSED = "CLOSED"  # the service was archived: it can no longer be booked, so nothing is offered


class WaitlistEntry(TimestampedModel):
    service: fields.ForeignKeyRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="waitlist", on_delete=fields.CASCADE
    )
    client: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="waitlist", on_delete=fields.CASCADE
    )
    day = fields.DateField()  # local to the provider
    status = fields.CharEnumField(WaitlistStatus, max_length=16, default=WaitlistStatus.WAITING)
    offer_start = fields.DatetimeField(null=True)
    offer_end = fields.DatetimeField(null=True)
    offer_expires_at = fields.DatetimeField(null=True)

    class Meta:
        table = "waitlist_entries"
        unique_together = (("service", "client", "day"),)
        indexes = (("service", "day", "status"),)
