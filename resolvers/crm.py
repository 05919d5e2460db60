"""Recording funnel interactions where they happen, and the admin funnel over them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Annotated
from uuid import UUID

import strawberry
from tortoise import connections
from tortoise.functions import Count

from app.context import Info
from domain.crm import FunnelStep, funnel_counts
from domain.upsell import ATTRIBUTION_DAYS, RecommendationKind, recommendation_key
from models.booking import Session as SessionModel
from models.crm import Interaction
from models.provider import Service as ServiceModel
from models.provider import ServiceKind
from models.raw import fetch, json_rows
from resolvers.funnel import interaction, record_interaction, save_interactions
from resolvers.permissions import IsAdmin
from schema.crm import Funnel, FunnelGroup
from schema.errors import require_range

MAX_FUNNEL_DAYS = 366
_UPSELL_SEEN = (FunnelStep.UPSELL_SHOWN, FunnelStep.UPSELL_CLICKED)


async def record_session_step(step: FunnelStep, session: SessionModel) -> None:
    service = await ServiceModel.get(id=session.service_id)  # type: ignore[attr-defined]
    await record_interaction(step, service, session.client_id, session.id)  # type: ignore[attr-defined]


async def _purchases(
    user_id: UUID, service: ServiceModel, kinds: Iterable[RecommendationKind], **where: object
) -> list[Interaction]:
    """Recommendations of these kinds shown to (or clicked by) the user within the
    attribution window: doing the recommended thing now counts as buying each, once."""
    since = datetime.now(UTC) - timedelta(days=ATTRIBUTION_DAYS)
    seen = await (
        Interaction.filter(
            user_id=user_id,
            step__in=list(_UPSELL_SEEN),
            upsell_kind__in=list(kinds),
            created_at__gte=since,
            **where,
        )
        .distinct()
        .values_list("session_id", "upsell_kind")
    )
    return [
        interaction(
            FunnelStep.UPSELL_PURCHASED,
            service,
            user_id,
            session_id,
            upsell=RecommendationKind(kind),
            dedupe_key=f"purchased:{recommendation_key(session_id, RecommendationKind(kind))}",
        )
        for session_id, kind in seen
        if session_id is not None
    ]


_UPSOLD_BY_BOOKING = (RecommendationKind.MAINTENANCE_PLAN, RecommendationKind.PREMIUM_UPGRADE)

# `record_booking` in one round trip (PostgreSQL): the SESSION_BOOKED row (`json_rows`), and
# beside it, built from it, a purchase for each recommendation `_purchases` would find (same
# conditions, the user and service being the booked row's), keyed as `recommendation_key`
# keys it (uuid::text is the form str(UUID) gives). The SELECT reads the table as it was
# before this statement, as the ORM path reads it before its INSERT.
_BOOKED = """
WITH booked AS (
    SELECT * FROM jsonb_populate_record(NULL::"crm_interactions", ?::jsonb -> 0)
), seen AS (
    SELECT DISTINCT i."session_id", i."upsell_kind"
    FROM booked b JOIN "crm_interactions" i
    ON i."user_id" = b."user_id" AND i."service_id" = b."service_id"
    WHERE i."step" = ANY(?) AND i."upsell_kind" = ANY(?) AND i."created_at" >= ?
    AND i."session_id" IS NOT NULL
)
INSERT INTO "crm_interactions"
SELECT * FROM booked
UNION ALL
SELECT p.* FROM booked b, seen s, jsonb_populate_record(
    NULL::"crm_interactions",
    to_jsonb(b) || jsonb_build_object(
        'id', gen_random_uuid(),
        'step', ?::text,
        'session_id', s."session_id",
        'upsell_kind', s."upsell_kind",
        'dedupe_key', 'purchased:' || s."session_id" || ':' || s."upsell_kind"
    )
) AS p
ON CONFLICT DO NOTHING
"""


async def record_booking(user_id: UUID, session: SessionModel, service: ServiceModel) -> None:
    """SESSION_BOOKED, and the purchase of a maintenance visit or premium upgrade that was
    recommended with this very service."""
    booked = interaction(FunnelStep.SESSION_BOOKED, service, user_id, session.id)
    if connections.get("default").capabilities.dialect == "postgres":
        since = datetime.now(UTC) - timedelta(days=ATTRIBUTION_DAYS)
        seen = [step.value for step in _UPSELL_SEEN]
        kinds = [kind.value for kind in _UPSOLD_BY_BOOKING]
        bought = FunnelStep.UPSELL_PURCHASED.value
        await fetch(_BOOKED, [json_rows([booked]), seen, kinds, since, bought])
        return
    purchases = await _purchases(user_id, service, _UPSOLD_BY_BOOKING, service_id=service.id)
    await save_interactions([booked, *purchases])


async def record_follow_up(user_id: UUID, session_id: UUID, service: ServiceModel) -> None:
    """A follow-up about a session whose FOLLOW_UP recommendation was shown is its purchase."""
    kinds = (RecommendationKind.FOLLOW_UP,)
    await save_interactions(await _purchases(user_id, service, kinds, session_id=session_id))


@strawberry.type
class CrmQueries:
    @strawberry.field(
        description="Interactions per funnel step in [from, to), per kind of service and in "
        "total, with the conversion from each step to the next (admins).",
        permission_classes=[IsAdmin],
    )
    async def funnel(
        self,
        info: Info,
        from_: Annotated[datetime, strawberry.argument(name="from")],
        to: datetime,
    ) -> Funnel:
        require_range(from_, to, MAX_FUNNEL_DAYS)
        rows = await (
            Interaction.filter(created_at__gte=from_, created_at__lt=to)
            .annotate(count=Count("id"))
            .group_by("service_kind", "step")
            .values_list("service_kind", "step", "count")
        )
        by_kind: dict[ServiceKind, dict[FunnelStep, int]] = {kind: {} for kind in ServiceKind}
        total: dict[FunnelStep, int] = {}
        for kind, step, count in rows:
            by_kind[ServiceKind(kind)][FunnelStep(step)] = count
            total[FunnelStep(step)] = total.get(FunnelStep(step), 0) + count
        return Funnel(
            from_=from_,
            to=to,
            total=FunnelGroup.from_counts(None, funnel_counts(total)),
            by_service_kind=[
                FunnelGroup.from_counts(kind, funnel_counts(counts))
                for kind, counts in by_kind.items()
            ],
        )
