"""Privacy rules: what a data export leaves out, and what erasing an account keeps."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from domain.violation import Violation

EXPORT_FORMAT_VERSION = 1
# Secrets and other people's private notes: never part of anyone's archive.
EXPORT_EXCLUDED_FIELDS = frozenset(
    {
        "password_hash",
        "token_hash",
        "calendar_token_hash",
        "client_secret",
        "claim_token",
        "provider_notes",  # a provider's own notes on a client's consultation
        "access_code",
        "dedupe_key",
    }
)

ERASED_FIRST_NAME = "Deleted"
ERASED_LAST_NAME = "user"
ERASED_PROVIDER_NAME = "Former provider"
# Messages in a project thread are the provider's business record too: the thread keeps its
# shape (who wrote when, attachments) while the erased person's words go.
ERASED_MESSAGE = "[deleted]"
# Tax records need the country an order was shipped and billed to; nothing else stays.
_KEPT_ADDRESS_FIELDS = frozenset({"country"})


def erased_email(user_id: UUID) -> str:
    """Unique (the column is), not deliverable (.invalid is reserved), and says nothing."""
    return f"deleted-{user_id.hex}@deleted.invalid"


def anonymised_address(address: Mapping[str, str] | None) -> dict[str, str] | None:
    if address is None:
        return None
    return {key: value if key in _KEPT_ADDRESS_FIELDS else "" for key, value in address.items()}


def export_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key not in EXPORT_EXCLUDED_FIELDS}


def _json_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID | Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def export_document(
    user_id: UUID, exported_at: datetime, sections: Mapping[str, list[Mapping[str, Any]]]
) -> bytes:
    """The archive: one list of rows per section, secrets left out, sorted for stable diffs."""
    document = {
        "format": EXPORT_FORMAT_VERSION,
        "userId": str(user_id),
        "exportedAt": exported_at.isoformat(),
        "sections": {name: [export_row(row) for row in rows] for name, rows in sections.items()},
    }
    return json.dumps(document, default=_json_value, indent=2, sort_keys=True).encode()


def deletion_violations(
    open_sessions: int, orders_in_fulfilment: int, payments_pending: int
) -> list[Violation]:
    """An account with commitments still running cannot be erased: a provider would leave a
    client without their booked day (and a client a provider with an unknown guest), and a
    print lab would be left without the photo it is printing. Cancelling first lets the
    cancellation policy and refunds apply as usual. An unpaid order the erasure would cancel
    keeps the account while its card payment is being processed (or went through, its report
    still on its way): cancelled, the order would keep what that payment takes, as
    `updateOrderStatus` refuses to. So does such a payment of a follow-up or of a session's
    balance, whose effects (a provider told of a paid question) would follow the erasure.
    `payments_pending` counts those left after the card forms
    nobody is paying were cancelled, which is done only once nothing else refuses (a refused
    deletion leaves them payable): with another refusal they are not reported, as they may
    well be cancelled next time."""
    violations = []
    if open_sessions:
        violations.append(
            Violation(
                None,
                "OPEN_SESSIONS",
                f"Cancel your {open_sessions} upcoming session(s) before deleting the account.",
            )
        )
    if orders_in_fulfilment:
        violations.append(
            Violation(
                None,
                "ORDERS_IN_FULFILMENT",
                "Some orders are still being made; delete the account once they have shipped.",
            )
        )
    if payments_pending and not violations:
        violations.append(
            Violation(
                None,
                "PAYMENT_PENDING",
                "A card payment (of an unpaid order, yours or someone's of your galleries' "
                "photos, of a follow-up or of a session) is being processed; delete the "
                "account once it has gone through.",
            )
        )
    return violations
