"""Provider profiles and services: validation, ownership, listing and statement counts."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from strawberry.relay import to_base64

import resolvers.service
from models.account import Role
from models.availability import AvailabilityOverride
from models.provider import ProviderProfile, ProviderSpecialty, Service, ServiceRate
from tests.api import StatementCounter, assert_denied, gql
from tests.factories import make_provider, make_service, make_user, token_for
from tests.test_availability import SCHEDULING

CREATE_SERVICE = """
mutation ($input: CreateServiceInput!) {
  createService(input: $input) {
    service { id name slug currency durations rates { durationMinutes price { amount currency } } }
    userErrors { field code message }
  }
}"""
UPDATE_SERVICE = """
mutation ($input: UpdateServiceInput!) {
  updateService(input: $input) { service { name durations } userErrors { field code } }
}"""
ARCHIVE_SERVICE = """
mutation ($input: ArchiveServiceInput!) {
  archiveService(input: $input) { service { active } userErrors { code } }
}"""
PROVIDERS = """
query ($first: Int!, $after: String, $specialty: String, $search: String) {
  providers(first: $first, after: $after, specialty: $specialty, search: $search) {
    edges {
      cursor
      node {
        id displayName specialties
        user { firstName lastName }
        services { edges { node { name durations rates { price { amount currency } } } } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}"""


def service_input(**overrides: object) -> dict[str, object]:
    return {
        "kind": "SESSION",
        "name": "Mix & Master",
        "currency": "EUR",
        "durations": [60, 120],
        "rates": [
            {"durationMinutes": 60, "amount": 9000},
            {"durationMinutes": 120, "amount": 16000},
        ],
        "defaultDurationMinutes": 60,
        "minDurationMinutes": 60,
        "maxDurationMinutes": 120,
    } | overrides


async def test_provider_creates_a_service(client: httpx.AsyncClient) -> None:
    provider = await make_provider()
    token = await token_for(await provider.user)
    payload = await gql(client, CREATE_SERVICE, {"input": service_input()}, token=token)
    created = payload["createService"]
    assert created["userErrors"] == []
    assert created["service"]["slug"] == "mix-master"
    assert created["service"]["durations"] == [60, 120]
    assert created["service"]["rates"][1]["price"] == {"amount": 16000, "currency": "EUR"}


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"currency": "XYZ"}, "INVALID_CURRENCY"),
        ({"currency": "eur"}, "INVALID_CURRENCY"),
        ({"minDurationMinutes": 130}, "DURATION_BOUNDS"),
        ({"rates": [{"durationMinutes": 60, "amount": 9000}]}, "MISSING_RATE"),
        (
            {
                "rates": [
                    {"durationMinutes": 60, "amount": 0},
                    {"durationMinutes": 120, "amount": 1},
                ]
            },
            "INVALID_AMOUNT",
        ),
        ({"defaultDurationMinutes": 90}, "DEFAULT_NOT_OFFERED"),
        ({"name": ""}, "INVALID_VALUE"),
    ],
)
async def test_bad_service_input_writes_nothing(
    client: httpx.AsyncClient, overrides: dict[str, object], code: str
) -> None:
    provider = await make_provider()
    token = await token_for(await provider.user)
    payload = await gql(client, CREATE_SERVICE, {"input": service_input(**overrides)}, token=token)
    assert code in [e["code"] for e in payload["createService"]["userErrors"]]
    assert payload["createService"]["service"] is None
    assert await Service.all().count() == 0
    assert await ServiceRate.all().count() == 0


async def test_free_consultations_are_allowed(client: httpx.AsyncClient) -> None:
    token = await token_for(await (await make_provider()).user)
    free = service_input(
        kind="CONSULTATION",
        durations=[20],
        rates=[{"durationMinutes": 20, "amount": 0}],
        defaultDurationMinutes=20,
        minDurationMinutes=20,
        maxDurationMinutes=20,
    )
    payload = await gql(client, CREATE_SERVICE, {"input": free}, token=token)
    assert payload["createService"]["userErrors"] == []


async def test_duplicate_slug_is_a_user_error(client: httpx.AsyncClient) -> None:
    token = await token_for(await (await make_provider()).user)
    await gql(client, CREATE_SERVICE, {"input": service_input()}, token=token)
    again = await gql(client, CREATE_SERVICE, {"input": service_input()}, token=token)
    assert [e["code"] for e in again["createService"]["userErrors"]] == ["SLUG_TAKEN"]
    assert await Service.all().count() == 1


async def test_clients_cannot_create_or_edit_services(client: httpx.AsyncClient) -> None:
    provider_token = await token_for(await (await make_provider()).user)
    created = await gql(client, CREATE_SERVICE, {"input": service_input()}, token=provider_token)
    service_id = created["createService"]["service"]["id"]
    client_token = await token_for(await make_user(Role.CLIENT))
    await assert_denied(client, CREATE_SERVICE, {"input": service_input()}, token=client_token)
    rename = {"input": {"id": service_id, "name": "Mine now"}}
    await assert_denied(client, UPDATE_SERVICE, rename, token=client_token)
    await assert_denied(client, UPDATE_SERVICE, rename)
    assert await Service.filter(name="Mix & Master").count() == 1


async def test_providers_cannot_edit_each_others_services(client: httpx.AsyncClient) -> None:
    owner_token = await token_for(await (await make_provider()).user)
    created = await gql(client, CREATE_SERVICE, {"input": service_input()}, token=owner_token)
    service_id = created["createService"]["service"]["id"]
    rival_token = await token_for(await (await make_provider()).user)
    await assert_denied(
        client, UPDATE_SERVICE, {"input": {"id": service_id, "name": "Stolen"}}, token=rival_token
    )
    await assert_denied(client, ARCHIVE_SERVICE, {"input": {"id": service_id}}, token=rival_token)
    assert await Service.filter(name="Mix & Master", active=True).count() == 1


async def test_update_validates_the_merged_service(client: httpx.AsyncClient) -> None:
    token = await token_for(await (await make_provider()).user)
    created = await gql(client, CREATE_SERVICE, {"input": service_input()}, token=token)
    service_id = created["createService"]["service"]["id"]
    bad = await gql(
        client,
        UPDATE_SERVICE,
        {"input": {"id": service_id, "durations": [60, 120, 90]}},
        token=token,
    )
    assert [e["code"] for e in bad["updateService"]["userErrors"]] == ["MISSING_RATE"]
    good = await gql(
        client, UPDATE_SERVICE, {"input": {"id": service_id, "name": "Mastering"}}, token=token
    )
    assert good["updateService"]["service"] == {"name": "Mastering", "durations": [60, 120]}


async def test_archived_services_are_hidden_from_the_public(client: httpx.AsyncClient) -> None:
    token = await token_for(await (await make_provider()).user)
    created = await gql(client, CREATE_SERVICE, {"input": service_input()}, token=token)
    service_id = created["createService"]["service"]["id"]
    archived = await gql(client, ARCHIVE_SERVICE, {"input": {"id": service_id}}, token=token)
    assert archived["archiveService"]["service"]["active"] is False
    listing = await gql(client, PROVIDERS, {"first": 10})
    assert listing["providers"]["edges"][0]["node"]["services"]["edges"] == []


async def test_update_profile_specialties_and_timezone(client: httpx.AsyncClient) -> None:
    provider = await make_provider()
    token = await token_for(await provider.user)
    mutation = """
    mutation ($input: UpdateProviderProfileInput!) {
      updateProviderProfile(input: $input) {
        provider { timezone specialties } userErrors { field code }
      }
    }"""
    bad = await gql(client, mutation, {"input": {"timezone": "Mars/Olympus"}}, token=token)
    assert bad["updateProviderProfile"]["userErrors"] == [
        {"field": "timezone", "code": "INVALID_TIMEZONE"}
    ]
    # A bio was unbounded: a megabyte of it went out with every listing of the provider.
    endless = await gql(client, mutation, {"input": {"bio": "x" * 5_001}}, token=token)
    assert endless["updateProviderProfile"]["userErrors"] == [
        {"field": "bio", "code": "INVALID_VALUE"}
    ]
    assert (await ProviderProfile.get(id=provider.id)).bio == ""
    good = await gql(
        client,
        mutation,
        {
            "input": {
                "timezone": "Asia/Kathmandu",
                "specialties": ["Mixing", " mastering ", "mixing"],
            }
        },
        token=token,
    )
    assert good["updateProviderProfile"]["provider"] == {
        "timezone": "Asia/Kathmandu",
        "specialties": ["Mixing", "mastering"],
    }
    assert await ProviderSpecialty.filter(provider_id=provider.id).count() == 2


async def test_providers_filter_and_paginate(client: httpx.AsyncClient) -> None:
    for name, specialty in (
        ("Alpha Mixing", "mixing"),
        ("Beta Photo", "portrait"),
        ("Gamma Mix", "mixing"),
    ):
        profile = await make_provider(display_name=name)
        await ProviderSpecialty.create(provider=profile, name=specialty)
    mixing = await gql(client, PROVIDERS, {"first": 10, "specialty": "Mixing"})
    assert [e["node"]["displayName"] for e in mixing["providers"]["edges"]] == [
        "Alpha Mixing",
        "Gamma Mix",
    ]
    search = await gql(client, PROVIDERS, {"first": 10, "search": "photo"})
    assert [e["node"]["displayName"] for e in search["providers"]["edges"]] == ["Beta Photo"]

    first_page = await gql(client, PROVIDERS, {"first": 2})
    assert first_page["providers"]["pageInfo"]["hasNextPage"] is True
    after = first_page["providers"]["pageInfo"]["endCursor"]
    second_page = await gql(client, PROVIDERS, {"first": 2, "after": after})
    assert [e["node"]["displayName"] for e in second_page["providers"]["edges"]] == ["Gamma Mix"]
    assert second_page["providers"]["pageInfo"]["hasNextPage"] is False


async def _statements_for(
    client: httpx.AsyncClient, statements: StatementCounter, *, add: int, total: int
) -> int:
    for _ in range(add):
        profile = await make_provider()
        await ProviderSpecialty.create(provider=profile, name="mixing")
        await make_service(profile, rates=((30, 5000), (60, 9000)))
        await make_service(profile)
    statements.reset()
    data = await gql(client, PROVIDERS, {"first": 50})
    assert len(data["providers"]["edges"]) == total
    return statements.count


async def test_provider_listing_costs_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    five = await _statements_for(client, statements, add=5, total=5)
    fifty = await _statements_for(client, statements, add=45, total=50)
    # page + users + specialties + services + rates; the anonymous request needs no auth lookup.
    assert five == fifty == 5, statements.queries


async def test_overrides_are_listed_from_the_provider_s_today(client: httpx.AsyncClient) -> None:
    # Read from the UTC yesterday for every zone, a closed day already past in the provider's
    # zone was listed among the closed days to come.
    provider = await make_provider(timezone="Europe/Berlin")
    today = datetime.now(ZoneInfo("Europe/Berlin")).date()
    await AvailabilityOverride.bulk_create(
        [
            AvailabilityOverride(provider=provider, day=today + timedelta(days=offset))
            for offset in (-1, 0, 1)
        ]
    )
    query = "query ($id: ID!) { provider(id: $id) { availabilityOverrides { date } } }"
    listed = await gql(client, query, {"id": to_base64("Provider", str(provider.id))})
    assert listed["provider"]["availabilityOverrides"] == [
        {"date": (today + timedelta(days=offset)).isoformat()} for offset in (0, 1)
    ]


@pytest.mark.parametrize(
    ("module", "change", "kept"),
    [
        (
            "resolvers.service",
            (UPDATE_SERVICE, {"name": "Mix and Master"}),
            ("name", "Mix and Master"),
        ),
        (
            "resolvers.availability",
            (SCHEDULING, {"bufferAfterMinutes": 15}),
            ("buffer_after_minutes", 15),
        ),
    ],
)
async def test_an_edit_does_not_undo_an_archive_saved_meanwhile(
    client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch,
    module: str,
    change: tuple[str, dict[str, object]],
    kept: tuple[str, object],
) -> None:
    # The edit saved the whole row as it had read it: the service archived in between was
    # active again, bookable by clients after the provider had withdrawn it.
    token = await token_for(await (await make_provider()).user)
    created = await gql(client, CREATE_SERVICE, {"input": service_input()}, token=token)
    service_id = created["createService"]["service"]["id"]
    read, archived = asyncio.Event(), asyncio.Event()
    owned = resolvers.service.owned_service

    async def read_then_wait(*args: Any) -> Any:
        """The edit reads the service, then waits while it is archived."""
        service = await owned(*args)
        read.set()
        await archived.wait()
        return service

    monkeypatch.setattr(f"{module}.owned_service", read_then_wait)
    mutation, fields = change
    key = "id" if module == "resolvers.service" else "serviceId"
    edit = asyncio.create_task(
        gql(client, mutation, {"input": {key: service_id} | fields}, token=token)
    )
    await read.wait()
    monkeypatch.setattr("resolvers.service.owned_service", owned)  # the archive goes straight
    await gql(client, ARCHIVE_SERVICE, {"input": {"id": service_id}}, token=token)
    archived.set()
    await edit
    service = await Service.get()
    assert service.active is False
    field, value = kept
    assert getattr(service, field) == value  # and the edit is kept
