"""The price a project of a service would start at, before anyone starts it."""

from __future__ import annotations

import strawberry

from schema.common import Money


@strawberry.type(
    description="What createProject would price a project of a service at now: the service's "
    "price for its default length, raised by the surcharge for a rush or a near deadline."
)
class ProjectQuote:
    base: Money = strawberry.field(description="The service's price for its default length.")
    surcharge: Money = strawberry.field(description="Added for the rush or the deadline.")
    total: Money = strawberry.field(description="What the project would cost.")
