"""Transactional e-mail: which milestones are mailed, and how delivery retries."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from uuid import UUID

# Rows claimed per round; the lease below must outlast sending all of them at the sender's
# timeout each, or a slow batch would be handed to a second worker while still being sent.
BATCH_SIZE = 20
LEASE = timedelta(minutes=15)
# About four hours of retries (30 s doubling up to two hours) before a message is given up.
MAX_ATTEMPTS = 10
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=2)


class MailKind(StrEnum):
    """One template each. A notification kind with the same name is mailed as well; NEW_MESSAGE
    is not: a conversation would flood inboxes, and the app shows messages live."""

    SESSION_CONFIRMED = "SESSION_CONFIRMED"
    SESSION_CANCELLED = "SESSION_CANCELLED"
    SESSION_RESCHEDULED = "SESSION_RESCHEDULED"
    SESSION_EXTENDED = "SESSION_EXTENDED"
    CONSULTATION_BOOKED = "CONSULTATION_BOOKED"
    SAMPLE_MIX_DELIVERED = "SAMPLE_MIX_DELIVERED"
    PROJECT_STATUS_CHANGED = "PROJECT_STATUS_CHANGED"
    DELIVERABLE_SUBMITTED = "DELIVERABLE_SUBMITTED"
    REVISION_REQUESTED = "REVISION_REQUESTED"
    DELIVERABLE_APPROVED = "DELIVERABLE_APPROVED"
    MILESTONE_REACHED = "MILESTONE_REACHED"
    PROJECT_DEADLINE_SOON = "PROJECT_DEADLINE_SOON"
    GALLERY_READY = "GALLERY_READY"
    SESSION_STARTING_SOON = "SESSION_STARTING_SOON"
    PROVIDER_NOT_STARTED = "PROVIDER_NOT_STARTED"
    SESSION_AWAITING_CONFIRMATION = "SESSION_AWAITING_CONFIRMATION"
    SESSION_STUCK = "SESSION_STUCK"
    SESSION_FOLLOW_UP = "SESSION_FOLLOW_UP"
    WAITLIST_OFFER = "WAITLIST_OFFER"
    WAITLIST_CLOSED = "WAITLIST_CLOSED"
    PAYMENT_RECEIVED = "PAYMENT_RECEIVED"
    PAYMENT_FAILED = "PAYMENT_FAILED"
    PAYMENT_REFUNDED = "PAYMENT_REFUNDED"
    REFUND_FAILED = "REFUND_FAILED"
    WEBHOOK_ENDPOINT_PAUSED = "WEBHOOK_ENDPOINT_PAUSED"
    PROVIDER_ASSIGNED = "PROVIDER_ASSIGNED"
    SESSION_COMPLETED = "SESSION_COMPLETED"
    SUMMARY_DELIVERED = "SUMMARY_DELIVERED"
    FOLLOW_UP_ASKED = "FOLLOW_UP_ASKED"
    FOLLOW_UP_ANSWERED = "FOLLOW_UP_ANSWERED"
    FOLLOW_UP_PAID = "FOLLOW_UP_PAID"
    FOLLOW_UP_REFUNDED = "FOLLOW_UP_REFUNDED"
    PROJECT_PAID = "PROJECT_PAID"
    PROJECT_REFUNDED = "PROJECT_REFUNDED"
    BUNDLE_PAID = "BUNDLE_PAID"
    BUNDLE_REFUNDED = "BUNDLE_REFUNDED"
    REVIEW_REPLIED = "REVIEW_REPLIED"
    REVIEW_HIDDEN = "REVIEW_HIDDEN"
    REVIEW_RESTORED = "REVIEW_RESTORED"
    SELECTION_SUBMITTED = "SELECTION_SUBMITTED"
    SAMPLE_MIX_REQUESTED = "SAMPLE_MIX_REQUESTED"
    SAMPLE_MIX_OVERDUE = "SAMPLE_MIX_OVERDUE"
    # The receipt of a booking, to the client who made it (bookSession): what, when and the
    # price. No notification repeats it: the app shows them what they just booked.
    SESSION_BOOKED = "SESSION_BOOKED"
    # A shop order's buyer; these name the order by its number.
    ORDER_PAID = "ORDER_PAID"
    ORDER_PAYMENT_FAILED = "ORDER_PAYMENT_FAILED"
    ORDER_SHIPPED = "ORDER_SHIPPED"
    ORDER_PAYMENT_REFUNDED = "ORDER_PAYMENT_REFUNDED"
    ORDER_REFUND_FAILED = "ORDER_REFUND_FAILED"
    ORDER_CANCELLED = "ORDER_CANCELLED"
    # A guest's link to set a password (claimAccount), sent when their e-mail registers.
    ACCOUNT_CLAIM = "ACCOUNT_CLAIM"


class OutboxStatus(StrEnum):
    PENDING = "PENDING"  # waiting for its first or next attempt
    SENDING = "SENDING"  # claimed by a worker until its lease ends
    SENT = "SENT"
    FAILED = "FAILED"  # refused for good, or out of attempts
    CANCELLED = "CANCELLED"  # its recipient deleted their account before it went out


def mail_kind_for(notification_kind: str) -> MailKind | None:
    """The mail that goes with an in-app notification, if that kind is mailed at all."""
    return MailKind.__members__.get(notification_kind)


def retry_delay(attempts: int) -> timedelta:
    """Wait before the next try after `attempts` failed ones: doubling, capped."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_RETRY)


def gives_up(attempts: int, permanent: bool) -> bool:
    """A refusal the server calls permanent (5xx) is final; others are retried a while."""
    return permanent or attempts >= MAX_ATTEMPTS


def message_id(row_id: UUID, sender_address: str) -> str:
    """Stable per outbox row: a message sent twice (see jobs/outbox.py) carries the same id,
    so mail systems that deduplicate on Message-ID show it once."""
    domain = sender_address.rpartition("@")[2].strip("<> ") or "localhost"
    return f"<{row_id}@{domain}>"
