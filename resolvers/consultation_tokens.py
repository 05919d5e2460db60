"""The signed token of a guest's consultation link, kept apart from the link's API
(resolvers/consultation_link.py) so that what mails a link (booking, rescheduling) needs
nothing else of it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from uuid import UUID

from app.context import Info
from integrations.storage import UrlSigner
from models.booking import Session as SessionModel
from models.consultation import Consultation as ConsultationModel

_PURPOSE = "consultation-link"
# Past the consultation's end, so one the studio moved a little later still opens; a
# forwarded or leaked mail stops working soon after the call. A move mails a fresh link.
LINK_GRACE = timedelta(days=30)


def _signer(info: Info) -> UrlSigner:
    return UrlSigner(info.context.settings.secret_key)


def consultation_link(info: Info, session: SessionModel) -> str:
    """The page a guest opens from a mail to see or cancel the consultation."""
    ttl = session.end_at + LINK_GRACE - datetime.now(UTC)
    token = _signer(info).sign(_PURPOSE, int(ttl.total_seconds()), s=str(session.id))
    return f"{info.context.settings.client_url}/consultation?token={token}"


def linked_session_id(info: Info, token: str) -> UUID | None:
    """The consultation session the token was mailed for, or None when it is forged, for
    something else or expired."""
    claims = _signer(info).verify(_PURPOSE, token)
    try:
        return UUID(claims["s"]) if claims is not None else None
    except (KeyError, TypeError, ValueError):
        return None


async def guest_links(info: Info, session: SessionModel) -> Mapping[UUID, Mapping[str, str]]:
    """What a mail about the session adds for its client when they are a guest with a
    consultation (a fresh link, for its new time); nothing for members, who use the app,
    nor for the studio."""
    client = await info.context.loaders.user_by_id.load(session.client_id)  # type: ignore[attr-defined]
    if client is None or not client.guest:
        return {}
    if not await ConsultationModel.exists(session_id=session.id):
        return {}
    return {client.id: {"link": consultation_link(info, session)}}
