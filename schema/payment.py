"""Payments as the API shows them: a session's account, payments, plans and refunds."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

import strawberry
from strawberry import relay

from app.context import Info
from domain.payment import InstallmentStatus as InstallmentStatusModel
from domain.payment import PaymentKind as PaymentKindModel
from domain.payment import PaymentStatus as PaymentStatusModel
from domain.payment import PlanStatus as PlanStatusModel
from domain.payment import RefundStatus as RefundStatusModel
from domain.payment import SessionPaymentStatus as SessionPaymentStatusModel
from models.payment import Installment as InstallmentModel
from models.payment import Payment as PaymentModel
from models.payment import PaymentPlan as PlanModel
from models.payment import Refund as RefundModel
from schema.aftercare import FollowUp, follow_up_seen
from schema.booking import Session, can_view_session
from schema.common import Money, UserError
from schema.nodes import for_admins
from schema.project import Project, can_view_project
from schema.shop import Order, may_see

PaymentKind = strawberry.enum(PaymentKindModel, description="What a payment pays for.")
PaymentStatus = strawberry.enum(
    PaymentStatusModel, description="Where a payment is; it only ever moves forward."
)
SessionPaymentStatus = strawberry.enum(
    SessionPaymentStatusModel, description="How much of a session's price is in."
)
PlanStatus = strawberry.enum(PlanStatusModel, description="Where a payment plan is.")
InstallmentStatus = strawberry.enum(InstallmentStatusModel, description="Where an installment is.")
RefundStatus = strawberry.enum(RefundStatusModel, description="Where a refund is.")


@strawberry.enum(description="Why a payment mutation refused its input.")
class PaymentErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"
    INVALID_STATE = "INVALID_STATE"
    ALREADY_PAID = "ALREADY_PAID"
    DEPOSIT_FIRST = "DEPOSIT_FIRST"
    TOO_LARGE = "TOO_LARGE"
    TOO_LATE = "TOO_LATE"
    TAKEN = "TAKEN"
    PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE"
    DECLINED = "DECLINED"
    PAYMENT_PENDING = "PAYMENT_PENDING"
    CANCEL_REFUSED = "CANCEL_REFUSED"
    # createPaymentPlan: the card is not saved to the client's own customer at the provider.
    NOT_YOUR_CARD = "NOT_YOUR_CARD"
    # payFollowUp, payProject: the follow-up is included, the project has no price.
    NO_CHARGE = "NO_CHARGE"


@strawberry.type(description="A problem with a payment mutation's input.")
class PaymentUserError(UserError):
    code: PaymentErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(
    description="Money received for a session, an order, a follow-up or a project, or on its way."
)
class Payment(relay.Node):
    id: relay.NodeID[str]
    kind: PaymentKind  # type: ignore[valid-type]
    amount: Money
    status: PaymentStatus  # type: ignore[valid-type]
    refunded: Money = strawberry.field(description="What went back to the payer so far.")
    provider: str = strawberry.field(description="offline or stripe.")
    reference: str | None = strawberry.field(
        description="The provider's id (a PaymentIntent), or the admin's note for offline ones."
    )
    secret: strawberry.Private[str | None]
    payer_id: strawberry.Private[str | None]
    session_id: strawberry.Private[UUID | None]
    order_id: strawberry.Private[UUID | None]
    follow_up_id: strawberry.Private[UUID | None]
    project_id: strawberry.Private[UUID | None]
    failure_message: str = strawberry.field(description="Why the last attempt failed.")
    paid_at: datetime | None = strawberry.field(description="When the money arrived.")
    created_at: datetime

    @strawberry.field(
        description="For Stripe's card form, while the payment waits; only the payer (the "
        "session's, the follow-up's or the project's client, the order's buyer) sees it: "
        "with it the card form could be completed or watched by anyone else, admins included."
    )
    def client_secret(self, info: Info) -> str | None:
        user = info.context.user
        mine = user is not None and self.payer_id is not None and str(user.id) == self.payer_id
        return self.secret if mine else None

    @strawberry.field(
        description="The session it pays for; null for another payment, or when you may "
        "not see the session (its client, its provider and admins may)."
    )
    async def session(self, info: Info) -> Session | None:
        if self.session_id is None:
            return None
        row = await info.context.loaders.session_by_id.load(self.session_id)
        return Session.from_model(row) if row and await can_view_session(info, row) else None

    @strawberry.field(
        description="The order it pays for; null for another payment, or when you may "
        "not see the order (its buyer and admins may)."
    )
    async def order(self, info: Info) -> Order | None:
        if self.order_id is None:
            return None
        row = await info.context.loaders.order_by_id.load(self.order_id)
        return Order.from_model(row) if row and may_see(info, row) else None

    @strawberry.field(
        description="The follow-up question it pays for; null for another payment, or when "
        "you may not see the follow-up (its client, its provider and admins may)."
    )
    async def follow_up(self, info: Info) -> FollowUp | None:
        if self.follow_up_id is None:
            return None
        return await follow_up_seen(info, self.follow_up_id)

    @strawberry.field(
        description="The project it pays for; null for another payment, or when you may not "
        "see the project (its client, its provider and admins may)."
    )
    async def project(self, info: Info) -> Project | None:
        if self.project_id is None:
            return None
        row = await info.context.loaders.project_by_id.load(self.project_id)
        return Project.from_model(row) if row and await can_view_project(info, row) else None

    @classmethod
    def from_model(cls, row: PaymentModel, payer_id: UUID | None = None) -> Payment:
        """`payer_id`: who may see the client secret; nobody when not given."""
        waiting = row.status is PaymentStatusModel.PENDING and row.client_secret
        return cls(
            id=str(row.id),
            kind=row.kind,
            amount=Money(amount=row.amount, currency=row.currency),
            status=row.status,
            refunded=Money(amount=row.refunded_amount, currency=row.currency),
            provider=row.provider,
            reference=row.reference,
            secret=row.client_secret if waiting else None,
            payer_id=str(payer_id) if payer_id else None,
            session_id=row.session_id,  # type: ignore[attr-defined]
            order_id=row.order_id,  # type: ignore[attr-defined]
            follow_up_id=row.follow_up_id,  # type: ignore[attr-defined]
            project_id=row.project_id,  # type: ignore[attr-defined]
            failure_message=row.failure_message,
            paid_at=row.paid_at,
            created_at=row.created_at,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        # Participants read payments through `sessionAccount`; by ID, only admins.
        return await for_admins(info, PaymentModel, node_ids, cls.from_model)


@strawberry.type(description="Money given back from a payment.")
class Refund:
    id: strawberry.ID
    amount: Money
    status: RefundStatus  # type: ignore[valid-type]
    reason: str
    created_at: datetime

    @classmethod
    def from_model(cls, row: RefundModel) -> Refund:
        return cls(
            id=strawberry.ID(relay.to_base64("Refund", row.id)),
            amount=Money(amount=row.amount, currency=row.currency),
            status=row.status,
            reason=row.reason,
            created_at=row.created_at,
        )


@strawberry.type(description="One payment of a plan.")
class Installment:
    number: int = strawberry.field(description="1 for the first payment.")
    due_at: datetime
    amount: Money
    status: InstallmentStatus  # type: ignore[valid-type]
    failures: int = strawberry.field(description="Failed attempts so far.")
    next_attempt_at: datetime = strawberry.field(description="When it is charged (again).")
    last_error: str

    @classmethod
    def from_model(cls, row: InstallmentModel, currency: str) -> Installment:
        return cls(
            number=row.number,
            due_at=row.due_at,
            amount=Money(amount=row.amount, currency=currency),
            status=row.status,
            failures=row.failures,
            next_attempt_at=row.next_attempt_at,
            last_error=row.last_error,
        )


@strawberry.type(description="A session's price split into payments charged on due dates.")
class PaymentPlan:
    id: strawberry.ID
    status: PlanStatus  # type: ignore[valid-type]
    total: Money
    installments: list[Installment]

    @classmethod
    def from_model(cls, row: PlanModel, installments: list[InstallmentModel]) -> PaymentPlan:
        return cls(
            id=strawberry.ID(relay.to_base64("PaymentPlan", row.id)),
            status=row.status,
            total=Money(amount=row.total_amount, currency=row.currency),
            installments=[Installment.from_model(i, row.currency) for i in installments],
        )


@strawberry.type(description="What a session costs, what came in, and how.")
class SessionAccount:
    session_id: relay.GlobalID
    price: Money = strawberry.field(
        description="What the session costs: the booked price plus any extra time charged."
    )
    deposit: Money | None = strawberry.field(description="Package sessions: the deposit asked.")
    paid: Money = strawberry.field(description="Collected, less refunds.")
    balance_due: Money = strawberry.field(
        description="What is still to pay; nothing once the session is cancelled."
    )
    balance_due_at: datetime = strawberry.field(
        description="When the balance of the booked price falls due; extra time charged "
        "(`extraTime`) is due as soon as it is charged."
    )
    extra_time: Money = strawberry.field(
        description="What of `price` is extra time the session ran on (`extendSession`): "
        "`extraMinutes` at the booked rate."
    )
    extra_minutes: int = strawberry.field(description="Minutes of extra time charged.")
    status: SessionPaymentStatus  # type: ignore[valid-type]
    payments: list[Payment] = strawberry.field(description="Oldest first.")
    refunds: list[Refund] = strawberry.field(description="Oldest first.")
    plan: PaymentPlan | None = strawberry.field(description="The latest payment plan, if any.")


@strawberry.type(
    description="What a project costs and what was paid: its quoted price, paid once in full "
    "(`payProject`)."
)
class ProjectAccount:
    project_id: relay.GlobalID = strawberry.field(description="The project.")
    price: Money = strawberry.field(
        description="The price quoted when the project started, surcharges included."
    )
    paid: Money = strawberry.field(description="Collected, less refunds.")
    balance_due: Money = strawberry.field(
        description="What is still to pay: the price until a payment of it succeeds; nothing "
        "once paid (a refund later asks for nothing again) or once the project is cancelled."
    )
    paid_at: datetime | None = strawberry.field(
        description="When its payment succeeded (UTC); null while unpaid."
    )
    payments: list[Payment] = strawberry.field(description="Oldest first.")
    refunds: list[Refund] = strawberry.field(description="Oldest first.")


@strawberry.type(description="The result of a payment mutation.")
class PaymentPayload:
    payment: Payment | None = None
    account: SessionAccount | None = None
    order: Order | None = strawberry.field(
        default=None, description="An order that came to nothing, paid without a payment."
    )
    user_errors: list[PaymentUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="The result of a refund.")
class RefundPayload:
    refunds: list[Refund] = strawberry.field(default_factory=list)
    account: SessionAccount | None = strawberry.field(
        default=None, description="The session's account, for a session's payment."
    )
    order: Order | None = strawberry.field(
        default=None, description="The order, for an order's payment."
    )
    user_errors: list[PaymentUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="The result of choosing a payment plan.")
class PaymentPlanPayload:
    plan: PaymentPlan | None = None
    account: SessionAccount | None = None
    user_errors: list[PaymentUserError] = strawberry.field(default_factory=list)


@strawberry.input(description="Pay for a session: its deposit, its balance, or all of it.")
class PayForSessionInput:
    session_id: relay.GlobalID
    kind: PaymentKind  # type: ignore[valid-type]


@strawberry.input(description="Money received outside the site for a pending offline payment.")
class RecordPaymentInput:
    payment_id: relay.GlobalID
    reference: str = strawberry.field(description="Bank transfer id, receipt number, …")


@strawberry.input(description="Give up on a pending payment.")
class CancelPaymentInput:
    payment_id: relay.GlobalID


@strawberry.input(description="Give back part or all of a payment.")
class RefundPaymentInput:
    payment_id: relay.GlobalID
    amount: int = strawberry.field(description="Minor units; at most what is left to refund.")
    reason: str = ""


@strawberry.input(description="Refund a cancelled session as its cancellation policy says.")
class RefundCancelledSessionInput:
    session_id: relay.GlobalID


@strawberry.input(description="The studio paid back a pending offline refund by hand.")
class RecordRefundInput:
    refund_id: relay.GlobalID
    reference: str = strawberry.field(default="", description="Transfer id, receipt number, …")


@strawberry.input(description="Pay the rest of a session's price in 1 to 4 payments.")
class CreatePaymentPlanInput:
    session_id: relay.GlobalID
    installments: int = strawberry.field(description="1 (in full now), 2, 3 or 4.")
    customer: str = strawberry.field(
        default="", description="Your Stripe customer (cus_…), with your account's e-mail."
    )
    payment_method: str = strawberry.field(
        default="",
        description="Card saved to that customer for off-session charges (pm_…); Stripe only.",
    )


@strawberry.input(description="Pay an order through the payment provider.")
class PayOrderInput:
    order_id: relay.GlobalID
