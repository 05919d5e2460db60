"""Recommendations after completed sessions: shown, clicked and (see resolvers/crm) bought."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

import strawberry
from strawberry.relay import from_base64, to_base64
from tortoise.functions import Count, Max

from app.context import Info
from domain.crm import FunnelStep
from domain.session import SessionStatus
from domain.upsell import (
    MAINTENANCE_UNTIL_DAYS,
    CompletedSession,
    RecommendationKind,
    recommendation_key,
)
from domain.upsell import Recommendation as Rule
from domain.upsell import recommendations as rules_for
from domain.violation import Violation
from models.aftercare import FollowUpRequest, SessionSummary
from models.booking import Session as SessionModel
from models.crm import Interaction
from models.provider import Service as ServiceModel
from models.provider import ServiceKind
from resolvers.errors import to_user_errors
from resolvers.funnel import interaction, save_interactions
from resolvers.permissions import IsAuthenticated
from schema.crm import (
    CrmErrorCode,
    CrmUserError,
    Recommendation,
    RecommendationPayload,
    TrackRecommendationClickInput,
)

# Recommendations look at the client's most recent completed sessions only.
RECENT_SESSIONS = 50
NOT_FOUND = Violation("recommendationId", "NOT_FOUND", "No such recommendation.")


@dataclass(frozen=True, slots=True)
class Offer:
    session: SessionModel
    service: ServiceModel  # what to book
    rule: Rule

    @property
    def key(self) -> str:
        return recommendation_key(self.session.id, self.rule.kind)

    def to_type(self) -> Recommendation:
        return Recommendation(
            id=strawberry.ID(to_base64("Recommendation", self.key)),
            kind=self.rule.kind,
            title=self.rule.title,
            reason=self.rule.reason,
            service_model=self.service,
            session_model=self.session,
        )


async def offers_for(user_id: UUID, session_id: UUID | None = None) -> list[Offer]:
    """Five statements however many sessions: the sessions with their services, then their
    summaries, follow-up counts, the providers' premium services and later bookings."""
    now = datetime.now(UTC)
    mine = SessionModel.filter(
        client_id=user_id,
        status=SessionStatus.COMPLETED,
        end_at__gte=now - timedelta(days=MAINTENANCE_UNTIL_DAYS),
    )
    if session_id is not None:
        mine = mine.filter(id=session_id)
    sessions = await mine.select_related("service").order_by("-end_at").limit(RECENT_SESSIONS)
    if not sessions:
        return []
    ids = [s.id for s in sessions]
    summaries = {
        row.session_id: row  # type: ignore[attr-defined]
        for row in await SessionSummary.filter(session_id__in=ids)
    }
    asked = dict(
        await FollowUpRequest.filter(session_id__in=ids)
        .annotate(n=Count("id"))
        .group_by("session_id")
        .values_list("session_id", "n")
    )
    premium: dict[tuple[UUID, str], ServiceModel] = {}  # each provider's first, per kind
    for service in await ServiceModel.filter(
        provider_id__in={s.provider_id for s in sessions},  # type: ignore[attr-defined]
        premium=True,
        active=True,
    ).order_by("created_at", "id"):
        premium.setdefault((service.provider_id, service.kind), service)  # type: ignore[attr-defined]
    last_start = dict(
        await SessionModel.filter(
            client_id=user_id, service_id__in={s.service.id for s in sessions}
        )
        .exclude(status=SessionStatus.CANCELLED)
        .annotate(last=Max("start_at"))
        .group_by("service_id")
        .values_list("service_id", "last")
    )
    offers = []
    for session in sessions:
        summary = summaries.get(session.id)
        upgrade = premium.get((session.provider_id, session.service.kind))  # type: ignore[attr-defined]
        done = CompletedSession(
            consultation=session.service.kind == ServiceKind.CONSULTATION,
            premium=session.service.premium,
            parts_needed=summary.parts_needed if summary else [],
            next_steps=summary.next_steps if summary else "",
            days_since=max(0, (now - session.end_at).days),
            follow_ups=asked.get(session.id, 0),
            premium_alternative=upgrade is not None,
            booked_again=last_start[session.service.id] > session.start_at,
            still_sold=session.service.active,
        )
        for rule in rules_for(done):
            target = upgrade if rule.kind is RecommendationKind.PREMIUM_UPGRADE else None
            offers.append(Offer(session, target or session.service, rule))
    return offers


def _decode(recommendation_id: str) -> tuple[UUID, RecommendationKind] | None:
    try:
        type_name, key = from_base64(recommendation_id)
        session_id, _, kind = key.partition(":")
        if type_name != "Recommendation":
            return None
        return UUID(session_id), RecommendationKind(kind)
    except ValueError:
        return None


def _seen(step: FunnelStep, offer: Offer, user_id: UUID, day: str) -> Interaction:
    prefix = "shown" if step is FunnelStep.UPSELL_SHOWN else "clicked"
    return interaction(
        step,
        offer.service,
        user_id,
        offer.session.id,
        upsell=offer.rule.kind,
        dedupe_key=f"{prefix}:{offer.key}:{day}",
    )


@strawberry.type
class UpsellQueries:
    @strawberry.field(
        description="What we recommend after your completed sessions, newest session first. "
        "Reading them records that they were shown (once a day each).",
        permission_classes=[IsAuthenticated],
    )
    async def my_recommendations(self, info: Info) -> list[Recommendation]:
        user_id = info.context.user.id  # type: ignore[union-attr]
        offers = await offers_for(user_id)
        day = datetime.now(UTC).date().isoformat()
        await save_interactions(_seen(FunnelStep.UPSELL_SHOWN, o, user_id, day) for o in offers)
        return [offer.to_type() for offer in offers]


@strawberry.type
class UpsellMutations:
    @strawberry.mutation(
        description="Record that you opened a recommendation (once a day each); booking or "
        "asking what it recommends within 30 days counts as its purchase.",
        permission_classes=[IsAuthenticated],
    )
    async def track_recommendation_click(
        self, info: Info, input: TrackRecommendationClickInput
    ) -> RecommendationPayload:
        user_id = info.context.user.id  # type: ignore[union-attr]
        decoded = _decode(input.recommendation_id)
        offers = await offers_for(user_id, decoded[0]) if decoded else []
        if not offers:
            return RecommendationPayload(user_errors=_errors([NOT_FOUND]))
        offer = next((o for o in offers if o.rule.kind is decoded[1]), None)  # type: ignore[index]
        if offer is None:
            stale = Violation("recommendationId", "NOT_RECOMMENDED", "This is no longer advised.")
            return RecommendationPayload(user_errors=_errors([stale]))
        day = datetime.now(UTC).date().isoformat()
        await save_interactions([_seen(FunnelStep.UPSELL_CLICKED, offer, user_id, day)])
        return RecommendationPayload(recommendation=offer.to_type())


def _errors(violations: list[Violation]) -> list[CrmUserError]:
    return to_user_errors(violations, CrmUserError, CrmErrorCode)
