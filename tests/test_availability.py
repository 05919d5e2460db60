"""Setting hours, overrides and scheduling rules over GraphQL, and what slots then show."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import httpx

from models.availability import AvailabilityOverride, AvailabilityWindow
from models.provider import Service
from tests.api import assert_denied, execute, gql
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, SLOTS, booking, slots

SET_WEEKLY = """
mutation ($input: SetWeeklyAvailabilityInput!) {
  setWeeklyAvailability(input: $input) {
    provider { timezone weeklyAvailability { weekday start end priceMultiplier } }
    userErrors { field code }
  }
}"""
ADD_OVERRIDE = """
mutation ($input: AddAvailabilityOverrideInput!) {
  addAvailabilityOverride(input: $input) {
    overrides { id date closed windows { start end } }
    userErrors { field code }
  }
}"""
SCHEDULING = """
mutation ($input: UpdateServiceSchedulingInput!) {
  updateServiceScheduling(input: $input) {
    service { bufferAfterMinutes seats dailyLimit cancellationPolicy { hoursBefore refundPercent } }
    userErrors { field code }
  }
}"""


def window(weekday: int, start: str, end: str, multiplier: str = "1") -> dict:
    return {"weekday": weekday, "start": start, "end": end, "priceMultiplier": multiplier}


async def test_weekly_hours_replace_the_old_ones(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    variables = {
        "input": {
            "timezone": "America/New_York",
            "windows": [window(0, "09:00", "12:00"), window(0, "13:00", "17:00", "1.25")],
        }
    }
    payload = await gql(client, SET_WEEKLY, variables, token=studio.provider_token)
    provider = payload["setWeeklyAvailability"]["provider"]
    assert provider["timezone"] == "America/New_York"
    assert provider["weeklyAvailability"] == [
        {"weekday": 0, "start": "09:00:00", "end": "12:00:00", "priceMultiplier": "1.00"},
        {"weekday": 0, "start": "13:00:00", "end": "17:00:00", "priceMultiplier": "1.25"},
    ]
    assert await AvailabilityWindow.filter(provider_id=studio.profile.id).count() == 2


async def test_bad_weekly_hours_change_nothing(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    cases = {
        "OVERLAPPING_WINDOWS": [window(1, "09:00", "12:00"), window(1, "11:00", "13:00")],
        "INVALID_WINDOW": [window(1, "12:00", "09:00")],
        "INVALID_MULTIPLIER": [window(1, "09:00", "12:00", "0")],
    }
    for code, windows in cases.items():
        variables = {"input": {"timezone": "Europe/Berlin", "windows": windows}}
        payload = await gql(client, SET_WEEKLY, variables, token=studio.provider_token)
        assert code in [e["code"] for e in payload["setWeeklyAvailability"]["userErrors"]]
    bad_zone = {"input": {"timezone": "Europe/Atlantis", "windows": []}}
    payload = await gql(client, SET_WEEKLY, bad_zone, token=studio.provider_token)
    assert payload["setWeeklyAvailability"]["userErrors"] == [
        {"field": "timezone", "code": "INVALID_TIMEZONE"}
    ]
    assert await AvailabilityWindow.filter(provider_id=studio.profile.id).count() == 7


async def test_clients_cannot_set_hours(client: httpx.AsyncClient) -> None:
    variables = {"input": {"timezone": "Europe/Berlin", "windows": []}}
    await assert_denied(client, SET_WEEKLY, variables, token=await client_token())


async def test_dst_days_keep_local_hours_through_the_api(client: httpx.AsyncClient) -> None:
    studio = await open_studio(horizon_days=730)
    variables = {
        "input": {
            "timezone": "America/New_York",
            "windows": [window(d, "09:00", "17:00") for d in range(7)],
        }
    }
    await gql(client, SET_WEEKLY, variables, token=studio.provider_token)
    year = datetime.now(UTC).year + 1
    # US clocks change on the second Sunday of March and the first Sunday of November.
    for day, offset in ((_nth_sunday(year, 3, 2), -4), (_nth_sunday(year, 11, 1), -5)):
        found = await _slots_on(client, studio, day)
        assert found[0]["start"] == f"{day}T{9 - offset:02}:00:00+00:00"
        assert found[-1]["end"] == f"{day}T{17 - offset:02}:00:00+00:00"


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


async def _slots_on(client: httpx.AsyncClient, studio: Studio, day: date) -> list[dict]:
    variables = {
        "provider": studio.provider_id,
        "service": studio.service_id,
        "minutes": 60,
        "start": f"{day}T00:00:00Z",
        "end": f"{day + timedelta(days=1)}T12:00:00Z",
    }
    rows = (await gql(client, SLOTS, variables))["availableSlots"]
    return [r for r in rows if r["start"].startswith(str(day))]


async def test_holiday_range_and_custom_hours(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    first = next_weekday(0)
    holiday = {
        "input": {
            "startDate": str(first),
            "endDate": str(first + timedelta(days=2)),
            "note": "Holiday",
        }
    }
    added = await gql(client, ADD_OVERRIDE, holiday, token=studio.provider_token)
    assert [o["closed"] for o in added["addAvailabilityOverride"]["overrides"]] == [True] * 3
    assert await slots(client, studio, first + timedelta(days=1)) == []
    short_day = first + timedelta(days=3)
    custom = {
        "input": {"startDate": str(short_day), "windows": [{"start": "10:00", "end": "12:00"}]}
    }
    await gql(client, ADD_OVERRIDE, custom, token=studio.provider_token)
    starts = [s["start"] for s in await slots(client, studio, short_day)]
    assert starts == [
        at(short_day, 10).isoformat(),
        at(short_day, 10, 30).isoformat(),
        at(short_day, 11).isoformat(),
    ]

    override_id = added["addAvailabilityOverride"]["overrides"][0]["id"]
    remove = """mutation ($id: ID!) {
      removeAvailabilityOverride(input: {id: $id}) { userErrors { code } }
    }"""
    await gql(client, remove, {"id": override_id}, token=studio.provider_token)
    assert len(await slots(client, studio, first)) == 15
    assert await AvailabilityOverride.filter(provider_id=studio.profile.id).count() == 3


async def test_service_scheduling_rules(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    update = {
        "input": {
            "serviceId": studio.service_id,
            "bufferAfterMinutes": 30,
            "seats": 4,
            "dailyLimit": 3,
            "cancellationPolicy": [{"hoursBefore": 48, "refundPercent": 100}],
        }
    }
    payload = await gql(client, SCHEDULING, update, token=studio.provider_token)
    assert payload["updateServiceScheduling"]["service"] == {
        "bufferAfterMinutes": 30,
        "seats": 4,
        "dailyLimit": 3,
        "cancellationPolicy": [{"hoursBefore": 48, "refundPercent": 100}],
    }
    bad = {"input": {"serviceId": studio.service_id, "seats": 0, "slotIntervalMinutes": 1}}
    refused = await gql(client, SCHEDULING, bad, token=studio.provider_token)
    assert {e["field"] for e in refused["updateServiceScheduling"]["userErrors"]} == {
        "seats",
        "slotIntervalMinutes",
    }
    stored = await Service.get(id=studio.service.id)
    assert (stored.seats, stored.slot_interval_minutes) == (4, 30)


async def test_a_service_made_a_group_fills_the_seats_it_shows(client: httpx.AsyncClient) -> None:
    # Booked while the service had one seat, then the studio turns it into a class of three.
    studio = await open_studio()
    day = next_weekday(2)
    first = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
    assert first["bookSession"]["userErrors"] == []
    seats = {"input": {"serviceId": studio.service_id, "seats": 3}}
    await gql(client, SCHEDULING, seats, token=studio.provider_token)
    [ten] = [s for s in await slots(client, studio, day) if s["start"] == at(day, 10).isoformat()]
    assert ten["seatsLeft"] == 2
    for _ in range(2):
        more = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
        assert more["bookSession"]["userErrors"] == []
    full = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
    assert [e["code"] for e in full["bookSession"]["userErrors"]] == ["SLOT_UNAVAILABLE"]


async def test_a_window_may_end_at_midnight(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    late = [window(d, "18:00", "00:00") for d in range(7)]
    variables = {"input": {"timezone": "Europe/Berlin", "windows": late}}
    payload = await gql(client, SET_WEEKLY, variables, token=studio.provider_token)
    assert payload["setWeeklyAvailability"]["userErrors"] == []
    hours = payload["setWeeklyAvailability"]["provider"]["weeklyAvailability"]
    assert {(h["start"], h["end"]) for h in hours} == {("18:00:00", "00:00:00")}
    day = next_weekday(2)
    found = await slots(client, studio, day)
    assert found[-1]["start"] == at(day, 23).isoformat()
    assert found[-1]["end"] == at(day + timedelta(days=1), 0).isoformat()
    booked = await gql(client, BOOK, booking(studio, at(day, 23)), token=await client_token())
    assert booked["bookSession"]["userErrors"] == []

    override = {"input": {"startDate": str(day), "windows": [{"start": "20:00", "end": "00:00"}]}}
    added = await gql(client, ADD_OVERRIDE, override, token=studio.provider_token)
    assert added["addAvailabilityOverride"]["userErrors"] == []
    starts = [s["start"] for s in await slots(client, studio, day)]
    assert starts == [  # 23:00-00:00 is booked
        at(day, 20).isoformat(),
        at(day, 20, 30).isoformat(),
        at(day, 21).isoformat(),
        at(day, 21, 30).isoformat(),
        at(day, 22).isoformat(),
    ]
    overlap = [window(1, "18:00", "00:00"), window(1, "23:00", "23:30")]
    refused = await gql(
        client,
        SET_WEEKLY,
        {"input": {"timezone": "Europe/Berlin", "windows": overlap}},
        token=studio.provider_token,
    )
    assert [e["code"] for e in refused["setWeeklyAvailability"]["userErrors"]] == [
        "OVERLAPPING_WINDOWS"
    ]


async def test_a_whole_day_window_ends_at_midnight_on_dst_days(client: httpx.AsyncClient) -> None:
    studio = await open_studio(horizon_days=730)
    whole_days = [window(d, "00:00", "00:00") for d in range(7)]
    variables = {"input": {"timezone": "America/New_York", "windows": whole_days}}
    payload = await gql(client, SET_WEEKLY, variables, token=studio.provider_token)
    assert payload["setWeeklyAvailability"]["userErrors"] == []
    year = datetime.now(UTC).year + 1
    # A 23-hour day (no 02:00-03:00) and a 25-hour one (01:00-02:00 twice, offered once).
    spring, autumn = _nth_sunday(year, 3, 2), _nth_sunday(year, 11, 1)
    for opens, closes, count in (
        (f"{spring}T05:00:00+00:00", f"{spring + timedelta(days=1)}T04:00:00+00:00", 45),
        (f"{autumn}T04:00:00+00:00", f"{autumn + timedelta(days=1)}T05:00:00+00:00", 47),
    ):
        variables = {
            "provider": studio.provider_id,
            "service": studio.service_id,
            "minutes": 60,
            "start": opens,
            "end": closes,
        }
        found = (await gql(client, SLOTS, variables))["availableSlots"]
        assert (found[0]["start"], found[-1]["end"], len(found)) == (opens, closes, count)


async def test_an_end_of_24_00_is_midnight(client: httpx.AsyncClient) -> None:
    # What people type for hours until midnight; ISO 8601 has it as the end of the day.
    studio = await open_studio()
    late = [window(d, "18:00", "24:00") for d in range(7)]
    variables = {"input": {"timezone": "Europe/Berlin", "windows": late}}
    payload = await gql(client, SET_WEEKLY, variables, token=studio.provider_token)
    assert payload["setWeeklyAvailability"]["userErrors"] == []
    hours = payload["setWeeklyAvailability"]["provider"]["weeklyAvailability"]
    assert {(h["start"], h["end"]) for h in hours} == {("18:00:00", "00:00:00")}
    assert {w.end_minute for w in await AvailabilityWindow.filter(provider=studio.profile)} == {
        24 * 60
    }
    day = next_weekday(2)
    assert (await slots(client, studio, day))[-1]["start"] == at(day, 23).isoformat()

    override = {
        "input": {"startDate": str(day), "windows": [{"start": "20:00", "end": "24:00:00"}]}
    }
    added = await gql(client, ADD_OVERRIDE, override, token=studio.provider_token)
    assert added["addAvailabilityOverride"]["overrides"][0]["windows"] == [
        {"start": "20:00:00", "end": "00:00:00"}
    ]
    assert (await slots(client, studio, day))[-1]["start"] == at(day, 23).isoformat()


async def test_24_00_is_no_start_nor_any_other_time(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    for start, end, said in (
        ("24:00", "24:00", "hour must be in 0..23"),
        ("18:00", "24:30", "use 24:00 or 00:00 for midnight at the end of the day"),
        ("18:00", "noon", "use 24:00 or 00:00 for midnight at the end of the day"),
    ):
        variables = {"input": {"timezone": "Europe/Berlin", "windows": [window(0, start, end)]}}
        body = await execute(client, SET_WEEKLY, variables, token=studio.provider_token)
        [error] = body["errors"]
        assert said in error["message"], error
    assert await AvailabilityWindow.filter(provider=studio.profile, weekday=0).count() == 1
