"""Paying a project at its quoted price (its client), through the payments flow sessions,
orders and follow-ups use: a pending payment row committed first, then the provider asked
with a key derived from it (`charge_payment`). With Stripe the payment carries the card
form's client secret (the checkout) and the webhook pays the project; offline, the studio
records the transfer (`recordPayment`, resolvers/paid_once_record.py). Either way
resolvers/paid_once.py marks it paid and tells the provider."""

from __future__ import annotations

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from domain.project import owes, payment_refusal
from domain.violation import Violation
from models.payment import Payment as PaymentModel
from models.payment import Refund as RefundModel
from models.project import Project as ProjectModel
from resolvers.nodes import decode_id
from resolvers.paid_once import own_locked, pending_payment
from resolvers.participants import Engagement
from resolvers.payment import charge_payment, refused
from resolvers.permissions import IsAuthenticated
from resolvers.project_paid import PROJECT
from schema.common import Money
from schema.payment import Payment, PaymentPayload, ProjectAccount, Refund
from schema.project import Project, can_view_project
from schema.project_inputs import PayProjectInput

PROJECT_NOT_FOUND = Violation("projectId", "NOT_FOUND", "No such project.")


async def _itself(row: ProjectModel) -> Engagement:
    return row  # type: ignore[return-value]


async def project_account(project: ProjectModel) -> ProjectAccount:
    """Two statements whatever the number of payments and refunds; a priced project."""
    payments = await PaymentModel.filter(project_id=project.id).order_by("created_at")
    refunds = await RefundModel.filter(payment__project_id=project.id).order_by("created_at")
    currency, price = project.currency or "", project.price_amount or 0
    collected = sum(p.amount - p.refunded_amount for p in payments if p.status.collected)
    paid = project.paid_at is not None
    client_id = project.client_id  # type: ignore[attr-defined]
    return ProjectAccount(
        project_id=relay.GlobalID("Project", str(project.id)),
        price=Money(amount=price, currency=currency),
        paid=Money(amount=collected, currency=currency),
        balance_due=Money(
            amount=price if owes(price, project.status, paid=paid) else 0, currency=currency
        ),
        paid_at=project.paid_at,
        payments=[Payment.from_model(row, client_id) for row in payments],
        refunds=[Refund.from_model(row) for row in refunds],
    )


@strawberry.type
class ProjectPaymentQueries:
    @strawberry.field(
        description="What a project costs and what was paid; its client, provider or admins. "
        "Null for a project you may not see, or one without a price (started before quotes "
        "were recorded).",
        permission_classes=[IsAuthenticated],
    )
    async def project_account(
        self, info: Info, project_id: relay.GlobalID
    ) -> ProjectAccount | None:
        key = decode_id(project_id, Project)
        row = await info.context.loaders.project_by_id.load(key) if key else None
        if row is None or row.price_amount is None or not await can_view_project(info, row):
            return None
        return await project_account(row)


@strawberry.type
class ProjectPaymentMutations:
    @strawberry.mutation(
        description="Pay your own project at its quoted price, in full. With Stripe the "
        "payment carries a client secret for the card form (the checkout), and the project "
        "is paid once Stripe confirms; offline it waits for the studio to record the "
        "transfer (`recordPayment`). Its provider is told once it is paid. A retried request "
        "returns the same pending payment. Refused for a project without a price "
        "(NO_CHARGE), one paid already (ALREADY_PAID) or cancelled (INVALID_STATE).",
        permission_classes=[IsAuthenticated],
    )
    async def pay_project(self, info: Info, input: PayProjectInput) -> PaymentPayload:
        async with in_transaction():
            project_id = decode_id(input.project_id, Project)
            project = await own_locked(info, ProjectModel, project_id, _itself, "Projects")
            if project is None:
                return refused(PROJECT_NOT_FOUND)
            refusal = payment_refusal(
                project.price_amount, project.status, paid=project.paid_at is not None
            )
            if refusal is not None:
                return refused(refusal)
            payment = await pending_payment(
                info,
                PROJECT,
                project,
                project.price_amount,
                project.currency,  # type: ignore[arg-type]
            )
        client_id = project.client_id  # type: ignore[attr-defined]
        if payment.reference and payment.client_secret:
            # Already asked for.
            return PaymentPayload(payment=Payment.from_model(payment, client_id))
        return await charge_payment(info, payment, f"Project {project.id}", client_id)
