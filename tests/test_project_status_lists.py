"""A dashboard's list of projects in one status: a voice artist's scripts waiting to be
recorded, a client's projects in review."""

from __future__ import annotations

import httpx

from models.project import Project
from tests.api import StatementCounter, gql
from tests.scheduling import Studio, at, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_projects import CREATE
from tests.test_voiceover import scripted, submit, uploaded

MINE = """query ($status: ProjectStatus) {
  me { projects(first: 50, status: $status) { edges { node { name status } } } }
}"""


async def _plain_project(client: httpx.AsyncClient, studio: Studio, token: str, name: str) -> None:
    """Another project of the client's, from a consultation at another hour."""
    booked = await gql(client, BOOK, booking(studio, at(next_weekday(2), 11)), token=token)
    data = {
        "consultationId": booked["bookSession"]["session"]["id"],
        "serviceId": studio.service_id,
        "name": name,
    }
    created = await gql(client, CREATE, {"input": data}, token=studio.provider_token)
    assert created["createProject"]["userErrors"] == []


async def _listed(client: httpx.AsyncClient, token: str, status: str | None) -> list[tuple]:
    data = await gql(client, MINE, {"status": status}, token=token)
    return [(e["node"]["name"], e["node"]["status"]) for e in data["me"]["projects"]["edges"]]


async def test_each_side_lists_its_projects_in_one_status(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio = await open_studio()
    waiting, client_tok = await scripted(client, studio)
    await Project.filter(status="PENDING_SCRIPT").update(name="Audio guide")
    await submit(client, waiting, await uploaded(client, client_tok), client_tok)
    # The same client's second project, a plain one, and one of another client.
    await _plain_project(client, studio, client_tok, "Podcast intro")
    other = await open_studio()
    await scripted(client, other)

    assert await _listed(client, studio.provider_token, "SCRIPT_RECEIVED") == [
        ("Audio guide", "SCRIPT_RECEIVED")
    ]
    assert await _listed(client, client_tok, "PLANNING") == [("Podcast intro", "PLANNING")]
    assert await _listed(client, client_tok, "COMPLETED") == []
    assert len(await _listed(client, studio.provider_token, None)) == 2
    assert await _listed(client, other.provider_token, "SCRIPT_RECEIVED") == []

    statements.reset()
    await _listed(client, studio.provider_token, "SCRIPT_RECEIVED")
    filtered = statements.count
    statements.reset()
    await _listed(client, studio.provider_token, None)
    # token, the page: the filter is one more condition of the same statement
    assert filtered == statements.count == 2, statements.queries
