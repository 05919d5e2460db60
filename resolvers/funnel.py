"""Recording steps of the sales funnel (models/crm.py): booking, intake, upsells. It imports no
schema module, so webhooks and jobs can record steps without building the API."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from domain.crm import FunnelStep
from domain.upsell import RecommendationKind
from models.crm import Interaction
from models.provider import Service as ServiceModel


def interaction(
    step: FunnelStep,
    service: ServiceModel,
    user_id: UUID | None,
    session_id: UUID | None = None,
    *,
    upsell: RecommendationKind | None = None,
    dedupe_key: str | None = None,
) -> Interaction:
    return Interaction(
        step=step,
        service_kind=service.kind,
        service_id=service.id,
        provider_id=service.provider_id,  # type: ignore[attr-defined]
        user_id=user_id,
        session_id=session_id,
        upsell_kind=upsell,
        dedupe_key=dedupe_key,
    )


async def save_interactions(rows: Iterable[Interaction]) -> None:
    """One INSERT; rows whose dedupe key was recorded already are skipped, not errors, so a
    repeat never aborts the caller's transaction."""
    if rows := list(rows):
        await Interaction.bulk_create(rows, ignore_conflicts=True)


async def record_interaction(
    step: FunnelStep,
    service: ServiceModel,
    user_id: UUID | None,
    session_id: UUID | None = None,
) -> None:
    """Call inside the transaction of the change it records, so both or neither persist."""
    await save_interactions([interaction(step, service, user_id, session_id)])
