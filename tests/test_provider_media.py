"""Providers' public portraits and demo reels: uploads checked, served to anyone, erased."""

from __future__ import annotations

import io
import wave
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from PIL import Image
from strawberry.relay import to_base64

from app.settings import Settings
from domain.media import FileKind
from integrations.storage import storage_from_url
from jobs.file import sweep
from models.account import Role
from models.file import StoredFile
from models.provider import ProviderProfile
from models.provider_media import ProviderDemo, ProviderPortrait
from tests.api import StatementCounter, assert_denied, execute, gql
from tests.factories import PASSWORD, make_provider, make_user, token_for
from tests.galleries import jpeg_with_gps
from tests.test_uploads import PREFLIGHT, upload

SET_PORTRAIT = """
mutation ($input: SetProviderPortraitInput!) {
  setProviderPortrait(input: $input) {
    provider { portrait { url width height } } userErrors { field code message }
  }
}"""
REMOVE_PORTRAIT = """
mutation ($input: RemoveProviderPortraitInput!) {
  removeProviderPortrait(input: $input) { provider { portrait { url } } userErrors { code } }
}"""
ADD_DEMO = """
mutation ($input: AddProviderDemoInput!) {
  addProviderDemo(input: $input) {
    demo { id title url durationSeconds position } userErrors { field code message }
  }
}"""
REMOVE_DEMO = """
mutation ($input: RemoveProviderDemoInput!) {
  removeProviderDemo(input: $input) { userErrors { code } }
}"""
REORDER = """
mutation ($input: ReorderProviderDemosInput!) {
  reorderProviderDemos(input: $input) {
    provider { demos { edges { node { title } } } } userErrors { field code }
  }
}"""
PROFILE = """
query ($id: ID!, $first: Int!, $after: String) {
  provider(id: $id) {
    portrait { url width height }
    demos(first: $first, after: $after) {
      edges { cursor node { title url durationSeconds contentType } }
      pageInfo { hasNextPage endCursor }
    }
  }
}"""
LISTING = """
query { providers(first: 50) { edges { node {
  displayName portrait { url width height } demos { edges { node { title url durationSeconds } } }
} } } }"""


def wav(seconds: float, rate: int = 44_100, channels: int = 2, width: int = 2) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(b"\x00" * width * channels * int(rate * seconds))
    return buffer.getvalue()


async def uploaded(client: httpx.AsyncClient, token: str, kind: str, content: bytes) -> str:
    name = "portrait.jpg" if kind == "PORTRAIT" else "reel.wav"
    response = await upload(client, token, kind, name, content, **PREFLIGHT)
    payload = response.json()["data"]["uploadFile"]
    assert payload["userErrors"] == [], payload
    return payload["file"]["id"]


def provider_id(profile: ProviderProfile) -> str:
    return to_base64("Provider", str(profile.id))


async def provider_with_token() -> tuple[ProviderProfile, str]:
    profile = await make_provider()
    return profile, await token_for(await profile.user)


async def fetch(client: httpx.AsyncClient, settings: Settings, url: str) -> httpx.Response:
    return await client.get(url.removeprefix(settings.public_url))


def stored_objects(settings: Settings) -> set[Path]:
    root = Path(settings.storage_url.removeprefix("file://"))
    return {path for path in root.rglob("*") if path.is_file()}


async def add_demo(
    client: httpx.AsyncClient, token: str, title: str, content: bytes | None = None
) -> dict[str, Any]:
    file_id = await uploaded(client, token, "DEMO", content or wav(0.5))
    variables = {"input": {"fileId": file_id, "title": title}}
    return (await gql(client, ADD_DEMO, variables, token=token))["addProviderDemo"]


async def test_anyone_sees_the_portrait_without_metadata_and_hears_the_demos(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    profile, token = await provider_with_token()
    photo = await uploaded(client, token, "PORTRAIT", jpeg_with_gps(2000, 1500))
    set_ = await gql(client, SET_PORTRAIT, {"input": {"fileId": photo}}, token=token)
    assert set_["setProviderPortrait"]["userErrors"] == []
    audio = wav(3)
    added = await add_demo(client, token, "Rock mix", audio)
    assert added["userErrors"] == []
    assert (added["demo"]["durationSeconds"], added["demo"]["position"]) == (3.0, 0)
    await add_demo(client, token, "Jazz mix")

    # No token at all: the public profile.
    data = (await gql(client, PROFILE, {"id": provider_id(profile), "first": 1}))["provider"]
    portrait = data["portrait"]
    assert (portrait["width"], portrait["height"]) == (800, 600)
    served = await fetch(client, settings, portrait["url"])
    assert served.status_code == 200
    assert served.headers["content-type"] == "image/jpeg"
    assert "immutable" in served.headers["cache-control"]
    image = Image.open(io.BytesIO(served.content))
    assert image.size == (800, 600)
    assert not image.getexif()  # no GPS position, no camera, no name
    demos = data["demos"]
    assert [edge["node"]["title"] for edge in demos["edges"]] == ["Rock mix"]
    heard = await fetch(client, settings, demos["edges"][0]["node"]["url"])
    assert (heard.status_code, heard.content) == (200, audio)
    after = demos["pageInfo"]["endCursor"]
    variables = {"id": provider_id(profile), "first": 5, "after": after}
    rest = (await gql(client, PROFILE, variables))["provider"]["demos"]
    assert [edge["node"]["title"] for edge in rest["edges"]] == ["Jazz mix"]
    assert rest["pageInfo"]["hasNextPage"] is False
    # The private upload stays private; the public route serves nothing outside media/.
    original = await StoredFile.get(kind=FileKind.PORTRAIT)
    assert (await client.get(f"/media/../{original.key}")).status_code == 404
    assert (await client.get(f"/{original.key}")).status_code == 404


async def _state(settings: Settings) -> tuple[int, int, int, set[Path]]:
    return (
        await ProviderPortrait.all().count(),
        await ProviderDemo.all().count(),
        await StoredFile.all().count(),
        stored_objects(settings),
    )


async def test_refused_inputs_write_nothing(client: httpx.AsyncClient, settings: Settings) -> None:
    _, token = await provider_with_token()
    _, other_token = await provider_with_token()
    for n in range(5):
        assert (await add_demo(client, token, f"Demo {n}"))["userErrors"] == []
    photo = await uploaded(client, token, "PORTRAIT", jpeg_with_gps())
    demo_file = await uploaded(client, token, "DEMO", wav(1))
    long_demo = await uploaded(client, token, "DEMO", wav(601, rate=8_000, channels=1, width=1))
    foreign = await uploaded(client, other_token, "PORTRAIT", jpeg_with_gps())
    attempts = [
        (SET_PORTRAIT, {"fileId": demo_file}, ("fileId", "UNSUPPORTED_TYPE")),
        (SET_PORTRAIT, {"fileId": foreign}, ("fileId", "NOT_FOUND")),
        (ADD_DEMO, {"fileId": photo, "title": "x"}, ("fileId", "TOO_MANY")),
    ]
    before = await _state(settings)
    for mutation, input_, expected in attempts:
        body = (await gql(client, mutation, {"input": input_}, token=token)).popitem()[1]
        assert [(e["field"], e["code"]) for e in body["userErrors"]] == [expected], body
    assert await _state(settings) == before

    # With room for one more: wrong kind, too long, blank title, another's file.
    await ProviderDemo.filter(title="Demo 4").delete()
    others = await uploaded(client, other_token, "DEMO", wav(1))
    before = await _state(settings)
    for input_, expected in (
        ({"fileId": photo, "title": "x"}, ("fileId", "UNSUPPORTED_TYPE")),
        ({"fileId": long_demo, "title": "x"}, ("fileId", "TOO_LONG")),
        ({"fileId": demo_file, "title": "  "}, ("title", "INVALID_VALUE")),
        ({"fileId": others, "title": "x"}, ("fileId", "NOT_FOUND")),
    ):
        body = (await gql(client, ADD_DEMO, {"input": input_}, token=token))["addProviderDemo"]
        assert [(e["field"], e["code"]) for e in body["userErrors"]] == [expected], body
        assert await _state(settings) == before


async def test_demos_are_reordered_and_removed_and_portraits_replaced(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    profile, token = await provider_with_token()
    ids = [(await add_demo(client, token, title))["demo"]["id"] for title in "ABC"]
    reordered = await gql(client, REORDER, {"input": {"demoIds": ids[::-1]}}, token=token)
    edges = reordered["reorderProviderDemos"]["provider"]["demos"]["edges"]
    assert [edge["node"]["title"] for edge in edges] == ["C", "B", "A"]
    partial = await gql(client, REORDER, {"input": {"demoIds": ids[:2]}}, token=token)
    assert partial["reorderProviderDemos"]["userErrors"] == [
        {"field": "demoIds", "code": "INVALID_VALUE"}
    ]

    url = (await ProviderDemo.get(title="B")).key
    removed = await gql(client, REMOVE_DEMO, {"input": {"demoId": ids[1]}}, token=token)
    assert removed["removeProviderDemo"]["userErrors"] == []
    assert (await client.get(f"/{url}")).status_code == 404
    assert await StoredFile.filter(kind=FileKind.DEMO).count() == 2

    first = await uploaded(client, token, "PORTRAIT", jpeg_with_gps())
    old = await gql(client, SET_PORTRAIT, {"input": {"fileId": first}}, token=token)
    old_url = old["setProviderPortrait"]["provider"]["portrait"]["url"]
    second = await uploaded(client, token, "PORTRAIT", jpeg_with_gps(color="blue"))
    new = await gql(client, SET_PORTRAIT, {"input": {"fileId": second}}, token=token)
    new_url = new["setProviderPortrait"]["provider"]["portrait"]["url"]
    assert new_url != old_url
    assert (await fetch(client, settings, old_url)).status_code == 404
    assert (await fetch(client, settings, new_url)).status_code == 200
    assert await StoredFile.filter(kind=FileKind.PORTRAIT).count() == 1
    gone = await gql(client, REMOVE_PORTRAIT, {"input": {}}, token=token)
    assert gone["removeProviderPortrait"]["provider"] == {"portrait": None}
    assert (await fetch(client, settings, new_url)).status_code == 404
    assert await ProviderPortrait.filter(provider_id=profile.id).count() == 0


async def test_only_the_provider_and_admins_manage_the_profile(
    client: httpx.AsyncClient,
) -> None:
    profile, token = await provider_with_token()
    _, other_token = await provider_with_token()
    client_token = await token_for(await make_user())
    admin_token = await token_for(await make_user(Role.ADMIN))
    photo = await uploaded(client, token, "PORTRAIT", jpeg_with_gps())
    named = {"input": {"providerId": provider_id(profile), "fileId": photo}}
    await assert_denied(client, SET_PORTRAIT, named, token=client_token)
    await assert_denied(client, SET_PORTRAIT, named, token=other_token)
    await assert_denied(client, SET_PORTRAIT, named)  # signed out
    demo_id = (await add_demo(client, token, "Mine"))["demo"]["id"]
    await assert_denied(client, REMOVE_DEMO, {"input": {"demoId": demo_id}}, token=other_token)

    by_admin = await gql(client, SET_PORTRAIT, named, token=admin_token)
    assert by_admin["setProviderPortrait"]["userErrors"] == []
    unnamed = await gql(client, REMOVE_PORTRAIT, {"input": {}}, token=admin_token)
    assert unnamed["removeProviderPortrait"]["userErrors"] == [{"code": "PROVIDER_REQUIRED"}]


async def _providers_with_media(count: int) -> None:
    for _ in range(count):
        profile = await make_provider()
        user = await profile.user
        for kind, n in ((FileKind.PORTRAIT, 1), (FileKind.DEMO, 3)):
            for _ in range(n):
                file = await StoredFile.create(
                    owner=user, kind=kind, key=f"files/{kind}/{profile.id}/{_}/{n}", name="x",
                    size=1, content_type="audio/mpeg", sha256="0" * 64,
                )  # fmt: skip
                key = f"media/providers/{file.id}/x"
                if kind == FileKind.PORTRAIT:
                    await ProviderPortrait.create(
                        provider=profile, file=file, key=key, width=8, height=8
                    )
                else:
                    await ProviderDemo.create(
                        provider=profile, file=file, key=key, title="Demo", position=0,
                        duration_ms=1000, content_type="audio/mpeg", size=1,
                    )  # fmt: skip


async def test_the_listing_with_portraits_and_demos_costs_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    counts = []
    for add, total in ((2, 2), (4, 6)):
        await _providers_with_media(add)
        statements.reset()
        edges = (await gql(client, LISTING))["providers"]["edges"]
        assert len(edges) == total
        assert all(edge["node"]["portrait"] and len(edge["node"]["demos"]["edges"]) == 3
                   for edge in edges)  # fmt: skip
        counts.append(statements.count)
    # page + portraits + demos; the anonymous request needs no auth lookup.
    assert counts == [3, 3], statements.queries


async def test_export_lists_them_and_erasing_the_account_deletes_them(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    profile, token = await provider_with_token()
    photo = await uploaded(client, token, "PORTRAIT", jpeg_with_gps())
    portrait = await gql(client, SET_PORTRAIT, {"input": {"fileId": photo}}, token=token)
    urls = [portrait["setProviderPortrait"]["provider"]["portrait"]["url"]]
    urls.append((await add_demo(client, token, "Reel"))["demo"]["url"])
    stored_before_upload = await StoredFile.all().count()

    export = await execute(client, "mutation { exportMyData { downloadUrl } }", token=token)
    document = (await fetch(client, settings, export["data"]["exportMyData"]["downloadUrl"])).json()
    sections = document["sections"]
    assert [row["width"] for row in sections["providerPortrait"]] == [800]
    assert [row["title"] for row in sections["providerDemos"]] == ["Reel"]
    assert {row["kind"] for row in sections["files"]} >= {"PORTRAIT", "DEMO"}

    originals = [row.key for row in await StoredFile.filter(kind__in=["PORTRAIT", "DEMO"])]
    body = await gql(
        client,
        "mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted } }",
        {"input": {"password": PASSWORD}},
        token=token,
    )
    assert body["deleteMyAccount"] == {"deleted": True}
    for url in urls:
        assert (await fetch(client, settings, url)).status_code == 404
    root = Path(settings.storage_url.removeprefix("file://"))
    assert not any((root / key).exists() for key in originals)
    assert await ProviderPortrait.filter(provider_id=profile.id).count() == 0
    assert await ProviderDemo.filter(provider_id=profile.id).count() == 0
    assert await StoredFile.all().count() < stored_before_upload


async def test_the_sweep_keeps_published_media(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    _, token = await provider_with_token()
    photo = await uploaded(client, token, "PORTRAIT", jpeg_with_gps())
    data = await gql(client, SET_PORTRAIT, {"input": {"fileId": photo}}, token=token)
    url = data["setProviderPortrait"]["provider"]["portrait"]["url"]
    storage = storage_from_url(
        settings.storage_url, public_url=settings.public_url, secret_key=settings.secret_key
    )
    await sweep(storage, grace=timedelta(0), now=datetime.now(UTC) + timedelta(seconds=2))
    assert (await fetch(client, settings, url)).status_code == 200
