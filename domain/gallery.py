"""Private photo galleries: access codes, what a visitor may see, editing and proofing.

Children's photos are the studio's most sensitive data, so every rule that decides whether an
image leaves the server lives here, small enough to read in one sitting.
"""

from __future__ import annotations

import secrets
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from domain.violation import Violation

# Crockford-style alphabet: no 0/O or 1/I/L to misread when the code is typed from a card.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_GROUPS, CODE_GROUP_LENGTH = 4, 4  # 16 symbols of ~4.95 bits: about 79 bits of entropy
MAX_NAME = 200
K = TypeVar("K")
# The lines a sent selection's orders hold (models/shop.OrderItem.sku): the package's
# included photos, the extra picks, and the package's print when the catalog has none of
# its size.
INCLUDED_PHOTO_SKU = "PACKAGE-PHOTO"
EXTRA_PHOTO_SKU = "EXTRA-PHOTO"
INCLUDED_PRINT_SKU = "PACKAGE-PRINT"


class EditingStatus(StrEnum):
    RAW = "RAW"
    EDITING = "EDITING"
    EDITED = "EDITED"
    APPROVED = "APPROVED"


# Editing moves forward; an edited photo may go back for another pass until it is approved.
_EDITING_MOVES = {
    (EditingStatus.RAW, EditingStatus.EDITING),
    (EditingStatus.EDITING, EditingStatus.EDITED),
    (EditingStatus.EDITED, EditingStatus.EDITING),
    (EditingStatus.EDITED, EditingStatus.APPROVED),
}


def new_access_code() -> str:
    """Stored without separators (see normalize_code); shown grouped (display_code)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LENGTH))


def display_code(code: str) -> str:
    step = CODE_GROUP_LENGTH
    return "-".join(code[i : i + step] for i in range(0, len(code), step))


def normalize_code(typed: str) -> str:
    """What a visitor typed, as stored: case and separators do not matter."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def codes_match(stored: str, typed: str) -> bool:
    # As bytes: compare_digest refuses str with non-ASCII characters, which anyone can type.
    return secrets.compare_digest(normalize_code(stored).encode(), normalize_code(typed).encode())


def is_expired(expires_at: datetime | None, now: datetime) -> bool:
    return expires_at is not None and expires_at <= now


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is looking: staff (the photographer or an admin) see their own work plainly;
    the family sees what the gallery's settings allow."""

    staff: bool


STAFF, FAMILY = Viewer(staff=True), Viewer(staff=False)


def shows_watermark(viewer: Viewer, watermark_enabled: bool) -> bool:
    """Every image the family sees (thumbnails too) is watermarked when the gallery says so;
    staff see their work plainly."""
    return watermark_enabled and not viewer.staff


def may_download_original(
    viewer: Viewer, *, download_enabled: bool, complimentary: bool, purchased: bool
) -> bool:
    """Staff always; the family only when downloads are on and the photo is theirs to keep."""
    return viewer.staff or (download_enabled and (complimentary or purchased))


def can_move_editing(current: EditingStatus, target: EditingStatus) -> bool:
    return (current, target) in _EDITING_MOVES


@dataclass(frozen=True, slots=True)
class SelectionPlan(Generic[K]):
    """Proofing: what the family's picks come to under its package.

    `included` and `extra` are what sending the selection gives now: picks the package
    covers at no charge, and picks charged the gallery's price each. `covered` and
    `charged` count the whole selection, those two with what earlier sent selections of the
    gallery gave (a reopened selection keeps them); `owned` picks were the family's anyway
    (complimentary, or bought in the shop) and take no place."""

    included: tuple[K, ...]
    extra: tuple[K, ...]
    covered: int
    charged: int
    owned: int


def plan_selection(
    picks: Sequence[K],
    *,
    included: int,
    owned: Collection[K] = (),
    earlier_included: Collection[K] = (),
    earlier_extra: Collection[K] = (),
) -> SelectionPlan[K]:
    """Picks in the photographer's order: the first of those not yet the family's fill the
    package's places left (every place an earlier selection took stays taken, even if that
    photo is no longer picked: it was delivered), the rest are extra."""
    given = set(earlier_included) | set(earlier_extra)
    new = [pick for pick in picks if pick not in given and pick not in owned]
    left = max(0, included - len(set(earlier_included)))
    return SelectionPlan(
        included=tuple(new[:left]),
        extra=tuple(new[left:]),
        covered=sum(pick in earlier_included for pick in picks) + min(left, len(new)),
        charged=sum(pick in earlier_extra for pick in picks) + max(0, len(new) - left),
        owned=sum(pick in owned and pick not in given for pick in picks),
    )


def extra_photos_price(extra: int, price_per_photo: int) -> int:
    """Selections beyond the package are sold per photo (minor units, before tax)."""
    return extra * price_per_photo


def gallery_violations(name: str, expires_at: datetime | None, now: datetime) -> list[Violation]:
    violations = []
    if not 0 < len(name.strip()) <= MAX_NAME:
        violations.append(Violation("name", "INVALID_VALUE", "Use 1 to 200 characters."))
    if expires_at is not None and (expires_at.tzinfo is None or expires_at <= now):
        violations.append(
            Violation("expiresAt", "INVALID_VALUE", "Give a future time with its UTC offset.")
        )
    return violations
