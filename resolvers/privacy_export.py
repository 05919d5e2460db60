"""Gathering everything about one user: one query per table, each filtered by the user."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

from tortoise.expressions import Q, Subquery
from tortoise.queryset import ValuesQuery

from domain.media import RULES, FileKind
from domain.privacy import export_document
from integrations.storage import Storage
from loaders.shop import downloads_bought
from models.account import User
from models.aftercare import FollowUpRequest, SessionSummary, SummaryFile
from models.booking import Session
from models.bundle import BundlePurchase
from models.consultation import Consultation
from models.crm import Interaction
from models.file import StoredFile
from models.gallery import Gallery, Photo
from models.notification import Notification
from models.payment import Payment, Refund
from models.photography import Child, SessionChild
from models.project import Deliverable, Message, Project
from models.provider import ProviderProfile, ProviderSpecialty, Service
from models.provider_media import ProviderDemo, ProviderPortrait
from models.review import Review
from models.shop import CartItem, Order, OrderItem
from models.waitlist import WaitlistEntry

# Galleries and photos as the family sees them; storage keys and access codes stay out.
_GALLERY_FIELDS = ("id", "session_id", "name", "expires_at", "selection_submitted_at")
_PHOTO_FIELDS = ("id", "gallery_id", "width", "height", "favorite", "created_at")

# What the caller wrote about others' work: their answer to a version handed in to them, and
# as a provider their reply to a review (the review's words are the client's, left out).
_FEEDBACK_FIELDS = (
    "id", "project_id", "version", "status", "feedback", "billable_revision", "updated_at",
)  # fmt: skip
_REPLY_FIELDS = ("id", "session_id", "rating", "response", "responded_at")
# The summaries of the caller's sessions: read as the client, written as the provider.
_SUMMARY_FIELDS = (
    "id", "session_id", "findings", "steps_taken", "parts_needed", "next_steps",
    "created_at", "updated_at",
)  # fmt: skip
# The files shown with the summaries of the caller's sessions, as the client reads them: the
# provider's uploads, so their storage keys stay out (the caller's own are under "files").
_SUMMARY_FILE_FIELDS = {
    "id": "file_id",
    "session_id": "summary__session_id",
    "position": "position",
    "name": "file__name",
    "size": "file__size",
    "content_type": "file__content_type",
    "sha256": "file__sha256",
    "created_at": "created_at",
}


def _sections(user_id: UUID) -> dict[str, ValuesQuery[Any]]:
    as_provider = Q(provider__user_id=user_id)
    payments = (
        Q(session_id__in=Subquery(Session.filter(client_id=user_id).values("id")))
        | Q(order_id__in=Subquery(Order.filter(user_id=user_id).values("id")))
        | Q(follow_up_id__in=Subquery(FollowUpRequest.filter(client_id=user_id).values("id")))
        | Q(project_id__in=Subquery(Project.filter(client_id=user_id).values("id")))
        | Q(bundle_purchase_id__in=Subquery(BundlePurchase.filter(client_id=user_id).values("id")))
    )
    return {
        "profile": User.filter(id=user_id).values(),
        "providerProfile": ProviderProfile.filter(user_id=user_id).values(),
        "providerSpecialties": ProviderSpecialty.filter(as_provider).values(),
        "services": Service.filter(as_provider).values(),
        # Their uploads are under "files"; `key` is where the public copy is served (/<key>).
        "providerPortrait": ProviderPortrait.filter(as_provider).values(),
        "providerDemos": ProviderDemo.filter(as_provider).order_by("position").values(),
        "sessionsAsClient": Session.filter(client_id=user_id).values(),
        "sessionsAsProvider": Session.filter(as_provider).values(),
        "children": Child.filter(parent_id=user_id).values(),
        "sessionChildren": SessionChild.filter(child__parent_id=user_id).values(),
        "consultations": Consultation.filter(session__client_id=user_id).values(),
        "projects": Project.filter(Q(client_id=user_id) | as_provider).values(),
        "messagesSent": Message.filter(sender_id=user_id).values(),
        "files": StoredFile.filter(owner_id=user_id).values(),
        "sessionSummaries": SessionSummary.filter(
            Q(session__client_id=user_id) | Q(session__provider__user_id=user_id)
        )
        .order_by("session_id")
        .values(*_SUMMARY_FIELDS),
        "sessionSummaryFiles": SummaryFile.filter(summary__session__client_id=user_id)
        .order_by("summary__session_id", "position")
        .values(**_SUMMARY_FILE_FIELDS),
        "galleries": Gallery.filter(session__client_id=user_id).values(*_GALLERY_FIELDS),
        "photos": Photo.filter(gallery__session__client_id=user_id).values(*_PHOTO_FIELDS),
        "cart": CartItem.filter(user_id=user_id).values(),
        "orders": Order.filter(user_id=user_id).values(),
        "orderItems": OrderItem.filter(order__user_id=user_id).values(),
        "payments": Payment.filter(payments).values(),
        "refunds": Refund.filter(
            payment_id__in=Subquery(Payment.filter(payments).values("id"))
        ).values(),
        "reviewsWritten": Review.filter(client_id=user_id).values(),
        "notifications": Notification.filter(recipient_id=user_id).values(),
        "waitlist": WaitlistEntry.filter(client_id=user_id).values(),
        "crmInteractions": Interaction.filter(user_id=user_id).values(),
        "followUps": FollowUpRequest.filter(client_id=user_id).values(),
        "deliverableFeedback": Deliverable.filter(project__client_id=user_id)
        .exclude(feedback="")
        .values(*_FEEDBACK_FIELDS),
        "reviewReplies": Review.filter(as_provider, response__isnull=False).values(*_REPLY_FIELDS),
    }


async def _mark_bought(user_id: UUID, photos: list[dict[str, Any]]) -> None:
    """Whether the caller paid for each photo's download: a relative's purchase of the
    family's photo is the relative's business, not part of the family's archive."""
    ids = {row["id"] for row in photos}
    bought = await downloads_bought({user_id}, ids) if ids else set()
    for row in photos:
        row["purchased"] = (user_id, row["id"]) in bought


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def store_export(storage: Storage, user: User) -> StoredFile:
    """Writes the archive as the user's private file; its row goes only once the object is in
    storage, and the object goes again if the row cannot be written."""
    now = datetime.now(UTC)
    sections = {name: list(await query) for name, query in _sections(user.id).items()}
    await _mark_bought(user.id, sections["photos"])
    data = export_document(user.id, now, sections)
    key = f"exports/{now:%Y/%m}/{uuid4()}/studiograph-export.json"
    stored = await storage.save(
        key,
        _once(data),
        content_type="application/json",
        max_bytes=RULES[FileKind.EXPORT].max_bytes,
    )
    try:
        row = await StoredFile.create(
            owner=user,
            kind=FileKind.EXPORT,
            key=key,
            name=f"studiograph-export-{now:%Y-%m-%d}.json",
            size=stored.size,
            content_type=stored.content_type,
            sha256=stored.sha256,
        )
    except BaseException:
        await storage.delete(key)
        raise
    await _discard_older(storage, row)
    return row


async def _discard_older(storage: Storage, newest: StoredFile) -> None:
    """An archive is a full copy of someone's personal data, with whatever they erased since:
    only the newest is kept. Older than it, not other than it: two exports at once must not
    take each other's."""
    older = await StoredFile.filter(
        owner_id=newest.owner_id,  # type: ignore[attr-defined]
        kind=FileKind.EXPORT,
        created_at__lt=newest.created_at,
    )
    if older:
        await StoredFile.filter(id__in=[row.id for row in older]).delete()
    for row in older:
        await storage.delete(row.key)
