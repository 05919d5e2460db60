"""What the schema fuzzer (tests/fuzz.py) sends operations about: the demo data set plus an
admin and a shop product, a bearer token per role, and scalar strategies that often name
real rows (global IDs, slugs, the gallery code) and otherwise produce anything the scalar's
syntax allows, or nothing like it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import graphql
from hypothesis import strategies as st
from hypothesis_graphql import nodes
from strawberry.relay import to_base64
from tortoise import Tortoise

from app.demo import seed
from app.demo_gallery import DEMO_GALLERY_CODE
from app.settings import Settings
from integrations.storage import Storage
from models.account import AccessToken, Role, User
from models.gallery import Gallery
from models.shop import Product
from tests.factories import make_user, token_for

SCHEMA_SDL = (Path(__file__).parent.parent / "schema.graphql").read_text()
ROLES = ("anonymous", "client", "provider", "admin")
# GraphQL node type -> the model behind it, where their names differ.
NODE_MODELS = {
    "Provider": "ProviderProfile",
    "Package": "ServicePackage",
    "File": "StoredFile",
    "FollowUp": "FollowUpRequest",
    "SessionBundle": "ServiceBundle",
}
NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass
class World:
    """Who the fuzzer acts as, and the names of real things it can mention."""

    users: dict[str, list[User]]
    tokens: dict[str, list[str]] = field(default_factory=dict)
    global_ids: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)


async def seed_world(storage: Storage, settings: Settings) -> World:
    await seed(storage, settings)
    admin = await make_user(Role.ADMIN, email="fuzz-admin@example.com")
    by_role = {
        role: await User.filter(role=role).exclude(id=admin.id).order_by("email")
        for role in (Role.CLIENT, Role.PROVIDER)
    }
    world = World(
        users={"client": by_role[Role.CLIENT], "provider": by_role[Role.PROVIDER], "admin": [admin]}
    )
    await refresh(world)
    world.global_ids = await _global_ids()
    slugs = [
        *await Gallery.all().values_list("slug", flat=True),
        *await Product.all().values_list("slug", flat=True),
    ]
    world.words = [
        *slugs,
        DEMO_GALLERY_CODE,
        *(user.email for users in world.users.values() for user in users),
        "Europe/Berlin",
        "EUR",
        "https://127.0.0.1:9/hook",
    ]
    return world


async def refresh(world: World) -> None:
    """Undo what a previous operation may have done to the fuzzer's own accounts (an admin
    demoting them, `logout` revoking a token) and give every role a live token."""
    await AccessToken.all().delete()
    world.tokens = {"anonymous": []}
    for role, users in world.users.items():
        await User.filter(id__in=[user.id for user in users]).update(role=Role(role.upper()))
        world.tokens[role] = [await token_for(user) for user in users]


def node_types() -> list[str]:
    return sorted(
        name
        for name, type_ in graphql.build_schema(SCHEMA_SDL).type_map.items()
        if isinstance(type_, graphql.GraphQLObjectType)
        and any(interface.name == "Node" for interface in type_.interfaces)
    )


async def _global_ids() -> list[str]:
    models = Tortoise.apps["models"]
    found: list[str] = []
    for type_name in node_types():
        ids = await models[NODE_MODELS.get(type_name, type_name)].all().values_list("id", flat=True)
        found.extend(to_base64(type_name, str(pk)) for pk in ids)
    return sorted(found)


def _string(values: st.SearchStrategy[object]) -> st.SearchStrategy[graphql.ValueNode]:
    return values.map(nodes.String)


def scalar_strategies(world: World) -> dict[str, st.SearchStrategy[graphql.ValueNode]]:
    """Node strategies per scalar: real values most of the time, edge cases and junk the rest."""
    junk = st.text(max_size=40)
    near = st.datetimes(
        min_value=(NOW - timedelta(days=400)).replace(tzinfo=None),
        max_value=(NOW + timedelta(days=400)).replace(tzinfo=None),
        timezones=st.just(UTC),
    )
    anywhen = st.datetimes(timezones=st.sampled_from([UTC, None]))
    # An ID of a row that does not exist, often of another type than expected or malformed.
    any_id = st.builds(
        to_base64, st.sampled_from(node_types()), st.one_of(st.uuids().map(str), junk)
    )
    # On the hour within the next weeks: where bookable slots are.
    slot = st.integers(-24 * 30, 24 * 60).map(
        lambda hours: (NOW.replace(minute=0, second=0) + timedelta(hours=hours)).isoformat()
    )
    # Durations, ratings, counts and page sizes are small; the whole 32-bit range stays in.
    small = st.one_of(st.integers(-5, 200), st.sampled_from([15, 30, 45, 60, 90, 120, 1440]))
    return {
        "Int": st.one_of(small, st.integers(-(2**31), 2**31 - 1)).map(nodes.Int),
        "ID": _string(
            st.one_of(
                st.sampled_from(world.global_ids),
                st.sampled_from(world.global_ids),
                any_id,
                junk,
            )
        ),
        "String": _string(st.one_of(st.sampled_from(world.words), st.text(max_size=60))),
        "DateTime": _string(
            st.one_of(
                slot,
                near.map(datetime.isoformat),
                anywhen.map(datetime.isoformat),
                junk,
            )
        ),
        "Date": _string(st.one_of(st.dates().map(lambda d: d.isoformat()), junk)),
        "Time": _string(st.one_of(st.times().map(lambda t: t.isoformat()), junk)),
        "EndTime": _string(
            st.one_of(st.times().map(lambda t: t.isoformat()), st.just("24:00"), junk)
        ),
        "Decimal": _string(st.one_of(st.decimals(places=3).map(Decimal.__str__), junk)),
        "JSON": st.one_of(_string(junk), st.integers().map(nodes.Int)),
        # A file can only arrive as a multipart part; a literal in its place must be refused.
        "Upload": _string(junk),
    }
