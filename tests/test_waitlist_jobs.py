"""An expired waitlist offer passes its slot to the next client in line, if it is still free."""

from __future__ import annotations

import asyncio
from contextlib import suppress
from datetime import UTC, date, datetime, timedelta
from uuid import uuid4

from procrastinate.exceptions import AlreadyEnqueued

from app.main import background_worker
from app.settings import Settings
from domain.session import SessionStatus
from jobs import ensure_queue_schema, queue_app
from jobs.waitlist import expire_offers
from models.account import User
from models.booking import Session
from models.notification import Notification
from models.outbox import OutboxMessage
from models.waitlist import WaitlistEntry, WaitlistStatus
from resolvers.waitlist_line import OFFER_HOLD
from tests.factories import make_user
from tests.scheduling import Studio, at, next_weekday, open_studio

SECOND = timedelta(seconds=1)


async def waiting(studio: Studio, day: date, client: User | None = None) -> WaitlistEntry:
    return await WaitlistEntry.create(
        service=studio.service, client=client or await make_user(), day=day
    )


async def offered(studio: Studio, start: datetime, expires: datetime) -> WaitlistEntry:
    """The first in line, holding the slot at `start` until `expires`."""
    return await WaitlistEntry.create(
        service=studio.service,
        client=await make_user(),
        day=next_weekday(2),
        status=WaitlistStatus.OFFERED,
        offer_start=start,
        offer_end=start + timedelta(hours=1),
        offer_expires_at=expires,
    )


async def status_of(entry: WaitlistEntry) -> WaitlistStatus:
    await entry.refresh_from_db()
    return entry.status


async def test_an_expired_offer_goes_to_the_next_in_line() -> None:
    now = datetime.now(UTC)
    studio = await open_studio()
    ten = at(next_weekday(2), 10)
    first = await offered(studio, ten, now)
    second = await waiting(studio, next_weekday(2))
    third = await waiting(studio, next_weekday(2))
    other_day = await waiting(studio, next_weekday(3))

    assert await expire_offers(now) == (1, 1)
    assert await status_of(first) == WaitlistStatus.EXPIRED
    assert await status_of(second) == WaitlistStatus.OFFERED
    assert (second.offer_start, second.offer_end) == (ten, ten + timedelta(hours=1))
    assert second.offer_expires_at == now + OFFER_HOLD
    assert await status_of(third) == WaitlistStatus.WAITING
    assert await status_of(other_day) == WaitlistStatus.WAITING

    [notification] = await Notification.all()
    assert (notification.kind, notification.recipient_id) == ("WAITLIST_OFFER", second.client_id)  # type: ignore[attr-defined]
    assert "is held for you until" in notification.body
    [mail] = await OutboxMessage.all()
    assert (mail.kind, mail.recipient) == ("WAITLIST_OFFER", (await second.client).email)
    assert await expire_offers(now) == (0, 0)  # the new offer has not expired


async def test_an_offer_is_settled_only_once_it_has_expired() -> None:
    now = datetime.now(UTC)
    studio = await open_studio()
    live = await offered(studio, at(next_weekday(2), 10), now + SECOND)
    next_one = await waiting(studio, next_weekday(2))
    assert await expire_offers(now) == (0, 0)
    assert await status_of(live) == WaitlistStatus.OFFERED
    assert await expire_offers(now + SECOND) == (1, 1)
    assert await status_of(next_one) == WaitlistStatus.OFFERED


async def test_with_nobody_waiting_the_offer_just_expires() -> None:
    now = datetime.now(UTC)
    studio = await open_studio()
    first = await offered(studio, at(next_weekday(2), 10), now - SECOND)
    assert await expire_offers(now) == (1, 0)
    assert await status_of(first) == WaitlistStatus.EXPIRED
    assert await Notification.all().count() == 0
    assert await OutboxMessage.all().count() == 0


async def test_a_slot_booked_meanwhile_is_not_offered() -> None:
    now = datetime.now(UTC)
    studio = await open_studio()
    ten = at(next_weekday(2), 10)
    first = await offered(studio, ten, now - SECOND)
    second = await waiting(studio, next_weekday(2))
    # After the hold ran out, someone else booked the time.
    await Session.create(
        provider=studio.profile,
        service=studio.service,
        client=await make_user(),
        start_at=ten,
        end_at=ten + timedelta(hours=1),
        blocked_start=ten,
        blocked_end=ten + timedelta(hours=1),
        slot_key=str(uuid4()),
        status=SessionStatus.CONFIRMED,
        price_amount=10000,
        currency="EUR",
    )
    assert await expire_offers(now) == (1, 0)
    assert await status_of(first) == WaitlistStatus.EXPIRED
    assert await status_of(second) == WaitlistStatus.WAITING
    assert await Notification.all().count() == 0


async def test_a_slot_already_past_is_not_offered() -> None:
    now = datetime.now(UTC)
    studio = await open_studio()
    first = await offered(studio, now - SECOND, now - SECOND)
    second = await waiting(studio, next_weekday(2))
    assert await expire_offers(now) == (1, 0)
    assert await status_of(first) == WaitlistStatus.EXPIRED
    assert await status_of(second) == WaitlistStatus.WAITING


async def test_workers_settling_together_hand_each_slot_on_once() -> None:
    now = datetime.now(UTC)
    studios = [await open_studio() for _ in range(3)]
    nexts = []
    for studio in studios:
        for hour in (10, 12):
            await offered(studio, at(next_weekday(2), hour), now - SECOND)
        nexts += [await waiting(studio, next_weekday(2)) for _ in range(2)]
    runs = await asyncio.gather(*(expire_offers(now) for _ in range(3)))
    assert sum(expired for expired, _ in runs) == 6
    assert sum(handed_on for _, handed_on in runs) == 6
    assert [await status_of(entry) for entry in nexts] == [WaitlistStatus.OFFERED] * 6
    assert await Notification.filter(kind="WAITLIST_OFFER").count() == 6
    assert await WaitlistEntry.filter(status=WaitlistStatus.EXPIRED).count() == 6


async def test_the_worker_runs_the_scheduled_jobs(settings: Settings) -> None:
    now = datetime.now(UTC)
    studio = await open_studio()
    await offered(studio, at(next_weekday(2), 10), now - SECOND)
    next_one = await waiting(studio, next_weekday(2))
    soon = await Session.create(
        provider=studio.profile,
        service=studio.service,
        client=await make_user(),
        start_at=now + timedelta(minutes=2),
        end_at=now + timedelta(minutes=62),
        blocked_start=now + timedelta(minutes=2),
        blocked_end=now + timedelta(minutes=62),
        slot_key=str(uuid4()),
        status=SessionStatus.CONFIRMED,
        price_amount=10000,
        currency="EUR",
    )
    # Their periodic ticks come once a minute: defer one run of each now, as a tick would.
    app = queue_app(settings.database_url)
    async with app.open_async():
        await ensure_queue_schema(settings.database_url)
        for task in ("reminders:remind_starting_soon", "waitlist:expire_waitlist_offers"):
            with suppress(AlreadyEnqueued):  # a tick of an earlier worker is waiting already
                await app.configure_task(task).defer_async(timestamp=int(now.timestamp()))
    async with background_worker(settings.model_copy(update={"run_worker": True})):
        for _ in range(150):
            if await Notification.all().count() == 3:
                break
            await asyncio.sleep(0.2)
    assert await Notification.filter(kind="SESSION_STARTING_SOON", session_id=soon.id).count() == 2
    assert await status_of(next_one) == WaitlistStatus.OFFERED
