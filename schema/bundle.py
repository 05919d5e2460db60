"""Session bundles: what a provider sells on a service, and what a client bought."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

import strawberry
from strawberry import relay

from app.context import Info
from models.bundle import BundlePurchase as PurchaseModel
from models.bundle import ServiceBundle as BundleModel
from schema.common import Money, UserError
from schema.nodes import on_sale, rows_by_id
from schema.payment import Payment
from schema.provider import Service


@strawberry.enum(description="Why a bundle mutation was refused.")
class BundleErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"
    # The length is not one the service offers.
    INVALID_DURATION = "INVALID_DURATION"
    # buyBundle: a provider cannot buy their own service's bundle.
    OWN_SERVICE = "OWN_SERVICE"
    # buyBundle: the payment provider did not answer; the purchase waits, try again.
    PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE"


@strawberry.type(description="A problem with a bundle mutation's input.")
class BundleUserError(UserError):
    code: BundleErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(
    description="A package deal: so many sessions of one length of a service, sold at once "
    "for one price, paid once (`buyBundle`). Each session is then booked with a credit."
)
class SessionBundle(relay.Node):
    id: relay.NodeID[str]
    session_count: int = strawberry.field(description="Sessions it holds (2 to 50).")
    duration_minutes: int = strawberry.field(description="The length of each session.")
    price: Money = strawberry.field(description="What the whole bundle costs.")
    active: bool = strawberry.field(description="False once archived: no longer sold.")
    service_id: strawberry.Private[UUID]

    @strawberry.field(description="The service its sessions are of.")
    async def service(self, info: Info) -> Service | None:
        row = await info.context.loaders.service_by_id.load(self.service_id)
        return Service.from_model(row) if row else None

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        return await on_sale(info, BundleModel, node_ids, cls.from_model)

    @classmethod
    def from_model(cls, row: BundleModel, currency: str) -> SessionBundle:
        return cls(
            id=str(row.id),
            session_count=row.session_count,
            duration_minutes=row.duration_minutes,
            price=Money(amount=row.price_amount, currency=currency),
            active=row.active,
            service_id=row.service_id,  # type: ignore[attr-defined]
        )


@strawberry.type(
    description="A bundle a client bought, with its terms as bought and the credits it "
    "still holds; usable once paid."
)
class BundlePurchase(relay.Node):
    id: relay.NodeID[str]
    session_count: int = strawberry.field(description="Sessions bought.")
    duration_minutes: int = strawberry.field(description="The length each credit books.")
    price: Money = strawberry.field(description="What the bundle cost.")
    credits_left: int = strawberry.field(
        description="Sessions still to book with it; a session cancelled within the free "
        "cancellation policy gives its credit back, a late cancellation keeps it used."
    )
    paid: bool = strawberry.field(description="Its payment succeeded: its credits book sessions.")
    paid_at: datetime | None = strawberry.field(description="When it was paid (UTC).")
    created_at: datetime = strawberry.field(description="When it was bought (UTC).")
    service_id: strawberry.Private[UUID]

    @strawberry.field(description="The service its sessions are of.")
    async def service(self, info: Info) -> Service | None:
        row = await info.context.loaders.service_by_id.load(self.service_id)
        return Service.from_model(row) if row else None

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        """Its client's and admins' alone."""
        user = info.context.user
        rows = await rows_by_id(PurchaseModel, node_ids)
        return [
            cls.from_model(row)
            if row is not None
            and (info.context.is_admin or (user is not None and row.client_id == user.id))  # type: ignore[attr-defined]
            else None
            for row in rows
        ]

    @classmethod
    def from_model(cls, row: PurchaseModel) -> BundlePurchase:
        return cls(
            id=str(row.id),
            session_count=row.session_count,
            duration_minutes=row.duration_minutes,
            price=Money(amount=row.price_amount, currency=row.currency),
            credits_left=row.credits_left,
            paid=row.paid_at is not None,
            paid_at=row.paid_at,
            created_at=row.created_at,
            service_id=row.service_id,  # type: ignore[attr-defined]
        )


@strawberry.input(description="A new bundle of one of your services.")
class CreateBundleInput:
    service_id: relay.GlobalID = strawberry.field(description="The service it sells.")
    session_count: int = strawberry.field(description="Sessions it holds, 2 to 50.")
    duration_minutes: int = strawberry.field(
        description="The length of each session; one the service offers."
    )
    price_amount: int = strawberry.field(
        description="What the whole bundle costs, in minor units of the service's currency."
    )


@strawberry.input(
    description="Changes to a bundle; omitted fields stay. Bundles bought keep "
    "the terms they were bought with."
)
class UpdateBundleInput:
    id: relay.GlobalID = strawberry.field(description="The bundle.")
    session_count: int | None = strawberry.field(default=None, description="2 to 50.")
    duration_minutes: int | None = strawberry.field(
        default=None, description="A length the service offers."
    )
    price_amount: int | None = strawberry.field(
        default=None, description="Minor units of the service's currency."
    )
    active: bool | None = strawberry.field(default=None, description="False stops selling it.")


@strawberry.input(description="Stop selling a bundle; those bought keep their credits.")
class ArchiveBundleInput:
    id: relay.GlobalID = strawberry.field(description="The bundle.")


@strawberry.input(description="Buy a bundle of sessions.")
class BuyBundleInput:
    bundle_id: relay.GlobalID = strawberry.field(description="The bundle bought.")


@strawberry.type(description="The result of a bundle mutation.")
class BundlePayload:
    bundle: SessionBundle | None = strawberry.field(default=None, description="The bundle.")
    user_errors: list[BundleUserError] = strawberry.field(
        default_factory=list, description="What to fix; nothing was changed."
    )


@strawberry.type(description="The result of buyBundle.")
class BuyBundlePayload:
    purchase: BundlePurchase | None = strawberry.field(
        default=None, description="What was bought; its credits book sessions once paid."
    )
    payment: Payment | None = strawberry.field(
        default=None,
        description="Its payment: a card form's client secret, or a transfer the studio records.",
    )
    user_errors: list[BundleUserError] = strawberry.field(
        default_factory=list, description="What to fix; nothing was bought."
    )
