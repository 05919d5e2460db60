"""Rows made directly through the models, so tests don't pay argon2 for every account."""

from __future__ import annotations

from datetime import timedelta
from itertools import count

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from app.security import issue_token
from models.account import Role, User
from models.provider import ProviderProfile, Service, ServiceKind, ServiceRate

PASSWORD = "correct horse battery 9"
_hash = PasswordHasher.from_parameters(CHEAPEST).hash(PASSWORD)
_serial = count()


async def make_user(role: Role = Role.CLIENT, **fields: object) -> User:
    n = next(_serial)
    values = {"email": f"user{n}@example.com", "first_name": "Ada", "last_name": f"Test{n}"}
    return await User.create(password_hash=_hash, role=role, **(values | fields))


async def token_for(user: User) -> str:
    token, _ = await issue_token(user, timedelta(hours=1))
    return token


async def make_provider(**fields: object) -> ProviderProfile:
    user = await make_user(Role.PROVIDER)
    values = {"display_name": f"{user.first_name} {user.last_name}", "timezone": "Europe/Berlin"}
    return await ProviderProfile.create(user=user, **(values | fields))


async def make_service(
    provider: ProviderProfile, rates: tuple[tuple[int, int], ...] = ((60, 10000),)
) -> Service:
    durations = [d for d, _ in rates]
    service = await Service.create(
        provider=provider,
        kind=ServiceKind.SESSION,
        name="Session",
        slug=f"session-{next(_serial)}",
        currency="EUR",
        default_duration_minutes=durations[0],
        min_duration_minutes=min(durations),
        max_duration_minutes=max(durations),
    )
    await ServiceRate.bulk_create(
        [ServiceRate(service=service, duration_minutes=d, amount=a) for d, a in rates]
    )
    return service
