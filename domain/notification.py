"""In-app notifications: what happened, and the words that tell the other side about it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

PREVIEW_CHARS = 200


class NotificationKind(StrEnum):
    PROJECT_STATUS_CHANGED = "PROJECT_STATUS_CHANGED"
    DELIVERABLE_SUBMITTED = "DELIVERABLE_SUBMITTED"
    REVISION_REQUESTED = "REVISION_REQUESTED"
    DELIVERABLE_APPROVED = "DELIVERABLE_APPROVED"
    # The studio marked a step of the project's timeline done: its client is told.
    MILESTONE_REACHED = "MILESTONE_REACHED"
    # A project's deadline is near and its work not handed in (domain/deadline.py).
    PROJECT_DEADLINE_SOON = "PROJECT_DEADLINE_SOON"
    NEW_MESSAGE = "NEW_MESSAGE"
    SESSION_CONFIRMED = "SESSION_CONFIRMED"
    SESSION_CANCELLED = "SESSION_CANCELLED"
    SESSION_RESCHEDULED = "SESSION_RESCHEDULED"
    # A session in progress ran on: how long, and what the extra time costs.
    SESSION_EXTENDED = "SESSION_EXTENDED"
    REVIEW_RECEIVED = "REVIEW_RECEIVED"
    # The provider's first reply to a client's review (rewording it tells nobody again).
    REVIEW_REPLIED = "REVIEW_REPLIED"
    # An admin hid a client's review from the public profile; the author is told why.
    REVIEW_HIDDEN = "REVIEW_HIDDEN"
    # An admin put a hidden review back on the public profile; its author hears of it.
    REVIEW_RESTORED = "REVIEW_RESTORED"
    SESSION_STARTING_SOON = "SESSION_STARTING_SOON"
    PROVIDER_NOT_STARTED = "PROVIDER_NOT_STARTED"
    # A request still waits for the provider's confirmation (domain/reminder.py).
    SESSION_AWAITING_CONFIRMATION = "SESSION_AWAITING_CONFIRMATION"
    SESSION_STUCK = "SESSION_STUCK"
    SESSION_FOLLOW_UP = "SESSION_FOLLOW_UP"
    WAITLIST_OFFER = "WAITLIST_OFFER"
    # The service a client waited for is no longer offered: their place in line ended.
    WAITLIST_CLOSED = "WAITLIST_CLOSED"
    PAYMENT_RECEIVED = "PAYMENT_RECEIVED"
    PAYMENT_FAILED = "PAYMENT_FAILED"
    # Money went back to the client (sent, or recorded by the studio as paid back).
    PAYMENT_REFUNDED = "PAYMENT_REFUNDED"
    # A refund the client was told of failed after all (Stripe moved it from succeeded to
    # failed: a closed card, say): the money is back with the studio. Client and provider.
    REFUND_FAILED = "REFUND_FAILED"
    WEBHOOK_ENDPOINT_PAUSED = "WEBHOOK_ENDPOINT_PAUSED"
    # A client booked the provider: the session is theirs to confirm.
    PROVIDER_ASSIGNED = "PROVIDER_ASSIGNED"
    SESSION_COMPLETED = "SESSION_COMPLETED"
    SUMMARY_DELIVERED = "SUMMARY_DELIVERED"
    # A client asked the provider a follow-up about a finished session or project; answered.
    FOLLOW_UP_ASKED = "FOLLOW_UP_ASKED"
    FOLLOW_UP_ANSWERED = "FOLLOW_UP_ANSWERED"
    # A priced follow-up was paid: the provider may answer it now. Its payment went back.
    FOLLOW_UP_PAID = "FOLLOW_UP_PAID"
    FOLLOW_UP_REFUNDED = "FOLLOW_UP_REFUNDED"
    # A client paid their project's price (to its provider); some of it went back (to them).
    PROJECT_PAID = "PROJECT_PAID"
    PROJECT_REFUNDED = "PROJECT_REFUNDED"
    # A client paid a bundle of sessions (to its provider); some of it went back (to them).
    BUNDLE_PAID = "BUNDLE_PAID"
    BUNDLE_REFUNDED = "BUNDLE_REFUNDED"
    # The family sent its picks of a gallery: the photographer edits and bills from them.
    SELECTION_SUBMITTED = "SELECTION_SUBMITTED"
    # A client sent a section for a free sample mix: its engineer has the turnaround to mix it.
    SAMPLE_MIX_REQUESTED = "SAMPLE_MIX_REQUESTED"
    # The engineer delivered it: the client listens in the app.
    SAMPLE_MIX_DELIVERED = "SAMPLE_MIX_DELIVERED"
    # The day promised for it ended undelivered: its engineer is reminded once.
    SAMPLE_MIX_OVERDUE = "SAMPLE_MIX_OVERDUE"
    # A shop order's buyer: its receipt, a failed card payment, its prints on their way.
    ORDER_PAID = "ORDER_PAID"
    ORDER_PAYMENT_FAILED = "ORDER_PAYMENT_FAILED"
    ORDER_SHIPPED = "ORDER_SHIPPED"
    ORDER_PAYMENT_REFUNDED = "ORDER_PAYMENT_REFUNDED"
    # The buyer's refund failed after all; admins hear of it as a webhook event.
    ORDER_REFUND_FAILED = "ORDER_REFUND_FAILED"
    # An unpaid order cancelled for its buyer (its photos erased with their family's account).
    ORDER_CANCELLED = "ORDER_CANCELLED"


@dataclass(frozen=True, slots=True)
class NotificationText:
    title: str
    body: str


# The detail of a SESSION_FOLLOW_UP whose client reviewed the session already: it asks for
# no review then.
REVIEWED = "reviewed"


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The start of a user's text, cut at a word where possible, for a one-glance summary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return f"{cut}…"


def session_time(start: datetime, timezone: str) -> str:
    """A session's start as the studio's clock shows it: the session happens there."""
    local = start.astimezone(ZoneInfo(timezone))
    return f"{local:%a %d %b %Y, %H:%M} ({timezone})"


def _words(status: str) -> str:
    return status.lower().replace("_", " ")


# kind -> (title, body from the subject — a project's name, a session's time or an order's
# number — and a detail)
_TEXTS: dict[NotificationKind, tuple[str, Callable[[str, str], str]]] = {
    NotificationKind.PROJECT_STATUS_CHANGED: (
        "Project status changed",
        lambda subject, status: f"{subject} is now {_words(status)}.",
    ),
    NotificationKind.DELIVERABLE_SUBMITTED: (
        "New version to review",
        lambda subject, version: f"Version {version} of {subject} is ready for you.",
    ),
    NotificationKind.REVISION_REQUESTED: (
        "Changes requested",
        lambda subject, feedback: f"{subject}: {preview(feedback)}",
    ),
    NotificationKind.DELIVERABLE_APPROVED: (
        "Work approved",
        lambda subject, _: f"{subject} was approved and is complete.",
    ),
    NotificationKind.MILESTONE_REACHED: (
        "Milestone reached",
        lambda subject, step: f"{subject}: {step} is done.",
    ),
    NotificationKind.PROJECT_DEADLINE_SOON: (
        "Deadline coming up",
        lambda subject, when: f"{subject} is due on {when} and has not been delivered yet.",
    ),
    NotificationKind.NEW_MESSAGE: (
        "New message",
        lambda subject, body: f"{subject}: {preview(body)}",
    ),
    NotificationKind.SESSION_CONFIRMED: (
        "Session confirmed",
        lambda subject, _: f"Your session on {subject} is confirmed.",
    ),
    NotificationKind.SESSION_CANCELLED: (
        "Session cancelled",
        lambda subject, reason: " ".join(
            filter(None, [f"The session on {subject} was cancelled.", preview(reason)])
        ),
    ),
    NotificationKind.SESSION_RESCHEDULED: (
        "Session moved",
        # The old time says which session moved: a provider has many.
        lambda subject, before: (
            f"Your session on {before} now starts on {subject}."
            if before
            else f"Your session now starts on {subject}."
        ),
    ),
    NotificationKind.SESSION_EXTENDED: (
        "Session extended",
        # The detail is domain.extra_time.extension_detail's: the minutes and the new price.
        lambda subject, detail: f"Your session on {subject} was extended {detail}.",
    ),
    NotificationKind.REVIEW_RECEIVED: (
        "New review",
        lambda subject, stars: f"Your client rated the session on {subject} {stars} of 5 stars.",
    ),
    NotificationKind.REVIEW_REPLIED: (
        "Reply to your review",
        lambda subject, reply: (
            f"Your provider replied to your review of the session on {subject}: {preview(reply)}"
        ),
    ),
    NotificationKind.REVIEW_HIDDEN: (
        "Review hidden",
        lambda subject, reason: (
            f"Your review of the session on {subject} was hidden from the public profile. "
            f"Reason: {preview(reason)}"
        ),
    ),
    NotificationKind.REVIEW_RESTORED: (
        "Review restored",
        lambda subject, _: (
            f"Your review of the session on {subject} is back on the public profile "
            "and counts towards the rating again."
        ),
    ),
    NotificationKind.SESSION_STARTING_SOON: (
        "Session starting soon",
        lambda subject, _: f"Your session on {subject} starts in a few minutes.",
    ),
    NotificationKind.PROVIDER_NOT_STARTED: (
        "Session not started yet",
        lambda subject, _: (
            f"The session on {subject} was due to start. Start it in the app, "
            "or record a no-show if the client did not come."
        ),
    ),
    NotificationKind.SESSION_AWAITING_CONFIRMATION: (
        "Request waiting for you",
        lambda subject, _: (
            f"A client's request for a session on {subject} is not confirmed yet. Confirm or "
            "cancel it in the app: still unconfirmed at its start, it is cancelled and the "
            "client refunded."
        ),
    ),
    NotificationKind.SESSION_STUCK: (
        "Session looks stuck",
        lambda subject, situation: f"The session on {subject} {situation}.",
    ),
    NotificationKind.SESSION_FOLLOW_UP: (
        "How did your session go?",
        lambda subject, reviewed: (
            f"Thank you for your session on {subject}. If a question came up since, ask "
            "a follow-up question in the app."
            if reviewed
            else f"Thank you for your session on {subject}. Leave a review, or ask "
            "a follow-up question in the app."
        ),
    ),
    NotificationKind.WAITLIST_OFFER: (
        "A slot opened up for you",
        lambda subject, until: (
            f"The slot on {subject} is held for you until {until}. Book it before then."
        ),
    ),
    NotificationKind.WAITLIST_CLOSED: (
        "Waitlist closed",
        lambda service, _: (
            f"{service} is no longer offered, so your place on its waitlist has ended."
        ),
    ),
    NotificationKind.PAYMENT_RECEIVED: (
        "Payment received",
        lambda subject, amount: f"We received {amount} for the session on {subject}. Thank you!",
    ),
    NotificationKind.PAYMENT_FAILED: (
        "Payment failed",
        lambda subject, reason: " ".join(
            filter(None, [f"Paying for the session on {subject} failed.", preview(reason)])
        ),
    ),
    NotificationKind.PAYMENT_REFUNDED: (
        "Refund sent",
        lambda subject, amount: f"We sent {amount} back to you for the session on {subject}.",
    ),
    NotificationKind.REFUND_FAILED: (
        "Refund failed",
        # Read by both sides: the client's card refused it, and the studio still owes it.
        lambda subject, amount: (
            f"The refund of {amount} for the session on {subject} failed: the card's bank "
            "sent the money back to the studio. It is still owed and will be paid back "
            "another way."
        ),
    ),
    NotificationKind.WEBHOOK_ENDPOINT_PAUSED: (
        "Webhook endpoint paused",
        lambda subject, since: (
            f"{subject} has failed every delivery since {since}. Its events "
            "are kept in order; resume it once it answers again."
        ),
    ),
    NotificationKind.PROVIDER_ASSIGNED: (
        "New session request",
        lambda subject, service: (
            f"A client booked {service or 'a session'} with you on {subject}. "
            "Confirm it in the app."
        ),
    ),
    NotificationKind.SESSION_COMPLETED: (
        "Session ended",
        lambda subject, _: (
            f"Your session on {subject} has ended. Your provider's summary will follow in the app."
        ),
    ),
    NotificationKind.SUMMARY_DELIVERED: (
        "Session summary ready",
        lambda subject, _: f"The summary of your session on {subject} is ready in the app.",
    ),
    NotificationKind.FOLLOW_UP_ASKED: (
        "New follow-up question",
        # The question stays out of the notice: it is the client's, erased with their account.
        lambda subject, _: (
            f"Your client asked a follow-up question about {subject}. Answer it in the app."
        ),
    ),
    NotificationKind.FOLLOW_UP_ANSWERED: (
        "Follow-up answered",
        lambda subject, answer: f"{subject}: {preview(answer)}",
    ),
    NotificationKind.FOLLOW_UP_PAID: (
        "Paid follow-up question",
        lambda subject, amount: (
            f"Your client paid {amount} for their follow-up question about {subject}. "
            "Answer it in the app."
        ),
    ),
    NotificationKind.FOLLOW_UP_REFUNDED: (
        "Refund sent",
        lambda subject, amount: (
            f"We sent {amount} back to you for your follow-up question about {subject}."
        ),
    ),
    NotificationKind.PROJECT_PAID: (
        "Project paid",
        lambda subject, amount: f"Your client paid {amount} for {subject}.",
    ),
    NotificationKind.PROJECT_REFUNDED: (
        "Refund sent",
        lambda subject, amount: f"We sent {amount} back to you for {subject}.",
    ),
    NotificationKind.BUNDLE_PAID: (
        "Bundle paid",
        lambda subject, amount: f"Your client paid {amount} for {subject}.",
    ),
    NotificationKind.BUNDLE_REFUNDED: (
        "Refund sent",
        lambda subject, amount: f"We sent {amount} back to you for {subject}.",
    ),
    NotificationKind.SELECTION_SUBMITTED: (
        "Selection received",
        lambda gallery, picks: f"The family sent its selection from {gallery}: {picks}.",
    ),
    NotificationKind.SAMPLE_MIX_DELIVERED: (
        "Sample mix ready",
        lambda project, studio: (
            f"{studio} has mixed the section you sent for {project}. Listen to it in the app."
        ),
    ),
    NotificationKind.SAMPLE_MIX_REQUESTED: (
        "Sample mix requested",
        # The client's notes stay out of the notice: they are erased with their account.
        lambda project, due: (
            f"Your client sent a section of {project} for a sample mix, due {due}. "
            "Deliver it in the app."
        ),
    ),
    NotificationKind.SAMPLE_MIX_OVERDUE: (
        "Sample mix overdue",
        lambda project, due: (
            f"The sample mix of {project} was due {due} and is not delivered yet. "
            "Deliver it in the app."
        ),
    ),
    NotificationKind.ORDER_PAID: (
        "Order paid",
        lambda subject, amount: (
            f"We received {amount} for order {subject}. Thank you!"
            if amount
            else f"Order {subject} comes at no charge."
        ),
    ),
    NotificationKind.ORDER_PAYMENT_FAILED: (
        "Order payment failed",
        lambda subject, reason: " ".join(
            filter(
                None,
                [
                    f"Paying for order {subject} failed.",
                    preview(reason),
                    "Your order is kept: you can pay it again in the app.",
                ],
            )
        ),
    ),
    NotificationKind.ORDER_SHIPPED: (
        "Order shipped",
        lambda subject, parcels: " ".join(
            filter(
                None,
                [
                    f"Your prints from order {subject} are on their way.",
                    f"Tracking: {parcels}." if parcels else "",
                ],
            )
        ),
    ),
    NotificationKind.ORDER_PAYMENT_REFUNDED: (
        "Refund sent",
        lambda subject, amount: f"We sent {amount} back to you for order {subject}.",
    ),
    NotificationKind.ORDER_REFUND_FAILED: (
        "Refund failed",
        lambda subject, amount: (
            f"The refund of {amount} for order {subject} failed: your card's bank sent the "
            "money back to us. We will pay it back another way."
        ),
    ),
    NotificationKind.ORDER_CANCELLED: (
        "Order cancelled",
        lambda subject, reason: f"Order {subject} was cancelled. {reason}",
    ),
}


def compose(kind: NotificationKind, subject: str, detail: str = "") -> NotificationText:
    title, body = _TEXTS[kind]
    return NotificationText(title=title, body=body(subject, detail))
