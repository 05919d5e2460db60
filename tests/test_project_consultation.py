"""A project shows the consultation it grew out of: the client's brief and its sample mixes."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx

from models.consultation import Consultation
from models.project import Project
from tests.api import StatementCounter, gql
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_consultations import consultation_studio, request
from tests.test_projects import CREATE, start_project
from tests.test_sample_mix import REQUEST, send, wav

BOOK = """mutation ($input: BookConsultationInput!) {
  bookConsultation(input: $input) {
    consultation { id session { id } } userErrors { field code }
  }
}"""
BRIEF = """query ($id: ID!) { project(id: $id) { consultation {
  id projectName genre bpm referenceLinks providerNotes sampleMixes { status }
} } }"""


async def _from_consultation(
    client: httpx.AsyncClient, studio: Studio, token: str, start: datetime
) -> tuple[str, str]:
    """(consultation id, project id): the client books a consultation with a brief and the
    provider starts a project from it."""
    fields = {"start": start.isoformat(), "genre": "indie folk"}
    booked = (await gql(client, BOOK, request(studio, **fields), token=token))["bookConsultation"]
    assert booked["userErrors"] == []
    data = {
        "consultationId": booked["consultation"]["session"]["id"],
        "serviceId": studio.service_id,
        "name": "Debut EP",
    }
    created = await gql(client, CREATE, {"input": data}, token=studio.provider_token)
    return booked["consultation"]["id"], created["createProject"]["project"]["id"]


async def test_both_sides_read_the_brief_and_its_sample_mixes_on_the_project(
    client: httpx.AsyncClient,
) -> None:
    studio = await consultation_studio()
    token = await client_token()
    consultation_id, project_id = await _from_consultation(
        client, studio, token, at(next_weekday(2), 10)
    )
    await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(5))
    await Consultation.all().update(provider_notes="Wants it loud")

    seen = (await gql(client, BRIEF, {"id": project_id}, token=token))["project"]
    assert seen["consultation"] == {
        "id": consultation_id,
        "projectName": "Debut EP",
        "genre": "indie folk",
        "bpm": 92,
        "referenceLinks": ["https://example.com/track"],
        "providerNotes": None,
        "sampleMixes": [{"status": "PENDING"}],
    }
    studio_view = await gql(client, BRIEF, {"id": project_id}, token=studio.provider_token)
    assert studio_view["project"]["consultation"]["providerNotes"] == "Wants it loud"


async def test_a_project_from_a_plain_session_has_no_consultation(
    client: httpx.AsyncClient,
) -> None:
    project_id, token = await start_project(client, await open_studio())
    assert (await gql(client, BRIEF, {"id": project_id}, token=token))["project"] == {
        "consultation": None
    }


async def test_a_page_of_projects_reads_their_briefs_in_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    query = """{ me { projects(first: 50) { edges { node {
        name consultation { projectName sampleMixes { status } }
    } } } } }"""
    studio = await consultation_studio()
    token = await client_token()
    day = next_weekday(2)
    counts = []
    for total in (5, 50):
        while (made := await Project.all().count()) < total:
            start = at(day + timedelta(days=made // 8), 9 + made % 8)
            await _from_consultation(client, studio, token, start)
        statements.reset()
        data = await gql(client, query, token=token)
        edges = data["me"]["projects"]["edges"]
        assert len(edges) == total
        assert {edge["node"]["consultation"]["projectName"] for edge in edges} == {"Debut EP"}
        counts.append(statements.count)
    # token, page (services and providers joined), sessions, consultations, sample mixes
    assert counts[0] == counts[1] == 5, statements.queries
