"""The admins' booking figures: popular session lengths, completion and booking value."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry import relay
from tortoise import connections

from app.context import Info
from domain.booking_stats import StatRow, booking_stats
from domain.session import SessionStatus
from models.raw import fetch
from resolvers.nodes import decode_id
from resolvers.permissions import IsAdmin
from schema.booking_stats import BookingStatGroup, BookingStats
from schema.errors import require_range
from schema.provider import Provider

MAX_STATS_DAYS = 366
# A session's length in whole minutes, in each dialect's date arithmetic.
_MINUTES = {
    "postgres": 'CAST(ROUND(EXTRACT(EPOCH FROM ("end_at" - "start_at")) / 60) AS INTEGER)',
    "sqlite": 'CAST(ROUND((julianday("end_at") - julianday("start_at")) * 1440) AS INTEGER)',
}


def _sql(dialect: str, one_provider: bool) -> str:
    provider = ' AND "provider_id" = ?' if one_provider else ""
    return (
        f'SELECT {_MINUTES[dialect]} AS minutes, "status", "currency", COUNT(*) AS n,'  # noqa: S608
        ' SUM("price_amount") AS value FROM "sessions"'
        f' WHERE "start_at" >= ? AND "start_at" < ?{provider} GROUP BY 1, 2, 3'
    )


@strawberry.type
class BookingStatsQueries:
    @strawberry.field(
        description="Sessions starting in [from, to) (at most 366 days), of one provider or "
        "all: how many were booked, completed, cancelled and missed, and what a booking is "
        "worth, per session length and in total (admins).",
        permission_classes=[IsAdmin],
    )
    async def booking_stats(
        self,
        info: Info,
        from_: Annotated[datetime, strawberry.argument(name="from")],
        to: datetime,
        provider_id: Annotated[
            relay.GlobalID | None, strawberry.argument(description="Only this provider's.")
        ] = None,
    ) -> BookingStats:
        require_range(from_, to, MAX_STATS_DAYS)
        values: list[object] = [from_, to]
        provider = decode_id(provider_id, Provider) if provider_id is not None else None
        if provider is not None:
            values.append(str(provider))
        dialect = connections.get("default").capabilities.dialect
        # An ID of another type names no provider: no sessions, as for an unknown one.
        unknown = provider_id is not None and provider is None
        rows = [] if unknown else await fetch(_sql(dialect, provider is not None), values)
        total, by_length = booking_stats(
            [
                StatRow(
                    minutes=int(row["minutes"]),
                    status=SessionStatus(row["status"]),
                    currency=row["currency"],
                    count=int(row["n"]),
                    value=int(row["value"]),
                )
                for row in rows
            ]
        )
        return BookingStats(
            from_=from_,
            to=to,
            total=BookingStatGroup.from_group(total),
            by_duration=[BookingStatGroup.from_group(group) for group in by_length],
        )
