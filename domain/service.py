"""Rules a service definition must satisfy before it can be offered."""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import UUID

import pycountry

from domain.violation import Violation

MAX_DURATION_MINUTES = 24 * 60
MAX_AMOUNT_MINOR_UNITS = 2**31 - 1  # GraphQL Int is 32-bit


@dataclass(frozen=True, slots=True)
class ServiceTerms:
    """The bookable shape of a service: offered durations, their rates and the bounds."""

    currency: str
    rates: tuple[tuple[int, int], ...]  # (duration in minutes, amount in minor units)
    durations: tuple[int, ...]
    default_duration: int
    min_duration: int
    max_duration: int
    # Consultations may be free (the usual first step); everything else has a price.
    allow_free: bool = False


_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def own_service_violation(provider_user_id: UUID, client_id: UUID) -> Violation | None:
    """A provider does not book (or queue for) their own service: they would show up as their
    own client in the CRM, the funnel and the studio's figures. Blocking time is what
    availability overrides are for."""
    if provider_user_id != client_id:
        return None
    return Violation("serviceId", "OWN_SERVICE", "You cannot book your own service.")


def revision_violations(included_revisions: int) -> list[Violation]:
    if 0 <= included_revisions <= 20:
        return []
    return [Violation("includedRevisions", "INVALID_VALUE", "Use 0 to 20 revision rounds.")]


def naming_violations(name: str, slug: str) -> list[Violation]:
    """Slugs appear in URLs: lower-case words joined by single hyphens."""
    violations = []
    if not 0 < len(name.strip()) <= 120:
        violations.append(Violation("name", "INVALID_VALUE", "Use 1 to 120 characters."))
    if not (_SLUG.match(slug) and len(slug) <= 140):
        violations.append(
            Violation("slug", "INVALID_VALUE", "Use lower-case letters, digits and hyphens.")
        )
    return violations


def is_iso_currency(code: str) -> bool:
    return len(code) == 3 and code.isupper() and pycountry.currencies.get(alpha_3=code) is not None


def terms_violations(terms: ServiceTerms) -> list[Violation]:
    """Every problem at once, so a form can show them all together."""
    violations: list[Violation] = []
    if not is_iso_currency(terms.currency):
        violations.append(
            Violation(
                "currency", "INVALID_CURRENCY", f"{terms.currency!r} is not an ISO 4217 code."
            )
        )
    violations += _duration_violations(terms)
    violations += _rate_violations(terms)
    return violations


def _duration_violations(terms: ServiceTerms) -> list[Violation]:
    violations = [
        Violation(
            field, "INVALID_DURATION", f"Durations run from 1 to {MAX_DURATION_MINUTES} minutes."
        )
        for field, minutes in (
            ("minDurationMinutes", terms.min_duration),
            ("defaultDurationMinutes", terms.default_duration),
            ("maxDurationMinutes", terms.max_duration),
        )
        if not 0 < minutes <= MAX_DURATION_MINUTES
    ]
    if not terms.min_duration <= terms.default_duration <= terms.max_duration:
        violations.append(
            Violation(
                "defaultDurationMinutes",
                "DURATION_BOUNDS",
                "The minimum, default and maximum durations must be in increasing order.",
            )
        )
    if not terms.durations:
        violations.append(Violation("durations", "NO_DURATIONS", "Offer at least one duration."))
    if len(set(terms.durations)) != len(terms.durations):
        violations.append(
            Violation("durations", "DUPLICATE_DURATION", "A duration is listed twice.")
        )
    violations += [
        Violation(
            "durations",
            "DURATION_OUT_OF_BOUNDS",
            f"{minutes} minutes is outside the minimum and maximum duration.",
        )
        for minutes in terms.durations
        if not terms.min_duration <= minutes <= terms.max_duration
    ]
    if terms.durations and terms.default_duration not in terms.durations:
        violations.append(
            Violation(
                "defaultDurationMinutes",
                "DEFAULT_NOT_OFFERED",
                "The default duration must be one of the offered durations.",
            )
        )
    return violations


def _rate_violations(terms: ServiceTerms) -> list[Violation]:
    rated = [minutes for minutes, _ in terms.rates]
    violations = [
        Violation("rates", "MISSING_RATE", f"Give a rate for the {minutes}-minute duration.")
        for minutes in terms.durations
        if minutes not in rated
    ]
    violations += [
        Violation(
            "rates", "RATE_WITHOUT_DURATION", f"{minutes} minutes is not an offered duration."
        )
        for minutes in rated
        if minutes not in terms.durations
    ]
    if len(set(rated)) != len(rated):
        violations.append(Violation("rates", "DUPLICATE_RATE", "A duration has two rates."))
    violations += [
        Violation(
            f"rates.{index}.amount",
            "INVALID_AMOUNT",
            "Rates are positive amounts in minor units (e.g. cents).",
        )
        for index, (_, amount) in enumerate(terms.rates)
        if not (0 if terms.allow_free else 1) <= amount <= MAX_AMOUNT_MINOR_UNITS
    ]
    return violations
