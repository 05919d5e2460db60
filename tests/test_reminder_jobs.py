"""Session reminders: who is told what and when, once however many workers run."""

from __future__ import annotations

import asyncio
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import httpx
import pytest
from tortoise.transactions import in_transaction

from domain.reminder import FOLLOW_UPS, PROVIDER_NOT_STARTED, REQUEST_NUDGES, STARTING_SOON, STUCK
from domain.session import SessionStatus
from jobs.reminders import _claim, remind
from models.account import Role, User
from models.booking import Session
from models.notification import Notification
from models.outbox import OutboxMessage
from models.reminder import SentReminder
from models.review import Review
from subscriptions.broker import PostgresBroker
from subscriptions.channels import user_channel
from tests.api import gql
from tests.factories import make_provider, make_service, make_user
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, MOVE, booking

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)


async def session_at(
    start: datetime, status: SessionStatus = SessionStatus.CONFIRMED, minutes: int = 60
) -> Session:
    """A session of its own provider, so any number may share a time."""
    provider = await make_provider(display_name=f"Studio {uuid4().hex[:6]}")
    service = await make_service(provider)
    end = start + timedelta(minutes=minutes)
    return await Session.create(
        provider=provider,
        service=service,
        client=await make_user(),
        start_at=start,
        end_at=end,
        blocked_start=start,
        blocked_end=end,
        slot_key=str(uuid4()),
        status=status,
        price_amount=10000,
        currency="EUR",
    )


async def told(kind: str) -> dict[object, set[object]]:
    """Recipients of each session's notifications of `kind`."""
    rows = await Notification.filter(kind=kind).values_list("session_id", "recipient_id")
    found: dict[object, set[object]] = {}
    for session_id, recipient_id in rows:
        found.setdefault(session_id, set()).add(recipient_id)
    return found


async def provider_user(session: Session) -> object:
    return (await session.provider).user_id  # type: ignore[attr-defined]


async def test_starting_soon_tells_both_sides_of_sessions_starting_within_five_minutes() -> None:
    due = [await session_at(NOW + 5 * MINUTE), await session_at(NOW + SECOND)]
    for start in (NOW + 5 * MINUTE + SECOND, NOW, NOW - MINUTE):
        await session_at(start)
    await session_at(NOW + 2 * MINUTE, SessionStatus.REQUESTED)
    await session_at(NOW + 2 * MINUTE, SessionStatus.CANCELLED)

    assert await remind([STARTING_SOON], NOW) == 2
    assert await told("SESSION_STARTING_SOON") == {
        s.id: {s.client_id, await provider_user(s)}  # type: ignore[attr-defined]
        for s in due
    }
    mails = await OutboxMessage.filter(kind="SESSION_STARTING_SOON").values_list(
        "subject", flat=True
    )
    assert len(mails) == 4
    assert all("starts soon" in subject for subject in mails)
    assert await remind([STARTING_SOON], NOW) == 0  # told once
    assert await Notification.all().count() == 4
    assert await remind([STARTING_SOON], NOW + MINUTE) == 1  # the one 5 min 1 s away, now due


async def test_only_the_provider_is_nudged_three_minutes_after_a_confirmed_start() -> None:
    late = await session_at(NOW - 3 * MINUTE)
    await session_at(NOW - 3 * MINUTE + SECOND)
    for status in (
        SessionStatus.IN_PROGRESS,
        SessionStatus.CANCELLED,
        SessionStatus.COMPLETED,
        SessionStatus.NO_SHOW,
    ):
        await session_at(NOW - 10 * MINUTE, status)

    assert await remind([PROVIDER_NOT_STARTED], NOW) == 1
    assert await told("PROVIDER_NOT_STARTED") == {late.id: {await provider_user(late)}}
    [mail] = await OutboxMessage.all()
    assert mail.kind == "PROVIDER_NOT_STARTED"
    assert await remind([PROVIDER_NOT_STARTED], NOW) == 0
    assert await remind([PROVIDER_NOT_STARTED], NOW + SECOND) == 1


async def test_every_admin_hears_once_of_a_stuck_session() -> None:
    admins = {(await make_user(Role.ADMIN)).id, (await make_user(Role.ADMIN)).id}
    await make_user(Role.ADMIN, deleted_at=NOW)
    never_started = await session_at(NOW - 30 * MINUTE)
    await session_at(NOW - 30 * MINUTE + SECOND)
    running_over = await session_at(NOW - 90 * MINUTE, SessionStatus.IN_PROGRESS)  # ended -30 min
    await session_at(NOW - 89 * MINUTE, SessionStatus.IN_PROGRESS)
    await session_at(NOW - 3 * 60 * MINUTE, SessionStatus.COMPLETED)

    assert await remind(STUCK, NOW) == 2
    assert await told("SESSION_STUCK") == {never_started.id: admins, running_over.id: admins}
    studio = (await never_started.provider).display_name  # type: ignore[attr-defined]
    body = await Notification.get(
        session_id=never_started.id, recipient_id=next(iter(admins))
    ).values_list("body", flat=True)
    assert f"at {studio} was not started 30 minutes after its start" in body
    assert await OutboxMessage.filter(kind="SESSION_STUCK").count() == 4
    assert await remind(STUCK, NOW) == 0
    assert await remind(STUCK, NOW + MINUTE) == 2  # the two that were a second or a minute short


async def test_the_client_gets_one_follow_up_a_day_after_a_completed_session() -> None:
    done = await session_at(NOW - timedelta(days=1, hours=1), SessionStatus.COMPLETED)
    await session_at(NOW - timedelta(days=1, hours=1) + SECOND, SessionStatus.COMPLETED)
    await session_at(NOW - timedelta(days=8, hours=1), SessionStatus.COMPLETED)  # too old
    await session_at(NOW - timedelta(days=2), SessionStatus.CANCELLED)
    await session_at(NOW - timedelta(days=2), SessionStatus.NO_SHOW)

    assert await remind(FOLLOW_UPS, NOW) == 1
    assert await told("SESSION_FOLLOW_UP") == {done.id: {done.client_id}}  # type: ignore[attr-defined]
    [mail] = await OutboxMessage.all()
    assert mail.recipient == (await done.client).email
    assert "How did your session" in mail.subject
    assert await remind(FOLLOW_UPS, NOW) == 0
    assert await remind(FOLLOW_UPS, NOW + SECOND) == 1


async def test_two_workers_running_together_tell_each_session_once() -> None:
    sessions = [await session_at(NOW + 2 * MINUTE) for _ in range(24)]
    runs = await asyncio.gather(*(remind([STARTING_SOON], NOW, batch_size=4) for _ in range(2)))
    assert sum(runs) == 24
    assert await SentReminder.all().count() == 24
    assert await Notification.all().count() == 48
    assert await OutboxMessage.all().count() == 48
    assert set(await told("SESSION_STARTING_SOON")) == {s.id for s in sessions}


async def test_a_worker_waits_for_a_claim_in_flight_and_leaves_the_session_to_it() -> None:
    await session_at(NOW + 2 * MINUTE)
    claimed, release = asyncio.Event(), asyncio.Event()

    async def first_worker(commit: bool) -> None:
        with nullcontext() if commit else pytest.raises(RuntimeError):
            async with in_transaction():
                assert len(await _claim(STARTING_SOON, NOW, 10)) == 1
                claimed.set()
                await release.wait()
                if not commit:
                    raise RuntimeError("the first worker died")

    for commit, second_reminds in ((False, 1), (True, 0)):
        await SentReminder.all().delete()
        claimed.clear()
        release.clear()
        first = asyncio.create_task(first_worker(commit))
        await claimed.wait()
        second = asyncio.create_task(remind([STARTING_SOON], NOW))
        await asyncio.sleep(0.3)
        assert not second.done()  # blocked on the unique index, not skipping past it
        release.set()
        await first
        assert await second == second_reminds
    assert await Notification.all().count() == 2  # only the run after the rollback told


async def test_deleted_accounts_are_not_told() -> None:
    session = await session_at(NOW + MINUTE)
    await User.filter(id=session.client_id).update(deleted_at=NOW)  # type: ignore[attr-defined]
    assert await remind([STARTING_SOON], NOW) == 1
    assert await told("SESSION_STARTING_SOON") == {session.id: {await provider_user(session)}}


async def test_subscribers_hear_of_a_reminder_when_it_commits(database_url: str) -> None:
    session = await session_at(NOW + MINUTE)
    broker = PostgresBroker(database_url)  # a server process's, LISTENing
    await broker.start()
    received = broker.subscribe(user_channel(session.client_id))  # type: ignore[attr-defined]
    first = asyncio.ensure_future(anext(received))
    await asyncio.sleep(0)  # let the subscription register its queue
    try:
        await remind([STARTING_SOON], NOW)
        notification = await Notification.get(recipient_id=session.client_id)  # type: ignore[attr-defined]
        assert await asyncio.wait_for(first, 5) == str(notification.id)
    finally:
        await received.aclose()
        await broker.close()


async def seats_at(
    start: datetime, seats: int, status: SessionStatus = SessionStatus.CONFIRMED
) -> list[Session]:
    """The seats of one group slot: one provider, one service, one slot key, a client each."""
    provider = await make_provider(display_name=f"Studio {uuid4().hex[:6]}")
    service = await make_service(provider)
    end = start + timedelta(minutes=60)
    return [
        await Session.create(
            provider=provider,
            service=service,
            client=await make_user(),
            start_at=start,
            end_at=end,
            blocked_start=start,
            blocked_end=end,
            slot_key=f"{service.id}@{start.isoformat()}/{end.isoformat()}",
            status=status,
            price_amount=10000,
            currency="EUR",
        )
        for _ in range(seats)
    ]


async def test_a_group_slot_reminds_its_provider_and_admins_once() -> None:
    # Each seat of a group class is a session of its own: the provider of a 5-seat class got
    # five "starting soon" e-mails at once, five nudges, and every admin five stuck alerts.
    admin = await make_user(Role.ADMIN)
    seats = await seats_at(NOW + 2 * MINUTE, 5)
    provider = await provider_user(seats[0])
    clients = {seat.client_id for seat in seats}  # type: ignore[attr-defined]

    # Small batches, so the slot's seats are claimed over several transactions.
    assert await remind([STARTING_SOON], NOW, batch_size=2) == 5
    rows = await Notification.filter(kind="SESSION_STARTING_SOON").values_list(
        "recipient_id", flat=True
    )
    assert sorted(map(str, rows)) == sorted(map(str, [*clients, provider]))
    mails = await OutboxMessage.filter(kind="SESSION_STARTING_SOON").count()
    assert mails == 6

    later = NOW + 2 * MINUTE + 30 * MINUTE
    assert await remind([PROVIDER_NOT_STARTED], later, batch_size=2) == 5
    assert await Notification.filter(kind="PROVIDER_NOT_STARTED").count() == 1
    assert await remind(STUCK, later, batch_size=2) == 5
    assert await Notification.filter(kind="SESSION_STUCK", recipient_id=admin.id).count() == 1
    assert await OutboxMessage.filter(kind="SESSION_STUCK").count() == 1


CONFIRM = "mutation ($id: ID!) { confirmSession(input: {id: $id}) { userErrors { code } } }"


async def test_a_moved_session_is_reminded_again_before_its_new_start(
    client: httpx.AsyncClient,
) -> None:
    # Reminders were recorded once per session whatever its time: a session the studio moved
    # after its "starting soon" (a client running late) got none before its new start, nor a
    # nudge or a stuck alert there.
    studio = await open_studio()
    day = next_weekday(2)
    booked = await gql(client, BOOK, booking(studio, at(day, 10)), token=await client_token())
    session_id = booked["bookSession"]["session"]["id"]
    await gql(client, CONFIRM, {"id": session_id}, token=studio.provider_token)
    assert await remind([STARTING_SOON], at(day, 10) - 2 * MINUTE) == 1
    assert await remind([PROVIDER_NOT_STARTED], at(day, 10) + 4 * MINUTE) == 1

    moved = await gql(
        client,
        MOVE,
        {"id": session_id, "start": at(day, 14).isoformat()},
        token=studio.provider_token,
    )
    assert moved["rescheduleSession"]["userErrors"] == []
    assert await remind([STARTING_SOON], at(day, 14) - 2 * MINUTE) == 1
    assert await remind([PROVIDER_NOT_STARTED], at(day, 14) + 4 * MINUTE) == 1
    assert await Notification.filter(kind="SESSION_STARTING_SOON").count() == 4
    assert await Notification.filter(kind="PROVIDER_NOT_STARTED").count() == 2


async def test_a_reviewed_session_s_follow_up_asks_for_no_review() -> None:
    # The follow-up asked every client to leave a review, those who had already written one
    # the evening before included.
    reviewed = await session_at(NOW - timedelta(days=1, hours=1), SessionStatus.COMPLETED)
    other = await session_at(NOW - timedelta(days=1, hours=1), SessionStatus.COMPLETED)
    await Review.create(
        session=reviewed,
        provider_id=reviewed.provider_id,  # type: ignore[attr-defined]
        client_id=reviewed.client_id,  # type: ignore[attr-defined]
        rating=5,
    )
    assert await remind(FOLLOW_UPS, NOW) == 2
    told_reviewed = await Notification.get(session_id=reviewed.id)
    told_other = await Notification.get(session_id=other.id)
    assert "review" not in told_reviewed.body.lower()
    assert "follow-up question" in told_reviewed.body
    assert "Leave a review" in told_other.body
    mail = await OutboxMessage.get(recipient=(await reviewed.client).email)
    assert "review" not in mail.text_body.lower()
    assert "review" not in mail.html_body.lower()
    other_mail = await OutboxMessage.get(recipient=(await other.client).email)
    assert "leave a review" in other_mail.text_body


async def booked_at(session: Session, created: datetime) -> Session:
    """`session` as if it had been booked at `created`."""
    await Session.filter(id=session.id).update(created_at=created)
    return session


async def test_a_waiting_request_s_provider_is_nudged_hours_after_it_came() -> None:
    due = await booked_at(
        await session_at(NOW + 48 * HOUR, SessionStatus.REQUESTED), NOW - 4 * HOUR
    )
    await booked_at(await session_at(NOW + 48 * HOUR, SessionStatus.REQUESTED), NOW - 3 * HOUR)
    await booked_at(await session_at(NOW + 48 * HOUR), NOW - 5 * HOUR)  # confirmed

    assert await remind(REQUEST_NUDGES, NOW) == 1
    assert await told("SESSION_AWAITING_CONFIRMATION") == {due.id: {await provider_user(due)}}
    [mail] = await OutboxMessage.filter(kind="SESSION_AWAITING_CONFIRMATION")
    assert "waits for your confirmation" in mail.subject
    assert await remind(REQUEST_NUDGES, NOW) == 0  # once


async def test_a_request_made_long_ahead_is_nudged_again_the_day_before() -> None:
    early = await booked_at(
        await session_at(NOW + 23 * HOUR, SessionStatus.REQUESTED), NOW - 9 * 24 * HOUR
    )
    # Made a day ahead: its one nudge comes four hours after it, not now as well.
    await booked_at(await session_at(NOW + 23 * HOUR, SessionStatus.REQUESTED), NOW - 2 * HOUR)
    # Its start is more than a day away still.
    await booked_at(await session_at(NOW + 25 * HOUR, SessionStatus.REQUESTED), NOW - 9 * 24 * HOUR)

    # The first nudge of the early one fell due over a week ago: dropped, not sent late.
    assert await remind(REQUEST_NUDGES, NOW) == 1
    assert await told("SESSION_AWAITING_CONFIRMATION") == {early.id: {await provider_user(early)}}
    assert "still unconfirmed at its start, it is cancelled" in (await Notification.get()).body
