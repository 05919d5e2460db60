"""The audit log: who changed what, written in the transaction of the change."""

from __future__ import annotations

from tortoise import fields

from models.account import User
from models.base import TimestampedModel


class AuditEntry(TimestampedModel):
    # Kept when the account is erased (deleteMyAccount): the entry stays, its author unknown.
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="audit_entries", null=True, on_delete=fields.SET_NULL
    )
    # The mutation, e.g. updateOrderStatus: what an admin asked for, in the API's words.
    action = fields.CharField(max_length=60)
    target_type = fields.CharField(max_length=40)  # a GraphQL type: Session, Order, ...
    target_id = fields.UUIDField()
    # {"status": ["PENDING", "PAID"]}: each changed field, before and after.
    changes = fields.JSONField(default=dict)

    class Meta:
        table = "audit_entries"
        # "What happened to this order?" and "what did this admin do?", newest first.
        indexes = (("target_type", "target_id", "created_at"), ("actor_id", "created_at"))
