"""A real SMTP server on a loopback port (aiosmtpd), keeping what it receives."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from tests.server import free_port


@dataclass
class Inbox:
    """Mail the server accepted; recipients it refuses with 550 for good."""

    port: int = 0
    refuse: set[str] = field(default_factory=set)
    received: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    # The client's (address, port) of each accepted message: one per connection used.
    peers: set[tuple[str, int]] = field(default_factory=set)

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.received.append((list(envelope.rcpt_tos), message))  # type: ignore[arg-type]
        self.peers.add(session.peer)
        return "250 Message accepted for delivery"

    # A method, not a property: aiosmtpd inspects its handler's members at every connection,
    # which would parse every message received so far each time.
    def message_ids(self) -> list[str]:
        return [message["Message-ID"] for _, message in self.received]


@contextmanager
def smtp_server(inbox: Inbox | None = None) -> Iterator[Inbox]:
    inbox = inbox or Inbox()
    inbox.port = free_port()
    # A fixed name: aiosmtpd would otherwise look up the machine's (socket.getfqdn) per connection.
    controller = Controller(
        inbox, hostname="127.0.0.1", port=inbox.port, server_hostname="localhost"
    )
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()
