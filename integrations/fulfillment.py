"""Who makes and ships an order's prints, and what the print lab tells us back.

`FulfillmentProvider` is what the shop hands paid physical items to. `ManualFulfillment` is
the studio printing in-house: submitting does nothing and staff record progress themselves
(updateOrderStatus, addTracking). A print-on-demand lab reports progress to
`POST /webhooks/print`; `verify_signature` and `parse_event` check and read those reports.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

from domain.shop import FulfillmentStatus

SIGNATURE_HEADER = "X-Print-Signature"
# Reports older (or further in the future) than this are refused, so a captured request
# cannot be replayed later; redeliveries within it are caught by their event id.
TOLERANCE_SECONDS = 300
MAX_ITEMS = 500


@dataclass(frozen=True, slots=True)
class FulfillmentLine:
    item_id: UUID
    sku: str
    quantity: int
    photo_key: str  # the original in storage, which a lab would fetch through a signed link


@dataclass(frozen=True, slots=True)
class ItemReport:
    item_id: UUID
    status: FulfillmentStatus
    carrier: str | None
    tracking_number: str | None


class FulfillmentError(Exception):
    """The provider did not take the order (unreachable, or refused it)."""


class FulfillmentProvider(Protocol):
    name: str

    async def submit(self, order_number: str, lines: Sequence[FulfillmentLine]) -> None:
        """Hand paid items over; progress comes back later (staff or the lab's webhook).
        Raises FulfillmentError if they were not taken."""
        ...


class ManualFulfillment:
    """The studio prints and posts itself: nothing to send anywhere."""

    name = "manual"

    async def submit(self, order_number: str, lines: Sequence[FulfillmentLine]) -> None:
        return None


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The header value a lab sends: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify_signature(secret: str, header: str | None, body: bytes, now: int) -> bool:
    if not header:
        return False
    parts = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    stamp, given = parts.get("t", ""), parts.get("v1", "")
    # ASCII only: "²" passes isdigit() but not int(), and compare_digest refuses non-ASCII
    # str; a header is anyone's to write, and either answered 500.
    if not (stamp.isascii() and stamp.isdigit()) or abs(now - int(stamp)) > TOLERANCE_SECONDS:
        return False
    expected = sign(secret, int(stamp), body).rpartition("v1=")[2]
    return hmac.compare_digest(expected.encode(), given.encode())


class BadEvent(ValueError):
    """A signed report we cannot read: the lab's bug, refused whole."""


@dataclass(frozen=True, slots=True)
class PrintEvent:
    event_id: str
    reports: list[ItemReport]


def _text(value: object, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise BadEvent(f"expected text of at most {limit} characters")
    return value


def parse_event(body: bytes) -> PrintEvent:
    """`{"id": "evt_1", "items": [{"itemId", "status", "carrier"?, "trackingNumber"?}]}`."""
    try:
        data = json.loads(body)
        event_id = data["id"]
        items = data["items"]
        if not isinstance(event_id, str) or not 0 < len(event_id) <= 100:
            raise BadEvent("id")
        if not isinstance(items, list) or not 0 < len(items) <= MAX_ITEMS:
            raise BadEvent("items")
        reports = [
            ItemReport(
                item_id=UUID(item["itemId"]),
                status=FulfillmentStatus(item["status"]),
                carrier=_text(item.get("carrier"), 60),
                tracking_number=_text(item.get("trackingNumber"), 100),
            )
            for item in items
        ]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BadEvent(str(exc)) from exc
    return PrintEvent(event_id=event_id, reports=reports)
