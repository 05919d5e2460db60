"""GraphQL types for the admins' booking figures."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.booking_stats import StatGroup
from schema.common import Money


@strawberry.type(description="Bookings of one session length, or of all of them.")
class BookingStatGroup:
    duration_minutes: int | None = strawberry.field(
        description="The session length; null for every length together."
    )
    booked: int = strawberry.field(description="Sessions starting in the period, any status.")
    completed: int = strawberry.field(description="Of those, the ones that took place.")
    cancelled: int = strawberry.field(description="Of those, the ones cancelled.")
    no_show: int = strawberry.field(description="Of those, the ones the client missed.")
    completion_bp: int | None = strawberry.field(
        description="Completed in basis points of booked (10000 = all), rounded down; null "
        "when none were booked."
    )
    average_value: list[Money] = strawberry.field(
        description="The mean price of a booking per currency (halves up), cancelled ones "
        "left out; currencies in alphabetical order."
    )

    @classmethod
    def from_group(cls, group: StatGroup) -> BookingStatGroup:
        return cls(
            duration_minutes=group.minutes,
            booked=group.booked,
            completed=group.completed,
            cancelled=group.cancelled,
            no_show=group.no_show,
            completion_bp=group.completion_bp,
            average_value=[
                Money(amount=amount, currency=currency)
                for currency, amount in group.average_value.items()
            ],
        )


@strawberry.type(description="Booking figures of the sessions starting in a period.")
class BookingStats:
    from_: datetime = strawberry.field(name="from", description="Start of the period, included.")
    to: datetime = strawberry.field(description="End of the period, excluded.")
    total: BookingStatGroup = strawberry.field(description="Every session length together.")
    by_duration: list[BookingStatGroup] = strawberry.field(
        description="One group per session length booked, the most booked first."
    )
