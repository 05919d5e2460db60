"""Galleries as the family uses them: open with the code, pick favourites, download."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from strawberry import relay
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.context import Info
from app.security import verify_password
from app.throttle import GALLERY_CODE_PER_ADDRESS, GALLERY_CODE_PER_GALLERY
from domain.gallery import Viewer, codes_match, is_expired, may_download_original
from domain.violation import Violation
from models.gallery import Gallery as GalleryModel
from models.gallery import Photo as PhotoModel
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notification import notify_selection_submitted
from resolvers.order import address_of
from resolvers.order_paid import hand_over
from resolvers.rate_limit import client_address, rate_limited
from resolvers.selection_orders import place_selection_orders
from schema.gallery import (
    Gallery,
    GalleryErrorCode,
    GalleryUserError,
    Photo,
    bought_by_caller,
    gallery_viewer,
    issue_access_token,
)
from schema.gallery_inputs import (
    DownloadPhotoInput,
    DownloadPhotoPayload,
    FavoritePhotoInput,
    GalleryPayload,
    OpenGalleryInput,
    OpenGalleryPayload,
    PhotoPayload,
    SubmitSelectionInput,
)

# The same answer whether the gallery does not exist or the code is wrong: a guesser learns
# nothing about which slugs are real.
NO_ACCESS = Violation("accessCode", "INVALID_ACCESS", "No gallery matches this link and code.")
PHOTO_NOT_FOUND = Violation("photoId", "NOT_FOUND", "No such photo.")
NOT_DOWNLOADABLE = Violation(
    "photoId", "DOWNLOAD_NOT_ALLOWED", "Downloads are off, or this photo is not yours to keep."
)
# Verified against when the slug is unknown, so that answer costs the same time.
_DUMMY_CODE = "X" * 16


def _errors(violations: list[Violation]) -> list[GalleryUserError]:
    return to_user_errors(violations, GalleryUserError, GalleryErrorCode)


async def _photo_for_family(
    info: Info, photo_id: relay.GlobalID, token: str | None
) -> tuple[PhotoModel, GalleryModel, Viewer] | None:
    """None when the photo is unknown or its gallery is not open to the caller."""
    found = decode_id(photo_id, Photo)
    photo = await PhotoModel.get_or_none(id=found).select_related("gallery") if found else None
    viewer = await gallery_viewer(info, photo.gallery, token) if photo else None
    return (photo, photo.gallery, viewer) if photo and viewer else None


@strawberry.type
class GalleryAccessMutations:
    @strawberry.mutation(
        description="Open a gallery with its link's slug and the studio's code (and password, "
        "if it has one). Wrong codes are rate-limited per gallery and per address."
    )
    async def open_gallery(self, info: Info, input: OpenGalleryInput) -> OpenGalleryPayload:
        limits = (
            (GALLERY_CODE_PER_GALLERY, f"gallery:{input.slug[:64]}"),
            (GALLERY_CODE_PER_ADDRESS, f"gallery-address:{client_address(info)}"),
        )
        throttle = info.context.throttle
        if seconds := await throttle.wait(*limits):
            refused = rate_limited(info, seconds, "Too many wrong attempts")
            return OpenGalleryPayload(user_errors=_errors([refused]))
        gallery = await GalleryModel.get_or_none(slug=input.slug[:64])
        matches = codes_match(gallery.access_code if gallery else _DUMMY_CODE, input.access_code)
        if gallery is None or not matches:
            await throttle.failed(*limits)
            return OpenGalleryPayload(user_errors=_errors([NO_ACCESS]))
        if gallery.password_hash is not None:
            if not input.password:
                needed = Violation("password", "PASSWORD_REQUIRED", "This gallery has a password.")
                return OpenGalleryPayload(user_errors=_errors([needed]))
            if not await verify_password(gallery.password_hash, input.password):
                await throttle.failed(*limits)
                wrong = Violation("password", "INVALID_ACCESS", "Wrong password.")
                return OpenGalleryPayload(user_errors=_errors([wrong]))
        if is_expired(gallery.expires_at, datetime.now(UTC)):
            expired = Violation(None, "EXPIRED", "This gallery has expired; ask the studio.")
            return OpenGalleryPayload(user_errors=_errors([expired]))
        await GalleryModel.filter(id=gallery.id).update(view_count=F("view_count") + 1)
        viewer = await gallery_viewer(info, gallery, token := issue_access_token(info, gallery))
        return OpenGalleryPayload(
            gallery=Gallery.from_model(gallery, viewer),  # type: ignore[arg-type]
            access_token=token,
        )

    @strawberry.mutation(description="Pick or unpick a photo while proofing.")
    async def favorite_photo(self, info: Info, input: FavoritePhotoInput) -> PhotoPayload:
        found = await _photo_for_family(info, input.photo_id, input.access_token)
        if found is None:
            return PhotoPayload(user_errors=_errors([PHOTO_NOT_FOUND]))
        photo, gallery, viewer = found
        async with in_transaction():
            # Read again under submitSelection's lock: a pick never lands after the picks
            # were sent to the studio.
            gallery = await GalleryModel.select_for_update().get(id=gallery.id)
            if gallery.selection_submitted_at is not None:
                sent = Violation("photoId", "INVALID_TRANSITION", "The selection was sent already.")
                return PhotoPayload(user_errors=_errors([sent]))
            photo.favorite = input.favorite
            await photo.save(update_fields=["favorite", "updated_at"])
        return PhotoPayload(photo=Photo.from_model(photo, gallery, viewer))

    @strawberry.mutation(
        description="Send the picked photos to the studio. With a package, the included picks "
        "(and its print) come as a paid order of no charge and are delivered at once; extra "
        "picks come as an order to pay (see Gallery.selectionOrders)."
    )
    async def submit_selection(self, info: Info, input: SubmitSelectionInput) -> GalleryPayload:
        found = decode_id(input.gallery_id, Gallery)
        async with in_transaction():
            gallery = (
                await GalleryModel.select_for_update().get_or_none(id=found) if found else None
            )
            viewer = await gallery_viewer(info, gallery, input.access_token) if gallery else None
            if gallery is None or viewer is None:
                missing = Violation("galleryId", "NOT_FOUND", "No such gallery.")
                return GalleryPayload(user_errors=_errors([missing]))
            if gallery.selection_submitted_at is not None:
                # A repeated send (a double-click, a retry) keeps when the studio got it.
                return GalleryPayload(gallery=Gallery.from_model(gallery, viewer))
            picks = await PhotoModel.filter(gallery_id=gallery.id, favorite=True).count()
            if not picks:
                empty = Violation("galleryId", "INVALID_VALUE", "Pick at least one photo first.")
                return GalleryPayload(user_errors=_errors([empty]))
            placed = await place_selection_orders(info, gallery, address_of(input.shipping_address))
            if isinstance(placed, list):
                return GalleryPayload(user_errors=_errors(placed))
            gallery.selection_submitted_at = datetime.now(UTC)
            await gallery.save(update_fields=["selection_submitted_at", "updated_at"])
            await notify_selection_submitted(info, gallery, picks)
        await hand_over(info.context.fulfillment, placed.package)
        return GalleryPayload(gallery=Gallery.from_model(gallery, viewer))

    @strawberry.mutation(
        description="A 5-minute link to a photo's original, when the gallery allows downloads "
        "and the photo is complimentary or purchased. Every download is counted."
    )
    async def download_photo(self, info: Info, input: DownloadPhotoInput) -> DownloadPhotoPayload:
        found = await _photo_for_family(info, input.photo_id, input.access_token)
        if found is None:
            return DownloadPhotoPayload(user_errors=_errors([PHOTO_NOT_FOUND]))
        photo, gallery, viewer = found
        allowed = may_download_original(
            viewer,
            download_enabled=gallery.download_enabled,
            complimentary=photo.complimentary,
            purchased=await bought_by_caller(info, photo, viewer),
        )
        if not allowed:
            return DownloadPhotoPayload(user_errors=_errors([NOT_DOWNLOADABLE]))
        original = await photo.original
        async with in_transaction():
            await PhotoModel.filter(id=photo.id).update(download_count=F("download_count") + 1)
            await GalleryModel.filter(id=gallery.id).update(download_count=F("download_count") + 1)
        url = await info.context.storage.download_url(
            original.key, filename=original.name, expires_in=300
        )
        return DownloadPhotoPayload(url=url)
