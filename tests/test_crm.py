"""Funnel interactions recorded where each step happens, and the admin funnel over them."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import httpx

from domain.crm import FunnelStep
from models.account import User
from models.crm import Interaction
from models.provider import ServiceKind
from tests.api import StatementCounter, assert_denied, execute, gql
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.shop import admin_token
from tests.test_aftercare import FOLLOW_UP, SUMMARY, finish
from tests.test_booking import BOOK, booking
from tests.test_consultations import BOOK_CONSULTATION, GUEST, consultation_studio, request
from tests.test_sample_mix import REQUEST, send, wav

READ_SUMMARY = "query ($id: ID!) { session(id: $id) { summary { findings } } }"


async def recorded() -> Counter[tuple[str, str]]:
    rows = await Interaction.all().values_list("step", "service_kind")
    return Counter((str(step), str(kind)) for step, kind in rows)


async def test_consultation_and_sample_mix_are_recorded_but_not_refusals(
    client: httpx.AsyncClient,
) -> None:
    studio = await consultation_studio()
    booked = await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    taken = await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST | {"email": "b@x.io"}))
    assert taken["bookConsultation"]["userErrors"] == [
        {"field": "start", "code": "SLOT_UNAVAILABLE"}
    ]
    bad = await gql(
        client, BOOK_CONSULTATION, request(studio, 11, bpm=0), token=await client_token()
    )
    assert bad["bookConsultation"]["userErrors"]
    assert await recorded() == {("INTAKE", "CONSULTATION"): 1}
    intake = await Interaction.get(step=FunnelStep.INTAKE)
    guest = await User.get(email="gus@example.com")
    assert intake.user_id == guest.id  # type: ignore[attr-defined]
    assert intake.service_id == studio.service.id  # type: ignore[attr-defined]
    assert intake.provider_id == studio.profile.id  # type: ignore[attr-defined]

    token = await client_token()
    booked = await gql(client, BOOK_CONSULTATION, request(studio, 12), token=token)
    consultation_id = booked["bookConsultation"]["consultation"]["id"]
    refused = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(31))
    assert refused["requestSampleMix"]["userErrors"]
    assert (await recorded())[("SAMPLE_MIX", "CONSULTATION")] == 0
    sent = await send(client, token, REQUEST, {"consultationId": consultation_id}, wav(5))
    assert sent["requestSampleMix"]["sampleMix"]["status"] == "PENDING"
    assert await recorded() == {("INTAKE", "CONSULTATION"): 2, ("SAMPLE_MIX", "CONSULTATION"): 1}


async def test_booking_completion_and_summary_views_are_recorded_once(
    client: httpx.AsyncClient,
) -> None:
    studio, token = await open_studio(), await client_token()
    start = at(next_weekday(2), 10)
    booked = await gql(client, BOOK, booking(studio, start), token=token)
    session_id = booked["bookSession"]["session"]["id"]
    again = await gql(client, BOOK, booking(studio, start), token=await client_token())
    assert again["bookSession"]["userErrors"][0]["code"] == "SLOT_UNAVAILABLE"
    assert await recorded() == {("SESSION_BOOKED", "SESSION"): 1}

    await finish(client, studio, session_id)
    complete = "mutation ($id: ID!) { completeSession(input: {id: $id}) { userErrors { code } } }"
    twice = await gql(client, complete, {"id": session_id}, token=studio.provider_token)
    assert twice["completeSession"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]
    assert (await recorded())[("SESSION_COMPLETED", "SESSION")] == 1

    summary = {"sessionId": session_id, "findings": "Worn pads", "partsNeeded": ["pads"]}
    await gql(client, SUMMARY, {"input": summary}, token=studio.provider_token)
    await gql(client, READ_SUMMARY, {"id": session_id}, token=studio.provider_token)
    assert (await recorded())[("SUMMARY_VIEWED", "SESSION")] == 0  # only the client's reading
    for _ in range(2):
        seen = await gql(client, READ_SUMMARY, {"id": session_id}, token=token)
        assert seen["session"]["summary"] == {"findings": "Worn pads"}
    assert await recorded() == {
        ("SESSION_BOOKED", "SESSION"): 1,
        ("SESSION_COMPLETED", "SESSION"): 1,
        ("SUMMARY_VIEWED", "SESSION"): 1,
    }
    # A follow-up nobody recommended to this client is no upsell purchase.
    ask = {"input": {"sessionId": session_id, "kind": "QUICK_QUESTION", "question": "Rear?"}}
    await gql(client, FOLLOW_UP, ask, token=token)
    assert (await recorded())[("UPSELL_PURCHASED", "SESSION")] == 0


async def test_reading_many_summaries_records_them_in_one_statement(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio = await open_studio(seats=60)
    token = await client_token()
    day = next_weekday(2)
    query = "{ mySessions(first: 50) { edges { node { summary { findings } } } } }"
    counts = []
    for total in (5, 50):
        while await Interaction.filter(step=FunnelStep.SESSION_BOOKED).count() < total:
            booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=token)
            session_id = booked["bookSession"]["session"]["id"]
            await finish(client, studio, session_id)
            summary = {"sessionId": session_id, "findings": "Fine"}
            await gql(client, SUMMARY, {"input": summary}, token=studio.provider_token)
        statements.reset()
        data = await gql(client, query, token=token)
        assert len(data["mySessions"]["edges"]) == total
        counts.append(statements.count)
    assert counts[0] == counts[1], statements.queries
    assert await Interaction.filter(step=FunnelStep.SUMMARY_VIEWED).count() == 50


FUNNEL = """
query ($from: DateTime!, $to: DateTime!) {
  funnel(from: $from, to: $to) {
    total { serviceKind steps { step count conversionBp } }
    byServiceKind { serviceKind steps { step count conversionBp } }
  }
}"""


async def _seed(kind: ServiceKind, at_: datetime, **counts: int) -> None:
    rows = [
        Interaction(step=FunnelStep[step], service_kind=kind)
        for step, n in counts.items()
        for _ in range(n)
    ]
    await Interaction.bulk_create(rows)
    await Interaction.filter(id__in=[row.id for row in rows]).update(created_at=at_)


async def test_the_funnel_counts_per_kind_with_conversions(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    start = datetime(2026, 3, 1, tzinfo=UTC)
    end = start + timedelta(days=31)
    inside = start + timedelta(days=3)
    await _seed(ServiceKind.CONSULTATION, inside, INTAKE=4, SAMPLE_MIX=1)
    await _seed(
        ServiceKind.SESSION,
        inside,
        SESSION_BOOKED=10,
        SESSION_COMPLETED=8,
        SUMMARY_VIEWED=6,
        UPSELL_SHOWN=3,
        UPSELL_CLICKED=2,
        UPSELL_PURCHASED=1,
    )
    await _seed(ServiceKind.SESSION, start, SESSION_BOOKED=1)  # `from` is included
    await _seed(ServiceKind.SESSION, end, SESSION_BOOKED=5)  # `to` is not
    await _seed(ServiceKind.PROJECT, start - timedelta(seconds=1), SESSION_BOOKED=5)
    admin = await admin_token()
    variables = {"from": start.isoformat(), "to": end.isoformat()}
    statements.reset()
    funnel = (await gql(client, FUNNEL, variables, token=admin))["funnel"]
    assert sum("crm_interactions" in q for q in statements.queries) == 1, statements.queries

    def table(group: dict) -> list[tuple[str, int, int | None]]:
        return [(s["step"], s["count"], s["conversionBp"]) for s in group["steps"]]

    groups = {g["serviceKind"]: table(g) for g in funnel["byServiceKind"]}
    assert groups["SESSION"] == [
        ("INTAKE", 0, None),
        ("SAMPLE_MIX", 0, None),
        ("SESSION_BOOKED", 11, None),
        ("SESSION_COMPLETED", 8, 7272),
        ("SUMMARY_VIEWED", 6, 7500),
        ("UPSELL_SHOWN", 3, 5000),
        ("UPSELL_CLICKED", 2, 6666),
        ("UPSELL_PURCHASED", 1, 5000),
    ]
    assert groups["CONSULTATION"][:3] == [
        ("INTAKE", 4, None),
        ("SAMPLE_MIX", 1, 2500),
        ("SESSION_BOOKED", 0, 0),
    ]
    assert {count for _, count, _ in groups["PROJECT"]} == {0}
    assert funnel["total"]["serviceKind"] is None
    assert table(funnel["total"])[:4] == [
        ("INTAKE", 4, None),
        ("SAMPLE_MIX", 1, 2500),
        ("SESSION_BOOKED", 11, 110000),
        ("SESSION_COMPLETED", 8, 7272),
    ]


async def test_the_funnel_is_for_admins_over_a_sane_period(client: httpx.AsyncClient) -> None:
    now = datetime.now(UTC)
    variables = {"from": now.isoformat(), "to": (now + timedelta(days=1)).isoformat()}
    await assert_denied(client, FUNNEL, variables, token=await client_token())
    await assert_denied(client, FUNNEL, variables, code="FORBIDDEN")
    admin = await admin_token()
    for to in (now, now + timedelta(days=400)):
        body = await execute(client, FUNNEL, variables | {"to": to.isoformat()}, token=admin)
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
