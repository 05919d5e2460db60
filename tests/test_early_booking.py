"""Early-booking discounts through GraphQL: set on a service, shown per slot, charged on
booking, kept on rescheduling, and free of extra statements."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import httpx
from strawberry.relay import to_base64

from models.booking import Session
from models.photography import ServicePackage
from models.provider import Service
from tests.api import StatementCounter, gql
from tests.factories import make_provider, token_for
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_providers import CREATE_SERVICE, service_input

WEDNESDAY, SATURDAY = 2, 5
# 10% off what starts two weeks or more ahead.
RULE = {"early_booking_percent": 10, "early_booking_days": 14}

SLOTS = """
query ($provider: ID!, $service: ID!, $start: DateTime!, $end: DateTime!) {
  availableSlots(providerId: $provider, serviceId: $service, durationMinutes: 60,
                 start: $start, end: $end) {
    start price { amount currency }
    discount { percent amount { amount currency } fullPrice { amount currency } }
  }
}"""
CREATE = """
mutation ($input: CreateServiceInput!) {
  createService(input: $input) {
    service { id earlyBookingDiscount { percent minDaysAhead } }
    userErrors { field code }
  }
}"""
UPDATE = """
mutation ($input: UpdateServiceInput!) {
  updateService(input: $input) {
    service { earlyBookingDiscount { percent minDaysAhead } }
    userErrors { field code }
  }
}"""
MOVE = """
mutation ($id: ID!, $start: DateTime!) {
  rescheduleSession(input: {id: $id, newStart: $start}) {
    session { start rateAtBooking { amount } price { amount } }
    userErrors { code }
  }
}"""


def euros(amount: int) -> dict[str, object]:
    return {"amount": amount, "currency": "EUR"}


async def day_slots(
    client: httpx.AsyncClient, studio: Studio, start: datetime, end: datetime
) -> list[dict]:
    variables = {
        "provider": studio.provider_id,
        "service": studio.service_id,
        "start": start.isoformat(),
        "end": end.isoformat(),
    }
    return (await gql(client, SLOTS, variables))["availableSlots"]


async def slot_at(client: httpx.AsyncClient, studio: Studio, day: date, hour: int) -> dict:
    found = await day_slots(client, studio, at(day, 0), at(day, 23, 59))
    return next(s for s in found if s["start"] == at(day, hour).isoformat())


def priced(studio: Studio, start: datetime, amount: int) -> dict:
    variables = booking(studio, start)
    variables["input"]["expectedPrice"] = euros(amount)
    return variables


async def test_a_provider_sets_changes_and_removes_the_discount(
    client: httpx.AsyncClient,
) -> None:
    provider = await make_provider()
    token = await token_for(await provider.user)
    given = service_input(earlyBookingDiscount={"percent": 15, "minDaysAhead": 30})
    created = (await gql(client, CREATE, {"input": given}, token=token))["createService"]
    assert created["userErrors"] == []
    assert created["service"]["earlyBookingDiscount"] == {"percent": 15, "minDaysAhead": 30}
    service_id = created["service"]["id"]

    # Other changes leave it as it is.
    renamed = {"input": {"id": service_id, "name": "Renamed"}}
    kept = (await gql(client, UPDATE, renamed, token=token))["updateService"]
    assert kept["service"]["earlyBookingDiscount"] == {"percent": 15, "minDaysAhead": 30}

    changed = {
        "input": {"id": service_id, "earlyBookingDiscount": {"percent": 50, "minDaysAhead": 365}}
    }
    updated = (await gql(client, UPDATE, changed, token=token))["updateService"]
    assert updated["service"]["earlyBookingDiscount"] == {"percent": 50, "minDaysAhead": 365}

    removed = {
        "input": {"id": service_id, "earlyBookingDiscount": {"percent": 0, "minDaysAhead": 0}}
    }
    cleared = (await gql(client, UPDATE, removed, token=token))["updateService"]
    assert cleared["userErrors"] == []
    assert cleared["service"]["earlyBookingDiscount"] is None
    row = await Service.get()
    assert (row.early_booking_percent, row.early_booking_days) == (0, 0)


async def test_an_invalid_discount_is_a_user_error_and_changes_nothing(
    client: httpx.AsyncClient,
) -> None:
    provider = await make_provider()
    token = await token_for(await provider.user)
    bad = service_input(earlyBookingDiscount={"percent": 60, "minDaysAhead": 0})
    refused = (await gql(client, CREATE_SERVICE, {"input": bad}, token=token))["createService"]
    assert refused["service"] is None
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
        ("earlyBookingDiscount.percent", "INVALID_VALUE"),
        ("earlyBookingDiscount.minDaysAhead", "INVALID_VALUE"),
    ]
    assert await Service.all().count() == 0

    studio = await open_studio(**RULE)
    too_far = {
        "input": {
            "id": studio.service_id,
            "name": "Not saved either",
            "earlyBookingDiscount": {"percent": 20, "minDaysAhead": 366},
        }
    }
    result = await gql(client, UPDATE, too_far, token=studio.provider_token)
    assert result["updateService"]["userErrors"] == [
        {"field": "earlyBookingDiscount.minDaysAhead", "code": "INVALID_VALUE"}
    ]
    row = await Service.get(id=studio.service.id)
    assert (row.early_booking_percent, row.early_booking_days) == (10, 14)
    assert row.name != "Not saved either"


async def test_far_slots_show_the_discount_and_near_ones_the_full_price(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio(**RULE)
    near = await slot_at(client, studio, next_weekday(WEDNESDAY), 10)  # 7 to 13 days ahead
    assert near["price"] == euros(10000)
    assert near["discount"] is None
    far = await slot_at(client, studio, next_weekday(WEDNESDAY, 3), 10)  # 21 to 27 days ahead
    assert far["price"] == euros(9000)
    assert far["discount"] == {"percent": 10, "amount": euros(1000), "fullPrice": euros(10000)}
    # Saturdays cost 1.5x: the discount is taken off the multiplied price.
    peak = await slot_at(client, studio, next_weekday(SATURDAY, 3), 10)
    assert peak["price"] == euros(13500)
    assert peak["discount"] == {"percent": 10, "amount": euros(1500), "fullPrice": euros(15000)}


async def test_the_discount_starts_at_exactly_the_days_ahead(client: httpx.AsyncClient) -> None:
    # Open all day, every 30 minutes: some slots of the day around the boundary start before
    # it and some after it, whatever the time the test runs.
    studio = await open_studio(**RULE)
    before = datetime.now(UTC)
    found = await day_slots(
        client, studio, before + timedelta(days=13), before + timedelta(days=15)
    )
    after = datetime.now(UTC)
    boundary_early, boundary_late = before + timedelta(days=14), after + timedelta(days=14)
    starts = [(datetime.fromisoformat(s["start"]), s) for s in found]
    early = [s for start, s in starts if start >= boundary_late]
    late = [s for start, s in starts if start < boundary_early]
    assert early
    assert late
    assert all(s["discount"] is not None and s["price"] == euros(9000) for s in early)
    assert all(s["discount"] is None and s["price"] == euros(10000) for s in late)


async def test_a_booking_is_charged_the_price_the_slot_showed(client: httpx.AsyncClient) -> None:
    studio, token = await open_studio(**RULE), await client_token()
    far = at(next_weekday(WEDNESDAY, 3), 10)
    shown = (await slot_at(client, studio, next_weekday(WEDNESDAY, 3), 10))["price"]
    booked = await gql(client, BOOK, priced(studio, far, shown["amount"]), token=token)
    assert booked["bookSession"]["userErrors"] == []
    assert booked["bookSession"]["session"]["rateAtBooking"] == euros(9000)
    assert (await Session.get()).price_amount == 9000

    # The full price is not what a far slot costs now: a screen that showed it books nothing.
    later = at(next_weekday(WEDNESDAY, 3), 14)
    refused = (await gql(client, BOOK, priced(studio, later, 10000), token=token))["bookSession"]
    assert [e["code"] for e in refused["userErrors"]] == ["PRICE_CHANGED"]
    assert "90.00 EUR" in refused["userErrors"][0]["message"]
    # Nor is the discounted price what a near slot costs.
    near = at(next_weekday(WEDNESDAY), 10)
    refused = (await gql(client, BOOK, priced(studio, near, 9000), token=token))["bookSession"]
    assert [e["code"] for e in refused["userErrors"]] == ["PRICE_CHANGED"]
    plain = (await gql(client, BOOK, booking(studio, near), token=token))["bookSession"]
    assert plain["session"]["rateAtBooking"] == euros(10000)
    assert await Session.all().count() == 2


async def test_rescheduling_keeps_the_price_agreed(client: httpx.AsyncClient) -> None:
    studio, token = await open_studio(**RULE), await client_token()
    far, near = at(next_weekday(WEDNESDAY, 3), 10), at(next_weekday(WEDNESDAY), 10)
    early = (await gql(client, BOOK, booking(studio, far), token=token))["bookSession"]["session"]
    moved = await gql(client, MOVE, {"id": early["id"], "start": near.isoformat()}, token=token)
    assert moved["rescheduleSession"]["userErrors"] == []
    assert moved["rescheduleSession"]["session"]["start"] == near.isoformat()
    assert moved["rescheduleSession"]["session"]["rateAtBooking"] == {"amount": 9000}

    # And the other way: moving a full-price session far ahead does not discount it.
    later_near = at(next_weekday(WEDNESDAY), 14)
    plain = (await gql(client, BOOK, booking(studio, later_near), token=token))["bookSession"]
    far_again = at(next_weekday(WEDNESDAY, 3), 14).isoformat()
    moved = await gql(client, MOVE, {"id": plain["session"]["id"], "start": far_again}, token=token)
    assert moved["rescheduleSession"]["session"]["price"] == {"amount": 10000}


async def test_a_package_is_discounted_too(client: httpx.AsyncClient) -> None:
    studio = await open_studio(**RULE)
    package = await ServicePackage.create(
        service=studio.service, name="Mini", duration_minutes=60, price_amount=20005
    )
    query = SLOTS.replace("durationMinutes: 60", "packageId: $package").replace(
        "$end: DateTime!)", "$end: DateTime!, $package: ID!)"
    )
    day = next_weekday(WEDNESDAY, 3)
    variables = {
        "provider": studio.provider_id,
        "service": studio.service_id,
        "start": at(day, 0).isoformat(),
        "end": at(day, 23, 59).isoformat(),
        "package": to_base64("Package", str(package.id)),
    }
    found = (await gql(client, query, variables))["availableSlots"]
    # 10% of 200.05 is 20.005: 20.01 off, half up.
    assert found[0]["price"] == euros(18004)
    assert found[0]["discount"]["amount"] == euros(2001)


async def test_a_discount_costs_no_statement(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio, token = await open_studio(**RULE), await client_token()
    day = next_weekday(WEDNESDAY, 3)
    statements.reset()
    found = await day_slots(client, studio, at(day, 0), at(day + timedelta(days=7), 0))
    assert found[0]["discount"] is not None
    # as without a discount (tests/test_slot_reads.py)
    assert statements.count == 4, statements.queries
    statements.reset()
    booked = await gql(client, BOOK, booking(studio, at(day, 11)), token=token)
    assert booked["bookSession"]["session"]["rateAtBooking"] == euros(9000)
    # as without a discount (tests/test_booking_reads.py)
    assert statements.count == 7, statements.queries
