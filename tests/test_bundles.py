"""Session bundles through the API: a provider sells them on a service, a client buys one
through the paid-once payments flow (offline here: the studio records the transfer), then
books sessions with its credits, which cancelling within the free policy gives back."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from strawberry.relay import from_base64, to_base64

from models.booking import Session
from models.bundle import BundlePurchase
from models.notification import Notification
from models.payment import Payment
from tests.api import StatementCounter, assert_denied, gql
from tests.payments import ACCOUNT, PAY, RECORD
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_session_flow import CANCEL

CREATE = """
mutation ($input: CreateBundleInput!) { createBundle(input: $input) {
  bundle { id sessionCount durationMinutes price { amount currency } active }
  userErrors { field code message }
} }"""
UPDATE = """
mutation ($input: UpdateBundleInput!) { updateBundle(input: $input) {
  bundle { id sessionCount price { amount } active } userErrors { field code }
} }"""
ARCHIVE = """
mutation ($id: ID!) { archiveBundle(input: {id: $id}) {
  bundle { active } userErrors { code }
} }"""
BUNDLES = """
query ($id: ID!) { node(id: $id) { ... on Service {
  bundles { edges { node { id sessionCount durationMinutes price { amount } } } }
} } }"""
BUY = """
mutation ($id: ID!) { buyBundle(input: {bundleId: $id}) {
  purchase { id creditsLeft paid sessionCount }
  payment { id kind amount { amount currency } status provider }
  userErrors { field code message }
} }"""
MINE = """
query ($after: String) { myBundles(first: 2, after: $after) {
  edges { node { id creditsLeft paid paidAt service { name } } }
  pageInfo { hasNextPage endCursor }
} }"""
BOOK = """
mutation ($input: BookSessionInput!) { bookSession(input: $input) {
  session { id bookedWithCredit price { amount } }
  userErrors { field code message }
} }"""


def offer(studio: Studio, count: int = 5, minutes: int = 60, price: int = 40_000) -> dict:
    terms = {"sessionCount": count, "durationMinutes": minutes, "priceAmount": price}
    return {"input": {"serviceId": studio.service_id, **terms}}


def book(studio: Studio, start: datetime, purchase_id: str | None, minutes: int = 60) -> dict:
    data: dict[str, Any] = {
        "serviceId": studio.service_id,
        "start": start.isoformat(),
        "durationMinutes": minutes,
    }
    if purchase_id is not None:
        data["bundlePurchaseId"] = purchase_id
    return {"input": data}


async def bundle_of(client: httpx.AsyncClient, studio: Studio, **terms: int) -> str:
    made = await gql(client, CREATE, offer(studio, **terms), token=studio.provider_token)
    assert made["createBundle"]["userErrors"] == []
    return made["createBundle"]["bundle"]["id"]  # type: ignore[no-any-return]


async def bought(
    client: httpx.AsyncClient, studio: Studio, token: str, *, paid: bool = True, **terms: int
) -> str:
    """A purchase of a new bundle by the client of `token`, its transfer recorded if `paid`."""
    bundle_id = await bundle_of(client, studio, **terms)
    buy = (await gql(client, BUY, {"id": bundle_id}, token=token))["buyBundle"]
    assert buy["userErrors"] == []
    if paid:
        recorded = {"input": {"paymentId": buy["payment"]["id"], "reference": f"bank {bundle_id}"}}
        done = await gql(client, RECORD, recorded, token=studio.provider_token)
        assert done["recordPayment"]["userErrors"] == []
    return buy["purchase"]["id"]  # type: ignore[no-any-return]


async def test_a_provider_sells_bundles_and_anyone_reads_them(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    made = await gql(client, CREATE, offer(studio), token=studio.provider_token)
    bundle = made["createBundle"]["bundle"]
    assert bundle["sessionCount"] == 5
    assert bundle["price"] == {"amount": 40_000, "currency": "EUR"}
    listed = await gql(client, BUNDLES, {"id": studio.service_id})
    assert [e["node"]["id"] for e in listed["node"]["bundles"]["edges"]] == [bundle["id"]]
    changed = await gql(
        client,
        UPDATE,
        {"input": {"id": bundle["id"], "priceAmount": 38_000}},
        token=studio.provider_token,
    )
    assert changed["updateBundle"]["bundle"]["price"] == {"amount": 38_000}
    archived = await gql(client, ARCHIVE, {"id": bundle["id"]}, token=studio.provider_token)
    assert archived["archiveBundle"]["bundle"] == {"active": False}
    listed = await gql(client, BUNDLES, {"id": studio.service_id})
    assert listed["node"]["bundles"]["edges"] == []
    refused = await gql(client, BUY, {"id": bundle["id"]}, token=await client_token())
    assert [e["code"] for e in refused["buyBundle"]["userErrors"]] == ["NOT_FOUND"]


async def test_bad_terms_are_refused_and_write_nothing(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    cases = [
        ({"count": 1}, "sessionCount", "INVALID_VALUE"),
        ({"count": 51}, "sessionCount", "INVALID_VALUE"),
        ({"price": 0}, "priceAmount", "INVALID_VALUE"),
        ({"minutes": 45}, "durationMinutes", "INVALID_DURATION"),
    ]
    for terms, field, code in cases:
        made = await gql(client, CREATE, offer(studio, **terms), token=studio.provider_token)
        errors = made["createBundle"]["userErrors"]
        assert [(e["field"], e["code"]) for e in errors] == [(field, code)], terms
    bundle_id = await bundle_of(client, studio)
    bad = {"input": {"id": bundle_id, "sessionCount": 60}}
    updated = await gql(client, UPDATE, bad, token=studio.provider_token)
    assert [e["code"] for e in updated["updateBundle"]["userErrors"]] == ["INVALID_VALUE"]
    listed = await gql(client, BUNDLES, {"id": studio.service_id})
    assert [e["node"]["sessionCount"] for e in listed["node"]["bundles"]["edges"]] == [5]


async def test_only_the_services_provider_or_admins_define_bundles(
    client: httpx.AsyncClient,
) -> None:
    studio, other = await open_studio(), await open_studio()
    await assert_denied(client, CREATE, offer(studio), token=other.provider_token)
    await assert_denied(client, CREATE, offer(studio), token=await client_token())
    bundle_id = await bundle_of(client, studio)
    await assert_denied(client, ARCHIVE, {"id": bundle_id}, token=other.provider_token)
    own = await gql(client, BUY, {"id": bundle_id}, token=studio.provider_token)
    assert [e["code"] for e in own["buyBundle"]["userErrors"]] == ["OWN_SERVICE"]


async def test_a_bundle_is_bought_once_paid_and_its_credits_book_sessions(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    token = await client_token()
    bundle_id = await bundle_of(client, studio, count=2)
    first = (await gql(client, BUY, {"id": bundle_id}, token=token))["buyBundle"]
    assert first["payment"]["kind"] == "BUNDLE"
    assert first["payment"]["amount"] == {"amount": 40_000, "currency": "EUR"}
    assert first["purchase"] == {
        "id": first["purchase"]["id"],
        "creditsLeft": 2,
        "paid": False,
        "sessionCount": 2,
    }
    # A retried request gets the same purchase and pending payment.
    again = (await gql(client, BUY, {"id": bundle_id}, token=token))["buyBundle"]
    assert (again["purchase"]["id"], again["payment"]["id"]) == (
        first["purchase"]["id"],
        first["payment"]["id"],
    )
    purchase_id = first["purchase"]["id"]
    day = next_weekday(2)
    unpaid = await gql(client, BOOK, book(studio, at(day, 10), purchase_id), token=token)
    assert [e["code"] for e in unpaid["bookSession"]["userErrors"]] == ["NOT_PAID"]
    assert await Session.all().count() == 0

    recorded = {"input": {"paymentId": first["payment"]["id"], "reference": "bank 1"}}
    await gql(client, RECORD, recorded, token=studio.provider_token)
    mine = await gql(client, MINE, token=token)
    node = mine["myBundles"]["edges"][0]["node"]
    assert (node["paid"], node["creditsLeft"]) == (True, 2)
    # The provider recorded the transfer themselves: nobody is told.
    assert not await Notification.filter(kind="BUNDLE_PAID").exists()

    booked = await gql(client, BOOK, book(studio, at(day, 10), purchase_id), token=token)
    session = booked["bookSession"]["session"]
    assert session["bookedWithCredit"] is True
    assert session["price"] == {"amount": 10_000}
    account = (await gql(client, ACCOUNT, {"id": session["id"]}, token=token))["sessionAccount"]
    assert (account["status"], account["balanceDue"], account["paid"]) == (
        "PAID",
        {"amount": 0},
        {"amount": 0},
    )
    pay = {"input": {"sessionId": session["id"], "kind": "FULL"}}
    refused = await gql(client, PAY, pay, token=token)
    assert [e["code"] for e in refused["payForSession"]["userErrors"]] == ["ALREADY_PAID"]
    assert (await BundlePurchase.get()).credits_left == 1
    assert await Payment.filter(session_id=from_base64(session["id"])[1]).count() == 0


async def test_a_credit_is_refused_for_another_client_service_or_length(
    client: httpx.AsyncClient,
) -> None:
    studio, other = await open_studio(), await open_studio()
    token = await client_token()
    purchase_id = await bought(client, studio, token, count=2)
    day = next_weekday(3)
    cases = [
        (await client_token(), book(studio, at(day, 10), purchase_id), "NOT_FOUND"),
        (token, book(studio, at(day, 10), purchase_id, minutes=90), "WRONG_SERVICE"),
        (token, book(other, at(day, 10), purchase_id), "WRONG_SERVICE"),
        (token, book(studio, at(day, 10), to_base64("BundlePurchase", "nope")), "NOT_FOUND"),
    ]
    for who, variables, code in cases:
        answer = await gql(client, BOOK, variables, token=who)
        assert [e["code"] for e in answer["bookSession"]["userErrors"]] == [code], variables
    assert await Session.all().count() == 0
    assert (await BundlePurchase.get()).credits_left == 2


async def test_the_last_credit_books_one_session_of_two_at_once(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    token = await client_token()
    purchase_id = await bought(client, studio, token, count=2)
    day = next_weekday(4)
    first = await gql(client, BOOK, book(studio, at(day, 9), purchase_id), token=token)
    assert first["bookSession"]["userErrors"] == []
    # Two bookings of different times, each on its own connection, race for the last credit.
    answers = await asyncio.gather(
        gql(client, BOOK, book(studio, at(day, 12), purchase_id), token=token),
        gql(client, BOOK, book(studio, at(day, 14), purchase_id), token=token),
    )
    codes = sorted(
        e["code"] if (e := a["bookSession"]["userErrors"]) and (e := e[0]) else "BOOKED"
        for a in answers
    )
    assert codes == ["BOOKED", "NO_CREDITS_LEFT"]
    assert await Session.filter(bundle_purchase_id__not_isnull=True).count() == 2
    assert (await BundlePurchase.get()).credits_left == 0


async def test_a_free_cancellation_gives_the_credit_back_and_a_late_one_keeps_it(
    client: httpx.AsyncClient,
) -> None:
    # Sessions a week or more away: the client's notice meets the 72-hour free tier, not the
    # 30-day one; a 50% tier applies under 72 hours.
    studio = await open_studio(
        cancellation_policy=[
            {"hours_before": 0, "refund_percent": 50},
            {"hours_before": 72, "refund_percent": 100},
        ]
    )
    token = await client_token()
    purchase_id = await bought(client, studio, token, count=3)
    day = next_weekday(5, weeks_ahead=2)
    booked = await gql(client, BOOK, book(studio, at(day, 10), purchase_id), token=token)
    session_id = booked["bookSession"]["session"]["id"]
    assert (await BundlePurchase.get()).credits_left == 2
    cancelled = await gql(client, CANCEL, {"id": session_id, "reason": "ill"}, token=token)
    assert cancelled["cancelSession"]["session"]["refundPercent"] == 100
    assert (await BundlePurchase.get()).credits_left == 3

    late = await gql(client, BOOK, book(studio, at(day, 13), purchase_id), token=token)
    late_id = late["bookSession"]["session"]["id"]
    await starting_in_a_day(late_id)
    cancelled = await gql(client, CANCEL, {"id": late_id, "reason": "late"}, token=token)
    assert cancelled["cancelSession"]["session"]["refundPercent"] == 50
    # Inside the 72 hours: a paid session would keep half its fee; the credit stays used.
    assert (await BundlePurchase.get()).credits_left == 2


async def starting_in_a_day(session_id: str) -> None:
    row = await Session.get(id=from_base64(session_id)[1])
    shift = row.start_at - (datetime.now(UTC) + timedelta(days=1))
    for field in ("start_at", "end_at", "blocked_start", "blocked_end"):
        setattr(row, field, getattr(row, field) - shift)
    await row.save(update_fields=["start_at", "end_at", "blocked_start", "blocked_end"])


LISTING = """
{ providers(first: 20) { edges { node { services { edges { node {
  bundles { edges { node { id sessionCount price { amount currency } } } }
} } } } } } }"""


async def test_bundles_of_a_providers_listing_cost_one_statement_however_many(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    counts = []
    for studios in (1, 4):
        for _ in range(studios if not counts else studios - 1):
            studio = await open_studio()
            await bundle_of(client, studio)
            await bundle_of(client, studio, count=10, price=70_000)
        statements.reset()
        listed = await gql(client, LISTING, {})
        counts.append(statements.count)
        edges = listed["providers"]["edges"]
        assert len(edges) == studios
        assert all(
            len(s["node"]["bundles"]["edges"]) == 2
            for e in edges
            for s in e["node"]["services"]["edges"]
        )
    assert counts[0] == counts[1], counts
