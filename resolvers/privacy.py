"""Privacy requests: a copy of everything about the caller, and erasing their account."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from uuid import UUID

import strawberry
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.context import Info
from app.security import verify_password
from domain.notification import NotificationKind, compose
from domain.outbox import OutboxStatus
from domain.payment import PaymentStatus
from domain.privacy import (
    ERASED_FIRST_NAME,
    ERASED_LAST_NAME,
    ERASED_MESSAGE,
    ERASED_PROVIDER_NAME,
    anonymised_address,
    deletion_violations,
    erased_email,
)
from domain.session import ACTIVE_STATUSES, PAYABLE_STATUSES
from domain.shop import FulfillmentStatus, OrderStatus
from domain.violation import Violation
from integrations.payments import PaymentProvider
from models.account import AccessToken, User
from models.aftercare import FollowUpRequest
from models.booking import Session
from models.consultation import Consultation
from models.crm import Interaction
from models.file import StoredFile
from models.gallery import Gallery, Photo
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Installment, Payment
from models.photography import Child, SessionChild
from models.project import Deliverable, Message, Project
from models.provider import ProviderProfile, ProviderSpecialty, Service
from models.review import Review
from models.sample_mix import SampleMix
from models.shop import CartItem, Order, OrderItem
from models.waitlist import WaitlistEntry
from resolvers.errors import to_user_errors
from resolvers.order_notify import notify_order_cancelled
from resolvers.payment_cancelling import cancel_abandoned
from resolvers.permissions import IsAuthenticated
from resolvers.privacy_export import store_export
from resolvers.privacy_mail import redact_mail_words
from resolvers.privacy_plans import lock_scheduled_installments, stop_plans
from resolvers.privacy_traces import (
    erase_cancellation_reasons,
    erase_provider_media,
    erase_session_files,
    erase_unshared_files,
    redact_webhook_words,
)
from resolvers.waitlist import close_waitlist
from schema.file import DOWNLOAD_URL_SECONDS, File
from schema.privacy import (
    DeleteAccountPayload,
    DeleteMyAccountInput,
    ExportPayload,
    PrivacyErrorCode,
    PrivacyUserError,
)

# Prints paid for but not made yet: the lab still needs the photo.
_PAID = (OrderStatus.PAID, OrderStatus.PROCESSING)
_NOT_MADE = (FulfillmentStatus.PENDING, FulfillmentStatus.IN_PRODUCTION)
# Why another buyer's unpaid order of the erased galleries' photos was cancelled.
_PHOTOS_ERASED = (
    "The photos in it were deleted at the family's request, so it cannot be made. "
    "Nothing was charged."
)


def _errors(violations: list[Violation]) -> list[PrivacyUserError]:
    return to_user_errors(violations, PrivacyUserError, PrivacyErrorCode)


def _unpaid_orders(user: User) -> QuerySet[Order]:
    """The unpaid orders the erasure cancels: the user's own, and anyone's of their
    galleries' photos (nothing would be left to make or deliver)."""
    of_photos = OrderItem.filter(
        photo__gallery__session__client_id=user.id, order__status=OrderStatus.PENDING
    ).values_list("order_id", flat=True)
    return Order.filter(
        Q(user_id=user.id) | Q(id__in=Subquery(of_photos)), status=OrderStatus.PENDING
    ).order_by("id")


async def _lock_cart_lines(user: User) -> None:
    """The cart lines placeOrder would turn into orders the erasure has to cancel: theirs, and
    anyone's of their galleries' photos. placeOrder locks its cart lines first too, so an
    order is either committed before the orders below are looked at (and cancelled with
    them), or waits for the erasure and finds its lines gone. Without it an order placed
    meanwhile stayed PENDING, payable, for a photo erased under it (or failed the erasure on
    the order line still pointing at the photo)."""
    photos = Photo.filter(gallery__session__client_id=user.id).values_list("id", flat=True)
    await (
        CartItem.filter(Q(user_id=user.id) | Q(photo_id__in=Subquery(photos)))
        .order_by("id")
        .select_for_update()
        .only("id")  # values_list() would drop FOR UPDATE
    )


async def _lock_unpaid_orders(user: User) -> list[Order]:
    """Locked before their payments are looked at, as payOrder locks the order before
    starting one: a card payment is then either seen here, or started after the commit and
    refused as the order is cancelled."""
    return await _unpaid_orders(user).select_for_update()


async def _refusals(user: User, unpaid: list[Order], charging: int = 0) -> list[Violation]:
    """`charging`: installments of theirs the job is charging (`lock_scheduled_installments`),
    which keep the account as a payment being processed does."""
    open_sessions = await Session.filter(
        Q(client_id=user.id) | Q(provider__user_id=user.id),
        status__in=list(ACTIVE_STATUSES),
        end_at__gt=datetime.now(UTC),
    ).count()
    # Theirs, and anyone's prints of their galleries' photos (a relative given the code).
    in_fulfilment = await OrderItem.filter(
        Q(order__user_id=user.id) | Q(photo__gallery__session__client_id=user.id),
        order__status__in=_PAID,
        digital=False,
        fulfillment_status__in=_NOT_MADE,
    ).count()
    payments_pending = await _payments_left_payable(user, unpaid).count() + charging
    return deletion_violations(open_sessions, in_fulfilment, payments_pending)


def _payments_left_payable(user: User, unpaid: list[Order]) -> QuerySet[Payment]:
    """The pending payments that could still take money once the account is erased, for
    something the erasure ends or empties: the unpaid orders it cancels, the user's follow-ups
    (whose question it erases: their provider would be told that a "[deleted]" question was
    paid), projects and bundles (paid by an account nobody holds any more), and the sessions
    they took part in as client, whose balance may still be owed (the upcoming ones refuse
    the erasure first). An installment is its plan's to charge, off
    session: nobody is on a card form of it; the plan is stopped instead (privacy_plans.py)."""
    return Payment.filter(
        Q(order_id__in=[order.id for order in unpaid])
        | Q(follow_up__client_id=user.id)
        | Q(project__client_id=user.id)
        | Q(bundle_purchase__client_id=user.id)
        | Q(session__client_id=user.id, session__status__in=list(PAYABLE_STATUSES)),
        status=PaymentStatus.PENDING,
        installment_id=None,
    )


async def _cancel_abandoned_payments(payments: PaymentProvider, user: User) -> None:
    """Before the erasure: the card forms nobody is paying (opened and walked away from) of
    the orders it would cancel, the user's follow-ups, projects, bundles and their sessions'
    balances (`_payments_left_payable`) are cancelled at the provider, so they no longer
    keep the account. Only when nothing else refuses it, so that a refused deletion leaves
    them payable. Outside the erasure's transaction and its order locks: cancelling locks
    the payment, and a webhook locks the payment before its order. What cannot be cancelled
    (being processed, or the provider not answering) stays PENDING and the erasure, which
    looks again under its locks, refuses; so does a card form opened meanwhile."""
    unpaid = await _unpaid_orders(user)
    if any(v.code != "PAYMENT_PENDING" for v in await _refusals(user, unpaid)):
        return
    for payment in await _payments_left_payable(user, unpaid).order_by("id"):
        await cancel_abandoned(payments, payment)


async def _erase_galleries(user: User) -> list[str]:
    """Deletes the galleries of the user's sessions with their photos; returns the storage
    keys to delete once the transaction commits (originals and every derived image)."""
    gallery_ids = await Gallery.filter(session__client_id=user.id).values_list("id", flat=True)
    photos = await Photo.filter(gallery_id__in=gallery_ids).select_related("original")
    photo_ids = [photo.id for photo in photos]
    # Orders keep their snapshot of what was bought; only the link to the photo goes.
    await OrderItem.filter(photo_id__in=photo_ids).update(photo_id=None)
    await CartItem.filter(photo_id__in=photo_ids).delete()
    await Photo.filter(id__in=photo_ids).delete()
    await StoredFile.filter(id__in=[photo.original.id for photo in photos]).delete()
    await Gallery.filter(id__in=gallery_ids).delete()
    return [
        key
        for photo in photos
        for key in (
            photo.original.key,
            photo.thumbnail_key,
            photo.preview_key,
            photo.watermarked_key,
            photo.watermarked_thumbnail_key,
        )
    ]


async def _cancel_orders(user: User, unpaid: list[Order]) -> None:
    """Cancels the locked unpaid orders, none with a card payment on its way (refused
    before), and tells each other buyer why; the user's own go with their account."""
    order_ids = [order.id for order in unpaid]
    await Order.filter(id__in=order_ids).update(status=OrderStatus.CANCELLED)
    await OrderItem.filter(order_id__in=order_ids).update(
        fulfillment_status=FulfillmentStatus.CANCELLED
    )
    for order in unpaid:
        if order.user_id != user.id:  # type: ignore[attr-defined]
            await notify_order_cancelled(order, _PHOTOS_ERASED)


async def _erase_children(user: User) -> None:
    child_ids = await Child.filter(parent_id=user.id).values_list("id", flat=True)
    await SessionChild.filter(child_id__in=child_ids).delete()
    await Child.filter(id__in=child_ids).delete()


async def _anonymise_orders(user: User) -> None:
    """Orders, payments and refunds are kept for the books; only the addresses are blanked
    (the country stays, for tax). Orders never paid were cancelled (`_cancel_orders`)."""
    orders = await Order.filter(user_id=user.id)
    for order in orders:
        order.shipping_address = anonymised_address(order.shipping_address)
        order.billing_address = anonymised_address(order.billing_address)
    if orders:  # one statement for all of them
        await Order.bulk_update(orders, fields=["shipping_address", "billing_address"])


async def _erase_provider(user: User) -> None:
    profile = await ProviderProfile.get_or_none(user_id=user.id)
    if profile is None:
        return
    # The profile stays for the past sessions and reviews that point at it.
    await ProviderProfile.filter(id=profile.id).update(
        display_name=ERASED_PROVIDER_NAME, bio="", calendar_token_hash=None
    )
    await ProviderSpecialty.filter(provider_id=profile.id).delete()
    services = Service.filter(provider_id=profile.id)
    await services.update(active=False)
    await close_waitlist(await services.values_list("id", flat=True))


async def _erase_words(user: User) -> None:
    """Their messages and answers to versions keep their place in the project but lose their
    words, and so do the previews of them the other side was notified with."""
    said: dict[tuple[UUID, NotificationKind], set[str]] = defaultdict(set)
    messages = Message.filter(sender_id=user.id)
    for project_id, body in await messages.values_list("project_id", "body"):
        said[project_id, NotificationKind.NEW_MESSAGE].add(body)
    answers = Deliverable.filter(project__client_id=user.id).exclude(feedback="")
    for project_id, feedback in await answers.values_list("project_id", "feedback"):
        said[project_id, NotificationKind.REVISION_REQUESTED].add(feedback)
    projects = {project_id for project_id, _ in said}
    names = dict(await Project.filter(id__in=projects).values_list("id", "name"))
    for (project_id, kind), texts in said.items():
        name = names[project_id]
        await Notification.filter(
            project_id=project_id,
            kind=kind,
            body__in=[compose(kind, name, text).body for text in texts],
        ).update(body=compose(kind, name, ERASED_MESSAGE).body)
    await messages.update(body=ERASED_MESSAGE)
    await Deliverable.filter(id__in=await answers.values_list("id", flat=True)).update(
        feedback=ERASED_MESSAGE
    )


async def _erase_briefs(user: User) -> None:
    """What they wrote when booking a consultation, asking for a sample mix or a follow-up:
    the bookings and their prices stay for the studio, the words go."""
    consultations = await Consultation.filter(session__client_id=user.id).values_list(
        "id", flat=True
    )
    await Consultation.filter(id__in=consultations).update(
        description="", special_requirements="", reference_links=[]
    )
    await SampleMix.filter(consultation_id__in=consultations).update(notes="")
    await FollowUpRequest.filter(client_id=user.id).update(question=ERASED_MESSAGE)


async def _erase(user: User, unpaid: list[Order], installments: list[Installment]) -> list[str]:
    """Everything but the final storage clean-up, in the caller's transaction."""
    now, email = datetime.now(UTC), user.email
    await _cancel_orders(user, unpaid)
    await stop_plans(user, installments)
    keys = await _erase_galleries(user)
    keys += await erase_session_files(user.id)
    keys += await erase_provider_media(user.id)  # first: they hold on to their uploads
    keys += await erase_unshared_files(user.id)
    await _erase_children(user)
    await _anonymise_orders(user)
    await _erase_provider(user)
    await redact_webhook_words(user.id)
    await redact_mail_words(user.id)
    await erase_cancellation_reasons(user.id)
    await _erase_words(user)
    await _erase_briefs(user)
    # The rating stays in the provider's totals; the words could identify the writer.
    await Review.filter(client_id=user.id).update(text="")
    await Session.filter(client_id=user.id).update(notes="", special_requests="")
    await Notification.filter(recipient_id=user.id).delete()
    await WaitlistEntry.filter(client_id=user.id).delete()
    await CartItem.filter(user_id=user.id).delete()
    await Interaction.filter(user_id=user.id).update(user_id=None)
    await OutboxMessage.filter(recipient=email, status=OutboxStatus.PENDING).update(
        status=OutboxStatus.CANCELLED
    )
    await OutboxMessage.filter(recipient=email).update(recipient=erased_email(user.id))
    await AccessToken.filter(user_id=user.id, revoked_at=None).update(revoked_at=now)
    await User.filter(id=user.id).update(
        email=erased_email(user.id),
        first_name=ERASED_FIRST_NAME,
        last_name=ERASED_LAST_NAME,
        phone=None,
        password_hash="",
        email_verified=False,
        marketing_consent=False,
        deleted_at=now,
        updated_at=now,
    )
    return keys


@strawberry.type
class PrivacyMutations:
    @strawberry.mutation(
        description="Get a JSON archive of everything stored about you, as a private file "
        "with a 5-minute download link. It replaces your previous archive.",
        permission_classes=[IsAuthenticated],
    )
    async def export_my_data(self, info: Info) -> ExportPayload:
        stored = await store_export(info.context.storage, info.context.user)  # type: ignore[arg-type]
        url = await info.context.storage.download_url(
            stored.key, filename=stored.name, expires_in=DOWNLOAD_URL_SECONDS
        )
        return ExportPayload(
            file=File.from_model(stored),
            download_url=url,
            expires_at=datetime.now(UTC) + timedelta(seconds=DOWNLOAD_URL_SECONDS),
        )

    @strawberry.mutation(
        description="Erase your account and personal data; financial records are kept, "
        "anonymised. Cancel upcoming sessions first. The unpaid orders of your account and "
        "of your galleries' photos are cancelled, with any card payment of them nobody is "
        "paying, and so are such payments of your follow-ups and of your past sessions' "
        "balances; refused while the payment provider is processing one. The payment plans of "
        "your sessions stop: what is left unpaid is cancelled, and the saved card no longer "
        "charged (refused while an installment is being charged).",
        permission_classes=[IsAuthenticated],
    )
    async def delete_my_account(
        self, info: Info, input: DeleteMyAccountInput
    ) -> DeleteAccountPayload:
        user: User = info.context.user  # type: ignore[assignment]
        if not await verify_password(user.password_hash, input.password):
            wrong = Violation("password", "INVALID_CREDENTIALS", "The password is wrong.")
            return DeleteAccountPayload(user_errors=_errors([wrong]))
        await _cancel_abandoned_payments(info.context.payments, user)
        async with in_transaction():
            # A second deleteMyAccount of the same account waits here, then finds no token;
            # so does a payment of theirs (`lock_payer`). FOR NO KEY UPDATE: the row's columns
            # are blanked, never its key, so a job holding one of their sessions may still
            # write them a notice (a foreign key to the row) while the erasure waits for it.
            user = await User.select_for_update(no_key=True).get(id=user.id)
            if user.deleted_at is not None:
                return DeleteAccountPayload(deleted=True)
            await _lock_cart_lines(user)
            unpaid = await _lock_unpaid_orders(user)
            installments, charging = await lock_scheduled_installments(user)
            if refusals := await _refusals(user, unpaid, charging):
                return DeleteAccountPayload(user_errors=_errors(refusals))
            keys = await _erase(user, unpaid, installments)
        for key in keys:
            await info.context.storage.delete(key)
        return DeleteAccountPayload(deleted=True)
