"""Rules for photography packages, children's profiles and who comes to a session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from domain.violation import Violation

MAX_CHILDREN_PER_SESSION = 10


@dataclass(frozen=True, slots=True)
class PackageTerms:
    name: str
    duration_minutes: int
    price_amount: int
    max_children: int
    max_outfit_changes: int
    included_photos: int
    includes_print: bool = False
    print_size: str = ""


def package_violations(terms: PackageTerms) -> list[Violation]:
    size = len(terms.print_size.strip())
    checks = [
        ("name", 0 < len(terms.name.strip()) <= 100, "Use 1 to 100 characters."),
        ("durationMinutes", 0 < terms.duration_minutes <= 24 * 60, "Use 1 to 1440 minutes."),
        ("priceAmount", 0 <= terms.price_amount <= 2**31 - 1, "Use a non-negative amount."),
        (
            "maxChildren",
            0 <= terms.max_children <= MAX_CHILDREN_PER_SESSION,
            f"Use 0 to {MAX_CHILDREN_PER_SESSION}.",
        ),
        ("maxOutfitChanges", 0 <= terms.max_outfit_changes <= 20, "Use 0 to 20."),
        ("includedPhotos", 0 <= terms.included_photos <= 10_000, "Use 0 to 10,000."),
        # A print the package includes is made in a size the family is told of.
        (
            "printSize",
            0 < size <= 20 if terms.includes_print else size <= 20,
            "Name the included print's size in 1 to 20 characters, e.g. 8x10.",
        ),
    ]
    return [Violation(field, "INVALID_VALUE", message) for field, ok, message in checks if not ok]


def child_name_violations(first_name: str, last_name: str) -> list[Violation]:
    return [
        Violation(field, "INVALID_VALUE", "Use 1 to 100 characters.")
        for field, value in (("firstName", first_name), ("lastName", last_name))
        if not 0 < len(value.strip()) <= 100
    ]


def attendance_violations(
    child_ids: Sequence[object], primaries: int, max_children: int | None
) -> list[Violation]:
    """`max_children` is the package's limit, or None when no package limits it."""
    limit = MAX_CHILDREN_PER_SESSION if max_children is None else max_children
    violations = []
    if len(child_ids) > limit:
        violations.append(
            Violation("children", "TOO_MANY_CHILDREN", f"This booking allows {limit} children.")
        )
    if len(set(child_ids)) != len(child_ids):
        violations.append(Violation("children", "INVALID_VALUE", "A child is listed twice."))
    if primaries > 1:
        violations.append(Violation("children", "INVALID_VALUE", "Mark at most one child primary."))
    return violations
