"""The pure review rules: names shown in public, averages, and who may do what."""

from __future__ import annotations

from uuid import uuid4

from domain.review import (
    Reviewed,
    average,
    display_name,
    hide_violations,
    response_violations,
    restore_violation,
    review_violations,
    reviewer_violation,
    sees_hidden,
    vote_violation,
)
from domain.session import SessionStatus


def test_clients_show_as_first_name_and_last_initial() -> None:
    assert display_name("Ada", "lovelace") == "Ada L."
    assert display_name(" Grace ", "") == "Grace"


def test_average_is_rounded_and_absent_without_reviews() -> None:
    assert average(0, 0) is None
    assert average(14, 3) == 4.67
    assert average(5, 1) == 5.0


def test_rating_and_text_bounds() -> None:
    assert review_violations(1, "") == review_violations(5, "x" * 5000) == []
    codes = [v.code for v in review_violations(7, "x" * 5001)]
    assert codes == ["RATING_OUT_OF_RANGE", "TEXT_TOO_LONG"]
    assert [v.code for v in response_violations(" ")] == ["INVALID_VALUE"]


def test_who_may_review_and_vote() -> None:
    client, provider, stranger = uuid4(), uuid4(), uuid4()
    done = Reviewed(client, provider, SessionStatus.COMPLETED, already_reviewed=False)
    assert reviewer_violation(done, client) is None
    assert reviewer_violation(done, stranger).code == "NOT_YOUR_SESSION"  # type: ignore[union-attr]
    for status in set(SessionStatus) - {SessionStatus.COMPLETED}:
        early = Reviewed(client, provider, status, already_reviewed=False)
        assert reviewer_violation(early, client).code == "NOT_COMPLETED"  # type: ignore[union-attr]
    twice = Reviewed(client, provider, SessionStatus.COMPLETED, already_reviewed=True)
    assert reviewer_violation(twice, client).code == "ALREADY_REVIEWED"  # type: ignore[union-attr]
    # A provider who booked their own service.
    own = Reviewed(provider, provider, SessionStatus.COMPLETED, already_reviewed=False)
    assert reviewer_violation(own, provider).code == "OWN_SESSION"  # type: ignore[union-attr]
    assert vote_violation(stranger, client, provider) is None
    assert vote_violation(client, client, provider).code == "OWN_REVIEW"  # type: ignore[union-attr]
    assert vote_violation(provider, client, provider).code == "OWN_REVIEW"  # type: ignore[union-attr]


def test_hiding_takes_a_reason_once_and_restoring_a_hidden_review() -> None:
    assert hide_violations(False, "Insults the engineer.") == []
    assert [v.code for v in hide_violations(False, "   ")] == ["INVALID_VALUE"]
    assert [v.code for v in hide_violations(False, "x" * 2_001)] == ["TEXT_TOO_LONG"]
    assert [v.code for v in hide_violations(True, "Again.")] == ["ALREADY_HIDDEN"]
    assert restore_violation(True) is None
    assert restore_violation(False).code == "NOT_HIDDEN"  # type: ignore[union-attr]


def test_a_hidden_review_is_seen_by_its_author_its_provider_and_admins() -> None:
    author, provider, reader = uuid4(), uuid4(), uuid4()
    assert sees_hidden(author, author, provider, is_admin=False)
    assert sees_hidden(provider, author, provider, is_admin=False)
    assert sees_hidden(reader, author, provider, is_admin=True)
    assert not sees_hidden(reader, author, provider, is_admin=False)
    assert not sees_hidden(None, author, provider, is_admin=False)
    assert not sees_hidden(provider, author, None, is_admin=False), "no longer a provider"
