"""Guest accounts: who books a consultation without signing in (`bookConsultation`, or on a
studio's Calendly page). It imports no schema module, so webhooks can create them too."""

from __future__ import annotations

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.account import User


async def new_guest(email: str, first_name: str, last_name: str, phone: str | None) -> User:
    """A guest account for `email` (normalized), or the account a concurrent request (the same
    form sent twice, or a Calendly booking) created for it first."""
    try:
        async with in_transaction():  # a savepoint: the failed insert leaves the rest intact
            return await User.create(
                email=email,
                password_hash="",  # no password: nobody can sign in until the guest registers
                first_name=first_name.strip(),
                last_name=last_name.strip(),
                phone=phone.strip() if phone else None,
                guest=True,
            )
    except IntegrityError:
        return await User.get(email=email)
