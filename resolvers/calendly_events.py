"""Consultations booked and called off on Calendly, for studios whose clients still book there.

`invitee.created` books a consultation of the studio whose account e-mail hosts the Calendly
event and who keeps a `calendlyUrl` (the payload names the hosts by their Calendly e-mail, not
by the booking page), for the invitee's account or a guest account of their e-mail, as
`bookConsultation` books one for a guest. Calendly has already promised the invitee that time,
so it is taken as Calendly gives it, CONFIRMED (a request the studio never confirms here
would expire at its start, jobs/unconfirmed.py): our opening hours and notice rules are
Calendly's business for these studios. Only an overlap with another session of the studio is
refused, by the calendar lock and the exclusion constraint, and logged. The invitee's URI is
kept (unique) on the consultation, so a redelivered event books nothing twice; the studio is
told as for any booking (PROVIDER_ASSIGNED). Calendly mails the invitee itself.

`invitee.canceled` cancels that consultation the way every cancellation does
(resolvers/session_cancelling.py), as the host's or the invitee's doing, whichever Calendly
says, and tells the other side. Events of unknown studios or invitees are acknowledged and
logged: Calendly resends what is refused, and resending will not make them known.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from uuid import UUID, uuid4

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from domain.account import email_violation, normalize_email
from domain.availability import blocked_span
from domain.crm import FunnelStep
from domain.notification import NotificationKind, session_time
from domain.service import own_service_violation
from domain.session import Actor, SessionStatus, Transition, next_status, refund_percent
from integrations.calendly import CANCELED, CREATED, BadEvent, InviteeEvent
from integrations.payments import PaymentProvider
from models.account import User
from models.booking import Session as SessionModel
from models.consultation import Consultation as ConsultationModel
from models.provider import ProviderProfile, ServiceKind
from models.provider import Service as ServiceModel
from resolvers.funnel import record_interaction
from resolvers.guests import new_guest
from resolvers.notify import notify_users
from resolvers.scheduling import lock_provider_calendar, rate_in, rates_of
from resolvers.seats import slot_key
from resolvers.session_cancelling import cancel_locked, cancellation_policy, settle_cancelled
from subscriptions.broker import Broker
from subscriptions.channels import session_channel

log = logging.getLogger(__name__)
MAX_NAME = 100
MAX_PROJECT_NAME = 200
MAX_DESCRIPTION = 5_000


async def _host(event: InviteeEvent) -> ProviderProfile | None:
    """The studio keeping a Calendly page whose account e-mail hosts the event."""
    emails = [normalize_email(email) for email in event.host_emails]
    if not emails:
        return None
    return (
        await ProviderProfile.filter(
            calendly_url__isnull=False, user__email__in=emails, user__deleted_at__isnull=True
        )
        .select_related("user")
        .order_by("created_at")
        .first()
    )


async def _consultation_service(profile: ProviderProfile) -> ServiceModel | None:
    """The studio's oldest consultation service still offered."""
    return (
        await ServiceModel.filter(
            provider_id=profile.id, kind=ServiceKind.CONSULTATION, active=True
        )
        .order_by("created_at", "id")
        .first()
    )


async def _price(service: ServiceModel, minutes: int) -> int:
    """The service's rate for Calendly's length, else for its default length, as
    `bookConsultation` prices one; nothing when it has neither."""
    rates = await rates_of(service)
    rate = rate_in(service, rates, minutes)
    if rate is None:
        rate = rate_in(service, rates, service.default_duration_minutes)
    return rate or 0


def _description(event: InviteeEvent) -> str:
    """The answers to the Calendly form's questions: the brief the invitee gave there."""
    text = "\n".join(f"{question}: {answer}" for question, answer in event.answers)
    return text[:MAX_DESCRIPTION]


async def _booker(event: InviteeEvent, email: str) -> User:
    """The invitee's account, or a guest account of their e-mail (created if new). A member's
    own account takes it: the booking is real, and Calendly holds it either way."""
    existing = await User.get_or_none(email=email)
    if existing is not None:
        return existing
    first = event.first_name[:MAX_NAME] or email.partition("@")[0][:MAX_NAME]
    return await new_guest(email, first, event.last_name[:MAX_NAME], None)


async def _book(
    event: InviteeEvent, profile: ProviderProfile, service: ServiceModel
) -> UUID | None:
    """Books the consultation in one transaction: its session, or None when it was booked
    already or cannot be (logged)."""
    email = normalize_email(event.email)
    if email_violation(email):
        log.warning("calendly webhook: invitee %s has no usable e-mail", event.invitee_uri)
        return None
    start, end = event.start, event.end
    if start is None or end is None:  # parse_event sets both for CREATED
        raise BadEvent("times")
    price = await _price(service, int((end - start).total_seconds()) // 60)
    blocked_start, blocked_end = blocked_span(
        start, end, service.buffer_before_minutes, service.buffer_after_minutes
    )
    async with in_transaction() as connection:
        await lock_provider_calendar(connection, profile.id)
        if await ConsultationModel.exists(calendly_invitee_uri=event.invitee_uri):
            return None
        booker = await _booker(event, email)
        if own_service_violation(profile.user_id, booker.id):  # type: ignore[attr-defined]
            log.warning("calendly webhook: %s booked their own page", event.invitee_uri)
            return None
        session_id = uuid4()
        session = await SessionModel.create(
            id=session_id,
            provider=profile,
            service=service,
            client=booker,
            slot_key=slot_key(service, session_id, start, end),
            status=SessionStatus.CONFIRMED,
            price_amount=price,
            currency=service.currency,
            start_at=start,
            end_at=end,
            blocked_start=blocked_start,
            blocked_end=blocked_end,
        )
        await ConsultationModel.create(
            session=session,
            project_name=(event.event_name or service.name)[:MAX_PROJECT_NAME],
            description=_description(event),
            calendly_invitee_uri=event.invitee_uri,
        )
        await record_interaction(FunnelStep.INTAKE, service, booker.id, session.id)
        when = session_time(start, profile.timezone)
        kind = NotificationKind.PROVIDER_ASSIGNED
        await notify_users(kind, [profile.user], when, service.name, session_id=session.id)
    return session_id


async def _booked(event: InviteeEvent) -> UUID | None:
    """The session booked for the event, or None when it books none (logged why)."""
    profile = await _host(event)
    if profile is None:
        log.info("calendly webhook: no studio hosts %s", event.invitee_uri)
        return None
    service = await _consultation_service(profile)
    if service is None:
        log.warning("calendly webhook: studio %s offers no consultation", profile.id)
        return None
    try:
        return await _book(event, profile, service)
    except IntegrityError:
        # The same invitee booked by a concurrent delivery (the unique URI), or the time
        # overlaps another session of the studio (the exclusion constraint): nothing written.
        if not await ConsultationModel.exists(calendly_invitee_uri=event.invitee_uri):
            uri = event.invitee_uri
            log.warning("calendly webhook: %s overlaps a session of studio %s", uri, profile.id)
        return None


async def _cancel(event: InviteeEvent) -> SessionModel | None:
    """Cancels the event's consultation; None when there is none to cancel (unknown, or
    cancelled or over already: a redelivery finds it so)."""
    actor = Actor.PROVIDER if event.canceled_by_host else Actor.CLIENT
    async with in_transaction():
        row = await ConsultationModel.get_or_none(calendly_invitee_uri=event.invitee_uri)
        if row is None:
            log.info("calendly webhook: no consultation for %s", event.invitee_uri)
            return None
        session = await SessionModel.select_for_update().get(id=row.session_id)  # type: ignore[attr-defined]
        if next_status(session.status, Transition.CANCEL, actor) is None:
            return None
        service = await ServiceModel.get(id=session.service_id).select_related("provider")  # type: ignore[attr-defined]
        now = datetime.now(UTC)
        percent = refund_percent(cancellation_policy(service), session.start_at, now, actor)
        offer = await cancel_locked(
            session, service, reason=event.reason, by=actor, refund_percent=percent, now=now
        )
        profile = service.provider
        when = session_time(session.start_at, profile.timezone)
        # The other side hears of it, as after `cancelSession`; Calendly tells the invitee too.
        other_id = profile.user_id if actor is Actor.CLIENT else session.client_id  # type: ignore[attr-defined]
        told = await User.filter(id=other_id, deleted_at__isnull=True)
        kind = NotificationKind.SESSION_CANCELLED
        await notify_users(kind, told, when, event.reason, session_id=session.id)
        if offer is not None:
            until = session_time(offer.offer_expires_at, profile.timezone)  # type: ignore[arg-type]
            await notify_users(NotificationKind.WAITLIST_OFFER, [await offer.client], when, until)
    return session


async def apply_calendly_event(
    event: InviteeEvent, payments: PaymentProvider, broker: Broker
) -> bool:
    """Applies one invitee event; whether it changed anything."""
    if event.kind == CREATED:
        session_id = await _booked(event)
        if session_id is not None:
            await broker.publish(session_channel(session_id))
        return session_id is not None
    if event.kind == CANCELED:
        session = await _cancel(event)
        if session is None:
            return False
        await settle_cancelled(payments, session)
        await broker.publish(session_channel(session.id))
        return True
    log.info("calendly webhook: %s not handled", event.kind)
    return False
