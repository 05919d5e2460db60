"""Delivering webhooks to a real HTTP receiver: signed, in order per endpoint, retried with
backoff, paused after a day of failures with the owner told once, and never dropped."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from tortoise.transactions import in_transaction

import jobs.webhooks
from app.main import background_worker
from app.settings import Settings
from domain.notification import NotificationKind
from domain.webhook import FIRST_RETRY, LONGEST_RETRY, PAUSE_AFTER, retry_delay
from models.account import Role
from models.notification import Notification
from models.outbox import OutboxMessage
from models.webhook import WebhookDelivery, WebhookEndpoint
from resolvers.notify import record_milestone
from subscriptions.broker import PostgresBroker
from subscriptions.channels import user_channel
from tests.factories import make_user
from tests.server import free_port
from tests.webhooks import make_endpoint, receiver

# The receivers listen on loopback, which the worker posts to only when this allows it.
drain = partial(jobs.webhooks.drain, allow_private_targets=True)


class Boom(Exception):
    pass


async def happen(
    *abouts: str, kind: NotificationKind = NotificationKind.PROJECT_STATUS_CHANGED
) -> None:
    """Milestones, each committed in its own transaction as a change would."""
    for about in abouts:
        async with in_transaction():
            await record_milestone(kind, [], [], about, "IN_PROGRESS")


def verify(secret: str, header: str, body: bytes) -> bool:
    """The README's verification recipe, as a receiver would write it."""
    parts = [part.split("=", 1) for part in header.split(",")]
    [timestamp] = [value for name, value in parts if name == "t"]
    signatures = [value for name, value in parts if name == "v1"]  # two during a rotation
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    fresh = abs(time.time() - int(timestamp)) < 300
    return fresh and any(hmac.compare_digest(expected.hexdigest(), s) for s in signatures)


def abouts(received: list) -> list[str]:
    return [json.loads(request.body)["data"]["about"] for request in received]


async def test_a_delivery_is_signed_and_recorded_with_its_response() -> None:
    with receiver() as hook:
        endpoint = await make_endpoint(hook.url(), "PROJECT_STATUS_CHANGED")
        await happen("Debut EP")
        first = await drain()
        second = await drain()
    assert (first.delivered, second.delivered) == (1, 0)
    [request] = hook.received
    assert request.path == "/hook"
    assert verify("whsec_test", request.headers["Studiograph-Signature"], request.body)
    assert not verify("whsec_other", request.headers["Studiograph-Signature"], request.body)
    assert not verify("whsec_test", request.headers["Studiograph-Signature"], request.body + b" ")
    body = json.loads(request.body)
    delivery = await WebhookDelivery.get(endpoint=endpoint)
    assert body["type"] == "PROJECT_STATUS_CHANGED"
    assert body["id"] == str(delivery.event_id) == request.headers["Studiograph-Event-Id"]
    assert body["data"] == {"about": "Debut EP", "detail": "IN_PROGRESS"}
    assert request.headers["Studiograph-Delivery-Id"] == str(delivery.id)
    assert request.headers["Content-Type"] == "application/json"
    assert (delivery.status, delivery.attempts, delivery.sequence) == ("SUCCEEDED", 1, 1)
    assert (delivery.response_status, delivery.response_body) == (200, '{"ok":true}')
    assert delivery.response_ms is not None
    assert delivery.delivered_at is not None


async def test_only_subscribed_endpoints_get_an_event() -> None:
    with receiver() as hook:
        await make_endpoint(hook.url("/status"), "PROJECT_STATUS_CHANGED")
        await make_endpoint(hook.url("/sessions"), "SESSION_CONFIRMED")
        await happen("Debut EP")
        await drain()
    assert [request.path for request in hook.received] == ["/status"]


async def test_an_event_rolls_back_with_its_change() -> None:
    endpoint = await make_endpoint("http://127.0.0.1:9/hook", "PROJECT_STATUS_CHANGED")
    seen_inside: list[int] = []

    async def change_that_fails() -> None:
        async with in_transaction():
            kind = NotificationKind.PROJECT_STATUS_CHANGED
            await record_milestone(kind, [], [], "Debut EP", "IN_PROGRESS")
            seen_inside.append(await WebhookDelivery.all().count())
            raise Boom

    with pytest.raises(Boom):
        await change_that_fails()
    assert seen_inside == [1]
    assert await WebhookDelivery.all().count() == 0
    await endpoint.refresh_from_db()
    assert endpoint.last_sequence == 0


async def test_a_failing_first_delivery_holds_back_the_later_ones() -> None:
    with receiver() as hook:
        endpoint = await make_endpoint(hook.url())
        await happen("one", "two", "three")
        start = datetime.now(UTC)
        hook.status = 503
        failed = await drain(now=start)
        # Not due yet: the later events must not go ahead of it meanwhile.
        waiting = await drain(now=start + FIRST_RETRY - timedelta(seconds=1))
        hook.status = 200
        caught_up = await drain(now=start + FIRST_RETRY)
    assert (failed.failed, failed.delivered, waiting.failed, waiting.delivered) == (1, 0, 0, 0)
    assert caught_up.delivered == 3
    assert abouts(hook.received) == ["one", "one", "two", "three"]
    rows = await WebhookDelivery.filter(endpoint=endpoint).order_by("sequence")
    assert [(row.sequence, row.status, row.attempts) for row in rows] == [
        (1, "SUCCEEDED", 2),
        (2, "SUCCEEDED", 1),
        (3, "SUCCEEDED", 1),
    ]


def test_backoff_doubles_from_thirty_seconds_to_an_hour() -> None:
    assert [retry_delay(n).total_seconds() for n in range(1, 10)] == [
        30,
        60,
        120,
        240,
        480,
        960,
        1920,
        3600,
        3600,
    ]
    assert retry_delay(100_000) == LONGEST_RETRY


async def test_an_unreachable_endpoint_is_retried_on_the_backoff_schedule() -> None:
    await make_endpoint(f"http://127.0.0.1:{free_port()}/hook")  # nothing listens there
    await happen("Debut EP")
    start = datetime.now(UTC)
    moment = start
    for attempt in range(1, 5):
        assert (await drain(now=moment)).failed == 1
        row = await WebhookDelivery.get()
        assert (row.status, row.attempts) == ("FAILED", attempt)
        assert row.response_status is None
        assert "ConnectError" in row.last_error
        assert row.next_attempt_at == moment + retry_delay(attempt)
        moment = row.next_attempt_at


async def test_a_day_of_failures_pauses_the_endpoint_and_tells_its_owner_once(
    database_url: str,
) -> None:
    with receiver() as hook:
        hook.status = 500
        endpoint = await make_endpoint(hook.url())
        await happen("one")
        start = datetime.now(UTC)
        await drain(now=start)
        almost = await drain(now=start + PAUSE_AFTER - timedelta(minutes=1))
        await endpoint.refresh_from_db()
        assert (almost.paused, endpoint.status, endpoint.failing_since) == (0, "ACTIVE", start)

        broker = PostgresBroker(database_url)  # a server process's, LISTENing
        await broker.start()
        owner_id = (await endpoint.owner).id
        heard = broker.subscribe(user_channel(owner_id))
        first = asyncio.ensure_future(anext(heard))
        await asyncio.sleep(0)  # let the subscription register its queue
        try:
            paused = await drain(now=start + PAUSE_AFTER)
            later = await drain(now=start + PAUSE_AFTER * 2)
            announced = await asyncio.wait_for(first, 5)
        finally:
            await heard.aclose()
            await broker.close()
        # Events keep queueing for a paused endpoint; nothing is dropped.
        await happen("two")
    assert (paused.paused, later.failed, later.paused) == (1, 0, 0)
    assert len(hook.received) == 3
    await endpoint.refresh_from_db()
    assert (endpoint.status, endpoint.paused_at) == ("PAUSED", start + PAUSE_AFTER)
    owner = await endpoint.owner
    [told] = await Notification.filter(recipient=owner)
    assert told.kind == "WEBHOOK_ENDPOINT_PAUSED"
    assert hook.url() in told.body
    assert announced == str(told.id)
    [mail] = await OutboxMessage.all()
    assert (mail.recipient, mail.kind) == (owner.email, "WEBHOOK_ENDPOINT_PAUSED")
    assert hook.url() in mail.text_body
    statuses = await WebhookDelivery.all().order_by("sequence").values_list("status", flat=True)
    assert statuses == ["FAILED", "PENDING"]


async def test_the_admins_are_told_when_the_owner_is_gone() -> None:
    owner = await make_user(Role.ADMIN, deleted_at=datetime.now(UTC))
    other = await make_user(Role.ADMIN)
    await make_endpoint(f"http://127.0.0.1:{free_port()}/hook", owner=owner)
    await happen("one")
    start = datetime.now(UTC)
    await drain(now=start)
    assert (await drain(now=start + PAUSE_AFTER)).paused == 1
    assert await Notification.all().values_list("recipient_id", flat=True) == [other.id]
    assert await OutboxMessage.all().values_list("recipient", flat=True) == [other.email]


async def test_a_success_ends_a_run_of_failures() -> None:
    with receiver() as hook:
        hook.status = 500
        endpoint = await make_endpoint(hook.url())
        await happen("one")
        start = datetime.now(UTC)
        await drain(now=start)
        hook.status = 204
        await drain(now=start + PAUSE_AFTER - timedelta(minutes=1))
        await happen("two")
        hook.status = 500
        await drain(now=start + PAUSE_AFTER + timedelta(minutes=1))
    await endpoint.refresh_from_db()
    # The second failure began a new run: a day is counted from it, not from the first.
    assert endpoint.status == "ACTIVE"
    assert endpoint.failing_since == start + PAUSE_AFTER + timedelta(minutes=1)


async def test_workers_draining_together_deliver_each_once_in_order() -> None:
    with receiver() as first, receiver() as second:
        await make_endpoint(first.url())
        await make_endpoint(second.url())
        names = [f"event {n}" for n in range(8)]
        await happen(*names)
        results = await asyncio.gather(drain(), drain(), drain())
    assert sum(result.delivered for result in results) == 16
    assert abouts(first.received) == names
    assert abouts(second.received) == names


async def test_a_delivery_left_sending_by_a_dead_worker_is_sent_after_its_lease() -> None:
    with receiver() as hook:
        endpoint = await make_endpoint(hook.url())
        await happen("one")
        start = datetime.now(UTC)
        # What a worker killed mid-attempt leaves behind: a SENDING row under a lapsed lease.
        await WebhookDelivery.all().update(status="SENDING", attempts=1)
        await WebhookEndpoint.filter(id=endpoint.id).update(
            claimed_until=start - timedelta(seconds=1), claim_token=endpoint.id
        )
        taken_over = await drain(now=start)
    assert taken_over.delivered == 1
    row = await WebhookDelivery.get()
    assert (row.status, row.attempts) == ("SUCCEEDED", 2)
    await endpoint.refresh_from_db()
    assert (endpoint.claimed_until, endpoint.claim_token) == (None, None)


async def test_the_in_process_worker_delivers_on_its_schedule(settings: Settings) -> None:
    with receiver() as hook:
        await make_endpoint(hook.url())
        await happen("Debut EP")
        async with background_worker(settings.model_copy(update={"run_worker": True})):
            for _ in range(300):  # the job runs every five seconds; give it up to 30
                if hook.received:
                    break
                await asyncio.sleep(0.1)
    assert abouts(hook.received) == ["Debut EP"]
    assert (await WebhookDelivery.get()).status == "SUCCEEDED"


async def test_a_receiver_failing_three_times_then_answering_gets_every_event_in_order() -> None:
    with receiver() as hook:
        await make_endpoint(hook.url())
        await happen("first", "second")
        hook.status = 503
        moment = datetime.now(UTC)
        for attempt in range(1, 4):
            result = await drain(now=moment)
            assert (result.failed, result.delivered) == (1, 0)
            assert (await drain(now=moment + retry_delay(attempt) / 2)).failed == 0  # backing off
            moment += retry_delay(attempt)
        hook.status = 200
        done = await drain(now=moment)
    assert done.delivered == 2
    assert abouts(hook.received) == ["first"] * 4 + ["second"]  # never out of order
    assert len({request.headers["Studiograph-Event-Id"] for request in hook.received[:4]}) == 1
    for request in hook.received:
        assert verify("whsec_test", request.headers["Studiograph-Signature"], request.body)
