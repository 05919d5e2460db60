"""Galleries as the photographer runs them: open one for a session, set it up, edit photos."""

from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime

import strawberry
from strawberry import relay

from app.context import Info
from app.security import hash_password
from domain.gallery import (
    STAFF,
    can_move_editing,
    gallery_violations,
    new_access_code,
)
from domain.media import FileKind
from domain.session import Actor, SessionStatus
from domain.violation import Violation
from integrations.images import UnreadableImage, check_logo
from models.booking import Session as SessionModel
from models.file import StoredFile
from models.gallery import Gallery as GalleryModel
from models.gallery import Photo as PhotoModel
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.participants import actor_in
from resolvers.permissions import Forbidden, IsAuthenticated, IsProviderOrAdmin
from schema.booking import Session
from schema.file import File
from schema.gallery import (
    Gallery,
    GalleryErrorCode,
    GalleryUserError,
    Photo,
    gallery_viewer,
    session_viewer,
)
from schema.gallery_inputs import (
    CreateGalleryInput,
    GalleryPayload,
    PhotoPayload,
    UpdateGalleryInput,
    UpdatePhotoInput,
)
from schema.nodes import NIL
from schema.pagination import keyset_page

MAX_NOTES = 5_000
MAX_WATERMARK = 60
GALLERY_NOT_FOUND = Violation("id", "NOT_FOUND", "No such gallery.")
NEGATIVE_PRICE = Violation("extraPhotoPrice", "INVALID_VALUE", "Use 0 or more.")
NOT_TAKEN_PLACE = Violation("sessionId", "INVALID_VALUE", "This session did not take place.")
_NO_PHOTOS = frozenset({SessionStatus.CANCELLED, SessionStatus.NO_SHOW})
ERASED_FAMILY = Violation(
    "sessionId", "INVALID_VALUE", "This family erased its account and its photos."
)


def _errors(violations: list[Violation]) -> list[GalleryUserError]:
    return to_user_errors(violations, GalleryUserError, GalleryErrorCode)


async def _is_staff(info: Info, session: SessionModel) -> None:
    if await actor_in(info, session) is Actor.CLIENT:  # type: ignore[arg-type]
        raise Forbidden("Only the photographer manages a gallery.")


async def staff_gallery(info: Info, global_id: relay.GlobalID) -> GalleryModel | None:
    """The gallery if it exists; callers who are not its photographer (or an admin) are
    refused, not told whether it exists."""
    gallery_id = decode_id(global_id, Gallery)
    gallery = await GalleryModel.get_or_none(id=gallery_id) if gallery_id else None
    if gallery is not None:
        await _is_staff(info, await SessionModel.get(id=gallery.session_id))  # type: ignore[attr-defined]
    return gallery


async def _logo(info: Info, global_id: relay.GlobalID | None) -> StoredFile | Violation | None:
    """The caller's own WATERMARK upload named by `watermarkLogoId`, if any."""
    if global_id is None:
        return None
    file_id = decode_id(global_id, File)
    row = (
        await StoredFile.get_or_none(id=file_id, owner_id=info.context.user.id) if file_id else None
    )  # type: ignore[union-attr]
    if row is None:
        return Violation("watermarkLogoId", "NOT_FOUND", "No such file of yours.")
    if row.kind != FileKind.WATERMARK:
        return Violation("watermarkLogoId", "UNSUPPORTED_TYPE", "Upload the logo as a WATERMARK.")
    # Checked here: a logo that cannot be read fails every photo upload of the gallery later.
    logo = b"".join([chunk async for chunk in info.context.storage.open(row.key)])
    try:
        await asyncio.to_thread(check_logo, logo)
    except UnreadableImage:
        return Violation("watermarkLogoId", "UNSUPPORTED_TYPE", "This logo cannot be read.")
    return row


def _watermark_text(given: str | None, studio: str) -> str:
    """The studio's name unless another text is given: blanks would tile nothing over the
    family's previews."""
    return ((given or "").strip() or studio)[:MAX_WATERMARK]


def _password_violation(password: str | None) -> Violation | None:
    if password is None or password == "" or 8 <= len(password) <= 200:
        return None
    return Violation("password", "INVALID_VALUE", "Use 8 to 200 characters, or none.")


def _photo_violations(photo: PhotoModel, data: UpdatePhotoInput) -> list[Violation]:
    violations = []
    target = data.editing_status
    if target is not None and not can_move_editing(photo.editing_status, target):
        message = f"A {photo.editing_status.lower()} photo cannot become {target.lower()}."
        violations.append(Violation("editingStatus", "INVALID_TRANSITION", message))
    if data.notes is not None and len(data.notes) > MAX_NOTES:
        violations.append(Violation("notes", "INVALID_VALUE", "Keep notes under 5,000 characters."))
    return violations


async def _save_changes(row: GalleryModel | PhotoModel, changes: dict[str, object]) -> None:
    """Writes only the fields staff changed. The family opens, picks, sends its selection
    and buys meanwhile; writing back the whole row read before would undo that (a pick, a
    submitted selection, a paid download, the counters)."""
    row.update_from_dict(changes)
    await row.save(update_fields=[*changes, "updated_at"])


@strawberry.type
class GalleryQueries:
    @strawberry.field(
        description="A gallery opened with openGallery's token; null once it expires or its "
        "code changes."
    )
    async def gallery_access(self, info: Info, slug: str, access_token: str) -> Gallery | None:
        gallery = await GalleryModel.get_or_none(slug=slug)
        viewer = await gallery_viewer(info, gallery, access_token) if gallery else None
        return Gallery.from_model(gallery, viewer) if gallery and viewer else None

    @strawberry.field(
        description="A session's galleries, for its client, photographer and admins.",
        permission_classes=[IsAuthenticated],
    )
    async def session_galleries(
        self, info: Info, session_id: relay.GlobalID, first: int = 20, after: str | None = None
    ) -> relay.Connection[Gallery]:
        found = decode_id(session_id, Session)
        session = await SessionModel.get_or_none(id=found) if found else None
        viewer = await session_viewer(info, session) if session else None
        return await keyset_page(
            GalleryModel.filter(session_id=session.id if session and viewer else NIL),
            first=first,
            after=after,
            to_node=lambda row: Gallery.from_model(row, viewer),  # type: ignore[arg-type]
            maximum=info.context.settings.page_size_max,
        )


@strawberry.type
class GalleryMutations:
    @strawberry.mutation(
        description="Open a private gallery for a photography session; its access code is "
        "random and shown only to staff.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def create_gallery(self, info: Info, input: CreateGalleryInput) -> GalleryPayload:
        found = decode_id(input.session_id, Session)
        session = (
            await SessionModel.get_or_none(id=found).select_related("service", "provider", "client")
            if found
            else None
        )
        if session is None:
            missing = Violation("sessionId", "NOT_FOUND", "No such session.")
            return GalleryPayload(user_errors=_errors([missing]))
        await _is_staff(info, session)
        violations = gallery_violations(input.name, input.expires_at, datetime.now(UTC))
        if session.package_id is None:  # type: ignore[attr-defined]
            violations.append(
                Violation(
                    "sessionId", "INVALID_VALUE", "Galleries belong to photo package sessions."
                )
            )
        elif session.status in _NO_PHOTOS:
            # Its first upload would mail the family a gallery of a shoot that never was.
            violations.append(NOT_TAKEN_PLACE)
        elif session.client.deleted_at is not None:
            # Their galleries went with the account; new photos of the children would be
            # kept for a family that asked for everything to go.
            violations.append(ERASED_FAMILY)
        if problem := _password_violation(input.password):
            violations.append(problem)
        if input.extra_photo_price < 0:
            violations.append(NEGATIVE_PRICE)
        logo = await _logo(info, input.watermark_logo_id)
        if isinstance(logo, Violation):
            violations.append(logo)
        if violations:
            return GalleryPayload(user_errors=_errors(violations))
        gallery = await GalleryModel.create(
            session=session,
            name=input.name.strip(),
            slug=secrets.token_urlsafe(24),
            access_code=new_access_code(),
            password_hash=await hash_password(input.password) if input.password else None,
            download_enabled=input.download_enabled,
            watermark_enabled=input.watermark_enabled,
            watermark_text=_watermark_text(input.watermark_text, session.provider.display_name),
            watermark_logo=logo,
            social_share_enabled=input.social_share_enabled,
            expires_at=input.expires_at,
            extra_photo_amount=input.extra_photo_price,
            currency=session.service.currency,
        )
        return GalleryPayload(gallery=Gallery.from_model(gallery, STAFF))

    @strawberry.mutation(
        description="Change a gallery's settings, extend it, or issue a new code.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def update_gallery(self, info: Info, input: UpdateGalleryInput) -> GalleryPayload:
        gallery = await staff_gallery(info, input.id)
        if gallery is None:
            return GalleryPayload(user_errors=_errors([GALLERY_NOT_FOUND]))
        name = input.name if input.name is not None else gallery.name
        violations = gallery_violations(name, input.expires_at, datetime.now(UTC))
        if problem := _password_violation(input.password):
            violations.append(problem)
        if input.extra_photo_price is not None and input.extra_photo_price < 0:
            violations.append(NEGATIVE_PRICE)
        logo = await _logo(info, input.watermark_logo_id)
        if isinstance(logo, Violation):
            violations.append(logo)
        if violations:
            return GalleryPayload(user_errors=_errors(violations))
        changes = {
            "name": name.strip(),
            "expires_at": input.expires_at or gallery.expires_at,
            "download_enabled": input.download_enabled,
            "watermark_enabled": input.watermark_enabled,
            "social_share_enabled": input.social_share_enabled,
            "extra_photo_amount": input.extra_photo_price,
            "watermark_logo_id": logo.id if logo is not None else None,
            "access_code": new_access_code() if input.new_access_code else None,
        }
        given = {field: value for field, value in changes.items() if value is not None}
        if input.password is not None:  # an empty one removes it
            given["password_hash"] = await hash_password(input.password) if input.password else None
        if input.reopen_selection:  # sent too early, or the family changed its mind
            given["selection_submitted_at"] = None
        await _save_changes(gallery, given)
        return GalleryPayload(gallery=Gallery.from_model(gallery, STAFF))

    @strawberry.mutation(
        description="Edit a photo: editing status, featured, complimentary, order, notes.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def update_photo(self, info: Info, input: UpdatePhotoInput) -> PhotoPayload:
        found = decode_id(input.id, Photo)
        photo = await PhotoModel.get_or_none(id=found).select_related("gallery") if found else None
        if photo is None:
            return PhotoPayload(
                user_errors=_errors([Violation("id", "NOT_FOUND", "No such photo.")])
            )
        await _is_staff(info, await SessionModel.get(id=photo.gallery.session_id))  # type: ignore[attr-defined]
        if violations := _photo_violations(photo, input):
            return PhotoPayload(user_errors=_errors(violations))
        changes = {
            "editing_status": input.editing_status,
            "featured": input.featured,
            "complimentary": input.complimentary,
            "sort_order": input.sort_order,
            "notes": input.notes,
        }
        await _save_changes(photo, {k: v for k, v in changes.items() if v is not None})
        return PhotoPayload(photo=Photo.from_model(photo, photo.gallery, STAFF))
