"""Booking through GraphQL: free slots, prices, conflicts, seats, and the database guard."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import httpx
import pytest
from tortoise.exceptions import IntegrityError

from domain.session import SessionStatus
from models.availability import AvailabilityOverride
from models.booking import Session
from tests.api import StatementCounter, gql
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio

SLOTS = """
query ($provider: ID!, $service: ID!, $minutes: Int!, $start: DateTime!, $end: DateTime!) {
  availableSlots(providerId: $provider, serviceId: $service, durationMinutes: $minutes,
                 start: $start, end: $end) {
    start end seatsLeft price { amount currency }
  }
}"""
BOOK = """
mutation ($input: BookSessionInput!) {
  bookSession(input: $input) {
    session { id status start end rateAtBooking { amount currency } }
    userErrors { field code message }
  }
}"""
MOVE = """
mutation ($id: ID!, $start: DateTime!) {
  rescheduleSession(input: {id: $id, newStart: $start}) { userErrors { code } }
}"""
WEDNESDAY, SATURDAY = 2, 5


def booking(studio: Studio, start: datetime, minutes: int = 60) -> dict:
    return {
        "input": {
            "serviceId": studio.service_id,
            "start": start.isoformat(),
            "durationMinutes": minutes,
        }
    }


async def slots(
    client: httpx.AsyncClient, studio: Studio, day: date, minutes: int = 60
) -> list[dict]:
    variables = {
        "provider": studio.provider_id,
        "service": studio.service_id,
        "minutes": minutes,
        "start": at(day, 0).isoformat(),
        "end": at(day, 23, 59).isoformat(),
    }
    return (await gql(client, SLOTS, variables))["availableSlots"]


async def test_slots_follow_hours_and_prices(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    wednesday = await slots(client, studio, next_weekday(WEDNESDAY))
    assert wednesday[0]["start"] == at(next_weekday(WEDNESDAY), 9).isoformat()
    assert wednesday[-1]["end"] == at(next_weekday(WEDNESDAY), 17).isoformat()
    assert len(wednesday) == 15  # 09:00 … 16:00 every 30 minutes
    assert wednesday[0]["price"] == {"amount": 10000, "currency": "EUR"}
    saturday = await slots(client, studio, next_weekday(SATURDAY))
    assert saturday[0]["price"] == {"amount": 15000, "currency": "EUR"}


async def test_a_booking_costs_its_weekly_window_s_multiple(client: httpx.AsyncClient) -> None:
    studio, token = await open_studio(), await client_token()
    saturday = at(next_weekday(SATURDAY), 10)
    booked = await gql(client, BOOK, booking(studio, saturday), token=token)
    assert booked["bookSession"]["session"]["rateAtBooking"] == {"amount": 15000, "currency": "EUR"}


async def test_unoffered_duration_has_no_slots(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    assert await slots(client, studio, next_weekday(WEDNESDAY), minutes=45) == []


async def test_book_then_the_slot_is_gone(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(WEDNESDAY)
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
    session = booked["bookSession"]["session"]
    assert booked["bookSession"]["userErrors"] == []
    assert session["status"] == "REQUESTED"
    assert session["rateAtBooking"] == {"amount": 10000, "currency": "EUR"}
    starts = [s["start"] for s in await slots(client, studio, day)]
    assert at(day, 10).isoformat() not in starts
    assert at(day, 9, 30).isoformat() not in starts  # 09:30-10:30 would overlap
    assert at(day, 11).isoformat() in starts


@pytest.mark.parametrize(
    ("second_start", "rules"),
    [
        ((10, 0), {}),  # the same slot
        ((10, 30), {}),  # overlapping, different start
        ((11, 0), {"buffer_after_minutes": 15}),  # collides with the first one's buffer
    ],
)
async def test_conflicts_are_slot_unavailable_and_write_nothing(
    client: httpx.AsyncClient, second_start: tuple[int, int], rules: dict
) -> None:
    studio = await open_studio(**rules)
    day = next_weekday(WEDNESDAY)
    first = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
    assert first["bookSession"]["userErrors"] == []
    second = await gql(
        client, BOOK, booking(studio, at(day, *second_start)), token=await client_token()
    )
    assert [e["code"] for e in second["bookSession"]["userErrors"]] == ["SLOT_UNAVAILABLE"]
    assert second["bookSession"]["session"] is None
    assert await Session.all().count() == 1


async def test_bad_duration_and_closed_days(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(WEDNESDAY)
    token = await client_token()
    odd = await gql(client, BOOK, booking(studio, at(day, 10), minutes=45), token=token)
    assert [e["code"] for e in odd["bookSession"]["userErrors"]] == ["INVALID_DURATION"]
    await AvailabilityOverride.create(provider=studio.profile, day=day, windows=[])
    closed = await gql(client, BOOK, booking(studio, at(day, 10)), token=token)
    assert [e["code"] for e in closed["bookSession"]["userErrors"]] == ["SLOT_UNAVAILABLE"]
    assert await Session.all().count() == 0


async def test_group_slot_never_exceeds_its_seats(client: httpx.AsyncClient) -> None:
    studio = await open_studio(seats=2)
    day = next_weekday(WEDNESDAY)
    for _ in range(2):
        ok = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
        assert ok["bookSession"]["userErrors"] == []
    full = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
    assert [e["code"] for e in full["bookSession"]["userErrors"]] == ["SLOT_UNAVAILABLE"]
    ten = [s for s in await slots(client, studio, day) if s["start"] == at(day, 10).isoformat()]
    assert ten == []
    assert await Session.all().count() == 2


async def test_a_client_holds_one_seat_of_a_group_slot(client: httpx.AsyncClient) -> None:
    studio = await open_studio(seats=3)
    day = next_weekday(WEDNESDAY)
    token = await client_token()
    ok = await gql(client, BOOK, booking(studio, at(day, 10)), token=token)
    assert ok["bookSession"]["userErrors"] == []
    again = await gql(client, BOOK, booking(studio, at(day, 10)), token=token)
    assert [e["code"] for e in again["bookSession"]["userErrors"]] == ["ALREADY_BOOKED"]
    assert again["bookSession"]["session"] is None
    # Another slot of the same day, and the same slot for someone else, are still free.
    later = await gql(client, BOOK, booking(studio, at(day, 12)), token=token)
    assert later["bookSession"]["userErrors"] == []
    other = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
    assert other["bookSession"]["userErrors"] == []
    assert await Session.all().count() == 3
    # Nor can the client move their other session into the slot they have a seat in.
    move = {"id": later["bookSession"]["session"]["id"], "start": at(day, 10).isoformat()}
    moved = await gql(client, MOVE, move, token=token)
    assert moved["rescheduleSession"]["userErrors"] == [{"code": "ALREADY_BOOKED"}]


async def test_database_refuses_overlap_even_without_the_resolver(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    day = next_weekday(WEDNESDAY)
    token = await client_token()
    await gql(client, BOOK, booking(studio, at(day, 10)), token=token)
    existing = await Session.get()
    clone = {
        k: v for k, v in existing.__dict__.items() if not k.startswith("_") and k not in ("id",)
    }
    clone.update(slot_key="another", start_at=existing.start_at + timedelta(minutes=30))
    with pytest.raises(IntegrityError):
        await Session.create(**clone)
    cancelled = clone | {"slot_key": "third", "status": SessionStatus.CANCELLED}
    await Session.create(**cancelled)  # cancelled sessions hold no time


async def test_my_sessions_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    query = """{ mySessions(first: 50) { edges { node {
        start status service { name } provider { displayName } client { firstName }
        children { child { firstName } }
    } } } }"""
    studio = await open_studio(seats=60)
    day = next_weekday(WEDNESDAY)
    counts = []
    for total in (5, 50):
        while await Session.all().count() < total:
            await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
        statements.reset()
        data = await gql(client, query, token=studio.provider_token)
        assert len(data["mySessions"]["edges"]) == total
        counts.append(statements.count)
    # token lookup, page (the viewer's profile a subquery, services and providers joined),
    # clients, children
    assert counts[0] == counts[1] == 4, statements.queries
