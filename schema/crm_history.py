"""GraphQL types for the admins' view of one customer: their interactions and a summary."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.relay import to_base64

from app.context import Info
from domain.upsell import recommendation_key
from models.crm import Interaction
from schema.account import User
from schema.booking import Session
from schema.common import Money
from schema.crm import FunnelStep, RecommendationKind
from schema.provider import Provider, Service, ServiceKind


@strawberry.type(description="One step of the funnel a customer reached (admins).")
class CustomerInteraction:
    at: datetime = strawberry.field(description="When it was recorded (UTC).")
    step: FunnelStep = strawberry.field(description="The funnel step.")  # type: ignore[valid-type]
    service_kind: ServiceKind = strawberry.field(  # type: ignore[valid-type]
        description="The kind of service it concerns."
    )
    recommendation_kind: RecommendationKind | None = strawberry.field(  # type: ignore[valid-type]
        description="For the UPSELL_ steps, what was recommended; null otherwise."
    )
    model: strawberry.Private[Interaction]

    @strawberry.field(
        description="For the UPSELL_ steps, the id the recommendation has in "
        "myRecommendations (the same session and kind); null otherwise."
    )
    def recommendation_id(self) -> strawberry.ID | None:
        row = self.model
        if row.upsell_kind is None or row.session_id is None:  # type: ignore[attr-defined]
            return None
        key = recommendation_key(row.session_id, row.upsell_kind)  # type: ignore[attr-defined]
        return strawberry.ID(to_base64("Recommendation", key))

    @strawberry.field(
        description="The session it is about (for a recommendation, the completed session it "
        "follows); null when none is, or the session was deleted."
    )
    async def session(self, info: Info) -> Session | None:
        session_id = self.model.session_id  # type: ignore[attr-defined]
        row = await info.context.loaders.session_by_id.load(session_id) if session_id else None
        return Session.from_model(row) if row else None

    @strawberry.field(description="The service it concerns; null once deleted.")
    async def service(self, info: Info) -> Service | None:
        service_id = self.model.service_id  # type: ignore[attr-defined]
        row = await info.context.loaders.service_by_id.load(service_id) if service_id else None
        return Service.from_model(row) if row else None

    @strawberry.field(description="The provider it concerns; null once deleted.")
    async def provider(self, info: Info) -> Provider | None:
        provider_id = self.model.provider_id  # type: ignore[attr-defined]
        row = await info.context.loaders.provider_by_id.load(provider_id) if provider_id else None
        return Provider.from_model(row) if row else None

    @classmethod
    def from_model(cls, row: Interaction) -> CustomerInteraction:
        return cls(
            at=row.created_at,
            step=row.step,
            service_kind=row.service_kind,
            recommendation_kind=row.upsell_kind,
            model=row,
        )


@strawberry.type(description="A customer at a glance (admins).")
class CustomerSummary:
    first_seen: datetime | None = strawberry.field(
        description="Their first recorded interaction; null when there is none."
    )
    last_interaction: CustomerInteraction | None = strawberry.field(
        description="Their most recent interaction of any step; null when there is none."
    )
    sessions_booked: int = strawberry.field(
        description="Sessions they booked, in any status (cancelled ones included)."
    )
    sessions_completed: int = strawberry.field(description="Of those, the ones that took place.")
    total_paid: list[Money] = strawberry.field(
        description="What they paid, less what was refunded, per currency (sessions, "
        "installments, follow-ups, projects and shop orders); currencies in alphabetical order."
    )


@strawberry.type(description="One customer's history with the studio (admins).")
class CustomerHistory:
    customer: User = strawberry.field(description="The customer's account.")
    summary: CustomerSummary = strawberry.field(
        description="Their figures, over all their interactions whatever `kinds` names."
    )
    interactions: relay.Connection[CustomerInteraction] = strawberry.field(
        description="Their interactions of the `kinds` asked for, newest first."
    )
