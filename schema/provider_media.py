"""GraphQL types for a provider's public portrait and demo reels."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

from app.context import Info
from app.settings import Settings
from models.provider_media import ProviderDemo as DemoModel
from models.provider_media import ProviderPortrait as PortraitModel
from schema.common import UserError
from schema.nodes import rows_by_id

if TYPE_CHECKING:
    from schema.provider import Provider


def media_url(settings: Settings, key: str) -> str:
    """The public, permanent address of an object under `media/`: its key names a fresh
    folder for every upload, so what a URL serves never changes and caches may keep it."""
    return f"{settings.public_url.rstrip('/')}/{key}"


@strawberry.enum(description="Why a portrait or demo mutation refused its input.")
class ProviderMediaErrorCode(Enum):
    NOT_FOUND = strawberry.enum_value("NOT_FOUND", description="No such provider, file or demo.")
    PROVIDER_REQUIRED = strawberry.enum_value(
        "PROVIDER_REQUIRED", description="Admins name the provider."
    )
    UNSUPPORTED_TYPE = strawberry.enum_value(
        "UNSUPPORTED_TYPE", description="The file is of another kind, or cannot be read."
    )
    ALREADY_ATTACHED = strawberry.enum_value(
        "ALREADY_ATTACHED", description="The file is on the profile already."
    )
    TOO_MANY = strawberry.enum_value("TOO_MANY", description="The profile has all its demos.")
    TOO_LONG = strawberry.enum_value("TOO_LONG", description="The demo runs too long.")
    INVALID_VALUE = strawberry.enum_value(
        "INVALID_VALUE", description="A title or an order that cannot be used."
    )


@strawberry.type(description="A problem with a portrait or demo mutation's input.")
class ProviderMediaUserError(UserError):
    code: ProviderMediaErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(description="A provider's public photo, resized and stripped of metadata.")
class ProviderPortrait:
    url: str = strawberry.field(description="Public and permanent; a new portrait has a new URL.")
    width: int = strawberry.field(description="Pixels.")
    height: int = strawberry.field(description="Pixels.")

    @classmethod
    def from_model(cls, row: PortraitModel, settings: Settings) -> ProviderPortrait:
        return cls(url=media_url(settings, row.key), width=row.width, height=row.height)


@strawberry.type(description="A demo reel to listen to before booking.")
class ProviderDemo(relay.Node):
    id: relay.NodeID[str]
    title: str = strawberry.field(description="What the demo shows.")
    url: str = strawberry.field(description="Public and permanent link to the audio.")
    duration_seconds: float = strawberry.field(description="Running time, read from the audio.")
    content_type: str = strawberry.field(description="Judged from the content.")
    size: int = strawberry.field(description="Bytes.")
    position: int = strawberry.field(description="Place in the provider's order, from 0 up.")

    @classmethod
    def from_model(cls, row: DemoModel, settings: Settings) -> ProviderDemo:
        return cls(
            id=str(row.id),
            title=row.title,
            url=media_url(settings, row.key),
            duration_seconds=row.duration_ms / 1000,
            content_type=row.content_type,
            size=row.size,
            position=row.position,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        # Public, as the profiles showing them are.
        rows = await rows_by_id(DemoModel, node_ids)
        settings = info.context.settings
        return [cls.from_model(row, settings) if row else None for row in rows]


@strawberry.input(description="Show an uploaded PORTRAIT file as the provider's photo.")
class SetProviderPortraitInput:
    provider_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Admins name the provider; providers set their own."
    )
    file_id: relay.GlobalID = strawberry.field(
        description="A PORTRAIT file the provider uploaded; it replaces any portrait before."
    )


@strawberry.input(description="Take the provider's portrait down.")
class RemoveProviderPortraitInput:
    provider_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Admins name the provider; providers remove their own."
    )


@strawberry.input(description="Add an uploaded DEMO file to the end of the provider's demos.")
class AddProviderDemoInput:
    provider_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Admins name the provider; providers add their own."
    )
    file_id: relay.GlobalID = strawberry.field(
        description="A DEMO file (WAV, AIFF or MP3, at most 10 minutes) the provider uploaded."
    )
    title: str = strawberry.field(description="1 to 120 characters.")


@strawberry.input(description="Take one demo off the profile; its audio is deleted.")
class RemoveProviderDemoInput:
    demo_id: relay.GlobalID = strawberry.field(description="The demo to remove.")


@strawberry.input(description="Put the provider's demos in a new order.")
class ReorderProviderDemosInput:
    provider_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Admins name the provider; providers order their own."
    )
    demo_ids: list[relay.GlobalID] = strawberry.field(
        description="Every demo of the profile once, in the order to show them."
    )


@strawberry.type(description="Result of a portrait or demo mutation.")
class ProviderMediaPayload:
    provider: Annotated[Provider, strawberry.lazy("schema.provider")] | None = strawberry.field(
        default=None, description="The profile changed; null when refused."
    )
    demo: ProviderDemo | None = strawberry.field(
        default=None, description="The demo added (addProviderDemo only)."
    )
    user_errors: list[ProviderMediaUserError] = strawberry.field(
        default_factory=list, description="What to fix; nothing was changed when any."
    )
