"""GraphQL types for the admin funnel and the clients' upsell recommendations."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from app.context import Info
from domain.crm import FunnelStep as FunnelStepModel
from domain.crm import StepCount
from domain.upsell import RecommendationKind as RecommendationKindModel
from domain.upsell import recommendation_price
from models.booking import Session as SessionModel
from models.provider import Service as ServiceModel
from models.provider import ServiceKind as ServiceKindModel
from schema.booking import Session
from schema.common import Money, UserError
from schema.provider import Service, ServiceKind

FunnelStep = strawberry.enum(FunnelStepModel, description="A step of the client funnel.")
RecommendationKind = strawberry.enum(
    RecommendationKindModel, description="What is recommended after a completed session."
)


@strawberry.type(description="How many reached one funnel step, and how that compares.")
class FunnelStepCount:
    step: FunnelStep = strawberry.field(description="The step.")  # type: ignore[valid-type]
    count: int = strawberry.field(description="Interactions recorded at this step.")
    conversion_bp: int | None = strawberry.field(
        description="This count in basis points of the previous step's (10000 = as many, 2500 "
        "= a quarter), rounded down; null for the first step or after a step with none. Steps "
        "are counted as separate events, so it can exceed 10000."
    )

    @classmethod
    def from_count(cls, row: StepCount) -> FunnelStepCount:
        return cls(step=row.step, count=row.count, conversion_bp=row.conversion_bp)


@strawberry.type(description="The funnel for one kind of service, or for all of them.")
class FunnelGroup:
    service_kind: ServiceKind | None = strawberry.field(  # type: ignore[valid-type]
        description="The kind of service the interactions concern; null for all kinds."
    )
    steps: list[FunnelStepCount] = strawberry.field(description="Every step, in funnel order.")

    @classmethod
    def from_counts(cls, kind: ServiceKindModel | None, counts: list[StepCount]) -> FunnelGroup:
        return cls(service_kind=kind, steps=[FunnelStepCount.from_count(c) for c in counts])


@strawberry.type(description="Funnel counts and conversion rates over a period.")
class Funnel:
    from_: datetime = strawberry.field(name="from", description="Start of the period, included.")
    to: datetime = strawberry.field(description="End of the period, excluded.")
    total: FunnelGroup = strawberry.field(description="All kinds of service together.")
    by_service_kind: list[FunnelGroup] = strawberry.field(
        description="One group per kind of service, every kind listed even when empty."
    )


@strawberry.type(description="Something worth doing after a completed session, and why.")
class Recommendation:
    id: strawberry.ID = strawberry.field(
        description="Stable: the same session and kind always give the same id."
    )
    kind: RecommendationKind = strawberry.field(description="What is recommended.")  # type: ignore[valid-type]
    title: str = strawberry.field(description="A short call to action.")
    reason: str = strawberry.field(description="Why it is recommended to you.")
    service_model: strawberry.Private[ServiceModel]
    session_model: strawberry.Private[SessionModel]

    @strawberry.field(
        description="What to book: for MAINTENANCE_PLAN the session's service, for "
        "PREMIUM_UPGRADE the provider's premium service of that kind, never an archived one "
        "(the recommendation is dropped). For FOLLOW_UP nothing is booked: the session's "
        "service, which prices the follow-up, shown archived (`active` false) if it since was."
    )
    def service(self) -> Service:
        return Service.from_model(self.service_model)

    @strawberry.field(
        description="What acting on it costs at the service's default length, before any "
        "peak-hour multiplier or early-booking discount: for FOLLOW_UP the smallest follow-up "
        "(a quick question; zero on premium services, which include follow-ups), for "
        "MAINTENANCE_PLAN and PREMIUM_UPGRADE a session of `service`. availableSlots prices "
        "each start exactly."
    )
    async def price(self, info: Info) -> Money:
        service = self.service_model
        rates = await info.context.loaders.rates_by_service_id.load(service.id)
        default = service.default_duration_minutes
        # Every service rates its default length (updateService refuses otherwise).
        rate = next((r.amount for r in rates if r.duration_minutes == default), 0)
        amount = recommendation_price(
            RecommendationKindModel(self.kind), default_rate=rate, premium=service.premium
        )
        return Money(amount=amount, currency=service.currency)

    @strawberry.field(description="The completed session it follows.")
    def session(self) -> Session:
        return Session.from_model(self.session_model)


@strawberry.enum(description="Why a CRM mutation refused its input.")
class CrmErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    NOT_RECOMMENDED = "NOT_RECOMMENDED"


@strawberry.type(description="A problem with a CRM mutation's input.")
class CrmUserError(UserError):
    code: CrmErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.input(description="The recommendation the client clicked.")
class TrackRecommendationClickInput:
    recommendation_id: strawberry.ID = strawberry.field(description="From myRecommendations.")


@strawberry.type(description="Result of tracking a click on a recommendation.")
class RecommendationPayload:
    recommendation: Recommendation | None = strawberry.field(
        default=None, description="The recommendation clicked."
    )
    user_errors: list[CrmUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )
