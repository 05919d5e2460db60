"""GraphQL type for how fast a provider answers booking requests."""

from __future__ import annotations

import strawberry

from domain.response_time import ResponseStats as ResponseStatsModel


@strawberry.type(
    description="How fast the provider answered booking requests over the last 90 days: from "
    "a request to its confirmation, or to the provider declining it."
)
class ResponseStats:
    median_minutes: float = strawberry.field(
        description="The median wait of a request, in minutes to one decimal."
    )
    within_sla_rate: float = strawberry.field(
        description="The share of requests answered within the provider's current "
        "`responseSlaMinutes`, from 0 to 1 (four decimals)."
    )
    answered: int = strawberry.field(description="Requests answered in the period.")

    @classmethod
    def from_stats(cls, stats: ResponseStatsModel) -> ResponseStats:
        return cls(
            median_minutes=stats.median_minutes,
            within_sla_rate=stats.within_sla_rate,
            answered=stats.answered,
        )
