"""Money in and out: payments of sessions, orders, follow-ups, projects and bundles, plans of
installments, refunds, and the Stripe events already applied."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from domain.payment import (
    InstallmentStatus,
    PaymentKind,
    PaymentStatus,
    PlanStatus,
    RefundStatus,
)
from models.aftercare import FollowUpRequest
from models.base import TimestampedModel
from models.booking import Session
from models.bundle import BundlePurchase
from models.project import Project
from models.shop import Order


class PaymentPlan(TimestampedModel):
    session: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "models.Session", related_name="payment_plans", on_delete=fields.RESTRICT
    )
    total_amount = fields.BigIntField()
    currency = fields.CharField(max_length=3)
    status = fields.CharEnumField(PlanStatus, max_length=12, default=PlanStatus.ACTIVE)
    # Charged off-session: the card the client saved with the provider when choosing the plan.
    customer_reference = fields.CharField(max_length=200, default="")
    payment_method_reference = fields.CharField(max_length=200, default="")

    installments: fields.ReverseRelation[Installment]

    class Meta:
        table = "payment_plans"


class Installment(TimestampedModel):
    plan: fields.ForeignKeyRelation[PaymentPlan] = fields.ForeignKeyField(
        "models.PaymentPlan", related_name="installments", on_delete=fields.CASCADE
    )
    number = fields.SmallIntField()
    due_at = fields.DatetimeField()
    amount = fields.BigIntField()
    status = fields.CharEnumField(
        InstallmentStatus, max_length=12, default=InstallmentStatus.SCHEDULED
    )
    failures = fields.SmallIntField(default=0)
    next_attempt_at = fields.DatetimeField()
    last_error = fields.TextField(default="")
    # The charging job's lease, as the outbox does it: a crashed worker's claim runs out.
    claimed_until = fields.DatetimeField(null=True)

    class Meta:
        table = "payment_installments"
        unique_together = (("plan", "number"),)
        indexes = (("status", "next_attempt_at"),)


class Payment(TimestampedModel):
    session: fields.ForeignKeyNullableRelation[Session] = fields.ForeignKeyField(
        "models.Session", related_name="payments", null=True, on_delete=fields.RESTRICT
    )
    order: fields.ForeignKeyNullableRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="payments", null=True, on_delete=fields.RESTRICT
    )
    installment: fields.ForeignKeyNullableRelation[Installment] = fields.ForeignKeyField(
        "models.Installment", related_name="payments", null=True, on_delete=fields.RESTRICT
    )
    follow_up: fields.ForeignKeyNullableRelation[FollowUpRequest] = fields.ForeignKeyField(
        "models.FollowUpRequest", related_name="payments", null=True, on_delete=fields.RESTRICT
    )
    project: fields.ForeignKeyNullableRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="payments", null=True, on_delete=fields.RESTRICT
    )
    bundle_purchase: fields.ForeignKeyNullableRelation[BundlePurchase] = fields.ForeignKeyField(
        "models.BundlePurchase", related_name="payments", null=True, on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(PaymentKind, max_length=12)
    amount = fields.BigIntField()
    currency = fields.CharField(max_length=3)
    status = fields.CharEnumField(PaymentStatus, max_length=20, default=PaymentStatus.PENDING)
    refunded_amount = fields.BigIntField(default=0)
    provider = fields.CharField(max_length=20)
    # The provider's id (a PaymentIntent's pi_…); an admin's note for offline payments.
    reference = fields.CharField(max_length=200, null=True, unique=True)
    client_secret = fields.CharField(max_length=300, default="")
    failure_message = fields.TextField(default="")
    paid_at = fields.DatetimeField(null=True)

    refunds: fields.ReverseRelation[Refund]

    class Meta:
        table = "payments"
        indexes = (
            ("session", "created_at"),
            ("order", "created_at"),
            ("follow_up", "created_at"),
            ("project", "created_at"),
            ("bundle_purchase", "created_at"),
        )


class Refund(TimestampedModel):
    payment: fields.ForeignKeyRelation[Payment] = fields.ForeignKeyField(
        "models.Payment", related_name="refunds", on_delete=fields.RESTRICT
    )
    amount = fields.BigIntField()
    currency = fields.CharField(max_length=3)
    status = fields.CharEnumField(RefundStatus, max_length=12, default=RefundStatus.PENDING)
    reason = fields.TextField(default="")
    reference = fields.CharField(max_length=200, null=True, unique=True)

    class Meta:
        table = "payment_refunds"


class ProcessedStripeEvent(Model):
    """Stripe events already applied: a redelivery is acknowledged and changes nothing."""

    event_id = fields.CharField(max_length=100, primary_key=True)
    type = fields.CharField(max_length=100)
    received_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "stripe_events"
