"""GraphQL types for booked sessions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

from app.context import Info
from domain.session import SessionStatus as SessionStatusModel
from loaders.crm import SummaryView
from models.account import User as UserModel
from models.booking import Session as SessionModel
from schema.account import User
from schema.common import Money, MoneyInput, UserError
from schema.loaded import loaded
from schema.nodes import as_uuid
from schema.photography import Package, SessionChild, SessionChildInput
from schema.provider import Provider, Service
from schema.review import Review

if TYPE_CHECKING:
    from schema.aftercare import FollowUp, SessionSummary
    from schema.consultation import Consultation

SessionStatus = strawberry.enum(SessionStatusModel, description="Where a session is in its life.")


@strawberry.enum(description="Why a booking mutation refused its input.")
class BookingErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    SLOT_UNAVAILABLE = "SLOT_UNAVAILABLE"
    INVALID_DURATION = "INVALID_DURATION"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    TOO_LATE = "TOO_LATE"
    TOO_EARLY = "TOO_EARLY"
    INVALID_VALUE = "INVALID_VALUE"
    TOO_MANY_CHILDREN = "TOO_MANY_CHILDREN"
    ALREADY_BOOKED = "ALREADY_BOOKED"
    OWN_SERVICE = "OWN_SERVICE"
    PRICE_CHANGED = "PRICE_CHANGED"
    # bookSession with a bundle: not paid yet, every credit used, or another service/length.
    NOT_PAID = "NOT_PAID"
    NO_CREDITS_LEFT = "NO_CREDITS_LEFT"
    WRONG_SERVICE = "WRONG_SERVICE"


@strawberry.type(description="A problem with a booking mutation's input.")
class BookingUserError(UserError):
    code: BookingErrorCode = strawberry.field(description="Stable machine-readable reason.")


async def can_view_session(info: Info, session: SessionModel) -> bool:
    """Clients see their own sessions, providers (while they are) those booked with them,
    admins all."""
    user = info.context.user
    if user is None:
        return False
    if info.context.is_admin or session.client_id == user.id:  # type: ignore[attr-defined]
        return True
    if not info.context.is_provider:
        return False
    profile = await info.context.loaders.provider_by_id.load(session.provider_id)  # type: ignore[attr-defined]
    return profile is not None and profile.user_id == user.id  # type: ignore[attr-defined]


@strawberry.type(description="A booked appointment between a client and a provider.")
class Session(relay.Node):
    id: relay.NodeID[str]
    status: SessionStatus  # type: ignore[valid-type]
    start: datetime = strawberry.field(description="UTC start.")
    end: datetime = strawberry.field(description="UTC end.")
    seats: int = strawberry.field(description="Places taken (group sessions).")
    notes: str = strawberry.field(description="What the client wrote when booking.")
    rate_at_booking: Money = strawberry.field(
        description="Price fixed when the session was booked, for its booked length."
    )
    price: Money = strawberry.field(
        description="What the session costs: `rateAtBooking` plus the extra time charged "
        "when it ran on (`extendSession`), pro rata at the booked rate."
    )
    cancelled_at: datetime | None = strawberry.field(description="When it was cancelled.")
    cancellation_reason: str | None = strawberry.field(description="Why it was cancelled.")
    refund_percent: int | None = strawberry.field(
        description="Refund owed under the cancellation policy, once cancelled."
    )
    created_at: datetime = strawberry.field(description="When it was booked.")
    special_requests: str = strawberry.field(description="The client's wishes for the day.")
    preparation_notes: str = strawberry.field(description="The studio's notes for the day.")
    model: strawberry.Private[SessionModel]
    # Set for a caller who booked without signing in: `client` shows them what they gave.
    client_as_given: strawberry.Private[UserModel | None] = None

    @strawberry.field(
        description="Booked with a credit of a bundle (`bookSession`'s `bundlePurchaseId`): "
        "the credit covers its booked price, so nothing is due for it but extra time."
    )
    def booked_with_credit(self) -> bool:
        return self.model.bundle_purchase_id is not None  # type: ignore[attr-defined]

    @strawberry.field(description="The package booked, if any.")
    async def package(self, info: Info) -> Package | None:
        package_id = self.model.package_id  # type: ignore[attr-defined]
        row = await info.context.loaders.package_by_id.load(package_id) if package_id else None
        return Package.from_model(row, self.rate_at_booking.currency) if row else None

    @strawberry.field(
        description="The provider's summary, once written; the client reading it is recorded "
        "(SUMMARY_VIEWED, once per session)."
    )
    async def summary(
        self, info: Info
    ) -> Annotated[SessionSummary, strawberry.lazy("schema.aftercare")] | None:
        from schema.aftercare import SessionSummary  # noqa: PLC0415 - the modules refer to each other

        loaders = info.context.loaders
        row = await loaders.summary_by_session_id.load(self.model.id)
        if row is None:
            return None
        user = info.context.user
        if user is not None and user.id == self.model.client_id:  # type: ignore[attr-defined]
            service = await loaders.service_by_id.load(self.model.service_id)  # type: ignore[attr-defined]
            await loaders.summary_views.load(
                SummaryView(
                    session_id=self.model.id,
                    client_id=user.id,
                    service_id=service.id,  # type: ignore[union-attr]
                    provider_id=self.model.provider_id,  # type: ignore[attr-defined]
                    service_kind=service.kind,  # type: ignore[union-attr]
                )
            )
        return SessionSummary.from_model(row)

    @strawberry.field(
        description="The client's follow-up questions about it, oldest first, with their answers."
    )
    async def follow_ups(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> relay.Connection[Annotated[FollowUp, strawberry.lazy("schema.aftercare")]]:
        from schema.aftercare import follow_ups_of  # noqa: PLC0415 - the modules refer to each other

        return await follow_ups_of(info, "session_id", self.model.id, first, after)

    @strawberry.field(
        description="The client's project brief when this session is a consultation (with the "
        "provider's private notes, null for the client); null for other sessions."
    )
    async def consultation(
        self, info: Info
    ) -> Annotated[Consultation, strawberry.lazy("schema.consultation")] | None:
        from schema.consultation import Consultation  # noqa: PLC0415 - the modules refer to each other

        row = await info.context.loaders.consultation_by_session_id.load(self.model.id)
        return Consultation.from_model(row, self) if row else None

    @strawberry.field(description="The client's review, once written.")
    async def review(self, info: Info) -> Review | None:
        row = await info.context.loaders.review_by_session_id.load(self.model.id)
        return Review.from_model(row) if row else None

    @strawberry.field(description="Children taking part, primary child first.")
    async def children(self, info: Info) -> list[SessionChild]:
        rows = await info.context.loaders.children_by_session_id.load(self.model.id)
        return [SessionChild.from_model(row) for row in rows]

    @strawberry.field(description="Length in minutes.")
    def duration_minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    @strawberry.field(description="What was booked.")
    def service(self, info: Info) -> Service:
        service_id = self.model.service_id  # type: ignore[attr-defined]
        return loaded(info.context.loaders.service_by_id, service_id, Service.from_model)  # type: ignore[arg-type]

    @strawberry.field(description="Who provides it.")
    def provider(self, info: Info) -> Provider:
        provider_id = self.model.provider_id  # type: ignore[attr-defined]
        return loaded(info.context.loaders.provider_by_id, provider_id, Provider.from_model)  # type: ignore[arg-type]

    @strawberry.field(
        description="Who booked it. To a guest booking without signing in, the name they "
        "gave, with a placeholder id: never the account their e-mail may already belong to."
    )
    async def client(self, info: Info) -> User:
        if self.client_as_given is not None:
            return User.from_model(self.client_as_given)
        row = await info.context.loaders.user_by_id.load(self.model.client_id)  # type: ignore[attr-defined]
        return User.from_model(row)  # type: ignore[arg-type]

    @classmethod
    def from_model(cls, row: SessionModel) -> Session:
        return cls(
            id=str(row.id),
            status=row.status,
            start=row.start_at,
            end=row.end_at,
            seats=row.seats,
            notes=row.notes,
            rate_at_booking=Money(
                amount=row.price_amount - row.extra_amount, currency=row.currency
            ),
            price=Money(amount=row.price_amount, currency=row.currency),
            cancelled_at=row.cancelled_at,
            cancellation_reason=row.cancellation_reason,
            refund_percent=row.refund_percent,
            created_at=row.created_at,
            special_requests=row.special_requests,
            preparation_notes=row.preparation_notes,
            model=row,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await info.context.loaders.session_by_id.load_many([as_uuid(i) for i in node_ids])
        return [
            cls.from_model(row) if row is not None and await can_view_session(info, row) else None
            for row in rows
        ]


@strawberry.input(description="Book a service at a free start time.")
class BookSessionInput:
    service_id: relay.GlobalID
    start: datetime = strawberry.field(description="A start offered by availableSlots (UTC).")
    duration_minutes: int | None = strawberry.field(
        default=None, description="Required unless a package (which has its own) is chosen."
    )
    package_id: relay.GlobalID | None = strawberry.field(
        default=None, description="A package of the service: its length and price apply."
    )
    children: list[SessionChildInput] = strawberry.field(
        default_factory=list, description="Your children taking part (photography)."
    )
    notes: str = ""
    special_requests: str = ""
    expected_price: MoneyInput | None = strawberry.field(
        default=None,
        description="The price the client was shown (availableSlots' `price`): when the slot "
        "costs anything else by now, nothing is booked (PRICE_CHANGED, with today's price), "
        "as when an early-booking discount has lapsed since. Left out, the booking takes the "
        "price of the moment.",
    )
    bundle_purchase_id: relay.GlobalID | None = strawberry.field(
        default=None,
        description="Book with a credit of this bundle of yours (`myBundles`), paid, with a "
        "credit left, for this service and `durationMinutes`: the credit covers the "
        "session's price. NOT_FOUND, NOT_PAID, NO_CREDITS_LEFT, WRONG_SERVICE otherwise; not "
        "with a package (INVALID_VALUE).",
    )


@strawberry.input(description="The session to act on.")
class SessionActionInput:
    id: relay.GlobalID


@strawberry.input(description="Cancel a session; the refund follows the service's policy.")
class CancelSessionInput:
    id: relay.GlobalID
    reason: str = ""


@strawberry.input(description="Move a session; the old time is kept unless the new one is free.")
class RescheduleSessionInput:
    id: relay.GlobalID
    new_start: datetime


@strawberry.input(description="Lengthen a session in progress if the time after it is free.")
class ExtendSessionInput:
    id: relay.GlobalID
    minutes: int = strawberry.field(description="How much longer it runs: 1 to 240 minutes.")
    charge: bool = strawberry.field(
        default=True,
        description="Bill the extra minutes at the session's booked rate (pro rata, rounded "
        "half up on the whole extra time), added to its price and due from the client at once. "
        "False extends it at no charge (the studio's own overrun, a courtesy).",
    )


@strawberry.type(description="Result of a booking mutation.")
class SessionPayload:
    session: Session | None = strawberry.field(default=None, description="The session.")
    user_errors: list[BookingUserError] = strawberry.field(
        default_factory=list, description="What to fix; empty on success."
    )
