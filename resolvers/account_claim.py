"""Claiming a guest account. Registering with a guest's e-mail mails that address a link;
only the token in it sets the password, so knowing an e-mail is not enough to take over
the briefs, projects, messages and files booked with it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.context import Info
from domain.outbox import MailKind
from integrations.storage import UrlSigner
from models.account import User
from resolvers.notify import queue_mail

_PURPOSE = "claim-account"
CLAIM_LINK_TTL = timedelta(days=2)


def _signer(info: Info) -> UrlSigner:
    return UrlSigner(info.context.settings.secret_key)


async def mail_claim_link(info: Info, guest: User) -> None:
    """Queued in the caller's transaction. The token names the address too: one sent before
    the e-mail changed opens nothing."""
    token = _signer(info).sign(
        _PURPOSE, int(CLAIM_LINK_TTL.total_seconds()), u=str(guest.id), e=guest.email
    )
    await queue_mail(
        MailKind.ACCOUNT_CLAIM,
        [guest],
        link=f"{info.context.settings.client_url}/claim-account?token={token}",
        days=CLAIM_LINK_TTL.days,
    )


def claim_of(info: Info, token: str) -> dict[str, Any] | None:
    """The token's claims (`u` the guest's id, `e` their e-mail), or None when it is forged,
    for something else or expired."""
    claims = _signer(info).verify(_PURPOSE, token)
    return claims if claims is not None and {"u", "e"} <= claims.keys() else None


async def claimable_guest(claims: dict[str, Any]) -> User | None:
    """The guest the link was mailed to, locked for the caller's transaction; None once the
    account was claimed (a link works once) or deleted."""
    return (
        await User.select_for_update()
        .filter(id=claims["u"], email=claims["e"], guest=True, deleted_at=None)
        .first()
    )
