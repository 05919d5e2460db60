"""Types shared by every domain: money and the user-error interface."""

from __future__ import annotations

import strawberry


@strawberry.type(description="An amount of money in minor units (cents) with its ISO 4217 code.")
class Money:
    amount: int = strawberry.field(description="Minor units, e.g. 2500 for 25.00 EUR.")
    currency: str = strawberry.field(description="ISO 4217 currency code.")


@strawberry.input(description="An amount of money in minor units with its ISO 4217 code.")
class MoneyInput:
    amount: int = strawberry.field(description="Minor units, e.g. 2500 for 25.00 EUR.")
    currency: str = strawberry.field(description="ISO 4217 currency code, e.g. EUR.")


@strawberry.interface(description="A problem with the input that the user can fix.")
class UserError:
    field: str | None = strawberry.field(
        description="Path of the offending input field, or null when it concerns the whole input."
    )
    message: str = strawberry.field(description="Human-readable explanation.")
