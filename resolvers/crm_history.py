"""The admins' view of one customer: their interactions, newest first, and a summary."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import strawberry
from strawberry import relay
from tortoise.functions import Count

from app.context import Info
from domain.crm import FunnelStep
from domain.payment import PaymentStatus
from domain.session import SessionStatus
from models.booking import Session as SessionModel
from models.crm import Interaction
from models.raw import fetch
from resolvers.nodes import decode_id
from resolvers.permissions import IsAdmin
from schema.account import User
from schema.common import Money
from schema.crm import FunnelStep as FunnelStepType
from schema.crm_history import CustomerHistory, CustomerInteraction, CustomerSummary
from schema.pagination import keyset_page

# A customer's payments are those of their sessions (installments included), follow-ups,
# projects and shop orders: each payment belongs to one of them. Net of refunds, of payments
# whose money arrived (PaymentStatus.collected).
_PAID = """
SELECT p."currency" AS currency, SUM(p."amount" - p."refunded_amount") AS paid
FROM "payments" p
LEFT JOIN "sessions" s ON s."id" = p."session_id"
LEFT JOIN "follow_up_requests" f ON f."id" = p."follow_up_id"
LEFT JOIN "projects" j ON j."id" = p."project_id"
LEFT JOIN "shop_orders" o ON o."id" = p."order_id"
WHERE p."status" IN (?, ?, ?)
AND (s."client_id" = ? OR f."client_id" = ? OR j."client_id" = ? OR o."user_id" = ?)
GROUP BY p."currency" ORDER BY p."currency"
"""
_COLLECTED = [status.value for status in PaymentStatus if status.collected]


async def _total_paid(user_id: UUID) -> list[Money]:
    rows = await fetch(_PAID, [*_COLLECTED, *[str(user_id)] * 4])
    return [Money(amount=int(row["paid"]), currency=row["currency"]) for row in rows]


async def customer_summary(user_id: UUID) -> CustomerSummary:
    """Four statements: the first and the last interaction, sessions by status, payments."""
    mine = Interaction.filter(user_id=user_id)
    first = await mine.order_by("created_at", "id").first()
    last = await mine.order_by("-created_at", "-id").first()
    by_status = dict(
        await SessionModel.filter(client_id=user_id)
        .annotate(n=Count("id"))
        .group_by("status")
        .values_list("status", "n")
    )
    return CustomerSummary(
        first_seen=first.created_at if first else None,
        last_interaction=CustomerInteraction.from_model(last) if last else None,
        sessions_booked=sum(by_status.values()),
        sessions_completed=by_status.get(SessionStatus.COMPLETED, 0),
        total_paid=await _total_paid(user_id),
    )


@strawberry.type
class CrmHistoryQueries:
    @strawberry.field(
        description="One customer's interactions, newest first (only the `kinds` of step "
        "named, if any), with a summary of them; null for an unknown customer (admins).",
        permission_classes=[IsAdmin],
    )
    async def customer_history(
        self,
        info: Info,
        customer_id: Annotated[relay.GlobalID, strawberry.argument(description="A User's ID.")],
        first: int = 20,
        after: str | None = None,
        kinds: Annotated[
            list[FunnelStepType] | None,  # type: ignore[valid-type]
            strawberry.argument(description="Only interactions at these steps."),
        ] = None,
    ) -> CustomerHistory | None:
        user_id = decode_id(customer_id, User)
        user = await info.context.loaders.user_by_id.load(user_id) if user_id else None
        if user is None:
            return None
        rows = Interaction.filter(user_id=user.id)
        if kinds is not None:
            rows = rows.filter(step__in=[FunnelStep(kind) for kind in kinds])
        page = await keyset_page(
            rows,
            first=first,
            after=after,
            to_node=CustomerInteraction.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )
        return CustomerHistory(
            customer=User.from_model(user),
            summary=await customer_summary(user.id),
            interactions=page,
        )
