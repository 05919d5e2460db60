"""Rules for provider profiles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit
from zoneinfo import available_timezones

from domain.violation import Violation

MAX_SPECIALTIES = 20
MAX_SPECIALTY_LENGTH = 60
MAX_BIO = 5_000  # shown on every profile and listing
# A booking request is answered within a day at the latest (the column's default).
MAX_RESPONSE_SLA_MINUTES = 1_440
MAX_CALENDLY_URL = 300
CALENDLY_HOSTS = frozenset({"calendly.com", "www.calendly.com"})


@dataclass(frozen=True, slots=True)
class ProfileChange:
    display_name: str | None = None
    bio: str | None = None
    specialties: list[str] | None = None
    years_of_experience: int | None = None
    timezone: str | None = None
    response_sla_minutes: int | None = None
    calendly_url: str | None = None  # "" takes the link off


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def is_iana_timezone(name: str) -> bool:
    return name in _zones()


def specialty_key(name: str) -> str:
    """What `providers(specialty:)` compares: the name trimmed and lower-cased, the same in
    Python on every database (SQLite's own LOWER and UPPER know only ASCII)."""
    return name.strip().lower()


def clean_specialties(names: list[str]) -> list[str]:
    """Trimmed, in the given order, without blanks or case-insensitive repeats."""
    seen: set[str] = set()
    cleaned = []
    for name in (n.strip() for n in names):
        if name and specialty_key(name) not in seen:
            seen.add(specialty_key(name))
            cleaned.append(name)
    return cleaned


def calendly_url_violation(url: str) -> Violation | None:
    """A booking page on calendly.com over https, or why not: the profile shows it to anyone
    as a link to follow, so it must lead nowhere else (no other host, port or credentials)."""
    wrong = Violation(
        "calendlyUrl", "INVALID_URL", "Give your https://calendly.com/... booking page."
    )
    if len(url) > MAX_CALENDLY_URL or not url.isprintable() or any(c.isspace() for c in url):
        return wrong
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed "[" in the host
        return wrong
    # The whole netloc, not the hostname: credentials or a port make it no longer Calendly's.
    if parts.scheme != "https" or parts.netloc.lower() not in CALENDLY_HOSTS:
        return wrong
    return None if parts.path.strip("/") else wrong


def profile_violations(change: ProfileChange) -> list[Violation]:
    violations = []
    if change.calendly_url and (wrong := calendly_url_violation(change.calendly_url.strip())):
        violations.append(wrong)
    if change.display_name is not None and not 0 < len(change.display_name.strip()) <= 120:
        violations.append(Violation("displayName", "INVALID_VALUE", "Use 1 to 120 characters."))
    if change.bio is not None and len(change.bio) > MAX_BIO:
        violations.append(Violation("bio", "INVALID_VALUE", "Keep it under 5,000 characters."))
    if change.timezone is not None and not is_iana_timezone(change.timezone):
        violations.append(
            Violation("timezone", "INVALID_TIMEZONE", "Use an IANA zone such as Europe/Berlin.")
        )
    if change.years_of_experience is not None and not 0 <= change.years_of_experience <= 80:
        violations.append(Violation("yearsOfExperience", "INVALID_VALUE", "Use 0 to 80 years."))
    sla = change.response_sla_minutes
    if sla is not None and not 1 <= sla <= MAX_RESPONSE_SLA_MINUTES:
        violations.append(
            Violation("responseSlaMinutes", "INVALID_VALUE", "Use 1 to 1440 minutes.")
        )
    if change.specialties is not None:
        names = clean_specialties(change.specialties)
        if len(names) > MAX_SPECIALTIES or any(len(n) > MAX_SPECIALTY_LENGTH for n in names):
            violations.append(
                Violation("specialties", "INVALID_VALUE", "Up to 20 specialties of 60 characters.")
            )
    return violations
