"""Providers show a portrait and demo reels on their public profile (themselves or an admin)."""

from __future__ import annotations

from uuid import UUID

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from domain.audio import AudioFacts
from domain.media import FileKind
from domain.provider_media import count_violation, order_violation, title_violation
from domain.violation import Violation
from models.file import StoredFile
from models.provider import ProviderProfile
from models.provider_media import ProviderDemo as DemoModel
from models.provider_media import ProviderPortrait as PortraitModel
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.permissions import Forbidden, IsProviderOrAdmin
from resolvers.provider import managed_profile
from resolvers.provider_media_store import (
    Published,
    Refused,
    delete_objects,
    deleted_unless_recorded,
    providers_file,
    publish_demo,
    publish_portrait,
)
from schema.file import File
from schema.provider import Provider
from schema.provider_media import (
    AddProviderDemoInput,
    ProviderDemo,
    ProviderMediaErrorCode,
    ProviderMediaPayload,
    ProviderMediaUserError,
    RemoveProviderDemoInput,
    RemoveProviderPortraitInput,
    ReorderProviderDemosInput,
    SetProviderPortraitInput,
)
from subscriptions.channels import provider_channel

NO_DEMO = Violation("demoId", "NOT_FOUND", "No such demo.")


def _refused(*violations: Violation) -> ProviderMediaPayload:
    return ProviderMediaPayload(
        user_errors=to_user_errors(violations, ProviderMediaUserError, ProviderMediaErrorCode)
    )


async def _changed(info: Info, profile: ProviderProfile, **extra: object) -> ProviderMediaPayload:
    await info.context.broker.publish(provider_channel(profile.id))
    return ProviderMediaPayload(provider=Provider.from_model(profile), **extra)  # type: ignore[arg-type]


async def _lock(profile: ProviderProfile) -> None:
    """One change to a profile's media at a time: counts and positions stay true."""
    await ProviderProfile.select_for_update().get(id=profile.id)


async def _take_down(rows: list[PortraitModel] | list[DemoModel]) -> list[str]:
    """Deletes the rows and the provider's uploads behind them (in the caller's
    transaction); returns the storage keys to delete once it commits."""
    if not rows:
        return []
    files = await StoredFile.filter(id__in=[row.file_id for row in rows]).values_list(
        "key", flat=True
    )  # type: ignore[attr-defined]
    await type(rows[0]).filter(id__in=[row.id for row in rows]).delete()
    await StoredFile.filter(id__in=[row.file_id for row in rows]).delete()  # type: ignore[attr-defined]
    return [row.key for row in rows] + list(files)


async def _demo_profile(info: Info, demo_id: relay.GlobalID) -> DemoModel | Violation:
    row_id = decode_id(demo_id, ProviderDemo)
    demo = await DemoModel.get_or_none(id=row_id).select_related("provider") if row_id else None
    if demo is None:
        return NO_DEMO
    user = info.context.user
    if not info.context.is_admin and demo.provider.user_id != user.id:  # type: ignore[attr-defined, union-attr]
        raise Forbidden("You can only manage your own provider profile.")
    return demo


@strawberry.type
class ProviderMediaMutations:
    @strawberry.mutation(
        description="Show an uploaded PORTRAIT file as the provider's public photo (a resized "
        "copy without metadata); it replaces the one before, which is deleted.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def set_provider_portrait(
        self, info: Info, input: SetProviderPortraitInput
    ) -> ProviderMediaPayload:
        profile = await managed_profile(info, input.provider_id)
        if isinstance(profile, Violation):
            return _refused(profile)
        file_id = decode_id(input.file_id, File)
        file = await providers_file(profile, file_id, FileKind.PORTRAIT)
        if isinstance(file, Violation):
            return _refused(file)
        published = await publish_portrait(info.context.storage, profile, file)
        if isinstance(published, Violation):
            return _refused(published)
        portrait = published.portrait
        try:
            async with (
                deleted_unless_recorded(info.context.storage, published.key),
                in_transaction(),
            ):
                await _lock(profile)
                locked = await providers_file(profile, file_id, FileKind.PORTRAIT, lock=True)
                if isinstance(locked, Violation):
                    raise Refused(locked)
                old = await _take_down(await PortraitModel.filter(provider_id=profile.id))
                await PortraitModel.create(
                    provider=profile,
                    file=locked,
                    key=published.key,
                    width=portrait.width,  # type: ignore[union-attr]
                    height=portrait.height,  # type: ignore[union-attr]
                )
        except Refused as refused:
            return _refused(refused.violation)
        await delete_objects(info.context.storage, old)
        return await _changed(info, profile)

    @strawberry.mutation(
        description="Take the provider's portrait down; it and its upload are deleted.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def remove_provider_portrait(
        self, info: Info, input: RemoveProviderPortraitInput
    ) -> ProviderMediaPayload:
        profile = await managed_profile(info, input.provider_id)
        if isinstance(profile, Violation):
            return _refused(profile)
        async with in_transaction():
            await _lock(profile)
            gone = await _take_down(await PortraitModel.filter(provider_id=profile.id))
        await delete_objects(info.context.storage, gone)
        return await _changed(info, profile)

    @strawberry.mutation(
        description="Add an uploaded DEMO file (WAV, AIFF or MP3, at most 10 minutes) to the end "
        "of the provider's public demos, at most 5.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def add_provider_demo(
        self, info: Info, input: AddProviderDemoInput
    ) -> ProviderMediaPayload:
        profile = await managed_profile(info, input.provider_id)
        if isinstance(profile, Violation):
            return _refused(profile)
        if bad_title := title_violation(input.title):
            return _refused(bad_title)
        if too_many := count_violation(await DemoModel.filter(provider_id=profile.id).count()):
            return _refused(too_many)
        file_id = decode_id(input.file_id, File)
        file = await providers_file(profile, file_id, FileKind.DEMO)
        if isinstance(file, Violation):
            return _refused(file)
        published = await publish_demo(info.context.storage, profile, file)
        if isinstance(published, Violation):
            return _refused(published)
        try:
            async with (
                deleted_unless_recorded(info.context.storage, published.key),
                in_transaction(),
            ):
                demo = await _record_demo(profile, file_id, input.title.strip(), published)
        except Refused as refused:
            return _refused(refused.violation)
        return await _changed(
            info, profile, demo=ProviderDemo.from_model(demo, info.context.settings)
        )

    @strawberry.mutation(
        description="Take one demo off the profile; its audio and upload are deleted.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def remove_provider_demo(
        self, info: Info, input: RemoveProviderDemoInput
    ) -> ProviderMediaPayload:
        demo = await _demo_profile(info, input.demo_id)
        if isinstance(demo, Violation):
            return _refused(demo)
        async with in_transaction():
            await _lock(demo.provider)
            gone = await _take_down(await DemoModel.filter(id=demo.id))
        await delete_objects(info.context.storage, gone)
        return await _changed(info, demo.provider)

    @strawberry.mutation(
        description="Put the provider's demos in a new order; list each of them once.",
        permission_classes=[IsProviderOrAdmin],
    )
    async def reorder_provider_demos(
        self, info: Info, input: ReorderProviderDemosInput
    ) -> ProviderMediaPayload:
        profile = await managed_profile(info, input.provider_id)
        if isinstance(profile, Violation):
            return _refused(profile)
        requested = [decode_id(demo_id, ProviderDemo) for demo_id in input.demo_ids]
        async with in_transaction():
            await _lock(profile)
            demos = {row.id: row for row in await DemoModel.filter(provider_id=profile.id)}
            if wrong := order_violation(list(demos), requested):
                return _refused(wrong)
            for position, demo_id in enumerate(requested):
                demos[demo_id].position = position  # type: ignore[index]
            if demos:
                await DemoModel.bulk_update(list(demos.values()), fields=["position"])
        return await _changed(info, profile)


async def _record_demo(
    profile: ProviderProfile, file_id: UUID | None, title: str, published: Published
) -> DemoModel:
    """Under the profile's lock, the checks again (another request may have added a demo or
    taken the file meanwhile), then the row at the end of the order."""
    await _lock(profile)
    if too_many := count_violation(await DemoModel.filter(provider_id=profile.id).count()):
        raise Refused(too_many)
    locked = await providers_file(profile, file_id, FileKind.DEMO, lock=True)
    if isinstance(locked, Violation):
        raise Refused(locked)
    last = await DemoModel.filter(provider_id=profile.id).order_by("-position").first()
    facts: AudioFacts = published.facts  # type: ignore[assignment]
    return await DemoModel.create(
        provider=profile,
        file=locked,
        key=published.key,
        title=title,
        position=0 if last is None else last.position + 1,
        duration_ms=round(facts.seconds * 1000),
        content_type=locked.content_type,
        size=locked.size,
    )
