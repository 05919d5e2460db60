"""Fan-out of change notifications to websocket subscribers.

`InMemoryBroker` serves one process (the embedded default). `PostgresBroker` relays every
publish through PostgreSQL LISTEN/NOTIFY, so a change made through one server process
reaches subscribers connected to any other process of the deployment.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from typing import Any, Protocol, TypeVar
from uuid import uuid4

import asyncpg
from tortoise import connections

T = TypeVar("T")
log = logging.getLogger(__name__)
QUEUE_SIZE = 100
PG_CHANNEL = "studiograph_events"
RECONNECT_DELAYS = (0.5, 1, 2, 5, 10)


class SingleFlight:
    """Subscribers woken by the same event share one read of the changed object: a change
    seen by a thousand sockets costs one query, not a thousand."""

    def __init__(self, ttl: float = 5.0) -> None:
        self._ttl = ttl
        self._pending: dict[Hashable, asyncio.Future[Any]] = {}

    async def get(self, key: Hashable, load: Callable[[], Awaitable[T]]) -> T:
        future = self._pending.get(key)
        if future is None:
            future = asyncio.ensure_future(load())
            self._pending[key] = future
            asyncio.get_running_loop().call_later(self._ttl, self._pending.pop, key, None)
        return await future


class Broker(Protocol):
    reads: SingleFlight

    async def start(self) -> None: ...
    async def close(self) -> None: ...
    async def publish(self, channel: str, message: str | None = None) -> None: ...
    def subscribe(self, channel: str) -> AsyncIterator[str]: ...


class InMemoryBroker:
    """Channels of short string messages; a subscriber too slow to keep up loses messages
    rather than letting its queue grow without bound."""

    def __init__(self) -> None:
        self._queues: defaultdict[str, set[asyncio.Queue[str]]] = defaultdict(set)
        self.reads = SingleFlight()

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def publish(self, channel: str, message: str | None = None) -> None:
        """`message` defaults to a fresh event id, which subscribers use to share reads."""
        self.deliver(channel, message or uuid4().hex)

    def deliver(self, channel: str, message: str) -> None:
        for queue in self._queues.get(channel, ()):
            try:
                queue.put_nowait(message)
            except asyncio.QueueFull:
                log.warning("dropped a message for a slow subscriber", extra={"channel": channel})

    async def subscribe(self, channel: str) -> AsyncIterator[str]:
        queue: asyncio.Queue[str] = asyncio.Queue(QUEUE_SIZE)
        self._queues[channel].add(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._queues[channel].discard(queue)
            if not self._queues[channel]:
                del self._queues[channel]

    def subscriber_count(self, channel: str) -> int:
        return len(self._queues.get(channel, ()))

    @property
    def channels(self) -> frozenset[str]:
        """Channels with a subscriber in this process; one is forgotten when its last leaves."""
        return frozenset(self._queues)


class PostgresBroker(InMemoryBroker):
    """Publishes with pg_notify on the caller's connection: inside a transaction PostgreSQL
    delivers the notification only at COMMIT, and never if it rolls back. One dedicated
    connection per process LISTENs and hands notifications to the local subscribers."""

    def __init__(self, dsn: str) -> None:
        super().__init__()
        self._dsn = dsn
        self._listener: asyncpg.Connection | None = None
        self._reconnecting: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._listener = await asyncpg.connect(self._dsn)
        await self._listener.add_listener(PG_CHANNEL, self._on_notification)
        self._listener.add_termination_listener(self._on_lost)

    async def close(self) -> None:
        if self._reconnecting is not None:
            self._reconnecting.cancel()
        if self._listener is not None:
            self._listener.remove_termination_listener(self._on_lost)
            await self._listener.close()
            self._listener = None

    async def publish(self, channel: str, message: str | None = None) -> None:
        await publish_on_commit(channel, message)

    def _on_notification(self, _conn: object, _pid: int, _channel: str, payload: str) -> None:
        event = json.loads(payload)
        self.deliver(event["c"], event["m"])

    def _on_lost(self, _conn: object) -> None:
        log.warning("lost the LISTEN connection; reconnecting")
        self._listener = None
        self._reconnecting = asyncio.get_running_loop().create_task(self._reconnect())

    async def _reconnect(self) -> None:
        for delay in (*RECONNECT_DELAYS, *([RECONNECT_DELAYS[-1]] * 1000)):
            await asyncio.sleep(delay)
            try:
                await self.start()
            except (OSError, asyncpg.PostgresError):
                log.warning("LISTEN reconnect failed; retrying", exc_info=True)
            else:
                log.info("LISTEN connection restored")
                return


async def publish_on_commit(channel: str, message: str | None = None) -> None:
    """What `PostgresBroker.publish` does, for code that runs without a broker (background
    jobs, webhooks): every server process's broker LISTENs, and hands the event to its
    subscribers. The embedded SQLite setup has no such channel: subscribers there see these
    notifications on their next read instead."""
    connection = connections.get("default")
    if connection.capabilities.dialect != "postgres":
        return
    payload = event_payload(channel, message or uuid4().hex)
    await connection.execute_query("SELECT pg_notify($1, $2)", [PG_CHANNEL, payload])


def event_payload(channel: str, message: str) -> str:
    """What `pg_notify(PG_CHANNEL, …)` carries for `PostgresBroker` to hand to `channel`."""
    return json.dumps({"c": channel, "m": message})


def broker_for(database_url: str) -> Broker:
    """LISTEN/NOTIFY when the database can carry it, so several processes serve one site."""
    if database_url.startswith(("postgres://", "postgresql://")):
        return PostgresBroker(database_url)
    return InMemoryBroker()
