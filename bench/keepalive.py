"""A minimal HTTP/1.1 keep-alive client for load generation.

The load generator shares the machine's cores with the server it measures, so every
millisecond of CPU it spends per request is one the server does not get. httpx costs about
1.5 ms of CPU per request here; this client sends pre-encoded request bytes over one
connection per worker and reads the answer by its Content-Length. The server receives the
same method, path, headers that matter (Authorization, Content-Type) and body either way.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, Self
from urllib.parse import urlsplit

import psutil


def post_json(base_url: str, path: str, payload: dict[str, Any], headers: dict[str, str]) -> bytes:
    """The bytes of a keep-alive POST of `payload` as JSON, encoded once ahead of the run."""
    body = json.dumps(payload, separators=(",", ":")).encode()
    lines = [
        f"POST {path} HTTP/1.1",
        f"Host: {urlsplit(base_url).netloc}",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        *(f"{name}: {value}" for name, value in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class KeepAliveConnection:
    """One TCP connection; requests on it are sent one after the other."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self.port: int = writer.get_extra_info("sockname")[1]

    @classmethod
    async def open(cls, base_url: str) -> Self:
        url = urlsplit(base_url)
        reader, writer = await asyncio.open_connection(url.hostname, url.port)
        return cls(reader, writer)

    async def send(self, request: bytes) -> tuple[int, bytes]:
        """Sends one encoded request; returns the status code and the body."""
        self._writer.write(request)
        head = await self._reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        length = None
        for line in header_lines:
            name, _, value = line.partition(":")
            if name.lower() == "content-length":
                length = int(value)
        if length is None:
            msg = f"no Content-Length in the answer: {head!r}"
            raise RuntimeError(msg)
        return int(status_line.split(" ", 2)[1]), await self._reader.readexactly(length)

    async def close(self) -> None:
        self._writer.close()
        await self._writer.wait_closed()


def _accepted_by(server_port: int) -> dict[int, int]:
    """The server process holding each accepted connection, by the client's port."""
    return {
        c.raddr.port: c.pid
        for c in psutil.net_connections("tcp")
        if c.laddr.port == server_port and c.raddr and c.pid and c.status == "ESTABLISHED"
    }


async def open_spread(base_url: str, count: int, workers: int) -> list[KeepAliveConnection]:
    """`count` connections spread evenly over the server's `workers` processes.

    Each new connection goes to whichever worker accepts it first, and a worker still
    starting accepts none: left alone, every connection opened right after the server
    answers its first health check can land on one worker, and the benchmark then measures
    one process. Connections on a worker with more than its share are closed and opened
    again until each worker holds its share.
    """
    server_port = urlsplit(base_url).port
    share = -(-count // workers)
    connections: list[KeepAliveConnection] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        connections += [
            await KeepAliveConnection.open(base_url) for _ in range(count - len(connections))
        ]
        await asyncio.sleep(0.05)  # until the workers have accepted them
        owners = _accepted_by(server_port)
        held: Counter[int] = Counter()
        kept = []
        for connection in connections:
            owner = owners.get(connection.port)
            if owner is not None and held[owner] < share:
                held[owner] += 1
                kept.append(connection)
            else:
                await connection.close()
        connections = kept
        if len(connections) == count:
            return connections
    msg = f"could not spread {count} connections over {workers} workers"
    raise RuntimeError(msg)


async def fire(
    connections: list[KeepAliveConnection],
    requests: list[bytes],
    outcome: Callable[[dict[str, Any]], str],
) -> tuple[Counter[str], float]:
    """Sends the requests with one in flight on each connection; returns how many answers
    had each outcome (`HTTP <status>`, or what `outcome` names a 200's `data`) and the
    seconds taken."""
    pending = iter(requests)
    outcomes: Counter[str] = Counter()

    async def worker(connection: KeepAliveConnection) -> None:
        for request in pending:
            status, body = await connection.send(request)
            key = outcome(json.loads(body)["data"]) if status == 200 else f"HTTP {status}"
            outcomes[key] += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker(connection) for connection in connections))
    return outcomes, time.perf_counter() - started
