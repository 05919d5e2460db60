"""GraphQL types for private photo galleries and their photos."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay

from app.context import Info
from domain.gallery import (
    FAMILY,
    STAFF,
    SelectionPlan,
    Viewer,
    display_code,
    extra_photos_price,
    is_expired,
    may_download_original,
    plan_selection,
    shows_watermark,
)
from domain.gallery import EditingStatus as EditingStatusModel
from integrations.storage import UrlSigner
from loaders.gallery import Holdings, Pick
from models.booking import Session as SessionModel
from models.file import StoredFile
from models.gallery import Gallery as GalleryModel
from models.gallery import Photo as PhotoModel
from models.photography import ServicePackage
from schema.common import Money, UserError
from schema.nodes import NIL, rows_by_id
from schema.pagination import keyset_page
from schema.shop import Order, may_see

EditingStatus = strawberry.enum(EditingStatusModel, description="Where a photo is in editing.")
IMAGE_URL_SECONDS = 300
ACCESS_TOKEN_SECONDS = 2 * 60 * 60


@strawberry.enum(description="Why a gallery mutation refused its input.")
class GalleryErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    INVALID_ACCESS = "INVALID_ACCESS"
    PASSWORD_REQUIRED = "PASSWORD_REQUIRED"  # noqa: S105 - an error code, not a secret
    EXPIRED = "EXPIRED"
    RATE_LIMITED = "RATE_LIMITED"
    UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE"
    TOO_LARGE = "TOO_LARGE"
    TOO_MANY = "TOO_MANY"
    DOWNLOAD_NOT_ALLOWED = "DOWNLOAD_NOT_ALLOWED"


@strawberry.type(description="A problem with a gallery mutation's input.")
class GalleryUserError(UserError):
    code: GalleryErrorCode = strawberry.field(description="Stable machine-readable reason.")


def access_fingerprint(gallery: GalleryModel) -> str:
    """Changes when the code or password does, which retires every token issued before."""
    secret = f"{gallery.access_code}|{gallery.password_hash or ''}".encode()
    return hashlib.sha256(secret).hexdigest()[:16]


def issue_access_token(info: Info, gallery: GalleryModel) -> str:
    signer = UrlSigner(info.context.settings.secret_key)
    return signer.sign(
        "gallery", ACCESS_TOKEN_SECONDS, g=str(gallery.id), v=access_fingerprint(gallery)
    )


def _token_opens(info: Info, gallery: GalleryModel, token: str | None) -> bool:
    if not token:
        return False
    claims = UrlSigner(info.context.settings.secret_key).verify("gallery", token)
    return (
        claims is not None
        and claims.get("g") == str(gallery.id)
        and claims.get("v") == access_fingerprint(gallery)
    )


async def session_viewer(info: Info, session: SessionModel) -> Viewer | None:
    """Signed-in callers only: the photographer (while a provider) and admins as staff, the
    client as family."""
    user = info.context.user
    if user is None:
        return None
    if info.context.is_admin:
        return STAFF
    if info.context.is_provider:
        profile = await info.context.loaders.provider_by_id.load(session.provider_id)  # type: ignore[attr-defined]
        if profile is not None and profile.user_id == user.id:  # type: ignore[attr-defined]
            return STAFF
    return FAMILY if session.client_id == user.id else None  # type: ignore[attr-defined]


async def gallery_viewer(
    info: Info, gallery: GalleryModel, access_token: str | None = None
) -> Viewer | None:
    """Staff always; the family (the session's client, or whoever holds a token from
    openGallery) until the gallery expires."""
    session = await info.context.loaders.session_by_id.load(gallery.session_id)  # type: ignore[attr-defined]
    signed_in = await session_viewer(info, session) if session else None
    if signed_in is STAFF:
        return STAFF
    if is_expired(gallery.expires_at, dt.datetime.now(dt.UTC)):
        return None
    opened = signed_in is FAMILY or _token_opens(info, gallery, access_token)
    return FAMILY if opened else None


async def bought_by_caller(info: Info, photo: PhotoModel, viewer: Viewer) -> bool:
    """Staff see whether anyone bought the photo's download; the family, whether the signed-in
    caller paid for it: a relative opening the gallery with the code gets nothing another
    account bought. Both asked of the live orders, one statement for a page of photos."""
    loaders = info.context.loaders
    if viewer.staff:
        return await loaders.photo_bought.load(photo.id)
    user = info.context.user
    return user is not None and await loaders.download_bought.load((user.id, photo.id))


async def _signed(info: Info, key: str, name: str) -> str:
    return await info.context.storage.download_url(key, filename=name, expires_in=IMAGE_URL_SECONDS)


@strawberry.type(description="A photo of a gallery; images only through 5-minute links.")
class Photo(relay.Node):
    id: relay.NodeID[str]
    width: int
    height: int
    editing_status: EditingStatus  # type: ignore[valid-type]
    featured: bool
    complimentary: bool = strawberry.field(description="Included free: downloadable if allowed.")
    favorite: bool = strawberry.field(description="Picked by the family while proofing.")
    sort_order: int
    created_at: dt.datetime
    model: strawberry.Private[PhotoModel]
    gallery: strawberry.Private[GalleryModel]
    viewer: strawberry.Private[Viewer]

    @strawberry.field(description="Small image for grids; watermarked when the gallery says so.")
    async def thumbnail_url(self, info: Info) -> str:
        marked = shows_watermark(self.viewer, self.gallery.watermark_enabled)
        key = self.model.watermarked_thumbnail_key if marked else self.model.thumbnail_key
        return await _signed(info, key, "thumbnail.jpg")

    @strawberry.field(description="Web-size image; watermarked when the gallery says so.")
    async def preview_url(self, info: Info) -> str:
        marked = shows_watermark(self.viewer, self.gallery.watermark_enabled)
        key = self.model.watermarked_key if marked else self.model.preview_key
        return await _signed(info, key, "preview.jpg")

    @strawberry.field(description="The original's size in bytes.")
    async def size(self, info: Info) -> int:
        return (await self._original(info)).size

    @strawberry.field(description="The original's type, judged from its content.")
    async def content_type(self, info: Info) -> str:
        return (await self._original(info)).content_type

    async def _original(self, info: Info) -> StoredFile:
        return await info.context.loaders.file_by_id.load(self.model.original_id)  # type: ignore[attr-defined, return-value]

    @strawberry.field(
        description="Bought as a download: by you (paid, not refunded); for staff, by anyone."
    )
    async def purchased(self, info: Info) -> bool:
        return await bought_by_caller(info, self.model, self.viewer)

    @strawberry.field(description="Whether downloadPhoto will hand you the original.")
    async def can_download(self, info: Info) -> bool:
        return may_download_original(
            self.viewer,
            download_enabled=self.gallery.download_enabled,
            complimentary=self.model.complimentary,
            purchased=await bought_by_caller(info, self.model, self.viewer),
        )

    @strawberry.field(description="The photographer's notes; null for the family.")
    def notes(self) -> str | None:
        return self.model.notes if self.viewer.staff else None

    @classmethod
    def from_model(cls, row: PhotoModel, gallery: GalleryModel, viewer: Viewer) -> Photo:
        return cls(
            id=str(row.id),
            width=row.width,
            height=row.height,
            editing_status=row.editing_status,
            featured=row.featured,
            complimentary=row.complimentary,
            favorite=row.favorite,
            sort_order=row.sort_order,
            created_at=row.created_at,
            model=row,
            gallery=gallery,
            viewer=viewer,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(PhotoModel, node_ids, "gallery")
        found = []
        for row in rows:
            viewer = await gallery_viewer(info, row.gallery) if row else None
            found.append(cls.from_model(row, row.gallery, viewer) if row and viewer else None)
        return found


def selection_plan(picks: list[Pick], held: Holdings, included: int) -> SelectionPlan:
    """The family's picks under its package: the same reckoning shows and charges them."""
    return plan_selection(
        [pick.photo_id for pick in picks],
        included=included,
        owned=held.bought | {pick.photo_id for pick in picks if pick.complimentary},
        earlier_included=held.included,
        earlier_extra=held.extra,
    )


async def gallery_package(info: Info, gallery: GalleryModel) -> ServicePackage | None:
    session = await info.context.loaders.session_by_id.load(gallery.session_id)  # type: ignore[attr-defined]
    package_id = session.package_id if session else None  # type: ignore[attr-defined]
    return await info.context.loaders.package_by_id.load(package_id) if package_id else None


@strawberry.type(
    description="Proofing: the family's picks against the package. Counts the whole "
    "selection, with what earlier sent selections of the gallery gave."
)
class PhotoAllowance:
    selected: int = strawberry.field(description="Photos picked.")
    included: int = strawberry.field(description="Photos the package includes.")
    covered: int = strawberry.field(
        description="Picks the package includes, at no charge: delivered once sent."
    )
    extra: int = strawberry.field(
        description="Picks beyond the package, charged extraPhotoPrice each through an order "
        "that sending the selection places."
    )
    owned: int = strawberry.field(
        description="Picks the family had already (complimentary, or bought in the shop): "
        "neither included nor charged."
    )
    extra_photo_price: Money = strawberry.field(description="What one extra pick costs.")
    extra_price: Money = strawberry.field(
        description="What the extra picks cost, before tax (like catalog prices)."
    )


@strawberry.type(description="A private gallery of a photography session.")
class Gallery(relay.Node):
    id: relay.NodeID[str]
    name: str
    slug: str = strawberry.field(description="Unguessable; the family opens it with the code.")
    download_enabled: bool
    watermark_enabled: bool
    social_share_enabled: bool
    public_share_enabled: bool
    expires_at: dt.datetime | None
    view_count: int
    download_count: int
    selection_submitted_at: dt.datetime | None
    model: strawberry.Private[GalleryModel]
    viewer: strawberry.Private[Viewer]

    @strawberry.field(description="The code to give the family; null unless you are staff.")
    def access_code(self) -> str | None:
        return display_code(self.model.access_code) if self.viewer.staff else None

    @strawberry.field(description="Whether opening it also asks for a password.")
    def has_password(self) -> bool:
        return self.model.password_hash is not None

    @strawberry.field(description="Past its expiry: the family can no longer open it.")
    def expired(self) -> bool:
        return is_expired(self.model.expires_at, dt.datetime.now(dt.UTC))

    @strawberry.field(
        description="Photos in the photographer's order (upload order at first); none for the "
        "family once the gallery has expired."
    )
    async def photos(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> relay.Connection[Photo]:
        # Past expiry the family sees none, however they reached the gallery (a signed-in
        # client lists it through sessionGalleries without a code).
        expired = is_expired(self.model.expires_at, dt.datetime.now(dt.UTC))
        shown = self.viewer.staff or not expired
        return await keyset_page(
            PhotoModel.filter(gallery_id=self.model.id if shown else NIL),
            first=first,
            after=after,
            to_node=lambda row: Photo.from_model(row, self.model, self.viewer),
            maximum=info.context.settings.page_size_max,
            order_field="sort_order",
        )

    @strawberry.field(description="Picks so far against the package's included photos.")
    async def allowance(self, info: Info) -> PhotoAllowance:
        loaders = info.context.loaders
        picks = await loaders.picks_by_gallery_id.load(self.model.id)
        held = await loaders.holdings_by_gallery_id.load(self.model.id)
        package = await gallery_package(info, self.model)
        plan = selection_plan(picks, held, package.included_photos if package else 0)
        price, currency = self.model.extra_photo_amount, self.model.currency
        return PhotoAllowance(
            selected=len(picks),
            included=package.included_photos if package else 0,
            covered=plan.covered,
            extra=plan.charged,
            owned=plan.owned,
            extra_photo_price=Money(amount=price, currency=currency),
            extra_price=Money(amount=extra_photos_price(plan.charged, price), currency=currency),
        )

    @strawberry.field(
        description="The orders sent selections placed: the package's (no charge, paid) and "
        "the extra picks' to pay. Only those you may see: the session's client signed in, "
        "or an admin."
    )
    async def selection_orders(self, info: Info) -> list[Order]:
        rows = await info.context.loaders.selection_orders_by_gallery_id.load(self.model.id)
        return [Order.from_model(row) for row in rows if may_see(info, row)]

    @classmethod
    def from_model(cls, row: GalleryModel, viewer: Viewer) -> Gallery:
        return cls(
            id=str(row.id),
            name=row.name,
            slug=row.slug,
            download_enabled=row.download_enabled,
            watermark_enabled=row.watermark_enabled,
            social_share_enabled=row.social_share_enabled,
            public_share_enabled=row.public_share_enabled,
            expires_at=row.expires_at,
            view_count=row.view_count,
            download_count=row.download_count,
            selection_submitted_at=row.selection_submitted_at,
            model=row,
            viewer=viewer,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(GalleryModel, node_ids)
        found = []
        for row in rows:
            viewer = await gallery_viewer(info, row) if row else None
            found.append(cls.from_model(row, viewer) if row and viewer else None)
        return found
