"""Moving sessions through their lifecycle: confirm, start, complete, no-show, cancel, move."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from uuid import UUID

import strawberry
from strawberry import relay
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.context import Info
from domain.crm import FunnelStep
from domain.notification import NotificationKind, session_time
from domain.session import (
    Actor,
    CancellationTier,
    SessionStatus,
    Transition,
    answers_request,
    client_too_late,
    next_status,
    refund_percent,
    too_early,
)
from domain.violation import Violation
from models.booking import Session as SessionModel
from models.provider import ProviderProfile
from models.provider import Service as ServiceModel
from models.reminder import SentReminder
from resolvers.audit import audit
from resolvers.booking import (
    ALREADY_BOOKED,
    SLOT_UNAVAILABLE,
    booking_errors,
    span_fields,
)
from resolvers.consultation_tokens import guest_links
from resolvers.crm import record_session_step
from resolvers.extra_time import BILLED_FIELDS, bill_extension, record_extension
from resolvers.nodes import decode_id
from resolvers.notification import notify_session, notify_waitlist_offer
from resolvers.participants import actor_in
from resolvers.payment_plan import move_plan_dues
from resolvers.permissions import IsAuthenticated
from resolvers.scheduling import (
    as_utc,
    busy_time,
    lock_provider_calendar,
    slot_at,
)
from resolvers.seats import holds_seat, slot_key
from resolvers.session_cancelling import cancel_locked, cancellation_policy, settle_cancelled
from resolvers.waitlist_line import book_offer, book_offers_within
from resolvers.waitlist_offers import offer_freed_slot
from schema.booking import (
    CancelSessionInput,
    ExtendSessionInput,
    RescheduleSessionInput,
    Session,
    SessionActionInput,
    SessionPayload,
)
from subscriptions.channels import session_channel

NOT_FOUND = Violation("id", "NOT_FOUND", "No such session.")
MAX_EXTENSION_MINUTES = 240


def _not_allowed(transition: Transition, session: SessionModel) -> Violation:
    action = transition.value.lower().replace("_", " ")
    message = f"You cannot {action} a {session.status.lower()} session."
    return Violation("id", "INVALID_TRANSITION", message)


@dataclass(frozen=True, slots=True)
class Claim:
    session: SessionModel
    actor: Actor
    status: SessionStatus  # the status after the move


# The caller's part in a session: who they are signed in as, or what a signed link vouches for.
ActorOf = Callable[[SessionModel], Awaitable[Actor]]


async def _lock_claim(
    session_id: UUID | None, transition: Transition, actor_of: ActorOf
) -> Claim | Violation:
    """Locks the session (FOR UPDATE, inside the caller's transaction, so two moves of one
    session happen one by one) and checks the caller may make this move; else the refusal."""
    session = (
        await SessionModel.select_for_update().get_or_none(id=session_id) if session_id else None
    )
    if session is None:
        return NOT_FOUND
    actor = await actor_of(session)
    status = next_status(session.status, transition, actor)
    if status is None:
        return _not_allowed(transition, session)
    return Claim(session, actor, status)


async def _claim(
    info: Info, global_id: relay.GlobalID, transition: Transition
) -> Claim | SessionPayload:
    """`_lock_claim` for the signed-in caller, its refusal as a payload."""
    session_id = decode_id(global_id, Session)
    claim = await _lock_claim(session_id, transition, partial(actor_in, info))
    if isinstance(claim, Violation):
        return SessionPayload(user_errors=booking_errors([claim]))
    return claim


def _client_too_late(
    claim: Claim, transition: Transition, policy: list[CancellationTier], now: datetime
) -> SessionPayload | None:
    """The refusal when a client asks too late for what the studio may still do."""
    if claim.actor is not Actor.CLIENT:
        return None
    late = client_too_late(transition, policy, claim.session.start_at, now)
    return None if late is None else SessionPayload(user_errors=booking_errors([late]))


async def changed(info: Info, session: SessionModel) -> SessionPayload:
    """Announce a committed change to the session's subscribers and answer with it."""
    await info.context.broker.publish(session_channel(session.id))
    return SessionPayload(session=Session.from_model(session))


async def _transition(
    info: Info, global_id: relay.GlobalID, transition: Transition
) -> SessionPayload:
    async with in_transaction():
        claim = await _claim(info, global_id, transition)
        if isinstance(claim, SessionPayload):
            return claim
        early = too_early(transition, claim.session.start_at, datetime.now(UTC))
        if early is not None:
            return SessionPayload(user_errors=booking_errors([early]))
        before = claim.session.status
        claim.session.status = claim.status
        claim.session.calendar_sequence += 1
        changed_fields = ["status", "calendar_sequence", "updated_at"]
        if answers_request(before, transition, claim.actor):
            claim.session.responded_at = datetime.now(UTC)
            changed_fields.append("responded_at")
        await claim.session.save(update_fields=changed_fields)
        await audit(
            info, info.field_name, "Session", claim.session.id, status=(before, claim.status)
        )
        if transition is Transition.CONFIRM:
            await notify_session(info, claim.session, NotificationKind.SESSION_CONFIRMED)
        if transition is Transition.COMPLETE:
            await record_session_step(FunnelStep.SESSION_COMPLETED, claim.session)
            await notify_session(info, claim.session, NotificationKind.SESSION_COMPLETED)
    return await changed(info, claim.session)


async def cancel(
    info: Info, session_id: UUID | None, reason: str, actor_of: ActorOf
) -> SessionModel | Violation:
    """Cancels the session as `actor_of` says the caller takes part in it, for every way in
    (`cancelSession`, a guest's link): the policy's refund, the freed slot offered to the
    waitlist, the other side told, payments settled. The session, or why not."""
    if len(reason) > 2_000:
        return Violation("reason", "INVALID_VALUE", "Keep the reason under 2,000 characters.")
    async with in_transaction():
        claim = await _lock_claim(session_id, Transition.CANCEL, actor_of)
        if isinstance(claim, Violation):
            return claim
        session = claim.session
        before = session.status
        service = await ServiceModel.get(id=session.service_id)  # type: ignore[attr-defined]
        policy = cancellation_policy(service)
        now = datetime.now(UTC)
        if claim.actor is Actor.CLIENT and (
            late := client_too_late(Transition.CANCEL, policy, session.start_at, now)
        ):
            return late
        percent = refund_percent(policy, session.start_at, now, claim.actor)
        if answers_request(before, Transition.CANCEL, claim.actor):
            session.responded_at = now  # saved with the cancellation
        offer = await cancel_locked(
            session, service, reason=reason, by=claim.actor, refund_percent=percent, now=now
        )
        await audit(info, info.field_name, "Session", session.id, status=(before, claim.status))
        await notify_session(info, session, NotificationKind.SESSION_CANCELLED, reason)
        if offer is not None:
            await notify_waitlist_offer(info, session, offer)
    await settle_cancelled(info.context.payments, session)
    await info.context.broker.publish(session_channel(session.id))
    return session


@strawberry.type
class SessionLifecycleMutations:
    @strawberry.mutation(
        description="Accept a requested session (provider) before its start: one still "
        "unconfirmed then expires, cancelled with all paid refunded (INVALID_TRANSITION after).",
        permission_classes=[IsAuthenticated],
    )
    async def confirm_session(self, info: Info, input: SessionActionInput) -> SessionPayload:
        return await _transition(info, input.id, Transition.CONFIRM)

    @strawberry.mutation(
        description="Begin a confirmed session (provider), at most 30 minutes before its "
        "start (TOO_EARLY before).",
        permission_classes=[IsAuthenticated],
    )
    async def start_session(self, info: Info, input: SessionActionInput) -> SessionPayload:
        return await _transition(info, input.id, Transition.START)

    @strawberry.mutation(
        description="Finish a session in progress (provider).", permission_classes=[IsAuthenticated]
    )
    async def complete_session(self, info: Info, input: SessionActionInput) -> SessionPayload:
        return await _transition(info, input.id, Transition.COMPLETE)

    @strawberry.mutation(
        description="Record that the client did not come (provider), once the session has "
        "begun (TOO_EARLY before).",
        permission_classes=[IsAuthenticated],
    )
    async def mark_no_show(self, info: Info, input: SessionActionInput) -> SessionPayload:
        return await _transition(info, input.id, Transition.NO_SHOW)

    @strawberry.mutation(
        description="Cancel a session; its pending card payments are cancelled at the "
        "provider, and what its payments are owed back under the service's policy is "
        "refunded at once (card payments through the provider; offline payments wait as "
        "pending refunds for the studio to record with `recordRefund`). Clients cannot once "
        "it has begun (TOO_LATE).",
        permission_classes=[IsAuthenticated],
    )
    async def cancel_session(self, info: Info, input: CancelSessionInput) -> SessionPayload:
        session_id = decode_id(input.id, Session)
        cancelled = await cancel(info, session_id, input.reason, partial(actor_in, info))
        if isinstance(cancelled, Violation):
            return SessionPayload(user_errors=booking_errors([cancelled]))
        return SessionPayload(session=Session.from_model(cancelled))

    @strawberry.mutation(
        description="Move a session to another free start; it keeps its old time otherwise. "
        "Its price stays the one agreed at booking (an early-booking discount included), "
        "whatever the new start would cost today. "
        "Clients may move it only before it begins and while cancelling would still refund "
        "the policy's longest-notice tier (TOO_LATE otherwise).",
        permission_classes=[IsAuthenticated],
    )
    async def reschedule_session(self, info: Info, input: RescheduleSessionInput) -> SessionPayload:
        session_id = decode_id(input.id, Session)
        found = await SessionModel.get_or_none(id=session_id) if session_id else None
        if found is None:
            return SessionPayload(user_errors=booking_errors([NOT_FOUND]))
        profile = await ProviderProfile.get(id=found.provider_id)  # type: ignore[attr-defined]
        service = await ServiceModel.get(id=found.service_id)  # type: ignore[attr-defined]
        new_start = as_utc(input.new_start)
        try:
            async with in_transaction() as connection:
                # Same lock as booking, taken before the row lock, so the two never deadlock.
                await lock_provider_calendar(connection, profile.id)
                claim = await _claim(info, input.id, Transition.RESCHEDULE)
                if isinstance(claim, SessionPayload):
                    return claim
                late = _client_too_late(
                    claim, Transition.RESCHEDULE, cancellation_policy(service), datetime.now(UTC)
                )
                if late is not None:
                    return late
                session = claim.session
                old_start, old_end = session.start_at, session.end_at
                # The price agreed at booking stands; only the time moves. That holds for an
                # early-booking discount as for a multiplier: the cancellation policy, not a
                # re-price, is what limits moving close to the start.
                duration = int((session.end_at - session.start_at).total_seconds() // 60)
                priced = await slot_at(
                    profile,
                    service,
                    new_start,
                    duration,
                    session.price_amount,
                    ignore=session.id,
                    client_id=session.client_id,  # type: ignore[attr-defined]
                )
                if priced is None:
                    return SessionPayload(user_errors=booking_errors([SLOT_UNAVAILABLE]))
                key = slot_key(service, session.id, priced.slot.start, priced.slot.end)
                if await holds_seat(session.client_id, service, key, ignore=session.id):  # type: ignore[attr-defined]
                    return SessionPayload(user_errors=booking_errors([ALREADY_BOOKED]))
                session.update_from_dict(
                    {"slot_key": key, **span_fields(service, priced.slot.start, priced.slot.end)}
                )
                if (session.start_at, session.end_at) != (old_start, old_end):
                    session.calendar_sequence += 1
                await session.save()
                if session.start_at != old_start:
                    # The reminders sent were about the old time: the new one is reminded anew.
                    await SentReminder.filter(session_id=session.id).delete()
                await move_plan_dues(session)
                # Moved into the time held for this client: their offer is taken up.
                await book_offer(service.id, session.client_id, session.start_at)  # type: ignore[attr-defined]
                moved = (old_start.isoformat(), session.start_at.isoformat())
                await audit(info, info.field_name, "Session", session.id, start_at=moved)
                before = session_time(old_start, profile.timezone)
                # A guest's link expires after the old time: their mail brings one for the new.
                await notify_session(
                    info,
                    session,
                    NotificationKind.SESSION_RESCHEDULED,
                    before,
                    mail={"link": ""},
                    personal=await guest_links(info, session),
                )
                offer = await offer_freed_slot(service, old_start, old_end, datetime.now(UTC))
                if offer is not None:
                    await notify_waitlist_offer(info, session, offer)
        except IntegrityError:
            return SessionPayload(user_errors=booking_errors([SLOT_UNAVAILABLE]))
        return await changed(info, session)

    @strawberry.mutation(
        description="Lengthen a session in progress when the time after it is free (provider): "
        "neither booked nor held for another client's waitlist offer (SLOT_UNAVAILABLE). The "
        "extra minutes are charged at the session's booked rate unless `charge` is false: its "
        "price rises, the balance is due at once (a running payment plan takes it as one more "
        "installment), and the client is told the new price (SESSION_EXTENDED).",
        permission_classes=[IsAuthenticated],
    )
    async def extend_session(self, info: Info, input: ExtendSessionInput) -> SessionPayload:
        if not 1 <= input.minutes <= MAX_EXTENSION_MINUTES:
            bad = Violation(
                "minutes", "INVALID_VALUE", f"Extend by 1 to {MAX_EXTENSION_MINUTES} minutes."
            )
            return SessionPayload(user_errors=booking_errors([bad]))
        session_id = decode_id(input.id, Session)
        found = await SessionModel.get_or_none(id=session_id) if session_id else None
        if found is None:
            return SessionPayload(user_errors=booking_errors([NOT_FOUND]))
        try:
            async with in_transaction() as connection:
                await lock_provider_calendar(connection, found.provider_id)  # type: ignore[attr-defined]
                claim = await _claim(info, input.id, Transition.EXTEND)
                if isinstance(claim, SessionPayload):
                    return claim
                session = claim.session
                extra = timedelta(minutes=input.minutes)
                # Another session, or a time held for another client's waitlist offer (a
                # booking of it would be refused too); the client's own offer is theirs.
                sessions, holds = await busy_time(
                    session.provider_id,  # type: ignore[attr-defined]
                    session.blocked_end,
                    session.blocked_end + extra,
                    now=datetime.now(UTC),
                    ignore=session.id,
                    client_id=session.client_id,  # type: ignore[attr-defined]
                )
                if sessions or holds:
                    taken = Violation(
                        "minutes", "SLOT_UNAVAILABLE", "The time after is booked or held."
                    )
                    return SessionPayload(user_errors=booking_errors([taken]))
                stayed_from, before = session.blocked_end, (session.end_at, session.price_amount)
                cost = bill_extension(session, input.minutes, charge=input.charge)
                session.end_at += extra
                session.blocked_end += extra
                session.calendar_sequence += 1
                moved = ["end_at", "blocked_end", "calendar_sequence", "updated_at"]
                await session.save(update_fields=[*moved, *BILLED_FIELDS])
                await book_offers_within(session, stayed_from)
                await record_extension(info, session, input.minutes, cost, before)
        except IntegrityError:
            return SessionPayload(user_errors=booking_errors([SLOT_UNAVAILABLE]))
        return await changed(info, session)
