"""Shared set-up for gallery tests: a photo session, real JPEGs with GPS tags, uploads."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import httpx
from PIL import ExifTags, Image
from strawberry.relay import to_base64

from domain.session import SessionStatus
from models.booking import Session
from models.photography import ServicePackage
from tests.api import gql
from tests.factories import make_user, token_for
from tests.scheduling import open_studio

# Berlin's Brandenburg Gate: what a leaked photo would tell about where a child was.
LATITUDE = (52.0, 30.0, 3.0)
LONGITUDE = (13.0, 22.0, 40.0)
CREATE = """
mutation ($input: CreateGalleryInput!) {
  createGallery(input: $input) {
    gallery { id slug accessCode watermarkEnabled downloadEnabled }
    userErrors { field code message }
  }
}"""
UPLOAD = """
mutation ($input: UploadPhotosInput!) {
  uploadPhotos(input: $input) {
    photos { id width height thumbnailUrl previewUrl }
    userErrors { field code message }
  }
}"""
OPEN = """
mutation ($input: OpenGalleryInput!) {
  openGallery(input: $input) {
    accessToken gallery { id name }
    userErrors { field code message }
  }
}"""


def jpeg_with_gps(width: int = 1200, height: int = 900, color: str = "orange") -> bytes:
    image = Image.new("RGB", (width, height), color)
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Artist] = "Photographer's own name"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = LONGITUDE
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def red_logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (120, 60), (255, 0, 0, 255)).save(out, "PNG")
    return out.getvalue()


def blank_photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1600, 1200), "white").save(out, "JPEG")
    return out.getvalue()


def shows_red_logo(data: bytes) -> bool:
    """Red from the logo tiles covers a good part of a white photo."""
    image = Image.open(io.BytesIO(data)).convert("RGB")
    red = sum(1 for r, g, b in image.get_flattened_data() if r > 200 and g < 190 and b < 190)
    return red > image.width * image.height // 50


def has_gps(data: bytes) -> bool:
    image = Image.open(io.BytesIO(data))
    return bool(image.getexif().get_ifd(ExifTags.IFD.GPSInfo)) or b"Exif" in data


@dataclass
class PhotoSession:
    session_id: str
    provider_token: str
    client_token: str


async def photo_session(included_photos: int = 2) -> PhotoSession:
    """A completed package session of a studio and its client."""
    studio = await open_studio()
    package = await ServicePackage.create(
        service=studio.service,
        name="Rock star",
        duration_minutes=60,
        price_amount=14900,
        included_photos=included_photos,
    )
    client = await make_user()
    start = datetime.now(UTC) - timedelta(days=2)
    session_id = uuid4()
    await Session.create(
        id=session_id,
        provider=studio.profile,
        service=studio.service,
        client=client,
        package=package,
        start_at=start,
        end_at=start + timedelta(hours=1),
        blocked_start=start,
        blocked_end=start + timedelta(hours=1),
        slot_key=str(session_id),
        status=SessionStatus.COMPLETED,
        price_amount=14900,
        currency="EUR",
    )
    return PhotoSession(
        to_base64("Session", str(session_id)), studio.provider_token, await token_for(client)
    )


async def create_gallery(
    client: httpx.AsyncClient, session: PhotoSession, **fields: object
) -> dict:
    variables = {"input": {"sessionId": session.session_id, "name": "Rock day"} | fields}
    payload = (await gql(client, CREATE, variables, token=session.provider_token))["createGallery"]
    assert payload["userErrors"] == [], payload
    return payload["gallery"]


async def upload_photos(
    client: httpx.AsyncClient, token: str, gallery_id: str, files: list[tuple[str, bytes, str]]
) -> dict:
    operations = {
        "query": UPLOAD,
        "variables": {"input": {"galleryId": gallery_id, "files": [None] * len(files)}},
    }
    response = await client.post(
        "/graphql",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps({str(i): [f"variables.input.files.{i}"] for i in range(len(files))}),
        },
        files={str(i): file for i, file in enumerate(files)},
        headers={"Authorization": f"Bearer {token}", "GraphQL-Require-Preflight": "1"},
    )
    body = response.json()
    assert "errors" not in body, body
    return body["data"]["uploadPhotos"]


async def open_gallery(client: httpx.AsyncClient, slug: str, code: str, **fields: str) -> dict:
    variables = {"input": {"slug": slug, "accessCode": code} | fields}
    return (await gql(client, OPEN, variables))["openGallery"]
