"""Outgoing webhooks: which events exist, which endpoints are acceptable, and how delivery
retries. Nothing is ever given up: a failing endpoint is retried with backoff, paused after a
day, and its owner told, so the queue waits for it instead of being dropped."""

from __future__ import annotations

import ipaddress
from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import urlsplit

from domain.notification import NotificationKind
from domain.violation import Violation

# Every milestone that notifies a project's or session's people, or an order's buyer, is also a
# webhook event under the same name; telling an owner about their own endpoint is not.
EVENT_TYPES = frozenset(NotificationKind) - {NotificationKind.WEBHOOK_ENDPOINT_PAUSED}
URL_CHARS = 2_000
DESCRIPTION_CHARS = 300

FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=1)
# An endpoint failing this long is paused and its owner told; its deliveries wait.
PAUSE_AFTER = timedelta(hours=24)
# Endpoints claimed per round; an endpoint is leased while its deliveries are attempted, and
# the lease must outlast MAX_PER_ENDPOINT attempts at the HTTP timeout each.
BATCH_SIZE = 10
MAX_PER_ENDPOINT = 20
LEASE = timedelta(minutes=10)
RESPONSE_CHARS = 1_000
# How long a rotated-out secret keeps signing beside the new one, by default and at most.
ROTATION_GRACE = timedelta(hours=24)
MAX_ROTATION_GRACE = timedelta(days=7)


class EndpointStatus(StrEnum):
    ACTIVE = "ACTIVE"  # delivered to
    PAUSED = "PAUSED"  # failed for PAUSE_AFTER; events still queue until it is resumed


class DeliveryStatus(StrEnum):
    PENDING = "PENDING"  # waiting for its first attempt, or for the deliveries before it
    SENDING = "SENDING"  # an attempt is under way
    SUCCEEDED = "SUCCEEDED"  # the endpoint answered 2xx
    FAILED = "FAILED"  # the last attempt failed; retried at `next_attempt_at`


UNDELIVERED = (DeliveryStatus.PENDING, DeliveryStatus.SENDING, DeliveryStatus.FAILED)


def is_public_address(address: str) -> bool:
    """An address on the public internet: not loopback, private, link-local (cloud metadata
    at 169.254.169.254), shared (100.64/10), reserved or multicast, nor an IPv6 form of one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return ip.is_global and not ip.is_multicast


def names_private_host(hostname: str) -> bool:
    """What a URL's host says by itself: an IP literal that is not public, or a loopback
    name. Names are checked again when resolved, at every delivery (integrations/webhooks.py)."""
    name = hostname.rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return not is_public_address(name)
    except ValueError:  # a name, not an address
        return False


def check_url(url: str, *, allow_private: bool = False) -> list[Violation]:
    """http(s) with a host. Loopback, private and link-local targets are refused unless
    WEBHOOK_ALLOW_PRIVATE_TARGETS allows them: the worker posts from inside the network, so an
    endpoint there would let an admin's typo, or a stolen admin account, reach internal
    services (SSRF)."""
    parts = urlsplit(url)
    if len(url) > URL_CHARS:
        return [Violation("url", "INVALID_URL", f"Use at most {URL_CHARS} characters.")]
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return [Violation("url", "INVALID_URL", "Use an http:// or https:// URL with a host.")]
    if parts.username or parts.password:
        return [Violation("url", "INVALID_URL", "Leave credentials out of the URL.")]
    if not allow_private and names_private_host(parts.hostname):
        message = "Use a public address: loopback, private and link-local ones are refused."
        return [Violation("url", "PRIVATE_TARGET", message)]
    return []


def check_grace_hours(hours: int) -> list[Violation]:
    if not 0 <= hours <= MAX_ROTATION_GRACE / timedelta(hours=1):
        message = f"Use 0 to {MAX_ROTATION_GRACE.days * 24} hours."
        return [Violation("graceHours", "INVALID_VALUE", message)]
    return []


def signing_secrets(
    secret: str, previous: str | None, previous_until: datetime | None, now: datetime
) -> list[str]:
    """The current secret, and the rotated-out one while its grace lasts."""
    if previous and previous_until is not None and now < previous_until:
        return [secret, previous]
    return [secret]


def check_event_types(event_types: list[str]) -> list[Violation]:
    if not event_types:
        return [Violation("eventTypes", "INVALID_VALUE", "Subscribe to at least one event.")]
    return [
        Violation(f"eventTypes.{n}", "UNKNOWN_EVENT_TYPE", f"No event is called {name!r}.")
        for n, name in enumerate(event_types)
        if name not in EVENT_TYPES
    ]


def check_description(description: str) -> list[Violation]:
    if len(description) > DESCRIPTION_CHARS:
        message = f"Use at most {DESCRIPTION_CHARS} characters."
        return [Violation("description", "INVALID_VALUE", message)]
    return []


def retry_delay(attempts: int) -> timedelta:
    """Wait before the next try after `attempts` failed ones: 30 s doubling, capped at an hour."""
    # The exponent stops growing past the cap, so years of retries cannot overflow.
    return min(FIRST_RETRY * 2 ** min(max(attempts - 1, 0), 16), LONGEST_RETRY)


def should_pause(failing_since: datetime, now: datetime) -> bool:
    return now - failing_since >= PAUSE_AFTER


def is_success(status_code: int | None) -> bool:
    return status_code is not None and 200 <= status_code < 300


def envelope(
    event_id: str, event_type: str, occurred_at: datetime, data: dict[str, object]
) -> dict[str, object]:
    """What a receiver gets as the JSON body; replays send the same envelope."""
    return {"id": event_id, "type": event_type, "createdAt": occurred_at.isoformat(), "data": data}
