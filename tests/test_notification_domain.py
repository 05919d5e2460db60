"""Notification wording, without a database."""

from __future__ import annotations

from datetime import UTC, datetime

from domain.notification import NotificationKind, compose, preview, session_time


def test_previews_are_cut_at_a_word() -> None:
    assert preview("  short\n text ") == "short text"
    assert preview("one two three four", limit=12) == "one two…"
    assert preview("x" * 30, limit=10) == "x" * 9 + "…"


def test_session_times_are_the_studio_clock() -> None:
    summer, winter = datetime(2026, 7, 1, 8, tzinfo=UTC), datetime(2026, 12, 1, 8, tzinfo=UTC)
    assert session_time(summer, "Europe/Berlin") == "Wed 01 Jul 2026, 10:00 (Europe/Berlin)"
    assert session_time(winter, "Europe/Berlin") == "Tue 01 Dec 2026, 09:00 (Europe/Berlin)"


def test_every_kind_has_words() -> None:
    for kind in NotificationKind:
        text = compose(kind, "Debut EP", "IN_PROGRESS")
        assert text.title
        assert "Debut EP" in text.body
    cancelled = compose(NotificationKind.SESSION_CANCELLED, "Mon 01 Jun 2026, 10:00 (UTC)")
    assert cancelled.body == "The session on Mon 01 Jun 2026, 10:00 (UTC) was cancelled."
