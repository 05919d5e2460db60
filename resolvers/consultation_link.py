"""A guest's link to their consultation. A guest has no password to sign in with, so the
confirmation mail carries a signed token: whoever holds that mail may see the consultation
and call it off (as its client), and nothing else of the account."""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

import strawberry

from app.context import Info
from app.throttle import LINK_FAILURES_PER_ADDRESS
from domain.session import Actor
from domain.violation import Violation
from models.booking import Session as SessionModel
from models.consultation import Consultation as ConsultationModel
from resolvers.consultation_tokens import linked_session_id
from resolvers.errors import to_user_errors
from resolvers.rate_limit import client_address, rate_limited
from resolvers.session_lifecycle import cancel
from schema.consultation import (
    CancelConsultationByLinkInput,
    Consultation,
    ConsultationErrorCode,
    ConsultationPayload,
    ConsultationUserError,
)

INVALID_TOKEN = Violation("token", "INVALID_TOKEN", "This link is no longer valid.")


async def _session_id(info: Info, token: str) -> UUID | int | None:
    """The session the token stands for; None for a wrong one (counted against the caller's
    address, as a wrong gallery code is), or the seconds to wait while the address has spent
    its wrong links, whatever this one is: a lock must hold against a right guess too."""
    limit = (LINK_FAILURES_PER_ADDRESS, f"consultation-link-address:{client_address(info)}")
    if seconds := await info.context.throttle.wait(limit):
        return seconds
    session_id = linked_session_id(info, token)
    if session_id is None or not await ConsultationModel.exists(session_id=session_id):
        await info.context.throttle.failed(limit)
        return None
    return session_id


def _as_seen_by_client(row: ConsultationModel) -> Consultation:
    # The link stands for the client: the provider's private notes stay theirs.
    consultation = Consultation.from_model(row)
    consultation.for_client = True
    return consultation


async def _client(_session: SessionModel) -> Actor:
    """The link was mailed to the session's client, and names that session only."""
    return Actor.CLIENT


def _errors(violations: list[Violation]) -> list[ConsultationUserError]:
    return to_user_errors(violations, ConsultationUserError, ConsultationErrorCode)


@strawberry.type
class ConsultationLinkQueries:
    @strawberry.field(
        description="The consultation a confirmation mail's link is for, without signing in; "
        "null once the link is forged or expired (30 days after the consultation's end). "
        "Wrong links are limited per address: while the address is over its limit every "
        "link answers null, with a Retry-After header."
    )
    async def consultation_by_link(self, info: Info, token: str) -> Consultation | None:
        session_id = await _session_id(info, token)
        if not isinstance(session_id, UUID):
            if session_id is not None:
                rate_limited(info, session_id)  # for its Retry-After header
            return None
        row = await ConsultationModel.get_or_none(session_id=session_id).select_related("session")
        return _as_seen_by_client(row) if row is not None else None


@strawberry.type
class ConsultationLinkMutations:
    @strawberry.mutation(
        description="Cancel a consultation with the token of its confirmation mail's link, "
        "without signing in (guests have no password), as its client would with "
        "`cancelSession`: the provider is told and the freed time offered to the waitlist. "
        "INVALID_TOKEN for a forged or expired link, INVALID_TRANSITION once it is cancelled "
        "or over, TOO_LATE once it has begun; RATE_LIMITED (with a Retry-After header) "
        "while the caller's address has spent its wrong links."
    )
    async def cancel_consultation_by_link(
        self, info: Info, input: CancelConsultationByLinkInput
    ) -> ConsultationPayload:
        session_id = await _session_id(info, input.token)
        if session_id is None:
            return ConsultationPayload(user_errors=_errors([INVALID_TOKEN]))
        if not isinstance(session_id, UUID):
            return ConsultationPayload(user_errors=_errors([rate_limited(info, session_id)]))
        cancelled = await cancel(info, session_id, input.reason, _client)
        if isinstance(cancelled, Violation):
            # The token stands for the session's id: a refusal of it is the token's.
            why = replace(cancelled, field="token") if cancelled.field == "id" else cancelled
            return ConsultationPayload(user_errors=_errors([why]))
        row = await ConsultationModel.get(session_id=cancelled.id)
        row.session = cancelled
        return ConsultationPayload(consultation=_as_seen_by_client(row))
