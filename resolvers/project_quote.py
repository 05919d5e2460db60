"""Pricing a project: the quote a client sees before asking, and createProject's price."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from strawberry import relay

from domain.project import deadline_violation, quote
from models.provider import Service as ServiceModel
from models.provider import ServiceRate
from resolvers.nodes import decode_id
from schema.common import Money
from schema.errors import BadUserInput
from schema.project_quote import ProjectQuote
from schema.provider import Service


async def base_price(service: ServiceModel) -> int:
    """Service terms always price the default length: that is a project's base price."""
    rate = await ServiceRate.get(
        service_id=service.id, duration_minutes=service.default_duration_minutes
    )
    return rate.amount


@strawberry.type
class ProjectQuoteQueries:
    @strawberry.field(
        description="What a project of this service would cost if started now, with a rush "
        "or a deadline (the pricing calculator; createProject prices it the same way). Null "
        "for a service not offered; a deadline already past is refused."
    )
    async def project_quote(
        self, service_id: relay.GlobalID, deadline: datetime | None = None, rush: bool = False
    ) -> ProjectQuote | None:
        key = decode_id(service_id, Service)
        service = await ServiceModel.get_or_none(id=key, active=True) if key else None
        if service is None:
            return None
        now = datetime.now(UTC)
        if problem := deadline_violation(deadline, now):
            raise BadUserInput(problem.message)
        base = await base_price(service)
        total = quote(base, rush=rush, deadline=deadline, now=now)
        return ProjectQuote(
            base=Money(amount=base, currency=service.currency),
            surcharge=Money(amount=total - base, currency=service.currency),
            total=Money(amount=total, currency=service.currency),
        )
