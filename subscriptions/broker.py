"""Fan-out of change notifications to websocket subscribers inside one process."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import AsyncIterator

log = logging.getLogger(__name__)
QUEUE_SIZE = 100


class InMemoryBroker:
    """Channels of short string messages; a subscriber too slow to keep up loses messages
    rather than letting its queue grow without bound."""

    def __init__(self) -> None:
        self._queues: defaultdict[str, set[asyncio.Queue[str]]] = defaultdict(set)

    async def publish(self, channel: str, message: str = "") -> None:
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
