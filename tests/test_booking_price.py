"""A booking confirmed at the price the client was shown: if the slot costs anything else by
then, nothing is booked and the client is told today's price."""

from __future__ import annotations

import httpx

from models.booking import Session
from models.outbox import OutboxMessage
from models.provider import ServiceRate
from tests.api import gql
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking

WEDNESDAY, SATURDAY = 2, 5


def shown(studio: object, start: object, amount: int, currency: str = "EUR") -> dict:
    variables = booking(studio, start)  # type: ignore[arg-type]
    variables["input"]["expectedPrice"] = {"amount": amount, "currency": currency}
    return variables


async def test_a_rate_raised_after_the_price_was_shown_books_nothing(
    client: httpx.AsyncClient,
) -> None:
    studio, token = await open_studio(), await client_token()
    wednesday = at(next_weekday(WEDNESDAY), 10)
    await ServiceRate.filter(service_id=studio.service.id, duration_minutes=60).update(amount=12000)

    refused = (await gql(client, BOOK, shown(studio, wednesday, 10000), token=token))["bookSession"]
    assert refused["session"] is None
    assert refused["userErrors"] == [
        {
            "field": "expectedPrice",
            "code": "PRICE_CHANGED",
            "message": "It now costs 120.00 EUR; book again at that price.",
        }
    ]
    assert await Session.all().count() == 0
    assert await OutboxMessage.all().count() == 0  # the provider is not told of it either

    booked = (await gql(client, BOOK, shown(studio, wednesday, 12000), token=token))["bookSession"]
    assert booked["userErrors"] == []
    assert booked["session"]["rateAtBooking"] == {"amount": 12000, "currency": "EUR"}


async def test_a_peak_window_s_price_is_not_taken_at_the_plain_rate(
    client: httpx.AsyncClient,
) -> None:
    # Saturdays cost 1.5x: a screen that showed the weekday price books nothing there.
    studio, token = await open_studio(), await client_token()
    saturday = at(next_weekday(SATURDAY), 10)
    refused = (await gql(client, BOOK, shown(studio, saturday, 10000), token=token))["bookSession"]
    assert [e["code"] for e in refused["userErrors"]] == ["PRICE_CHANGED"]
    booked = (await gql(client, BOOK, shown(studio, saturday, 15000), token=token))["bookSession"]
    assert booked["session"]["rateAtBooking"] == {"amount": 15000, "currency": "EUR"}


async def test_the_currency_is_part_of_the_price(client: httpx.AsyncClient) -> None:
    studio, token = await open_studio(), await client_token()
    wednesday = at(next_weekday(WEDNESDAY), 10)
    other = shown(studio, wednesday, 10000, currency="USD")
    refused = (await gql(client, BOOK, other, token=token))["bookSession"]
    assert [e["code"] for e in refused["userErrors"]] == ["PRICE_CHANGED"]
    lower = shown(studio, wednesday, 10000, currency="eur")  # ISO codes are read upper-case
    booked = (await gql(client, BOOK, lower, token=token))["bookSession"]
    assert booked["userErrors"] == []


async def test_without_an_expected_price_the_booking_takes_today_s(
    client: httpx.AsyncClient,
) -> None:
    studio, token = await open_studio(), await client_token()
    await ServiceRate.filter(service_id=studio.service.id, duration_minutes=60).update(amount=12000)
    wednesday = at(next_weekday(WEDNESDAY), 10)
    booked = (await gql(client, BOOK, booking(studio, wednesday), token=token))["bookSession"]
    assert booked["session"]["rateAtBooking"] == {"amount": 12000, "currency": "EUR"}
