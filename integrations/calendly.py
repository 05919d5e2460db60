"""Calendly's webhook deliveries: their signature, and the invitee events we read from them.

Calendly signs each delivery with the subscription's signing key:
`Calendly-Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
A delivery is an envelope `{"event": "invitee.created" | "invitee.canceled", "created_at",
"created_by", "payload": <the invitee>}`; the invitee carries its own `uri`, `email`, `name`,
`first_name`, `last_name`, `questions_and_answers`, on cancellation `cancellation
{canceler_type, reason}`, and its `scheduled_event {uri, name, start_time, end_time,
event_memberships [{user, user_email, user_name}]}` (the hosts).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

SIGNATURE_HEADER = "Calendly-Webhook-Signature"
# Calendly's advice: refuse a signature older than three minutes, so a captured delivery
# cannot be replayed later.
TOLERANCE_SECONDS = 180
CREATED = "invitee.created"
CANCELED = "invitee.canceled"


def sign(key: str, stamp: int, body: bytes) -> str:
    """The header Calendly sends for `body` at `stamp` (tests sign deliveries with it)."""
    digest = hmac.new(key.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={stamp},v1={digest}"


def verify_signature(key: str, header: str | None, body: bytes, now: int) -> bool:
    """Whether `header` signs `body` with `key`, no more than three minutes ago (or ahead)."""
    if not header:
        return False
    parts = dict(part.strip().split("=", 1) for part in header.split(",") if "=" in part)
    stamp, given = parts.get("t", ""), parts.get("v1", "")
    # ASCII digits only: a header is anyone's to write, and int() takes other digits too.
    if not (stamp.isascii() and stamp.isdigit()) or abs(now - int(stamp)) > TOLERANCE_SECONDS:
        return False
    expected = sign(key, int(stamp), body).rpartition("v1=")[2]
    return given.isascii() and hmac.compare_digest(expected.encode(), given.encode())


class BadEvent(ValueError):
    """A signed delivery we cannot read."""


@dataclass(frozen=True, slots=True)
class InviteeEvent:
    """One invitee's booking or cancellation, as much of it as we keep."""

    kind: str  # CREATED, CANCELED, or another event we acknowledge and leave
    invitee_uri: str
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    event_name: str = ""
    start: datetime | None = None
    end: datetime | None = None
    host_emails: list[str] = field(default_factory=list)
    answers: list[tuple[str, str]] = field(default_factory=list)
    canceled_by_host: bool = False
    reason: str = ""


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _moment(value: object) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(value).replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadEvent("times") from exc
    if moment.tzinfo is None:
        raise BadEvent("times")
    return moment.astimezone(UTC)


def _names(invitee: dict[str, Any]) -> tuple[str, str]:
    """Calendly asks for one name field unless the event type asks for two."""
    first, last = _text(invitee.get("first_name")), _text(invitee.get("last_name"))
    if first:
        return first, last
    given, _, family = _text(invitee.get("name")).partition(" ")
    return given, family.strip()


def _answers(invitee: dict[str, Any]) -> list[tuple[str, str]]:
    pairs = invitee.get("questions_and_answers") or []
    return [
        (_text(pair.get("question")), _text(pair.get("answer")))
        for pair in pairs
        if isinstance(pair, dict) and _text(pair.get("answer"))
    ]


def parse_event(body: bytes) -> InviteeEvent:
    """The invitee event of a delivery's body; BadEvent when it is not shaped like one."""
    try:
        envelope = json.loads(body)
        kind, invitee = envelope["event"], envelope["payload"]
        uri = _text(invitee["uri"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BadEvent("envelope") from exc
    if not isinstance(kind, str) or not uri:
        raise BadEvent("envelope")
    if kind not in (CREATED, CANCELED):
        return InviteeEvent(kind=kind, invitee_uri=uri)
    scheduled = invitee.get("scheduled_event")
    if not isinstance(scheduled, dict):
        raise BadEvent("scheduled_event")
    start, end = _moment(scheduled.get("start_time")), _moment(scheduled.get("end_time"))
    if end <= start:
        raise BadEvent("times")
    hosts = [m for m in scheduled.get("event_memberships") or [] if isinstance(m, dict)]
    cancellation = invitee.get("cancellation") or {}
    first, last = _names(invitee)
    return InviteeEvent(
        kind=kind,
        invitee_uri=uri,
        email=_text(invitee.get("email")),
        first_name=first,
        last_name=last,
        event_name=_text(scheduled.get("name")),
        start=start,
        end=end,
        host_emails=[_text(m.get("user_email")) for m in hosts if _text(m.get("user_email"))],
        answers=_answers(invitee),
        canceled_by_host=isinstance(cancellation, dict)
        and cancellation.get("canceler_type") == "host",
        reason=_text(cancellation.get("reason")) if isinstance(cancellation, dict) else "",
    )
