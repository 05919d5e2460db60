"""A cancellation is offered to the first waiting client, and held for them alone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx

from jobs.waitlist import expire_offers
from models.account import Role
from models.availability import AvailabilityOverride
from models.notification import Notification
from models.outbox import OutboxMessage
from models.waitlist import WaitlistEntry, WaitlistStatus
from tests.api import assert_denied, gql
from tests.factories import make_user, token_for
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, SLOTS, booking
from tests.test_session_flow import RESCHEDULE

JOIN = """
mutation ($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) { entry { status date } userErrors { code } }
}"""
JOINED = """
mutation ($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { entry { id } } }"""
LEAVE = """
mutation ($input: LeaveWaitlistInput!) {
  leaveWaitlist(input: $input) { entry { status offerStart } userErrors { field code } }
}"""
CANCEL = """
mutation ($id: ID!) { cancelSession(input: {id: $id, reason: "sorry"}) { userErrors { code } } }
"""


async def test_freed_slot_is_held_for_the_first_in_line(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    ten = at(day, 10)
    booker = await client_token()
    first, second, stranger = await client_token(), await client_token(), await client_token()
    booked = await gql(client, BOOK, booking(studio, ten), token=booker)
    session_id = booked["bookSession"]["session"]["id"]
    for token in (first, second):
        joined = await gql(
            client, JOIN, {"input": {"serviceId": studio.service_id, "date": str(day)}}, token=token
        )
        assert joined["joinWaitlist"]["entry"]["status"] == "WAITING"

    await gql(client, CANCEL, {"id": session_id}, token=booker)
    offered = await WaitlistEntry.filter(status=WaitlistStatus.OFFERED)
    assert len(offered) == 1
    assert offered[0].offer_start == ten
    [told] = await Notification.filter(kind="WAITLIST_OFFER")
    assert told.recipient_id == offered[0].client_id  # type: ignore[attr-defined]
    assert await OutboxMessage.filter(kind="WAITLIST_OFFER").count() == 1

    refused = await gql(client, BOOK, booking(studio, ten), token=stranger)
    assert refused["bookSession"]["userErrors"][0]["code"] == "SLOT_UNAVAILABLE"
    variables = {
        "provider": studio.provider_id,
        "service": studio.service_id,
        "minutes": 60,
        "start": at(day, 0).isoformat(),
        "end": at(day, 23).isoformat(),
    }
    for token, sees_ten in ((stranger, False), (second, False), (first, True)):
        found = (await gql(client, SLOTS, variables, token=token))["availableSlots"]
        starts = [slot["start"] for slot in found]
        assert (ten.isoformat() in starts) is sees_ten

    taken = await gql(client, BOOK, booking(studio, ten), token=first)
    assert taken["bookSession"]["userErrors"] == []
    assert await WaitlistEntry.filter(status=WaitlistStatus.BOOKED).count() == 1
    assert await WaitlistEntry.filter(status=WaitlistStatus.WAITING).count() == 1


async def test_joining_twice_is_a_user_error(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    token = await client_token()
    variables = {"input": {"serviceId": studio.service_id, "date": str(next_weekday(2))}}
    await gql(client, JOIN, variables, token=token)
    again = await gql(client, JOIN, variables, token=token)
    assert again["joinWaitlist"]["userErrors"] == [{"code": "ALREADY_WAITING"}]
    assert await WaitlistEntry.all().count() == 1


async def test_seats_freed_in_a_group_slot_are_held_one_each(client: httpx.AsyncClient) -> None:
    studio = await open_studio(seats=2)
    day = next_weekday(2)
    ten = at(day, 10)
    bookers = [await client_token(), await client_token()]
    sessions = [
        (await gql(client, BOOK, booking(studio, ten), token=t))["bookSession"]["session"]["id"]
        for t in bookers
    ]
    first, second, stranger = await client_token(), await client_token(), await client_token()
    for token in (first, second):
        variables = {"input": {"serviceId": studio.service_id, "date": str(day)}}
        await gql(client, JOIN, variables, token=token)
    for session_id, token in zip(sessions, bookers, strict=True):
        await gql(client, CANCEL, {"id": session_id}, token=token)
    assert await WaitlistEntry.filter(status=WaitlistStatus.OFFERED).count() == 2

    # Each offer holds one seat: both offered clients get theirs, nobody else gets one.
    refused = await gql(client, BOOK, booking(studio, ten), token=stranger)
    assert refused["bookSession"]["userErrors"][0]["code"] == "SLOT_UNAVAILABLE"
    for token in (first, second):
        taken = await gql(client, BOOK, booking(studio, ten), token=token)
        assert taken["bookSession"]["userErrors"] == []
    assert await WaitlistEntry.filter(status=WaitlistStatus.BOOKED).count() == 2


async def test_a_seat_is_not_offered_to_a_client_who_has_one_in_that_slot(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio(seats=2)
    day = next_weekday(2)
    seated, booker = await client_token(), await client_token()
    await gql(client, BOOK, booking(studio, at(day, 10)), token=seated)
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=booker)
    # Waiting for another hour of the day: the freed seat at ten is no use to them.
    variables = {"input": {"serviceId": studio.service_id, "date": str(day)}}
    assert (await gql(client, JOIN, variables, token=seated))["joinWaitlist"]["userErrors"] == []
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)

    assert await WaitlistEntry.filter(status=WaitlistStatus.OFFERED).count() == 0
    taken = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
    assert taken["bookSession"]["userErrors"] == []


async def test_a_freed_slot_nobody_could_book_is_not_offered(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    booker, waiting = await client_token(), await client_token()
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=booker)
    await gql(
        client, JOIN, {"input": {"serviceId": studio.service_id, "date": str(day)}}, token=waiting
    )
    # The studio closes that day after the booking: the freed hour is no longer bookable.
    await AvailabilityOverride.create(provider=studio.profile, day=day, windows=[])
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)
    assert await WaitlistEntry.filter(status=WaitlistStatus.WAITING).count() == 1
    assert await Notification.filter(kind="WAITLIST_OFFER").count() == 0


async def test_a_client_whose_offer_ran_out_may_wait_again(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    booker, token = await client_token(), await client_token()
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=booker)
    join = {"input": {"serviceId": studio.service_id, "date": str(day)}}
    await gql(client, JOIN, join, token=token)
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)
    later = await WaitlistEntry.get(status=WaitlistStatus.OFFERED)
    await expire_offers(later.offer_expires_at + timedelta(seconds=1))  # type: ignore[operator]
    # Someone else waits meanwhile; whoever joins again goes behind them.
    await gql(client, JOIN, join, token=await client_token())

    again = await gql(client, JOIN, join, token=token)
    assert again["joinWaitlist"] == {
        "entry": {"status": "WAITING", "date": str(day)},
        "userErrors": [],
    }
    line = await WaitlistEntry.filter(day=day).order_by("created_at")
    assert [e.client_id for e in line][-1] == later.client_id  # type: ignore[attr-defined]
    twice = await gql(client, JOIN, join, token=token)
    assert twice["joinWaitlist"]["userErrors"] == [{"code": "ALREADY_WAITING"}]


async def test_the_days_one_may_wait_for_are_the_provider_s_local_days(
    client: httpx.AsyncClient,
) -> None:
    # Whatever the hour, one of these zones has a local date other than UTC's.
    now = datetime.now(UTC)
    zone = ZoneInfo("Etc/GMT+12" if now.hour < 12 else "Pacific/Kiritimati")
    studio = await open_studio()
    studio.profile.timezone = zone.key
    await studio.profile.save()
    today = now.astimezone(zone).date()
    token = await client_token()
    for day, ok in ((today - timedelta(days=1), False), (today, True)):
        variables = {"input": {"serviceId": studio.service_id, "date": str(day)}}
        joined = (await gql(client, JOIN, variables, token=token))["joinWaitlist"]
        assert (joined["userErrors"] == []) is ok, (day, joined)


async def test_a_time_freed_by_moving_a_session_is_offered_too(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    booker, waiting = await client_token(), await client_token()
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=booker)
    session_id = booked["bookSession"]["session"]["id"]
    join = {"input": {"serviceId": studio.service_id, "date": str(day)}}
    await gql(client, JOIN, join, token=waiting)

    async def move(start: datetime) -> None:
        moved = await gql(
            client, RESCHEDULE, {"id": session_id, "start": start.isoformat()}, token=booker
        )
        assert moved["rescheduleSession"]["userErrors"] == []

    await move(at(day, 10, 30))  # 10:00-11:00 is not free: the session still holds 10:30-11:00
    assert await WaitlistEntry.filter(status=WaitlistStatus.OFFERED).count() == 0
    await move(at(day + timedelta(days=1), 10))
    [offer] = await WaitlistEntry.filter(status=WaitlistStatus.OFFERED)
    assert offer.offer_start == at(day, 10, 30)
    assert await Notification.filter(kind="WAITLIST_OFFER").count() == 1
    taken = await gql(client, BOOK, booking(studio, at(day, 10, 30)), token=waiting)
    assert taken["bookSession"]["userErrors"] == []


async def test_an_offer_keeps_its_place_under_the_daily_limit(client: httpx.AsyncClient) -> None:
    studio = await open_studio(daily_limit=2)
    day = next_weekday(2)
    booker, waiting, stranger = await client_token(), await client_token(), await client_token()
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=booker)
    await gql(client, BOOK, booking(studio, at(day, 12)), token=await client_token())
    join = {"input": {"serviceId": studio.service_id, "date": str(day)}}
    await gql(client, JOIN, join, token=waiting)
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)

    # The day's second place is held for the waiting client, at 10:00 only.
    elsewhere = await gql(client, BOOK, booking(studio, at(day, 14)), token=stranger)
    assert elsewhere["bookSession"]["userErrors"][0]["code"] == "SLOT_UNAVAILABLE"
    taken = await gql(client, BOOK, booking(studio, at(day, 10)), token=waiting)
    assert taken["bookSession"]["userErrors"] == []


async def test_an_offer_runs_out_when_the_minimum_notice_would_refuse_it(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    booker, waiting = await client_token(), await client_token()
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=booker)
    await gql(
        client, JOIN, {"input": {"serviceId": studio.service_id, "date": str(day)}}, token=waiting
    )
    # Bookings close an hour from now: the offer cannot be booked for the usual two hours.
    closes = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=1)
    studio.service.min_notice_minutes = int((at(day, 10) - closes).total_seconds() // 60)
    await studio.service.save()
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)
    offer = await WaitlistEntry.get(status=WaitlistStatus.OFFERED)
    assert offer.offer_expires_at == closes


async def join(client: httpx.AsyncClient, studio: Studio, day: date, token: str) -> str:
    variables = {"input": {"serviceId": studio.service_id, "date": str(day)}}
    return (await gql(client, JOINED, variables, token=token))["joinWaitlist"]["entry"]["id"]


async def test_a_client_leaves_the_line_once(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    token, stranger = await client_token(), await client_token()
    entry_id = await join(client, studio, day, token)
    leave = {"input": {"entryId": entry_id}}

    await assert_denied(client, LEAVE, leave, token=stranger)
    left = await gql(client, LEAVE, leave, token=token)
    assert left["leaveWaitlist"] == {
        "entry": {"status": "LEFT", "offerStart": None},
        "userErrors": [],
    }
    again = await gql(client, LEAVE, leave, token=token)
    assert again["leaveWaitlist"] == {
        "entry": None,
        "userErrors": [{"field": "entryId", "code": "NOT_WAITING"}],
    }
    admin = await token_for(await make_user(Role.ADMIN))
    other = await join(client, studio, day, await client_token())
    by_admin = await gql(client, LEAVE, {"input": {"entryId": other}}, token=admin)
    assert by_admin["leaveWaitlist"]["entry"]["status"] == "LEFT"
    assert await WaitlistEntry.filter(status=WaitlistStatus.LEFT).count() == 2


async def test_leaving_an_offer_hands_the_slot_to_the_next_in_line(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    ten = at(day, 10)
    booker, first, second = await client_token(), await client_token(), await client_token()
    booked = await gql(client, BOOK, booking(studio, ten), token=booker)
    entry_id = await join(client, studio, day, first)
    await join(client, studio, day, second)
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)

    left = await gql(client, LEAVE, {"input": {"entryId": entry_id}}, token=first)
    assert left["leaveWaitlist"]["entry"]["status"] == "LEFT"
    [offer] = await WaitlistEntry.filter(status=WaitlistStatus.OFFERED)
    assert offer.offer_start == ten
    assert await Notification.filter(kind="WAITLIST_OFFER").count() == 2
    # The first client gave the hour up: it is the second's now, not theirs.
    refused = await gql(client, BOOK, booking(studio, ten), token=first)
    assert refused["bookSession"]["userErrors"][0]["code"] == "SLOT_UNAVAILABLE"
    taken = await gql(client, BOOK, booking(studio, ten), token=second)
    assert taken["bookSession"]["userErrors"] == []


async def test_an_offer_booked_or_run_out_cannot_be_left(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    booker, token = await client_token(), await client_token()
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=booker)
    entry_id = await join(client, studio, day, token)
    await gql(client, CANCEL, {"id": booked["bookSession"]["session"]["id"]}, token=booker)
    offer = await WaitlistEntry.get(status=WaitlistStatus.OFFERED)
    # Run out, though the job has not yet settled it: the slot is no longer the client's.
    offer.offer_expires_at = datetime.now(UTC) - timedelta(seconds=1)
    await offer.save()
    leave = {"input": {"entryId": entry_id}}
    lapsed = await gql(client, LEAVE, leave, token=token)
    assert lapsed["leaveWaitlist"]["userErrors"] == [{"field": "entryId", "code": "NOT_WAITING"}]
    assert (await WaitlistEntry.get(id=offer.id)).status == WaitlistStatus.OFFERED

    offer.status = WaitlistStatus.BOOKED
    await offer.save()
    done = await gql(client, LEAVE, leave, token=token)
    assert done["leaveWaitlist"]["userErrors"] == [{"field": "entryId", "code": "NOT_WAITING"}]
