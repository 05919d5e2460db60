"""Outgoing e-mail: rendering the brand's templates, and handing messages to an SMTP server."""

from integrations.email.render import RenderedMail, render_mail
from integrations.email.smtp import DeliveryError, SmtpSender, build_message

__all__ = ["DeliveryError", "RenderedMail", "SmtpSender", "build_message", "render_mail"]
