"""Photography bookings: packages set length and price; children belong to their parent."""

from __future__ import annotations

import httpx

from models.booking import Session
from models.photography import Child, ServicePackage, SessionChild
from tests.api import assert_denied, gql
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK

CREATE_PACKAGE = """
mutation ($input: CreatePackageInput!) {
  createPackage(input: $input) {
    package { id name durationMinutes price { amount currency } maxChildren }
    userErrors { field code }
  }
}"""
ADD_CHILD = """
mutation ($input: ChildInput!) {
  addChild(input: $input) { child { id firstName } userErrors { field code } }
}"""
SESSION = """
query ($id: ID!) { session(id: $id) {
  durationMinutes rateAtBooking { amount } specialRequests preparationNotes
  package { name includedPhotos }
  children { primary stylingRequests child { firstName } }
} }"""


async def package_for(client: httpx.AsyncClient, studio: Studio, **fields: object) -> str:
    data = {
        "serviceId": studio.service_id,
        "name": "Rock-star deluxe",
        "durationMinutes": 90,
        "priceAmount": 24900,
        "maxChildren": 2,
        "includedPhotos": 10,
        "includesStyling": True,
    } | fields
    payload = await gql(client, CREATE_PACKAGE, {"input": data}, token=studio.provider_token)
    assert payload["createPackage"]["userErrors"] == []
    return payload["createPackage"]["package"]["id"]


async def add_child(client: httpx.AsyncClient, token: str, name: str) -> str:
    data = {"firstName": name, "lastName": "Parent", "preferredStyle": "punk"}
    return (await gql(client, ADD_CHILD, {"input": data}, token=token))["addChild"]["child"]["id"]


def package_booking(studio: Studio, package_id: str, children: list[dict]) -> dict:
    start = at(next_weekday(2), 10).isoformat()
    return {
        "input": {
            "serviceId": studio.service_id,
            "start": start,
            "packageId": package_id,
            "children": children,
            "specialRequests": "Drum kit please",
        }
    }


async def test_package_booking_with_children(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    package_id = await package_for(client, studio)
    parent = await client_token()
    mia, leo = await add_child(client, parent, "Mia"), await add_child(client, parent, "Leo")
    children = [
        {"childId": mia, "primary": True, "stylingRequests": "leather jacket"},
        {"childId": leo},
    ]
    booked = await gql(client, BOOK, package_booking(studio, package_id, children), token=parent)
    assert booked["bookSession"]["userErrors"] == []
    session_id = booked["bookSession"]["session"]["id"]

    prepare = """mutation ($id: ID!) {
      prepareSession(input: {id: $id, preparationNotes: "Tune the guitars"}) { userErrors { code } }
    }"""
    await assert_denied(client, prepare, {"id": session_id}, token=parent)
    await gql(client, prepare, {"id": session_id}, token=studio.provider_token)

    seen = (await gql(client, SESSION, {"id": session_id}, token=parent))["session"]
    assert seen == {
        "durationMinutes": 90,
        "rateAtBooking": {"amount": 24900},
        "specialRequests": "Drum kit please",
        "preparationNotes": "Tune the guitars",
        "package": {"name": "Rock-star deluxe", "includedPhotos": 10},
        "children": [
            {"primary": True, "stylingRequests": "leather jacket", "child": {"firstName": "Mia"}},
            {"primary": False, "stylingRequests": "", "child": {"firstName": "Leo"}},
        ],
    }


async def test_children_limits_and_ownership(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    package_id = await package_for(client, studio, maxChildren=1)
    parent, other_parent = await client_token(), await client_token()
    mine = [await add_child(client, parent, n) for n in ("Ada", "Bo")]
    theirs = await add_child(client, other_parent, "Cy")
    cases = {
        "TOO_MANY_CHILDREN": [{"childId": c} for c in mine],
        "NOT_FOUND": [{"childId": theirs}],
    }
    for code, children in cases.items():
        refused = await gql(
            client, BOOK, package_booking(studio, package_id, children), token=parent
        )
        assert code in [e["code"] for e in refused["bookSession"]["userErrors"]]
    assert await Session.all().count() == 0
    assert await SessionChild.all().count() == 0
    update = """mutation ($id: ID!) {
      updateChild(input: {id: $id, profile: {firstName: "X", lastName: "Y"}}) { child { id } }
    }"""
    await assert_denied(client, update, {"id": theirs}, token=parent)


async def test_package_validation_and_ownership(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    bad = {"serviceId": studio.service_id, "name": "", "durationMinutes": 0, "priceAmount": -1}
    payload = await gql(client, CREATE_PACKAGE, {"input": bad}, token=studio.provider_token)
    assert {e["field"] for e in payload["createPackage"]["userErrors"]} == {
        "name",
        "durationMinutes",
        "priceAmount",
    }
    rival = await open_studio()
    good = {"serviceId": studio.service_id, "name": "Mini", "durationMinutes": 30, "priceAmount": 1}
    await assert_denied(client, CREATE_PACKAGE, {"input": good}, token=rival.provider_token)
    assert await ServicePackage.all().count() == 0


async def test_child_nodes_are_private_to_their_parent(client: httpx.AsyncClient) -> None:
    parent = await client_token()
    child_id = await add_child(client, parent, "Mia")
    query = "query ($id: ID!) { node(id: $id) { ... on Child { firstName } } }"
    assert (await gql(client, query, {"id": child_id}, token=parent))["node"] == {
        "firstName": "Mia"
    }
    assert (await gql(client, query, {"id": child_id}, token=await client_token()))["node"] is None
    assert (await gql(client, query, {"id": child_id}))["node"] is None


async def test_a_removed_childs_profile_is_erased_and_the_session_keeps_the_name(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    package_id = await package_for(client, studio)
    parent = await client_token()
    profile = {
        "firstName": "Mia",
        "lastName": "Parent",
        "birthDate": "2018-04-01",
        "preferredStyle": "punk",
        "styleNotes": "Hates glitter",
        "specialRequirements": "Nut allergy",
    }
    added = await gql(client, ADD_CHILD, {"input": profile}, token=parent)
    mia = added["addChild"]["child"]["id"]
    booking = package_booking(studio, package_id, [{"childId": mia, "primary": True}])
    booked = await gql(client, BOOK, booking, token=parent)
    session_id = booked["bookSession"]["session"]["id"]
    remove = "mutation ($id: ID!) { removeChild(input: {id: $id}) { userErrors { code } } }"
    # Booked for a session still to come: the studio needs her needs until then.
    refused = (await gql(client, remove, {"id": mia}, token=parent))["removeChild"]
    assert refused == {"userErrors": [{"code": "OPEN_SESSIONS"}]}
    assert (await Child.get()).special_requirements == "Nut allergy"
    await Session.all().update(status="COMPLETED")
    assert (await gql(client, remove, {"id": mia}, token=parent))["removeChild"] == {
        "userErrors": []
    }

    query = """query ($id: ID!) { session(id: $id) { children { child {
      firstName birthDate preferredStyle styleNotes specialRequirements
    } } } }"""
    seen = await gql(client, query, {"id": session_id}, token=studio.provider_token)
    assert seen["session"]["children"] == [
        {
            "child": {
                "firstName": "Mia",
                "birthDate": None,
                "preferredStyle": "",
                "styleNotes": "",
                "specialRequirements": "",
            }
        }
    ]
    child = await Child.get()
    assert (child.birth_date, child.style_notes, child.special_requirements) == (None, "", "")


async def test_a_package_with_a_print_names_its_size(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    base = {"serviceId": studio.service_id, "name": "Mini", "durationMinutes": 30, "priceAmount": 1}
    for size in ("", "   ", "x" * 21):
        bad = base | {"includesPrint": True, "printSize": size}
        payload = await gql(client, CREATE_PACKAGE, {"input": bad}, token=studio.provider_token)
        assert payload["createPackage"]["userErrors"] == [
            {"field": "printSize", "code": "INVALID_VALUE"}
        ]
    assert await ServicePackage.all().count() == 0
    good = base | {"includesPrint": True, "printSize": " 8x10 "}
    await gql(client, CREATE_PACKAGE, {"input": good}, token=studio.provider_token)
    assert (await ServicePackage.get()).print_size == "8x10"
