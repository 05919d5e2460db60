"""A bundle of sessions as something paid once (resolvers/paid_once.py): once paid, its
credits book sessions, and its provider hears of it (BUNDLE_PAID); money for it going back
is told to its client (BUNDLE_REFUNDED). Nothing calls a purchase off, so nothing closes it
to its payment; a refund leaves its credits as they are (the studio gives back what it
decides, as for a project)."""

from __future__ import annotations

from domain.notification import NotificationKind
from domain.payment import PaymentKind
from models.bundle import BundlePurchase
from models.provider import ProviderProfile, Service
from resolvers.paid_once import Owner, PaidFor, PaidOnce


def bundle_name(service_name: str, session_count: int, duration_minutes: int) -> str:
    """How notices and mail name a bundle: "5 sessions of 60 min of Coaching"."""
    return f"{session_count} sessions of {duration_minutes} min of {service_name}"


async def _described(owner: Owner) -> PaidFor:
    purchase: BundlePurchase = owner  # type: ignore[assignment]
    profile = await ProviderProfile.get(id=purchase.provider_id).select_related("user")  # type: ignore[attr-defined]
    service = await Service.get(id=purchase.service_id)  # type: ignore[attr-defined]
    about = bundle_name(service.name, purchase.session_count, purchase.duration_minutes)
    return PaidFor(purchase, profile.user, purchase.client_id, about, {})  # type: ignore[attr-defined]


BUNDLE = PaidOnce(
    model=BundlePurchase,
    column="bundle_purchase_id",
    kind=PaymentKind.BUNDLE,
    paid_notice=NotificationKind.BUNDLE_PAID,
    refunded_notice=NotificationKind.BUNDLE_REFUNDED,
    paid_already="The bundle was paid already.",
    describe=_described,
    closed=lambda _: None,
)
