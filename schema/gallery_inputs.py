"""Inputs and payloads of the gallery mutations."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry import relay
from strawberry.file_uploads import Upload

from schema.gallery import EditingStatus, Gallery, GalleryUserError, Photo
from schema.shop_inputs import AddressInput


@strawberry.input(description="Open a gallery for a photography session (photographer).")
class CreateGalleryInput:
    session_id: relay.GlobalID
    name: str
    expires_at: dt.datetime | None = None
    password: str | None = strawberry.field(default=None, description="Asked for after the code.")
    download_enabled: bool = True
    watermark_enabled: bool = True
    watermark_text: str | None = strawberry.field(
        default=None, description="Defaults to the studio's name."
    )
    watermark_logo_id: relay.GlobalID | None = strawberry.field(
        default=None, description="An uploaded WATERMARK file of yours, tiled instead of text."
    )
    social_share_enabled: bool = False
    extra_photo_price: int = strawberry.field(
        default=0, description="Minor units per pick beyond the package's included photos."
    )


@strawberry.input(description="Change a gallery's settings; omitted fields stay as they are.")
class UpdateGalleryInput:
    id: relay.GlobalID
    name: str | None = None
    expires_at: dt.datetime | None = strawberry.field(
        default=None, description="A new expiry, e.g. to extend an expired gallery."
    )
    download_enabled: bool | None = None
    watermark_enabled: bool | None = None
    social_share_enabled: bool | None = None
    extra_photo_price: int | None = strawberry.field(
        default=None, description="Minor units per pick beyond the package's included photos."
    )
    watermark_logo_id: relay.GlobalID | None = strawberry.field(
        default=None, description="A new logo for photos uploaded from now on."
    )
    password: str | None = strawberry.field(
        default=None, description="A new password; an empty string removes it."
    )
    new_access_code: bool = strawberry.field(
        default=False, description="Issue a new code: the old one and its tokens stop working."
    )
    reopen_selection: bool = strawberry.field(
        default=False, description="Give the family its sent picks back to change and send again."
    )


@strawberry.input(description="Photos sent as a GraphQL multipart request.")
class UploadPhotosInput:
    gallery_id: relay.GlobalID
    files: list[Upload]


@strawberry.input(description="Edit a photo's details (photographer).")
class UpdatePhotoInput:
    id: relay.GlobalID
    editing_status: EditingStatus | None = None  # type: ignore[valid-type]
    featured: bool | None = None
    complimentary: bool | None = None
    sort_order: int | None = None
    notes: str | None = None


@strawberry.input(description="The link's slug and the code from the studio.")
class OpenGalleryInput:
    slug: str
    access_code: str
    password: str | None = None


@strawberry.input(description="Pick or unpick a photo while proofing.")
class FavoritePhotoInput:
    photo_id: relay.GlobalID
    favorite: bool
    access_token: str | None = strawberry.field(
        default=None, description="From openGallery, unless you are signed in as the client."
    )


@strawberry.input(description="Send the family's picks to the studio.")
class SubmitSelectionInput:
    gallery_id: relay.GlobalID
    access_token: str | None = None
    shipping_address: AddressInput | None = strawberry.field(
        default=None,
        description="Where the package's included print goes; needed when it includes one.",
    )


@strawberry.input(description="Ask for the original of a photo.")
class DownloadPhotoInput:
    photo_id: relay.GlobalID
    access_token: str | None = None


@strawberry.type(description="Result of a gallery mutation.")
class GalleryPayload:
    gallery: Gallery | None = None
    user_errors: list[GalleryUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of opening a gallery.")
class OpenGalleryPayload:
    gallery: Gallery | None = None
    access_token: str | None = strawberry.field(
        default=None, description="Pass it to galleryAccess and the proofing mutations; 2 hours."
    )
    user_errors: list[GalleryUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of uploading photos.")
class UploadPhotosPayload:
    photos: list[Photo] = strawberry.field(default_factory=list)
    user_errors: list[GalleryUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of a photo mutation.")
class PhotoPayload:
    photo: Photo | None = None
    user_errors: list[GalleryUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="A link to the original, valid 5 minutes.")
class DownloadPhotoPayload:
    url: str | None = None
    user_errors: list[GalleryUserError] = strawberry.field(default_factory=list)
