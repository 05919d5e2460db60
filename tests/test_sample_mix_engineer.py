"""Sample mixes from the engineer's side: finding the sections sent, being told of them,
starting and delivering the mix, and the work list."""

from __future__ import annotations

from datetime import UTC, date, datetime

import httpx

from models.outbox import OutboxMessage
from models.provider import ProviderProfile
from tests.api import StatementCounter, assert_denied, gql
from tests.scheduling import client_token
from tests.test_consultations import BOOK_CONSULTATION, consultation_studio, request
from tests.test_sample_mix import DELIVER, REQUEST, consultation, send, wav

__all__ = ["consultation"]  # the fixture, shared with tests/test_sample_mix.py

START = """
mutation ($input: StartSampleMixInput!) {
  startSampleMix(input: $input) { sampleMix { status deliveredAt } userErrors { code } }
}"""
SAMPLE = """query ($id: ID!) { node(id: $id) { ... on SampleMix {
  status deliveredAt updatedAt } } }"""


ENGINEER_VIEW = """{ mySessions(first: 50) { edges { node { consultation {
    sampleMixes { id status notes source { contentType } }
} } } } }"""


async def test_the_engineer_finds_the_sections_sent_and_delivers_them(
    client: httpx.AsyncClient,
    consultation: tuple[str, str, str],
    statements: StatementCounter,
) -> None:
    # A sample mix was reachable only by its id, which only the client was given: the engineer
    # could neither see what was sent nor deliver it (deliverSampleMix needs that id).
    consultation_id, token, provider_token = consultation
    for notes in ("Vocals up", "More punch"):
        fields = {"consultationId": consultation_id, "notes": notes}
        sent = await send(client, token, REQUEST, fields, wav(5))
        assert sent["requestSampleMix"]["userErrors"] == []
    statements.reset()
    seen = await gql(client, ENGINEER_VIEW, token=provider_token)
    # token, sessions page, consultations, sample mixes, files
    assert statements.count == 5, statements.queries
    [edge] = seen["mySessions"]["edges"]
    mixes = edge["node"]["consultation"]["sampleMixes"]
    assert [(m["notes"], m["status"]) for m in mixes] == [
        ("Vocals up", "PENDING"),
        ("More punch", "PENDING"),
    ]
    assert mixes[0]["source"] == {"contentType": "audio/x-wav"}
    delivered = await send(client, provider_token, DELIVER, {"id": mixes[0]["id"]}, wav(5))
    assert delivered["deliverSampleMix"]["userErrors"] == []
    mine = await gql(client, ENGINEER_VIEW, token=token)
    statuses = [
        m["status"] for m in mine["mySessions"]["edges"][0]["node"]["consultation"]["sampleMixes"]
    ]
    assert statuses == ["DELIVERED", "PENDING"]


async def test_the_engineer_is_told_of_a_section_sent(
    client: httpx.AsyncClient, consultation: tuple[str, str, str]
) -> None:
    # Nothing told the engineer a client had sent a section: the three-day turnaround ran
    # while they knew nothing of it.
    consultation_id, token, provider_token = consultation
    fields = {"consultationId": consultation_id, "notes": "Vocals up"}
    sent = await send(client, token, REQUEST, fields, wav(5))
    due = date.fromisoformat(sent["requestSampleMix"]["sampleMix"]["estimatedDelivery"])
    query = """{ myNotifications { edges { node {
        kind body session { consultation { projectName } } } } } }"""
    told = (await gql(client, query, token=provider_token))["myNotifications"]["edges"]
    assert [edge["node"] for edge in told if edge["node"]["kind"] == "SAMPLE_MIX_REQUESTED"] == [
        {
            "kind": "SAMPLE_MIX_REQUESTED",
            "body": "Your client sent a section of Debut EP for a sample mix, due "
            f"{due:%a %d %b %Y}. Deliver it in the app.",
            "session": {"consultation": {"projectName": "Debut EP"}},
        }
    ]
    [mail] = await OutboxMessage.filter(kind="SAMPLE_MIX_REQUESTED")
    provider = await ProviderProfile.get().prefetch_related("user")
    assert mail.recipient == provider.user.email
    assert "Debut EP" in mail.subject
    assert f"{due:%a %d %b %Y}" in mail.text_body
    assert "Vocals up" not in mail.text_body  # the client's words stay in the app
    mine = (await gql(client, query, token=token))["myNotifications"]["edges"]
    assert all(edge["node"]["kind"] != "SAMPLE_MIX_REQUESTED" for edge in mine)


async def test_the_engineer_starts_the_mix_and_the_client_sees_it(
    client: httpx.AsyncClient, consultation: tuple[str, str, str]
) -> None:
    consultation_id, token, provider_token = consultation
    data = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(10))
    sample_id = data["requestSampleMix"]["sampleMix"]["id"]
    await assert_denied(client, START, {"input": {"id": sample_id}}, token=token)
    started = await gql(client, START, {"input": {"id": sample_id}}, token=provider_token)
    assert started["startSampleMix"] == {
        "sampleMix": {"status": "PROCESSING", "deliveredAt": None},
        "userErrors": [],
    }
    seen = (await gql(client, SAMPLE, {"id": sample_id}, token=token))["node"]
    assert seen["status"] == "PROCESSING"
    again = await gql(client, START, {"input": {"id": sample_id}}, token=provider_token)
    assert again["startSampleMix"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]

    before = datetime.now(UTC)
    delivered = await send(client, provider_token, DELIVER, {"id": sample_id}, wav(10))
    assert delivered["deliverSampleMix"]["sampleMix"]["status"] == "DELIVERED"
    seen = (await gql(client, SAMPLE, {"id": sample_id}, token=token))["node"]
    assert before <= datetime.fromisoformat(seen["deliveredAt"]) <= datetime.now(UTC)
    late = await gql(client, START, {"input": {"id": sample_id}}, token=provider_token)
    assert late["startSampleMix"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]


MY_MIXES = """query ($status: SampleMixStatus) { mySampleMixes(first: 10, status: $status) {
  edges { node { id notes status source { contentType } } } } }"""


async def test_my_sample_mixes_is_the_engineer_s_work_list_and_the_client_s_requests(
    client: httpx.AsyncClient,
    consultation: tuple[str, str, str],
    statements: StatementCounter,
) -> None:
    consultation_id, token, provider_token = consultation
    ids = []
    for notes in ("Vocals up", "More punch", "Wider"):
        fields = {"consultationId": consultation_id, "notes": notes}
        sent = await send(client, token, REQUEST, fields, wav(5))
        ids.append(sent["requestSampleMix"]["sampleMix"]["id"])
    await gql(client, START, {"input": {"id": ids[1]}}, token=provider_token)
    # Another studio's client: neither side above sees it.
    other_studio, other_token = await consultation_studio(), await client_token()
    booked = await gql(client, BOOK_CONSULTATION, request(other_studio), token=other_token)
    other = {"consultationId": booked["bookConsultation"]["consultation"]["id"]}
    await send(client, other_token, REQUEST, other, wav(5))

    statements.reset()
    work = await gql(client, MY_MIXES, token=provider_token)
    # token, the page, the source files
    assert statements.count == 3, statements.queries
    nodes = [edge["node"] for edge in work["mySampleMixes"]["edges"]]
    assert [(n["id"], n["notes"], n["status"]) for n in nodes] == [
        (ids[0], "Vocals up", "PENDING"),
        (ids[1], "More punch", "PROCESSING"),
        (ids[2], "Wider", "PENDING"),
    ]
    assert {n["source"]["contentType"] for n in nodes} == {"audio/x-wav"}
    waiting = await gql(client, MY_MIXES, {"status": "PENDING"}, token=provider_token)
    assert [e["node"]["id"] for e in waiting["mySampleMixes"]["edges"]] == [ids[0], ids[2]]
    mine = await gql(client, MY_MIXES, token=token)
    assert [e["node"]["id"] for e in mine["mySampleMixes"]["edges"]] == ids
    theirs = await gql(client, MY_MIXES, token=other_token)
    assert len(theirs["mySampleMixes"]["edges"]) == 1
    assert theirs["mySampleMixes"]["edges"][0]["node"]["id"] not in ids
