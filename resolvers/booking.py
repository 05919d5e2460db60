"""Booking sessions and listing them; no two active sessions of a provider ever overlap."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Annotated
from uuid import UUID, uuid4

import strawberry
from strawberry import relay
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.context import Info
from domain.availability import blocked_span
from domain.service import own_service_violation
from domain.session import SessionStatus, price_changed
from domain.violation import Violation
from models.account import User
from models.booking import Session as SessionModel
from models.photography import SessionChild
from models.provider import ProviderProfile
from models.provider import Service as ServiceModel
from models.provider import ServiceKind as ServiceKindModel
from resolvers.booking_terms import BookingTerms, booking_terms
from resolvers.bundle_credit import CreditRefused, spend_credit
from resolvers.crm import record_booking
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notification import notify_provider_assigned
from resolvers.permissions import IsAuthenticated
from resolvers.scheduling import (
    ONE_START,
    as_utc,
    lock_provider_calendar,
    opening_hours,
    slot_at,
    within_reach,
)
from resolvers.seats import holds_seat, slot_key
from resolvers.waitlist_line import book_offer
from schema.account import mine_or_as_provider
from schema.booking import (
    BookingErrorCode,
    BookingUserError,
    BookSessionInput,
    Session,
    SessionPayload,
    can_view_session,
)
from schema.booking import (
    SessionStatus as SessionStatusEnum,
)
from schema.bundle import BundlePurchase
from schema.pagination import joined_page
from schema.provider import ServiceKind

SLOT_UNAVAILABLE = Violation("start", "SLOT_UNAVAILABLE", "That time is no longer available.")
ALREADY_BOOKED = Violation("start", "ALREADY_BOOKED", "You already have a seat in that session.")


def booking_errors(violations: list[Violation]) -> list[BookingUserError]:
    return to_user_errors(violations, BookingUserError, BookingErrorCode)


def span_fields(service: ServiceModel, start: datetime, end: datetime) -> dict[str, datetime]:
    blocked_start, blocked_end = blocked_span(
        start, end, service.buffer_before_minutes, service.buffer_after_minutes
    )
    return {
        "start_at": start,
        "end_at": end,
        "blocked_start": blocked_start,
        "blocked_end": blocked_end,
    }


async def reserve(
    client: User,
    terms: BookingTerms,
    start: datetime,
    *,
    notes: str = "",
    special_requests: str = "",
    then: Callable[[SessionModel], Awaitable[None]] | None = None,
) -> SessionModel | Violation:
    """Books the slot at `start` for `client` in one transaction, or returns why not
    (OWN_SERVICE for the service's own provider, SLOT_UNAVAILABLE, PRICE_CHANGED when it no
    longer costs the price the client confirmed, or ALREADY_BOOKED for a second seat of one
    group slot). `then` writes rows that belong to the new session inside
    the same transaction."""
    service = terms.service
    profile = service.provider
    if own := own_service_violation(profile.user_id, client.id):  # type: ignore[attr-defined]
        return own
    start = as_utc(start)
    if not within_reach(start, datetime.now(UTC)):
        return SLOT_UNAVAILABLE
    # Opening hours are not what the lock guards (sessions and offers are): read them before
    # it (with the terms, if those read them), so that other bookings of this provider wait
    # for fewer statements.
    hours = terms.hours
    if hours is None:
        hours = await opening_hours(profile.id, start, start + ONE_START)
    try:
        async with in_transaction() as connection:
            await lock_provider_calendar(connection, profile.id)
            priced = await slot_at(
                profile,
                service,
                start,
                terms.duration,
                terms.rate,
                client_id=client.id,
                hours=hours,
            )
            if priced is None:
                return SLOT_UNAVAILABLE
            # Priced under the lock, as it is booked: the check and the charge see one price.
            if changed := price_changed(terms.expected_price, priced.amount, priced.currency):
                return changed
            session_id = uuid4()
            key = slot_key(service, session_id, priced.slot.start, priced.slot.end)
            # Read under the calendar lock, so a double-submit cannot take two seats either.
            if await holds_seat(client.id, service, key):
                return ALREADY_BOOKED
            session = await SessionModel.create(
                id=session_id,
                provider=profile,
                service=service,
                client=client,
                slot_key=key,
                status=SessionStatus.REQUESTED,
                price_amount=priced.amount,
                currency=priced.currency,
                notes=notes,
                special_requests=special_requests,
                package=terms.package,
                **span_fields(service, priced.slot.start, priced.slot.end),
            )
            if then is not None:
                await then(session)
            if terms.offer_held:
                await book_offer(service.id, client.id, priced.slot.start)
    except IntegrityError:  # the exclusion constraint caught an overlap the lock did not
        return SLOT_UNAVAILABLE
    return session


def _credit_asked(data: BookSessionInput, terms: BookingTerms) -> UUID | Violation | None:
    """The bundle purchase whose credit is to pay, if one is named; a package has its own
    price and length, which no bundle is for."""
    if data.bundle_purchase_id is None:
        return None
    if terms.package is not None:
        return Violation(
            "bundlePurchaseId", "INVALID_VALUE", "A package is not booked with a bundle."
        )
    purchase_id = decode_id(data.bundle_purchase_id, BundlePurchase)
    return purchase_id or Violation("bundlePurchaseId", "NOT_FOUND", "No such bundle of yours.")


@strawberry.type
class BookingQueries:
    @strawberry.field(
        description="Your sessions by start time: booked by you, or with you as provider.",
        permission_classes=[IsAuthenticated],
    )
    async def my_sessions(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: SessionStatusEnum | None = None,  # type: ignore[valid-type]
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None,
        to: datetime | None = None,
        kind: Annotated[
            ServiceKind | None,  # type: ignore[valid-type]
            strawberry.argument(description="Only sessions of this kind of service."),
        ] = None,
    ) -> relay.Connection[Session]:
        user_id = info.context.user.id  # type: ignore[union-attr]
        where: list[str] = []
        values: list[object] = []
        if status is not None:
            where.append('r."status" = ?')
            values.append(SessionStatus(status).value)
        if kind is not None:
            where.append('r."service_id" IN (SELECT "id" FROM "services" WHERE "kind" = ?)')
            values.append(ServiceKindModel(kind).value)
        if from_ is not None:
            where.append('r."start_at" >= ?')
            values.append(from_)
        if to is not None:
            where.append('r."start_at" < ?')
            values.append(to)
        page = await joined_page(
            SessionModel,
            " AND ".join(where) or "TRUE",
            values,
            either=mine_or_as_provider(user_id, info.context.is_provider),
            joined=(("service", ServiceModel), ("provider", ProviderProfile)),
            first=first,
            after=after,
            to_node=Session.from_model,
            maximum=info.context.settings.page_size_max,
            order_field="start_at",
        )
        info.context.loaders.prime_service_and_provider(edge.node.model for edge in page.edges)
        return page

    @strawberry.field(
        description="One session, if it is yours.", permission_classes=[IsAuthenticated]
    )
    async def session(self, info: Info, id: relay.GlobalID) -> Session | None:
        session_id = decode_id(id, Session)
        row = await info.context.loaders.session_by_id.load(session_id) if session_id else None
        return Session.from_model(row) if row and await can_view_session(info, row) else None


@strawberry.type
class BookingMutations:
    @strawberry.mutation(
        description="Book a free slot; returns SLOT_UNAVAILABLE (and writes nothing) if taken, "
        "ALREADY_BOOKED if you have a seat of that group slot already, OWN_SERVICE if it is "
        "your own service, PRICE_CHANGED if it no longer costs the `expectedPrice` given. "
        "With `bundlePurchaseId` one credit of that bundle pays for it, taken in the "
        "booking's transaction.",
        permission_classes=[IsAuthenticated],
    )
    async def book_session(self, info: Info, input: BookSessionInput) -> SessionPayload:
        terms = await booking_terms(info, input)
        if isinstance(terms, list):
            return SessionPayload(user_errors=booking_errors(terms))
        credit = _credit_asked(input, terms)
        if isinstance(credit, Violation):
            return SessionPayload(user_errors=booking_errors([credit]))

        async def add_children(session: SessionModel) -> None:
            if credit is not None:
                await spend_credit(credit, session, terms.duration)
            await record_booking(session.client_id, session, terms.service)  # type: ignore[attr-defined]
            await notify_provider_assigned(
                info,
                session,
                terms.service.provider,
                terms.service.name,
                receipt_to=info.context.user,
            )
            if terms.attendees:
                await SessionChild.bulk_create(
                    [
                        SessionChild(
                            session=session,
                            child=a.child,
                            primary=a.primary,
                            styling_requests=a.styling_requests,
                        )
                        for a in terms.attendees
                    ]
                )

        try:
            session = await reserve(
                info.context.user,  # type: ignore[arg-type]
                terms,
                input.start,
                notes=input.notes,
                special_requests=input.special_requests,
                then=add_children,
            )
        except CreditRefused as refused:
            session = refused.violation
        if isinstance(session, Violation):
            return SessionPayload(user_errors=booking_errors([session]))
        return SessionPayload(session=Session.from_model(session))
