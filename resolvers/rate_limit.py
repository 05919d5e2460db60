"""Turning a rate-limit refusal into a RATE_LIMITED user error and a `Retry-After` header."""

from __future__ import annotations

import math

from limits import RateLimitItemPerHour
from starlette.requests import HTTPConnection

from app.context import Info
from app.throttle import REGISTRATIONS_PER_ADDRESS
from domain.violation import Violation


def client_address(info: Info) -> str:
    """The peer's address; behind a proxy, uvicorn's --forwarded-allow-ips makes it the
    client's rather than the proxy's."""
    request: HTTPConnection = info.context.request
    return request.client.host if request.client else "unknown"


def rate_limited(info: Info, seconds: int, message: str = "Too many attempts") -> Violation:
    """The user error for a refusal; HTTP clients also get `Retry-After` (websockets have no
    response headers, the message says it too)."""
    if info.context.response is not None:
        info.context.response.headers["Retry-After"] = str(seconds)
    when = f"{seconds} seconds" if seconds < 120 else f"{math.ceil(seconds / 60)} minutes"
    return Violation(None, "RATE_LIMITED", f"{message}; try again in {when}.")


async def upload_refusal(info: Info, files: int = 1) -> Violation | None:
    """Counts `files` uploads of the signed-in user; a refusal when the hour's are spent.
    Every upload counts, refused ones too: each costs disk, bandwidth and (photos) CPU."""
    per_hour = RateLimitItemPerHour(info.context.settings.upload_files_per_hour)
    key = f"upload:{info.context.user.id}"  # type: ignore[union-attr]
    seconds = await info.context.throttle.spend((per_hour, key), cost=files)
    return None if seconds is None else rate_limited(info, seconds, "Too many uploads this hour")


async def sign_up_refusal(info: Info) -> Violation | None:
    """Counts a sign-up from the caller's address: a registration, or a guest's consultation
    form (which creates an account too, and tells whether an e-mail has one). Both share one
    limit, so neither is a way around the other's."""
    limit = (REGISTRATIONS_PER_ADDRESS, f"register-address:{client_address(info)}")
    seconds = await info.context.throttle.spend(limit)
    return None if seconds is None else rate_limited(info, seconds)
