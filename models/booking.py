"""Booked sessions: the appointments clients hold with providers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields

from domain.payment import SessionPaymentStatus
from domain.session import Actor, SessionStatus
from models.account import User
from models.base import TimestampedModel
from models.provider import ProviderProfile, Service

if TYPE_CHECKING:
    from models.bundle import BundlePurchase
    from models.photography import ServicePackage


class Session(TimestampedModel):
    provider: fields.ForeignKeyRelation[ProviderProfile] = fields.ForeignKeyField(
        "models.ProviderProfile", related_name="sessions", on_delete=fields.RESTRICT
    )
    service: fields.ForeignKeyRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="sessions", on_delete=fields.RESTRICT
    )
    client: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="sessions", on_delete=fields.RESTRICT
    )
    start_at = fields.DatetimeField()
    end_at = fields.DatetimeField()
    # The session plus its service's buffers: the span PostgreSQL's exclusion constraint guards.
    blocked_start = fields.DatetimeField()
    blocked_end = fields.DatetimeField()
    # Equal only for seats of one group slot, which may share their span; otherwise unique.
    slot_key = fields.CharField(max_length=120)
    status = fields.CharEnumField(SessionStatus, max_length=16, default=SessionStatus.REQUESTED)
    seats = fields.SmallIntField(default=1)
    # What the session costs, in minor units: the rate at booking time, plus extra time
    # charged when it ran on (`extra_amount`); every payment rule reads this one.
    price_amount = fields.BigIntField()
    currency = fields.CharField(max_length=3)
    notes = fields.TextField(default="")
    # Photography bookings: a package of the service, wishes from the client, and the
    # studio's preparation notes for the day.
    package: fields.ForeignKeyNullableRelation[ServicePackage] = fields.ForeignKeyField(
        "models.ServicePackage", related_name="sessions", null=True, on_delete=fields.RESTRICT
    )
    # Booked with a credit of this bundle: its booked price is covered (domain/bundle.py).
    bundle_purchase: fields.ForeignKeyNullableRelation[BundlePurchase] = fields.ForeignKeyField(
        "models.BundlePurchase", related_name="sessions", null=True, on_delete=fields.RESTRICT
    )
    special_requests = fields.TextField(default="")
    preparation_notes = fields.TextField(default="")
    # The iCalendar SEQUENCE of the session's event in its provider's feed: raised, under the
    # session's row lock, with every change of its time or status (RFC 5545 3.8.7.4).
    calendar_sequence = fields.IntField(default=0)
    # When the provider answered the request: its confirmation, or their cancelling it while
    # REQUESTED (Provider.responseStats measures from created_at). Null on sessions answered
    # before it was recorded, and on requests nobody answered (expired, client-cancelled).
    responded_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    cancellation_reason = fields.TextField(null=True)
    # Whose words the reason is: erasing that person's account blanks it. Null on sessions
    # cancelled before it was recorded (either side's then) and on those no person cancelled.
    cancelled_by = fields.CharEnumField(Actor, max_length=8, null=True)
    refund_percent = fields.SmallIntField(null=True)
    # extendSession: the minutes it ran on past its booked length, those of them charged, and
    # what they cost (domain/extra_time.py); the booked length and price are what is left.
    extended_minutes = fields.IntField(default=0)
    charged_minutes = fields.IntField(default=0)
    extra_amount = fields.BigIntField(default=0)
    # Kept with each payment or refund, in its transaction (resolvers/payment_effects.py).
    paid_amount = fields.BigIntField(default=0)
    payment_status = fields.CharEnumField(
        SessionPaymentStatus, max_length=16, default=SessionPaymentStatus.UNPAID
    )

    class Meta:
        table = "sessions"
        # The status ones serve the reminder jobs, which look for sessions in one status whose
        # start or end falls in a window (jobs/reminders.py); the last, responseStats.
        indexes = (
            ("provider", "start_at"),
            ("client", "start_at"),
            ("status", "start_at"),
            ("status", "end_at"),
            ("provider", "responded_at"),
        )
