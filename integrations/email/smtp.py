"""Handing rendered mail to an SMTP server (aiosmtplib)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import unquote, urlsplit

import aiosmtplib

PORTS = {"smtp": 25, "smtps": 465}
PERMANENT_CODES = range(500, 600)
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

    async def send(self, message: EmailMessage) -> None:
        try:
            await aiosmtplib.send(
                message,
                hostname=self.hostname,
                port=self.port,
                username=self.username,
                password=self.password,
                use_tls=self.implicit_tls,
                start_tls=self.starttls,
                timeout=self.timeout,
            )
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
            # be fixed later, so these are retried.
            raise DeliveryError(str(exc) or type(exc).__name__) from exc
