"""Handing rendered mail to an SMTP server (aiosmtplib)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import unquote, urlsplit

import aiosmtplib

PORTS = {"smtp": 25, "smtps": 465}
PERMANENT_CODES = range(500, 600)
LOCAL_HOSTNAME = "localhost"  # what EHLO announces; receivers do not trust it anyway
_MESSAGE_REFUSALS = (
    aiosmtplib.SMTPRecipientRefused,
    aiosmtplib.SMTPSenderRefused,
    aiosmtplib.SMTPDataError,
)


class DeliveryError(Exception):
    """The server did not take the message; `permanent` when retrying cannot help (5xx)."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


def build_message(
    *, sender: str, recipient: str, subject: str, text: str, html: str, message_id: str
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = message_id
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


@dataclass(frozen=True, slots=True)
class SmtpSender:
    """From `SMTP_URL`: `smtp://user:pass@host:587` (STARTTLS when offered, or as
    `starttls` says) or `smtps://…:465` (TLS from the first byte)."""

    hostname: str
    port: int
    username: str | None
    password: str | None
    implicit_tls: bool
    starttls: bool | None
    timeout: float

    @classmethod
    def from_url(cls, url: str, *, starttls: bool | None, timeout: float) -> SmtpSender:
        parts = urlsplit(url)
        if parts.scheme not in PORTS or not parts.hostname:
            msg = "SMTP_URL must look like smtp://user:pass@host:port or smtps://…"
            raise ValueError(msg)
        return cls(
            hostname=parts.hostname,
            port=parts.port or PORTS[parts.scheme],
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            implicit_tls=parts.scheme == "smtps",
            starttls=False if parts.scheme == "smtps" else starttls,
            timeout=timeout,
        )

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[SmtpConnection]:
        """One connection for a batch of messages, closed at the end: connecting (and the
        EHLO, TLS and login that come with it) costs more than sending a message."""
        connection = SmtpConnection(self)
        try:
            yield connection
        finally:
            await connection.close()


class SmtpConnection:
    """Opened on the first message; after a refused message the server is reset (aiosmtplib
    sends RSET) and the connection goes on, after a lost one the next message reconnects."""

    def __init__(self, sender: SmtpSender) -> None:
        self._sender = sender
        self._smtp: aiosmtplib.SMTP | None = None

    async def _open(self) -> aiosmtplib.SMTP:
        if self._smtp is not None and self._smtp.is_connected:
            return self._smtp
        sender = self._sender
        self._smtp = aiosmtplib.SMTP(
            hostname=sender.hostname,
            port=sender.port,
            username=sender.username,
            password=sender.password,
            use_tls=sender.implicit_tls,
            start_tls=sender.starttls,
            timeout=sender.timeout,
            # Not socket.getfqdn(), which may wait on DNS at every connection.
            local_hostname=LOCAL_HOSTNAME,
        )
        await self._smtp.connect()
        return self._smtp

    async def send(self, message: EmailMessage) -> None:
        try:
            smtp = await self._open()
            await smtp.send_message(message)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [refusal.code for refusal in exc.recipients]
            permanent = all(code in PERMANENT_CODES for code in codes)
            raise DeliveryError(str(exc), permanent=permanent) from exc
        except _MESSAGE_REFUSALS as exc:
            # The server refused this message (its address or content): a 5xx stays a no.
            permanent = exc.code in PERMANENT_CODES
            raise DeliveryError(f"{exc.code} {exc.message}", permanent=permanent) from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            # Unreachable, timed out, TLS or login trouble: the server or its settings may
            # be fixed later, so these are retried, on a new connection.
            await self.close()
            raise DeliveryError(str(exc) or type(exc).__name__) from exc

    async def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None or not smtp.is_connected:
            return
        try:
            await smtp.quit()
        except (aiosmtplib.SMTPException, OSError):
            smtp.close()  # the messages went through; a rude goodbye loses nothing
