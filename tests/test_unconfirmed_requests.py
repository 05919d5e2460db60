"""A request still unconfirmed at its start expires: cancelled as not confirmed, all paid
refunded, both sides told, once however many workers run. Its provider's nudges while it
waits are reminders (tests/test_reminder_jobs.py)."""

from __future__ import annotations

import asyncio
from contextlib import suppress
from datetime import UTC, datetime, timedelta

from procrastinate.exceptions import AlreadyEnqueued
from strawberry.relay import to_base64
from tortoise.transactions import in_transaction

from app.main import background_worker
from app.settings import Settings
from domain.session import NOT_CONFIRMED, SessionStatus
from integrations.payments import OfflineProvider
from integrations.payments.stripe import StripeProvider
from jobs import ensure_queue_schema, queue_app
from jobs.unconfirmed import expire_requests
from models.booking import Session
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment, Refund
from models.webhook import WebhookDelivery
from tests.api import StatementCounter, gql
from tests.payments import PAY, Booked, booked_session, deliver, intent_succeeded
from tests.payments import stripe_client as stripe_app
from tests.test_reminder_jobs import provider_user, seats_at, session_at, told
from tests.webhooks import make_endpoint

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
HOUR = timedelta(hours=1)
OFFLINE = OfflineProvider()
# The due requests, their clients, providers, providers' users and services.
READS = 5
# Its lock, its update, telling both sides, announcing it; then settling its payments as every
# cancellation does (none to cancel or refund here: the reads that find so).
PER_REQUEST = 4 + 6
# A group slot's seats: one lock for all, each seat as above but for telling its client alone,
# and one notice for the provider.
PER_SLOT = 1 + 1
PER_SEAT = PER_REQUEST - 1


async def test_a_request_unconfirmed_at_its_start_is_cancelled_and_both_sides_told() -> None:
    due = await session_at(NOW - SECOND, SessionStatus.REQUESTED)
    just_due = await session_at(NOW, SessionStatus.REQUESTED)
    ahead = await session_at(NOW + SECOND, SessionStatus.REQUESTED)
    confirmed = await session_at(NOW - HOUR, SessionStatus.CONFIRMED)

    assert await expire_requests(OFFLINE, NOW) == 2
    for session in (due, just_due):
        await session.refresh_from_db()
        assert session.status == SessionStatus.CANCELLED
        assert (session.cancelled_at, session.refund_percent) == (NOW, 100)
        assert session.cancellation_reason == NOT_CONFIRMED
    assert (await Session.get(id=ahead.id)).status == SessionStatus.REQUESTED
    assert (await Session.get(id=confirmed.id)).status == SessionStatus.CONFIRMED

    assert await told("SESSION_CANCELLED") == {
        s.id: {s.client_id, await provider_user(s)}  # type: ignore[attr-defined]
        for s in (due, just_due)
    }
    bodies = await Notification.all().values_list("body", flat=True)
    assert all("did not confirm the request before its start" in body for body in bodies)
    mails = await OutboxMessage.filter(kind="SESSION_CANCELLED").values_list("text_body", flat=True)
    assert len(mails) == 4
    assert all("refunded in full" in text for text in mails)

    # Expired once: a later run finds nothing, and the one ahead expires at its own start.
    assert await expire_requests(OFFLINE, NOW) == 0
    assert await Notification.all().count() == 4
    assert await expire_requests(OFFLINE, NOW + SECOND) == 1


async def test_what_the_client_paid_comes_back_in_full(settings: Settings) -> None:
    booked: Booked = await booked_session(price=20_000)
    async with stripe_app(settings) as (http, stand_in):

        async def pay(kind: str) -> dict:
            variables = {"input": {"sessionId": booked.session_id, "kind": kind}}
            paid = await gql(http, PAY, variables, token=booked.client_token)
            return paid["payForSession"]["payment"]

        deposit = await pay("DEPOSIT")
        assert await deliver(http, intent_succeeded("evt_d", deposit["reference"], 6_000)) == 200
        balance = await pay("BALANCE")
        # Nobody confirmed it, and its start came.
        now = datetime.now(UTC)
        start = now - timedelta(minutes=1)
        await Session.filter(id=booked.session.id).update(
            start_at=start, end_at=start + HOUR, blocked_start=start, blocked_end=start + HOUR
        )

        assert await expire_requests(StripeProvider("sk_test_standin", stand_in.url), now) == 1
        assert stand_in.intents[balance["reference"]]["status"] == "canceled"
        assert (await Payment.get(reference=balance["reference"])).status == "CANCELLED"
        refund = await Refund.get()
        # The policy would keep part of a client's late cancellation; this one is the studio's.
        assert (refund.amount, refund.status) == (deposit["amount"]["amount"], "SUCCEEDED")
        assert stand_in.keys("/v1/refunds") == [f"studiograph-refund-{refund.id}"]


async def test_a_confirmation_in_flight_wins_and_the_request_is_left_be() -> None:
    session = await session_at(NOW - SECOND, SessionStatus.REQUESTED)
    locked, release = asyncio.Event(), asyncio.Event()

    async def confirm() -> None:
        # What confirmSession does: the row locked, then the move.
        async with in_transaction():
            row = await Session.select_for_update().get(id=session.id)
            locked.set()
            await release.wait()
            row.status = SessionStatus.CONFIRMED
            await row.save(update_fields=["status", "updated_at"])

    confirming = asyncio.create_task(confirm())
    await locked.wait()
    expiring = asyncio.create_task(expire_requests(OFFLINE, NOW))
    await asyncio.sleep(0.3)
    assert not expiring.done()  # waits on the row lock, as a second cancellation would
    release.set()
    await confirming
    assert await expiring == 0
    assert (await Session.get(id=session.id)).status == SessionStatus.CONFIRMED
    assert await Notification.all().count() == 0


async def test_workers_expiring_together_cancel_each_request_once() -> None:
    sessions = [await session_at(NOW - SECOND, SessionStatus.REQUESTED) for _ in range(9)]
    runs = await asyncio.gather(*(expire_requests(OFFLINE, NOW, batch_size=2) for _ in range(3)))
    assert sum(runs) == 9
    assert await Session.filter(status=SessionStatus.CANCELLED).count() == 9
    assert await Notification.filter(kind="SESSION_CANCELLED").count() == 18
    assert set(await told("SESSION_CANCELLED")) == {s.id for s in sessions}


async def test_the_worker_expires_requests(settings: Settings) -> None:
    now = datetime.now(UTC)
    session = await session_at(now - SECOND, SessionStatus.REQUESTED)
    app = queue_app(settings.database_url)
    async with app.open_async():
        await ensure_queue_schema(settings.database_url)
        with suppress(AlreadyEnqueued):  # a tick of an earlier worker is waiting already
            await app.configure_task("unconfirmed:expire_requests").defer_async(
                timestamp=int(now.timestamp())
            )
    async with background_worker(settings.model_copy(update={"run_worker": True})):
        for _ in range(150):
            if (await Session.get(id=session.id)).status == SessionStatus.CANCELLED:
                break
            await asyncio.sleep(0.2)
    assert (await Session.get(id=session.id)).status == SessionStatus.CANCELLED


async def test_a_batch_reads_its_requests_at_once(statements: StatementCounter) -> None:
    """Each request costs what cancelling it needs, however many come due together."""
    costs = []
    for count in (2, 6):
        for _ in range(count):
            await session_at(NOW - SECOND, SessionStatus.REQUESTED)
        statements.reset()
        assert await expire_requests(OFFLINE, NOW) == count
        costs.append(statements.count)
    assert costs == [READS + 2 * PER_REQUEST, READS + 6 * PER_REQUEST]


async def test_a_group_slot_s_provider_hears_once_of_its_expired_seats() -> None:
    # Each seat of a group slot is a request of its own: its provider got one "cancelled"
    # notice and e-mail per seat that nobody confirmed.
    await make_endpoint("https://hooks.example.com/a", "SESSION_CANCELLED")
    private = await session_at(NOW - HOUR, SessionStatus.REQUESTED)
    *requested, confirmed = await seats_at(NOW - SECOND, 4, SessionStatus.REQUESTED)
    await Session.filter(id=confirmed.id).update(status=SessionStatus.CONFIRMED)
    provider = await provider_user(confirmed)

    # Batches of two: the first ends within the slot, whose other seats expire with its own.
    assert await expire_requests(OFFLINE, NOW, batch_size=2) == 4
    assert (await Session.get(id=confirmed.id)).status == SessionStatus.CONFIRMED
    assert await Session.filter(status=SessionStatus.CANCELLED).count() == 4
    notices = await Notification.filter(session__slot_key=confirmed.slot_key).values_list(
        "recipient_id", "body"
    )
    clients = {seat.client_id for seat in requested}  # type: ignore[attr-defined]
    assert sorted(str(recipient) for recipient, _ in notices) == sorted(
        map(str, [*clients, provider])
    )
    [to_provider] = [body for recipient, body in notices if recipient == provider]
    assert "did not confirm 3 requests for it before its start" in to_provider
    assert all(NOT_CONFIRMED in body for recipient, body in notices if recipient != provider)
    # The private request still tells both its sides in one notice; the provider's notice of
    # the slot names its first seat.
    expected = {seat.id: {seat.client_id} for seat in requested}  # type: ignore[attr-defined]
    expected[min(seat.id for seat in requested)].add(provider)
    expected[private.id] = {private.client_id, await provider_user(private)}  # type: ignore[attr-defined]
    assert await told("SESSION_CANCELLED") == expected
    assert await OutboxMessage.filter(kind="SESSION_CANCELLED").count() == 2 + 3 + 1
    # One event per cancelled session, the provider's summary none of its own.
    events = await WebhookDelivery.all().values_list("payload", flat=True)
    cancelled = [private, *requested]
    assert sorted(event["data"]["sessionId"] for event in events) == sorted(  # type: ignore[index, call-overload]
        to_base64("Session", str(session.id)) for session in cancelled
    )


async def test_a_group_slot_costs_its_lock_its_seats_and_one_notice(
    statements: StatementCounter,
) -> None:
    costs = []
    for seats in (2, 5):
        await seats_at(NOW - SECOND, seats, SessionStatus.REQUESTED)
        statements.reset()
        assert await expire_requests(OFFLINE, NOW) == seats
        costs.append(statements.count)
    assert costs == [READS + PER_SLOT + 2 * PER_SEAT, READS + PER_SLOT + 5 * PER_SEAT]
