"""Booking a consultation, signed in or as a guest, and the provider's notes on it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from functools import partial

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from domain.account import email_violation, normalize_email, phone_violation
from domain.attachment import AttachmentUse
from domain.consultation import Brief, brief_violations
from domain.crm import FunnelStep
from domain.session import Actor
from domain.violation import Violation
from models.account import Role, User
from models.booking import Session as SessionModel
from models.consultation import Consultation as ConsultationModel
from models.file import StoredFile
from models.provider import Service as ServiceModel
from models.provider import ServiceKind
from resolvers.attachment import files_to_attach
from resolvers.booking import reserve
from resolvers.booking_terms import BookingTerms, package_terms
from resolvers.consultation_tokens import consultation_link
from resolvers.errors import to_user_errors
from resolvers.funnel import record_interaction
from resolvers.guests import new_guest
from resolvers.nodes import decode_id
from resolvers.notification import notify_provider_assigned
from resolvers.outbox import mail_consultation_booked
from resolvers.participants import actor_in
from resolvers.permissions import Forbidden, IsAuthenticated
from resolvers.rate_limit import sign_up_refusal
from schema.consultation import (
    BookConsultationInput,
    Consultation,
    ConsultationErrorCode,
    ConsultationPayload,
    ConsultationUserError,
    GuestInput,
    UpdateConsultationNotesInput,
)
from schema.nodes import NIL
from schema.provider import Service

MAX_NOTES = 10_000


class _Refused(Exception):
    """Rolls back a guest account created for a booking that did not happen."""

    def __init__(self, why: Violation) -> None:
        super().__init__(why.code)
        self.why = why


def _errors(violations: list[Violation]) -> list[ConsultationUserError]:
    return to_user_errors(violations, ConsultationUserError, ConsultationErrorCode)


def _guest_violations(guest: GuestInput) -> list[Violation]:
    violations = [
        Violation(f"guest.{field}", "INVALID_NAME", "Give a name of 1-100 characters.")
        for field, value in (("firstName", guest.first_name), ("lastName", guest.last_name))
        if not 0 < len(value.strip()) <= 100
    ]
    contact = (
        email_violation(normalize_email(guest.email), field="guest.email"),
        phone_violation(guest.phone, field="guest.phone"),
    )
    return violations + [v for v in contact if v is not None]


async def _booker(info: Info, guest: GuestInput | None) -> User | Violation:
    """The signed-in user, or the guest account for that e-mail (created if new)."""
    if info.context.user is not None:
        return info.context.user
    if guest is None:
        return Violation("guest", "GUEST_REQUIRED", "Sign in or tell us who you are.")
    email = normalize_email(guest.email)
    existing = await User.get_or_none(email=email) or await new_guest(
        email, guest.first_name, guest.last_name, guest.phone
    )
    if not existing.guest:
        return Violation("guest.email", "SIGN_IN_REQUIRED", "This e-mail has an account: sign in.")
    return existing


def _as_given(guest: GuestInput) -> User:
    """The booker as an anonymous caller described them, never saved. Their e-mail may
    belong to a guest account already, whose names, id and age are no stranger's to learn."""
    return User(
        id=NIL,
        email="",
        first_name=guest.first_name.strip(),
        last_name=guest.last_name.strip(),
        role=Role.CLIENT,
        guest=True,
        created_at=datetime.now(UTC),
    )


async def _reference_file(
    info: Info, global_id: relay.GlobalID | None
) -> StoredFile | Violation | None:
    """The signed-in caller's file to send with the request, locked until the transaction it
    is called in ends (so it cannot be shared twice meanwhile), or what is wrong with it."""
    if global_id is None:
        return None
    files, violations = await files_to_attach(
        info, [global_id], field="referenceFileId", use=AttachmentUse.CONSULTATION
    )
    # The one file is no list to the client: its problem is the field's, with no index.
    return replace(violations[0], field="referenceFileId") if violations else files[0]


async def _consultation_service(
    data: BookConsultationInput,
) -> tuple[ServiceModel, BookingTerms] | Violation:
    service_id = decode_id(data.service_id, Service)
    service = (
        await ServiceModel.get_or_none(id=service_id, active=True).select_related("provider")
        if service_id
        else None
    )
    if service is None:
        return Violation("serviceId", "NOT_FOUND", "No such service.")
    if service.kind != ServiceKind.CONSULTATION:
        return Violation("serviceId", "NOT_A_CONSULTATION", "Choose a consultation service.")
    terms = await package_terms(service, None, service.default_duration_minutes)
    if isinstance(terms, Violation):
        return terms
    _, duration, rate = terms
    return service, BookingTerms(service, None, duration, rate, [])


@strawberry.type
class ConsultationMutations:
    @strawberry.mutation(
        description="Book a free consultation; guests give their name and e-mail instead of "
        "signing in, and see it once they register with that e-mail and set their password "
        "through the link it is mailed (`claimAccount`); meanwhile their confirmation mail "
        "links to it (`consultationByLink`, `cancelConsultationByLink`). A guest's form counts "
        "as a sign-up against the address's limit (RATE_LIMITED, with a Retry-After header). "
        "A provider cannot book their own service (OWN_SERVICE)."
    )
    async def book_consultation(
        self, info: Info, input: BookConsultationInput
    ) -> ConsultationPayload:
        if info.context.user is None and (refused := await sign_up_refusal(info)):
            return ConsultationPayload(user_errors=_errors([refused]))
        brief = Brief(
            project_name=input.project_name,
            description=input.description,
            genre=input.genre,
            bpm=input.bpm,
            reference_links=input.reference_links,
            special_requirements=input.special_requirements,
        )
        violations = brief_violations(brief)
        if info.context.user is None and input.guest is not None:
            violations += _guest_violations(input.guest)
        if info.context.user is None and input.reference_file_id is not None:
            # A guest has no uploads: uploading takes an account.
            violations.append(Violation("referenceFileId", "NOT_FOUND", "No such file of yours."))
        offered = await _consultation_service(input)
        if isinstance(offered, Violation):
            violations.append(offered)
        if violations:
            return ConsultationPayload(user_errors=_errors(violations))
        service, terms = offered  # type: ignore[misc]

        async def add_brief(reference: StoredFile | None, session: SessionModel) -> None:
            await ConsultationModel.create(
                session=session,
                project_name=brief.project_name.strip(),
                description=brief.description,
                genre=brief.genre.strip(),
                bpm=brief.bpm,
                reference_links=brief.reference_links,
                reference_file=reference,
                special_requirements=brief.special_requirements,
            )
            await record_interaction(FunnelStep.INTAKE, service, session.client.id, session.id)
            await notify_provider_assigned(info, session, service.provider, service.name)

        try:
            async with in_transaction():
                reference = await _reference_file(info, input.reference_file_id)
                if isinstance(reference, Violation):
                    raise _Refused(reference)
                booker = await _booker(info, input.guest)
                if isinstance(booker, Violation):
                    return ConsultationPayload(user_errors=_errors([booker]))
                session = await reserve(
                    booker, terms, input.start, then=partial(add_brief, reference)
                )
                if isinstance(session, Violation):
                    raise _Refused(session)
                link = consultation_link(info, session) if booker.guest else ""
                await mail_consultation_booked(
                    info, booker, session, brief.project_name.strip(), link
                )
        except _Refused as refused:
            return ConsultationPayload(user_errors=_errors([refused.why]))
        row = await ConsultationModel.get(session_id=session.id).select_related("session")
        consultation = Consultation.from_model(row)
        if info.context.user is None:
            consultation.session.client_as_given = _as_given(input.guest)  # type: ignore[arg-type]
        return ConsultationPayload(consultation=consultation)

    @strawberry.mutation(
        description="Write private notes on a consultation (provider).",
        permission_classes=[IsAuthenticated],
    )
    async def update_consultation_notes(
        self, info: Info, input: UpdateConsultationNotesInput
    ) -> ConsultationPayload:
        consultation_id = decode_id(input.id, Consultation)
        row = (
            await ConsultationModel.get_or_none(id=consultation_id).select_related("session")
            if consultation_id
            else None
        )
        if row is None:
            missing = Violation("id", "NOT_FOUND", "No such consultation.")
            return ConsultationPayload(user_errors=_errors([missing]))
        if await actor_in(info, row.session) is Actor.CLIENT:  # type: ignore[arg-type]
            raise Forbidden("Notes are the provider's.")
        if len(input.notes) > MAX_NOTES:
            too_long = Violation("notes", "INVALID_VALUE", "Keep notes under 10,000 characters.")
            return ConsultationPayload(user_errors=_errors([too_long]))
        row.provider_notes = input.notes
        await row.save(update_fields=["provider_notes", "updated_at"])
        return ConsultationPayload(consultation=Consultation.from_model(row))
