"""An archived service is no longer sold. What clients waited for or were recommended keeps
naming it (history, like a session's service), but nothing offers it as bookable any more."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import httpx
from strawberry.relay import to_base64

from models.account import User
from models.notification import Notification
from models.outbox import OutboxMessage
from models.waitlist import WaitlistEntry, WaitlistStatus
from tests.api import StatementCounter, gql
from tests.factories import PASSWORD, make_user, token_for
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_privacy import DELETE
from tests.test_providers import ARCHIVE_SERVICE
from tests.test_upsells import age, completed, premium_service
from tests.test_waitlist import CANCEL, JOINED, LEAVE

MY_WAITLIST = """query ($first: Int!) { myWaitlist(first: $first) { edges { node {
  status offerStart offerExpiresAt service { name active } } } } }"""


async def _wait(client: httpx.AsyncClient, studio: Studio, token: str, day: date) -> str:
    variables = {"input": {"serviceId": studio.service_id, "date": str(day)}}
    return (await gql(client, JOINED, variables, token=token))["joinWaitlist"]["entry"]["id"]


async def test_archiving_closes_the_service_s_waitlist(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    booker, first, second = await client_token(), await client_token(), await client_token()
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=booker)
    await gql(client, BOOK, booking(studio, at(day, 12)), token=booker)
    first_entry = await _wait(client, studio, first, day)
    second_entry = await _wait(client, studio, second, day)
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)
    assert await WaitlistEntry.filter(status=WaitlistStatus.OFFERED).count() == 1

    archived = await gql(
        client, ARCHIVE_SERVICE, {"input": {"id": studio.service_id}}, token=studio.provider_token
    )
    assert archived["archiveService"]["userErrors"] == []
    # Neither the held offer nor the place in line stays open for what cannot be booked.
    for token in (first, second):
        [edge] = (await gql(client, MY_WAITLIST, {"first": 5}, token=token))["myWaitlist"]["edges"]
        assert edge["node"] == {
            "status": "CLOSED",
            "offerStart": None,
            "offerExpiresAt": None,
            "service": {"name": studio.service.name, "active": False},
        }
    for token, entry in ((first, first_entry), (second, second_entry)):
        left = await gql(client, LEAVE, {"input": {"entryId": entry}}, token=token)
        assert left["leaveWaitlist"]["userErrors"] == [{"field": "entryId", "code": "NOT_WAITING"}]
    # Each of them is told once, in the app and by mail; nobody else is.
    closed = f"{studio.service.name} is no longer offered, so your place on its waitlist has ended."
    told = await Notification.filter(kind="WAITLIST_CLOSED").values_list("recipient_id", "body")
    waiting = await WaitlistEntry.filter(status=WaitlistStatus.CLOSED).values_list(
        "client_id", flat=True
    )
    assert sorted(told) == sorted((client_id, closed) for client_id in waiting)
    mailed = await OutboxMessage.filter(kind="WAITLIST_CLOSED").values_list("recipient", flat=True)
    assert sorted(mailed) == sorted([(await User.get(id=c)).email for c in waiting])
    again = await gql(
        client, ARCHIVE_SERVICE, {"input": {"id": studio.service_id}}, token=studio.provider_token
    )
    assert again["archiveService"]["userErrors"] == []
    assert await Notification.filter(kind="WAITLIST_CLOSED").count() == 2


async def test_no_offer_of_an_archived_service(client: httpx.AsyncClient) -> None:
    # An entry still waiting when its service is archived (from before archiving closed the
    # line, or in a race with it) was offered the freed time, which nobody can book.
    studio = await open_studio()
    day = next_weekday(2)
    booker, waiting = await client_token(), await client_token()
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=booker)
    await _wait(client, studio, waiting, day)
    studio.service.active = False
    await studio.service.save(update_fields=["active"])
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)
    assert await WaitlistEntry.filter(status=WaitlistStatus.OFFERED).count() == 0
    assert not await Notification.filter(kind="WAITLIST_OFFER").exists()


async def test_my_waitlist_costs_the_same_for_5_or_50_entries(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    user = await make_user()
    token = await token_for(user)
    studios = [await open_studio() for _ in range(2)]
    today = datetime.now(UTC).date()
    counts = []
    for total in (5, 50):
        while (n := await WaitlistEntry.filter(client_id=user.id).count()) < total:
            studio = studios[n % 2]
            status = WaitlistStatus.CLOSED if n % 3 else WaitlistStatus.WAITING
            await WaitlistEntry.create(
                service=studio.service, client=user, day=today + timedelta(days=n), status=status
            )
        studios[0].service.active = False
        await studios[0].service.save(update_fields=["active"])
        statements.reset()
        found = await gql(client, MY_WAITLIST, {"first": total}, token=token)
        counts.append(statements.count)
        assert len(found["myWaitlist"]["edges"]) == total
    assert counts[0] == counts[1], statements.queries


async def test_recommendations_offer_no_archived_service_to_book(
    client: httpx.AsyncClient,
) -> None:
    studio, token = await open_studio(), await client_token()
    premium = await premium_service(studio)
    session_id = await completed(client, studio, token, partsNeeded=["front pads"])
    await age(session_id, 10)
    mine = "{ myRecommendations { kind service { id active } } }"
    shown = (await gql(client, mine, token=token))["myRecommendations"]
    assert [(r["kind"], r["service"]["id"]) for r in shown] == [
        ("FOLLOW_UP", studio.service_id),
        ("PREMIUM_UPGRADE", to_base64("Service", str(premium.id))),
    ]
    for service in (premium, studio.service):
        await gql(
            client,
            ARCHIVE_SERVICE,
            {"input": {"id": to_base64("Service", str(service.id))}},
            token=studio.provider_token,
        )
    # The upgrade is no longer sold. A follow-up is still asked about the session: its
    # service is what it is about and priced by, shown archived, not something to book.
    shown = (await gql(client, mine, token=token))["myRecommendations"]
    assert shown == [{"kind": "FOLLOW_UP", "service": {"id": studio.service_id, "active": False}}]


async def test_a_departing_provider_s_waitlists_close(client: httpx.AsyncClient) -> None:
    # Erasing a provider's account archives their services: their lines close the same way.
    studio = await open_studio()
    await _wait(client, studio, await client_token(), next_weekday(2))
    variables = {"input": {"password": PASSWORD}}
    done = await gql(client, DELETE, variables, token=studio.provider_token)
    assert done["deleteMyAccount"]["deleted"] is True
    assert await WaitlistEntry.get().values_list("status", flat=True) == WaitlistStatus.CLOSED
