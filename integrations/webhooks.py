"""Posting signed webhook deliveries over HTTP.

Every request carries `Studiograph-Signature: t=<unix seconds>,v1=<hex>`, where the hex is
HMAC-SHA256, keyed with the endpoint's secret, of the timestamp, a dot and the exact body bytes
(`f"{t}.".encode() + body`). Receivers recompute it, compare in constant time, and refuse
timestamps far from their clock so a captured request cannot be replayed later.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from domain.webhook import is_public_address, names_private_host

SIGNATURE_HEADER = "Studiograph-Signature"
SECRET_PREFIX = "whsec_"  # noqa: S105 - tells a secret apart in logs and config, not one
USER_AGENT = "studiograph-webhooks/1"


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def sign(secrets: list[str], timestamp: int, body: bytes) -> str:
    """One `v1=` per secret (Stripe's scheme): during a rotation's grace both the new and
    the old secret sign, and a receiver accepts the request if any `v1` matches its secret."""
    signed = f"{timestamp}.".encode() + body
    macs = (hmac.new(s.encode(), signed, hashlib.sha256).hexdigest() for s in secrets)
    return ",".join([f"t={timestamp}", *(f"v1={mac}" for mac in macs)])


def encode_body(payload: dict[str, object]) -> bytes:
    """Compact and stable, so the same event always has the same bytes."""
    return json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()


@dataclass(frozen=True, slots=True)
class Attempt:
    """What one POST came to: a response, or `error` when none came."""

    status_code: int | None
    body: str
    duration_ms: int
    error: str = ""


async def post(
    client: httpx.AsyncClient,
    url: str,
    secrets: list[str],
    payload: dict[str, object],
    headers: dict[str, str],
    *,
    body_chars: int,
) -> Attempt:
    """Posts once; never raises for the endpoint's failures, which are the caller's data."""
    body = encode_body(payload)
    signed = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        SIGNATURE_HEADER: sign(secrets, int(time.time()), body),
        **headers,
    }
    started = time.perf_counter()
    try:
        # Redirects are not followed: a signed body goes only where the admin registered it.
        async with client.stream("POST", url, content=body, headers=signed) as response:
            excerpt = await _excerpt(response, body_chars)
    except httpx.HTTPError as error:
        elapsed = int((time.perf_counter() - started) * 1000)
        return Attempt(None, "", elapsed, f"{type(error).__name__}: {error}"[:body_chars])
    elapsed = int((time.perf_counter() - started) * 1000)
    return Attempt(response.status_code, excerpt, elapsed)


async def private_target(url: str) -> str | None:
    """Why `url` must not be posted to, or None: its host is, or resolves to, an address that
    is not public. Checked at every delivery, since a name may point elsewhere than when it
    was registered. (A name re-resolved between this check and the connection could still
    differ: a deployment that must rule that out too sends webhooks through an egress proxy.)"""
    hostname = urlsplit(url).hostname or ""
    if names_private_host(hostname):
        return f"refused: {hostname} is not a public address"
    try:
        found = await asyncio.get_running_loop().getaddrinfo(hostname, None)
    except OSError:
        return None  # unresolvable: the POST fails with its own error, retried like any other
    for *_, sockaddr in found:
        if not is_public_address(str(sockaddr[0])):
            return f"refused: {hostname} resolves to {sockaddr[0]}, not a public address"
    return None


async def _excerpt(response: httpx.Response, limit: int) -> str:
    """The start of the response body, without reading a huge one whole."""
    read = bytearray()
    async for chunk in response.aiter_bytes():
        read += chunk
        if len(read) >= limit:
            break
    return read[:limit].decode(errors="replace")
