"""Rules for accounts: e-mail normalisation, phone numbers and password strength."""

from __future__ import annotations

import re

from domain.violation import Violation

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COMMON_PASSWORDS = frozenset(
    {"password123", "1234567890", "qwertyuiop", "letmein123", "welcome123", "iloveyou12"}
)


def normalize_email(email: str) -> str:
    """Addresses are compared case-insensitively everywhere, so they are stored lower-cased."""
    return email.strip().lower()


def email_violation(email: str, field: str = "email") -> Violation | None:
    if len(email) > 254 or not _EMAIL.match(email):
        return Violation(field, "INVALID_EMAIL", "Enter a valid e-mail address.")
    return None


MIN_PHONE_LENGTH = 5
MAX_PHONE_LENGTH = 32  # the column's width


def phone_violation(phone: str | None, field: str = "phone") -> Violation | None:
    """A phone number is optional; one given is stored trimmed, so it is measured trimmed."""
    if phone is not None and not MIN_PHONE_LENGTH <= len(phone.strip()) <= MAX_PHONE_LENGTH:
        return Violation(field, "INVALID_PHONE", "Give a phone number or leave it out.")
    return None


def password_violation(
    password: str, *, email: str = "", field: str = "password"
) -> Violation | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return Violation(
            field,
            "WEAK_PASSWORD",
            f"Use at least {MIN_PASSWORD_LENGTH} characters.",
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        return Violation(field, "WEAK_PASSWORD", "Use at most 256 characters.")
    lowered = password.lower()
    local_part = email.split("@", 1)[0].lower()
    if (
        lowered in _COMMON_PASSWORDS
        or len(set(password)) < 4
        or (len(local_part) >= 4 and local_part in lowered)
    ):
        return Violation(
            field, "WEAK_PASSWORD", "This password is too easy to guess; choose another one."
        )
    if password.isalpha() or password.isdigit():
        return Violation(field, "WEAK_PASSWORD", "Mix letters with digits or symbols.")
    return None
