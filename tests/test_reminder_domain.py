"""When each session reminder is due, and its words, without a database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.notification import NotificationKind, compose
from domain.outbox import MailKind
from domain.reminder import (
    FOLLOW_UPS,
    PROVIDER_NOT_STARTED,
    REQUEST_NUDGES,
    STARTING_SOON,
    STUCK,
    ReminderKind,
    Rule,
)
from domain.session import SessionStatus
from integrations.email import render_mail

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)


def due(rule: Rule, anchor: datetime, status: SessionStatus | None = None) -> bool:
    return rule.is_due(status or rule.status, anchor, NOW)


def test_starting_soon_covers_the_five_minutes_before_the_start() -> None:
    assert due(STARTING_SOON, NOW + 5 * MINUTE)
    assert due(STARTING_SOON, NOW + SECOND)
    assert not due(STARTING_SOON, NOW + 5 * MINUTE + SECOND)
    assert not due(STARTING_SOON, NOW)  # started: too late to say "soon"
    assert not due(STARTING_SOON, NOW + MINUTE, SessionStatus.REQUESTED)


def test_the_provider_is_nudged_from_three_minutes_after_the_start() -> None:
    assert due(PROVIDER_NOT_STARTED, NOW - 3 * MINUTE)
    assert due(PROVIDER_NOT_STARTED, NOW - timedelta(days=6))
    assert not due(PROVIDER_NOT_STARTED, NOW - 3 * MINUTE + SECOND)
    assert not due(PROVIDER_NOT_STARTED, NOW - timedelta(days=7))  # a week late: dropped
    for status in (SessionStatus.IN_PROGRESS, SessionStatus.CANCELLED, SessionStatus.NO_SHOW):
        assert not due(PROVIDER_NOT_STARTED, NOW - 10 * MINUTE, status)


def test_a_session_is_stuck_half_an_hour_after_its_start_or_its_end() -> None:
    not_started, running_over = STUCK
    assert (not_started.kind, running_over.kind) == (
        ReminderKind.STUCK_NOT_STARTED,
        ReminderKind.STUCK_RUNNING_OVER,
    )
    assert due(not_started, NOW - 30 * MINUTE)
    assert not due(not_started, NOW - 30 * MINUTE + SECOND)
    assert due(running_over, NOW - 30 * MINUTE, SessionStatus.IN_PROGRESS)
    assert not due(running_over, NOW - 30 * MINUTE + SECOND)
    assert not due(running_over, NOW - 30 * MINUTE, SessionStatus.COMPLETED)
    assert "30 minutes" in not_started.detail


def test_the_follow_up_comes_a_day_after_a_completed_session() -> None:
    [first] = FOLLOW_UPS
    assert due(first, NOW - timedelta(days=1))
    assert not due(first, NOW - timedelta(days=1) + SECOND)
    assert due(first, NOW - timedelta(days=8) + SECOND)
    assert not due(first, NOW - timedelta(days=8))
    assert not due(first, NOW - timedelta(days=2), SessionStatus.CANCELLED)


def test_a_request_s_provider_is_nudged_after_it_came_and_the_day_before_it() -> None:
    waiting, expiring = REQUEST_NUDGES
    assert (waiting.kind, expiring.kind) == (
        ReminderKind.REQUEST_WAITING,
        ReminderKind.REQUEST_EXPIRING,
    )
    # Anchored on when it was booked: four hours on, for a week.
    assert due(waiting, NOW - 4 * HOUR)
    assert not due(waiting, NOW - 4 * HOUR + SECOND)
    assert not due(waiting, NOW - 5 * HOUR, SessionStatus.CONFIRMED)
    # Anchored on its start: within the day before it, if booked more than 28 hours ahead.
    ahead = 28 * HOUR
    assert expiring.is_due(SessionStatus.REQUESTED, NOW + 24 * HOUR, NOW, ahead)
    assert expiring.is_due(SessionStatus.REQUESTED, NOW + SECOND, NOW, ahead)
    assert not expiring.is_due(SessionStatus.REQUESTED, NOW, NOW, ahead)
    assert not expiring.is_due(SessionStatus.REQUESTED, NOW + 24 * HOUR + SECOND, NOW, ahead)
    assert not expiring.is_due(SessionStatus.REQUESTED, NOW + HOUR, NOW, ahead - SECOND)
    assert not expiring.is_due(SessionStatus.CONFIRMED, NOW + HOUR, NOW, ahead)


def test_every_reminder_kind_has_one_rule() -> None:
    rules = [STARTING_SOON, PROVIDER_NOT_STARTED, *STUCK, *FOLLOW_UPS, *REQUEST_NUDGES]
    assert sorted(rule.kind for rule in rules) == sorted(ReminderKind)


def test_the_new_mail_kinds_render_with_the_notification_words() -> None:
    for kind in (
        MailKind.SESSION_STARTING_SOON,
        MailKind.PROVIDER_NOT_STARTED,
        MailKind.SESSION_STUCK,
        MailKind.SESSION_FOLLOW_UP,
        MailKind.WAITLIST_OFFER,
        MailKind.SESSION_AWAITING_CONFIRMATION,
    ):
        context = {"name": "Ada", "about": "Mon 01 Jun 2026, 12:00 (Europe/Berlin)", "detail": "x"}
        mail = render_mail(kind, context)
        assert "Mon 01 Jun 2026, 12:00" in mail.subject
        assert "Hi Ada" in mail.text
        assert "<strong>Mon 01 Jun 2026, 12:00 (Europe/Berlin)</strong>" in mail.html
        assert compose(NotificationKind(kind.value), context["about"]).title
