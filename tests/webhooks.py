"""A real HTTP receiver on a loopback port, recording what it is sent, and webhook helpers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from models.account import Role, User
from models.webhook import WebhookEndpoint
from tests.factories import make_user


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """Answers `status` (200 unless told otherwise) and keeps every request it got."""

    port: int = 0
    status: int = 200
    answer: bytes = b'{"ok":true}'
    received: list[Received] = field(default_factory=list)

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @property
    def event_types(self) -> list[str]:
        return [request.headers["Studiograph-Event-Type"] for request in self.received]


@contextmanager
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            state.received.append(Received(self.path, dict(self.headers.items()), body))
            self.send_response(state.status)
            self.send_header("Content-Length", str(len(state.answer)))
            self.end_headers()
            self.wfile.write(state.answer)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the test output is for failures."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


async def make_endpoint(url: str, *event_types: str, owner: User | None = None) -> WebhookEndpoint:
    owner = owner or await make_user(Role.ADMIN)
    return await WebhookEndpoint.create(
        owner=owner,
        url=url,
        secret="whsec_test",
        event_types=list(event_types) or ["PROJECT_STATUS_CHANGED", "NEW_MESSAGE"],
    )
