"""GraphQL types for privacy requests: a copy of one's data, and erasing one's account."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from schema.common import UserError
from schema.file import File


@strawberry.enum(description="Why a privacy request was refused.")
class PrivacyErrorCode(Enum):
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    OPEN_SESSIONS = "OPEN_SESSIONS"
    ORDERS_IN_FULFILMENT = "ORDERS_IN_FULFILMENT"
    PAYMENT_PENDING = "PAYMENT_PENDING"


@strawberry.type(description="A problem with a privacy request.")
class PrivacyUserError(UserError):
    code: PrivacyErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(description="The result of exportMyData.")
class ExportPayload:
    file: File | None = strawberry.field(
        default=None, description="The JSON archive, stored privately as your file."
    )
    download_url: str | None = strawberry.field(
        default=None, description="Where to download the archive; valid for 5 minutes."
    )
    expires_at: datetime | None = strawberry.field(
        default=None, description="When the download URL stops working (UTC)."
    )
    user_errors: list[PrivacyUserError] = strawberry.field(
        default_factory=list, description="Why nothing was exported."
    )


@strawberry.input(description="Confirm erasing your account with your password.")
class DeleteMyAccountInput:
    password: str = strawberry.field(description="Your current password.")


@strawberry.type(description="The result of deleteMyAccount.")
class DeleteAccountPayload:
    deleted: bool = strawberry.field(
        default=False, description="True once the account and its personal data are erased."
    )
    user_errors: list[PrivacyUserError] = strawberry.field(
        default_factory=list, description="Why the account was kept."
    )
