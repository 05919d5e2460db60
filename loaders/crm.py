"""The one writer among the loaders: it batches "summary viewed" interactions like a loader
batches reads, so a client listing 50 sessions with their summaries costs one INSERT."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from aiodataloader import DataLoader

from domain.crm import FunnelStep
from models.crm import Interaction
from models.provider import ServiceKind


@dataclass(frozen=True, slots=True)
class SummaryView:
    session_id: UUID
    client_id: UUID
    service_id: UUID
    provider_id: UUID
    service_kind: ServiceKind


class SummaryViewRecorder(DataLoader[SummaryView, None]):
    """The unique dedupe key makes every view after the first a no-op."""

    async def batch_load_fn(self, keys: Sequence[SummaryView]) -> list[None]:
        await Interaction.bulk_create(
            [
                Interaction(
                    step=FunnelStep.SUMMARY_VIEWED,
                    service_kind=view.service_kind,
                    service_id=view.service_id,
                    provider_id=view.provider_id,
                    user_id=view.client_id,
                    session_id=view.session_id,
                    dedupe_key=f"summary:{view.session_id}",
                )
                for view in keys
            ],
            ignore_conflicts=True,
        )
        return [None for _ in keys]
