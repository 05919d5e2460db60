"""Recommendations after completed sessions: shown, clicked and bought, each recorded."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import httpx
from strawberry.relay import from_base64, to_base64

from domain.crm import FunnelStep
from domain.session import SessionStatus
from models.aftercare import SessionSummary
from models.booking import Session as SessionModel
from models.crm import Interaction
from models.provider import Service
from tests.api import StatementCounter, assert_denied, gql
from tests.factories import make_service, make_user, token_for
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_aftercare import FOLLOW_UP, SUMMARY, finish
from tests.test_booking import BOOK, booking

MINE = "{ myRecommendations { id kind title reason service { id } session { id } } }"
CLICK = """
mutation ($id: ID!) {
  trackRecommendationClick(input: {recommendationId: $id}) {
    recommendation { id kind } userErrors { field code }
  }
}"""


async def recorded() -> Counter[tuple[str, str | None]]:
    rows = await Interaction.filter(step__startswith="UPSELL").values_list("step", "upsell_kind")
    return Counter((str(step), kind and str(kind)) for step, kind in rows)


async def completed(
    client: httpx.AsyncClient, studio: Studio, token: str, hour: int = 10, **summary: object
) -> str:
    booked = await gql(client, BOOK, booking(studio, at(next_weekday(2), hour)), token=token)
    session_id = booked["bookSession"]["session"]["id"]
    await finish(client, studio, session_id)
    if summary:
        data = {"sessionId": session_id, "findings": "Checked"} | summary
        await gql(client, SUMMARY, {"input": data}, token=studio.provider_token)
    return session_id


async def premium_service(studio: Studio) -> Service:
    service = await make_service(studio.profile)
    service.premium, service.min_notice_minutes = True, 0
    await service.save()
    return service


async def age(session_id: str, days: int) -> None:
    """Moves the (completed) session so it ended `days` days and an hour ago."""
    row = await SessionModel.get(id=from_id(session_id))
    shift = row.end_at - (datetime.now(UTC) - timedelta(days=days, hours=1))
    for field in ("start_at", "end_at", "blocked_start", "blocked_end"):
        setattr(row, field, getattr(row, field) - shift)
    await row.save()


def from_id(session_id: str) -> str:
    return from_base64(session_id)[1]


async def test_recommendations_follow_the_summary_and_are_shown_once_a_day(
    client: httpx.AsyncClient,
) -> None:
    studio, token = await open_studio(), await client_token()
    premium = await premium_service(studio)
    session_id = await completed(client, studio, token, partsNeeded=["front pads"])
    first = (await gql(client, MINE, token=token))["myRecommendations"]
    assert [(r["kind"], r["service"]["id"]) for r in first] == [
        ("FOLLOW_UP", studio.service_id),
        ("PREMIUM_UPGRADE", to_base64("Service", str(premium.id))),
    ]
    assert {r["session"]["id"] for r in first} == {session_id}
    assert "1 part needed" in first[0]["reason"]
    again = (await gql(client, MINE, token=token))["myRecommendations"]
    assert [r["id"] for r in again] == [r["id"] for r in first]  # stable ids
    assert await recorded() == {
        ("UPSELL_SHOWN", "FOLLOW_UP"): 1,
        ("UPSELL_SHOWN", "PREMIUM_UPGRADE"): 1,
    }
    shown = await Interaction.get(step=FunnelStep.UPSELL_SHOWN, upsell_kind="PREMIUM_UPGRADE")
    assert shown.service_id == premium.id  # type: ignore[attr-defined]
    assert (await gql(client, MINE, token=await client_token()))["myRecommendations"] == []
    await assert_denied(client, MINE, code="UNAUTHENTICATED")


PRICED = "{ myRecommendations { kind price { amount currency } } }"


async def test_each_recommendation_says_what_acting_on_it_costs(
    client: httpx.AsyncClient,
) -> None:
    # Upsell cards showed no price: the client had to find the service's rates, and for a
    # follow-up could not (its price is a share of the rate, known only once asked).
    studio, token = await open_studio(), await client_token()
    premium = await premium_service(studio)
    await premium.rates.all().update(amount=18000)  # type: ignore[attr-defined]
    session_id = await completed(client, studio, token, partsNeeded=["front pads"])
    priced = (await gql(client, PRICED, token=token))["myRecommendations"]
    assert priced == [
        {"kind": "FOLLOW_UP", "price": {"amount": 1000, "currency": "EUR"}},  # 10% of 100.00
        {"kind": "PREMIUM_UPGRADE", "price": {"amount": 18000, "currency": "EUR"}},
    ]
    await age(session_id, days=40)  # past follow-ups: book the same service again
    priced = (await gql(client, PRICED, token=token))["myRecommendations"]
    assert {"kind": "MAINTENANCE_PLAN", "price": {"amount": 10000, "currency": "EUR"}} in priced


async def test_a_follow_up_recommended_on_a_premium_service_is_free(
    client: httpx.AsyncClient,
) -> None:
    studio, token = await open_studio(), await client_token()
    studio.service.premium = True
    await studio.service.save()
    await completed(client, studio, token, partsNeeded=["front pads"])
    priced = (await gql(client, PRICED, token=token))["myRecommendations"]
    assert priced == [{"kind": "FOLLOW_UP", "price": {"amount": 0, "currency": "EUR"}}]


async def test_clicks_are_tracked_for_the_clients_own_current_recommendations(
    client: httpx.AsyncClient,
) -> None:
    studio, token = await open_studio(), await client_token()
    session_id = await completed(client, studio, token, nextSteps="Replace the belt")
    [follow_up] = (await gql(client, MINE, token=token))["myRecommendations"]
    for _ in range(2):
        clicked = await gql(client, CLICK, {"id": follow_up["id"]}, token=token)
        assert clicked["trackRecommendationClick"]["recommendation"] == {
            "id": follow_up["id"],
            "kind": "FOLLOW_UP",
        }
    assert (await recorded())[("UPSELL_CLICKED", "FOLLOW_UP")] == 1  # once a day

    uuid = from_id(session_id)
    refused = {
        follow_up["id"]: ("NOT_FOUND", await client_token()),  # someone else's
        "bm9wZQ==": ("NOT_FOUND", token),
        to_base64("Recommendation", f"{uuid4()}:FOLLOW_UP"): ("NOT_FOUND", token),
        to_base64("Recommendation", f"{uuid}:PREMIUM_UPGRADE"): ("NOT_RECOMMENDED", token),
    }
    for recommendation_id, (code, who) in refused.items():
        data = await gql(client, CLICK, {"id": recommendation_id}, token=who)
        errors = data["trackRecommendationClick"]["userErrors"]
        assert errors == [{"field": "recommendationId", "code": code}]
    assert (await recorded())[("UPSELL_CLICKED", "FOLLOW_UP")] == 1


async def test_asking_the_recommended_follow_up_is_its_purchase(
    client: httpx.AsyncClient,
) -> None:
    studio, token = await open_studio(), await client_token()
    await premium_service(studio)
    session_id = await completed(client, studio, token, partsNeeded=["pads", "rotor"])
    assert len((await gql(client, MINE, token=token))["myRecommendations"]) == 2
    ask = {"input": {"sessionId": session_id, "kind": "QUICK_QUESTION", "question": "When?"}}
    await gql(client, FOLLOW_UP, ask, token=token)
    again = {"input": ask["input"] | {"question": "And where?"}}
    await gql(client, FOLLOW_UP, again, token=token)
    assert (await recorded())[("UPSELL_PURCHASED", "FOLLOW_UP")] == 1
    after = (await gql(client, MINE, token=token))["myRecommendations"]
    assert [r["kind"] for r in after] == ["PREMIUM_UPGRADE"]
    assert "You asked 2 follow-ups" in after[0]["reason"]


async def test_booking_a_recommended_service_is_its_purchase(client: httpx.AsyncClient) -> None:
    studio, token = await open_studio(), await client_token()
    premium = await premium_service(studio)
    session_id = await completed(client, studio, token, partsNeeded=["pads"])
    await age(session_id, 40)
    shown = (await gql(client, MINE, token=token))["myRecommendations"]
    assert [r["kind"] for r in shown] == ["MAINTENANCE_PLAN", "PREMIUM_UPGRADE"]
    assert "40 days" in shown[0]["reason"]

    # Booking something else buys nothing; the same service buys the maintenance visit.
    other = await make_service(studio.profile)
    other.min_notice_minutes = 0
    await other.save()
    elsewhere = booking(studio, at(next_weekday(3), 9))
    elsewhere["input"]["serviceId"] = to_base64("Service", str(other.id))
    await gql(client, BOOK, elsewhere, token=token)
    assert (await recorded())[("UPSELL_PURCHASED", "MAINTENANCE_PLAN")] == 0
    await gql(client, BOOK, booking(studio, at(next_weekday(3), 11)), token=token)
    upgrade = booking(studio, at(next_weekday(3), 13))
    upgrade["input"]["serviceId"] = to_base64("Service", str(premium.id))
    await gql(client, BOOK, upgrade, token=token)
    assert await recorded() == {
        ("UPSELL_SHOWN", "MAINTENANCE_PLAN"): 1,
        ("UPSELL_SHOWN", "PREMIUM_UPGRADE"): 1,
        ("UPSELL_PURCHASED", "MAINTENANCE_PLAN"): 1,
        ("UPSELL_PURCHASED", "PREMIUM_UPGRADE"): 1,
    }
    # Booked again: no more maintenance reminders for that session.
    after = (await gql(client, MINE, token=token))["myRecommendations"]
    assert [r["kind"] for r in after] == ["PREMIUM_UPGRADE"]


async def test_an_archived_service_is_not_recommended_again(client: httpx.AsyncClient) -> None:
    # The maintenance visit pointed at a service no longer sold: booking it was NOT_FOUND.
    studio, token = await open_studio(), await client_token()
    session_id = await completed(client, studio, token)
    await age(session_id, 40)
    shown = (await gql(client, MINE, token=token))["myRecommendations"]
    assert [r["kind"] for r in shown] == ["MAINTENANCE_PLAN"]
    studio.service.active = False
    await studio.service.save()
    assert (await gql(client, MINE, token=token))["myRecommendations"] == []


async def test_recommendations_cost_the_same_for_5_or_50_sessions(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio = await open_studio()
    await premium_service(studio)
    user = await make_user()
    token = await token_for(user)
    start = at(next_weekday(2), 10) - timedelta(days=60)
    counts = []
    for total in (5, 50):
        while (n := await SessionModel.filter(client_id=user.id).count()) < total:
            session = await SessionModel.create(
                provider=studio.profile,
                service=studio.service,
                client=user,
                start_at=start + timedelta(hours=n),
                end_at=start + timedelta(hours=n, minutes=30),
                blocked_start=start + timedelta(hours=n),
                blocked_end=start + timedelta(hours=n, minutes=30),
                slot_key=str(uuid4()),
                status=SessionStatus.COMPLETED,
                price_amount=10000,
                currency="EUR",
            )
            await SessionSummary.create(session=session, findings="ok", parts_needed=["pads"])
        statements.reset()
        query = MINE.replace("reason", "reason price { amount }")
        found = (await gql(client, query, token=token))["myRecommendations"]
        # premium for each, maintenance only for the latest (the others were booked again)
        assert len(found) == total + 1
        counts.append(statements.count)
    # the token; sessions with services, summaries, follow-up counts, premium services, later
    # bookings; the insert of what was shown; the rates that price them
    assert counts == [8, 8], statements.queries
