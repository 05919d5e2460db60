"""Buying a bundle of sessions (its client), through the payments flow follow-ups and
projects use (resolvers/paid_once.py): a purchase and its pending payment committed first,
then the provider asked with a key derived from it (`charge_payment`). With Stripe the
payment carries the card form's client secret and the webhook pays the bundle; offline the
studio records the transfer (`recordPayment`). Its credits book sessions once it is paid."""

from __future__ import annotations

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from domain.bundle import purchase_refusal
from domain.violation import Violation
from models.bundle import BundlePurchase as PurchaseModel
from models.bundle import ServiceBundle
from models.provider import ProviderProfile
from models.provider import Service as ServiceModel
from resolvers.bundle_paid import BUNDLE, bundle_name
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.paid_once import pending_payment
from resolvers.payment import charge_payment
from resolvers.payment_locks import lock_payer
from resolvers.permissions import IsAuthenticated, SignedOut
from schema.bundle import (
    BundleErrorCode,
    BundlePurchase,
    BundleUserError,
    BuyBundleInput,
    BuyBundlePayload,
    SessionBundle,
)
from schema.pagination import keyset_page
from schema.payment import Payment

_NOT_FOUND = Violation("bundleId", "NOT_FOUND", "No such bundle.")


def _refused(*violations: Violation) -> BuyBundlePayload:
    errors = to_user_errors(list(violations), BundleUserError, BundleErrorCode)
    return BuyBundlePayload(user_errors=errors)


async def _purchase(info: Info, global_id: relay.GlobalID) -> PurchaseModel | Violation:
    """The caller's unpaid purchase of the bundle (a retried request), or a new one; the
    bundle's row lock, held until the transaction ends, lets one request of two see the
    other's. The client's account is locked first (`lock_payer`), as every payment of a
    client's does: an erasure under way is waited for, then refused."""
    if not await lock_payer(info.context.user.id):  # type: ignore[union-attr]
        raise SignedOut
    bundle_id = decode_id(global_id, SessionBundle)
    query = ServiceBundle.select_for_update().filter(id=bundle_id)
    bundle = await query.first() if bundle_id else None
    if bundle is None:
        return _NOT_FOUND
    service = await ServiceModel.get(id=bundle.service_id)  # type: ignore[attr-defined]
    profile = await ProviderProfile.get(id=service.provider_id)  # type: ignore[attr-defined]
    client = info.context.user
    own = profile.user_id == client.id  # type: ignore[attr-defined, union-attr]
    if refusal := purchase_refusal(active=bundle.active and service.active, own=own):
        return refusal
    waiting = await PurchaseModel.filter(
        bundle_id=bundle.id,
        client_id=client.id,
        paid_at=None,  # type: ignore[union-attr]
    ).first()
    return waiting or await PurchaseModel.create(
        bundle=bundle,
        service_id=service.id,
        provider_id=profile.id,
        client=client,
        session_count=bundle.session_count,
        duration_minutes=bundle.duration_minutes,
        price_amount=bundle.price_amount,
        currency=service.currency,
        credits_left=bundle.session_count,
    )


@strawberry.type
class BundlePurchaseQueries:
    @strawberry.field(
        description="The bundles you bought, newest first, with the credits each still holds.",
        permission_classes=[IsAuthenticated],
    )
    async def my_bundles(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> relay.Connection[BundlePurchase]:
        return await keyset_page(
            PurchaseModel.filter(client_id=info.context.user.id),  # type: ignore[union-attr]
            first=first,
            after=after,
            to_node=BundlePurchase.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )


@strawberry.type
class BundlePurchaseMutations:
    @strawberry.mutation(
        description="Buy a bundle of sessions on sale, paid once in full. With Stripe the "
        "payment carries a client secret for the card form and the bundle is paid once "
        "Stripe confirms; offline it waits for the studio to record the transfer "
        "(`recordPayment`). Its provider is told once it is paid; its credits then book "
        "sessions (`bookSession`'s `bundlePurchaseId`). A retried request returns the same "
        "purchase and pending payment. NOT_FOUND for a bundle not on sale, OWN_SERVICE for "
        "your own.",
        permission_classes=[IsAuthenticated],
    )
    async def buy_bundle(self, info: Info, input: BuyBundleInput) -> BuyBundlePayload:
        async with in_transaction():
            purchase = await _purchase(info, input.bundle_id)
            if isinstance(purchase, Violation):
                return _refused(purchase)
            payment = await pending_payment(
                info, BUNDLE, purchase, purchase.price_amount, purchase.currency
            )
        client_id = purchase.client_id  # type: ignore[attr-defined]
        if payment.reference and payment.client_secret:  # already asked for
            bought = BundlePurchase.from_model(purchase)
            return BuyBundlePayload(purchase=bought, payment=Payment.from_model(payment, client_id))
        about = bundle_name("bundle", purchase.session_count, purchase.duration_minutes)
        charged = await charge_payment(info, payment, f"Bundle {purchase.id}: {about}", client_id)
        # A charge that succeeded at once paid it meanwhile.
        bought = BundlePurchase.from_model(await PurchaseModel.get(id=purchase.id))
        errors = [
            BundleUserError(field=e.field, code=BundleErrorCode(e.code.value), message=e.message)
            for e in charged.user_errors
        ]
        return BuyBundlePayload(purchase=bought, payment=charged.payment, user_errors=errors)
