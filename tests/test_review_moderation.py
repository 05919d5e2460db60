"""Admins hide abusive or fake reviews (and restore them): gone from the public profile and
the provider's totals, still shown to its author and the provider, marked hidden."""

from __future__ import annotations

import httpx

from domain.notification import NotificationKind
from models.account import Role
from models.audit import AuditEntry
from models.notification import Notification
from models.outbox import OutboxMessage
from models.review import Review
from models.webhook import WebhookDelivery
from tests.api import StatementCounter, assert_denied, gql
from tests.factories import make_user, token_for
from tests.reviews import CREATE, RATING, RESPOND, VOTE, review_input, reviewer
from tests.scheduling import Studio, open_studio
from tests.webhooks import make_endpoint

HIDE = """
mutation ($input: HideReviewInput!) {
  hideReview(input: $input) {
    review { id hidden hiddenReason } userErrors { field code }
  }
}"""
RESTORE = """
mutation ($input: RestoreReviewInput!) {
  restoreReview(input: $input) {
    review { id hidden hiddenReason } userErrors { field code }
  }
}"""
LIST = """
query ($id: ID!) {
  provider(id: $id) { reviews(first: 50) { edges { node { rating hidden hiddenReason } } } }
}"""
SESSION_REVIEW = """
query ($id: ID!) { session(id: $id) { review { rating hidden hiddenReason } } }"""
NODE = "query ($id: ID!) { node(id: $id) { ... on Review { rating hidden } } }"


async def _reviewed(client: httpx.AsyncClient, studio: Studio, rating: int) -> tuple[str, str, str]:
    """(review id, session id, author's token)."""
    session_id, token = await reviewer(studio)
    created = await gql(client, CREATE, review_input(session_id, rating), token=token)
    return created["createReview"]["review"]["id"], session_id, token


async def _totals(client: httpx.AsyncClient, studio: Studio) -> tuple[object, ...]:
    rating = (await gql(client, RATING, {"id": studio.provider_id}))["provider"]
    stars = [row["count"] for row in rating["rating"]["distribution"]]
    return rating["avgRating"], rating["reviewCount"], rating["rating"]["sum"], stars


async def test_a_hidden_review_leaves_the_profile_and_totals_until_restored(
    client: httpx.AsyncClient,
) -> None:
    # Admins had no way to take down an abusive or fake review: it stayed on the profile and
    # in the provider's average for good.
    studio = await open_studio()
    admin = await token_for(await make_user(role=Role.ADMIN))
    await _reviewed(client, studio, 5)
    review_id, session_id, author = await _reviewed(client, studio, 1)
    assert await _totals(client, studio) == (3.0, 2, 6, [1, 0, 0, 0, 1])

    hiding = {"input": {"reviewId": review_id, "reason": "Insults the engineer."}}
    hidden = (await gql(client, HIDE, hiding, token=admin))["hideReview"]
    assert hidden == {
        "review": {"id": review_id, "hidden": True, "hiddenReason": "Insults the engineer."},
        "userErrors": [],
    }
    assert await _totals(client, studio) == (5.0, 1, 5, [1, 0, 0, 0, 0])
    public = await gql(client, LIST, {"id": studio.provider_id})
    assert [e["node"]["rating"] for e in public["provider"]["reviews"]["edges"]] == [5]
    assert (await gql(client, NODE, {"id": review_id}))["node"] is None
    # The author and the provider still see it, marked; only the author is told why.
    mine = await gql(client, SESSION_REVIEW, {"id": session_id}, token=author)
    assert mine["session"]["review"] == {
        "rating": 1,
        "hidden": True,
        "hiddenReason": "Insults the engineer.",
    }
    theirs = await gql(client, SESSION_REVIEW, {"id": session_id}, token=studio.provider_token)
    assert theirs["session"]["review"] == {"rating": 1, "hidden": True, "hiddenReason": None}
    own_list = await gql(client, LIST, {"id": studio.provider_id}, token=studio.provider_token)
    assert sorted(
        (e["node"]["rating"], e["node"]["hidden"]) for e in own_list["provider"]["reviews"]["edges"]
    ) == [(1, True), (5, False)]
    assert (await gql(client, NODE, {"id": review_id}, token=author))["node"] == {
        "rating": 1,
        "hidden": True,
    }

    [told] = await Notification.filter(kind=NotificationKind.REVIEW_HIDDEN).select_related(
        "recipient"
    )
    assert told.body.endswith("Insults the engineer.")
    [mailed] = await OutboxMessage.filter(kind="REVIEW_HIDDEN")
    assert mailed.recipient == told.recipient.email
    assert "Insults the engineer." in mailed.text_body
    assert "Insults the engineer." in mailed.html_body
    assert mailed.subject.startswith("Your review of ")

    again = (await gql(client, HIDE, hiding, token=admin))["hideReview"]
    assert again["userErrors"] == [{"field": "reviewId", "code": "ALREADY_HIDDEN"}]
    assert await _totals(client, studio) == (5.0, 1, 5, [1, 0, 0, 0, 0])

    restoring = {"input": {"reviewId": review_id}}
    restored = (await gql(client, RESTORE, restoring, token=admin))["restoreReview"]
    assert restored["review"] == {"id": review_id, "hidden": False, "hiddenReason": None}
    assert await _totals(client, studio) == (3.0, 2, 6, [1, 0, 0, 0, 1])
    public = await gql(client, LIST, {"id": studio.provider_id})
    assert len(public["provider"]["reviews"]["edges"]) == 2
    again = (await gql(client, RESTORE, restoring, token=admin))["restoreReview"]
    assert again["userErrors"] == [{"field": "reviewId", "code": "NOT_HIDDEN"}]
    assert await _totals(client, studio) == (3.0, 2, 6, [1, 0, 0, 0, 1])

    audited = await AuditEntry.all().order_by("created_at").values_list("action", "changes")
    assert audited == [
        ("hideReview", {"hiddenReason": [None, "Insults the engineer."]}),
        ("restoreReview", {"hiddenReason": ["Insults the engineer.", None]}),
    ]


async def test_only_admins_moderate_and_a_reason_is_required(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    review_id, _, author = await _reviewed(client, studio, 1)
    hiding = {"input": {"reviewId": review_id, "reason": "Fake."}}
    for token in (author, studio.provider_token, None):
        await assert_denied(client, HIDE, hiding, token=token)
        await assert_denied(client, RESTORE, {"input": {"reviewId": review_id}}, token=token)
    admin = await token_for(await make_user(role=Role.ADMIN))
    blank = {"input": {"reviewId": review_id, "reason": "  "}}
    refused = (await gql(client, HIDE, blank, token=admin))["hideReview"]
    assert refused["userErrors"] == [{"field": "reason", "code": "INVALID_VALUE"}]
    assert (await Review.get()).hidden_at is None
    assert not await Notification.filter(kind=NotificationKind.REVIEW_HIDDEN).exists()
    assert not await AuditEntry.exists()


async def test_a_hidden_review_takes_no_votes(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    review_id, _, _ = await _reviewed(client, studio, 1)
    admin = await token_for(await make_user(role=Role.ADMIN))
    await gql(client, HIDE, {"input": {"reviewId": review_id, "reason": "Fake."}}, token=admin)
    reader = await token_for(await make_user())
    voted = await gql(client, VOTE, {"input": {"reviewId": review_id}}, token=reader)
    assert voted["voteReviewHelpful"]["userErrors"] == [{"field": "reviewId", "code": "NOT_FOUND"}]
    assert (await Review.get()).helpful_count == 0


async def test_a_hidden_review_takes_no_reply_until_restored(client: httpx.AsyncClient) -> None:
    # The provider could still reply to a review the moderators had taken down (and the client
    # was told of the reply), or reword an earlier reply under it.
    studio = await open_studio()
    admin = await token_for(await make_user(role=Role.ADMIN))
    answered, _, _ = await _reviewed(client, studio, 1)
    first = {"input": {"reviewId": answered, "response": "Sorry to hear it."}}
    await gql(client, RESPOND, first, token=studio.provider_token)
    unanswered, session_id, author = await _reviewed(client, studio, 2)
    for review_id in (answered, unanswered):
        hiding = {"input": {"reviewId": review_id, "reason": "Fake."}}
        await gql(client, HIDE, hiding, token=admin)

    hidden = [{"field": "reviewId", "code": "REVIEW_HIDDEN"}]
    for review_id in (answered, unanswered):
        reply = {"input": {"reviewId": review_id, "response": "We never met you."}}
        refused = await gql(client, RESPOND, reply, token=studio.provider_token)
        assert refused["respondToReview"] == {"review": None, "userErrors": hidden}
    rows = await Review.all().order_by("created_at").values_list("response", flat=True)
    assert rows == ["Sorry to hear it.", None]
    assert await Notification.filter(kind=NotificationKind.REVIEW_REPLIED).count() == 1
    # Nor does its author get round the moderators with a second review of the session.
    again = await gql(client, CREATE, review_input(session_id, 5), token=author)
    assert again["createReview"]["userErrors"] == [
        {"field": "sessionId", "code": "ALREADY_REVIEWED"}
    ]

    await gql(client, RESTORE, {"input": {"reviewId": unanswered}}, token=admin)
    reply = {"input": {"reviewId": unanswered, "response": "Thank you."}}
    replied = await gql(client, RESPOND, reply, token=studio.provider_token)
    assert replied["respondToReview"]["review"]["response"] == "Thank you."
    assert await Notification.filter(kind=NotificationKind.REVIEW_REPLIED).count() == 2


async def test_a_restored_review_s_author_is_told(client: httpx.AsyncClient) -> None:
    # The author heard their review was hidden, and why, but nothing when it came back.
    await make_endpoint("https://hooks.example.com/a", "REVIEW_RESTORED")
    studio = await open_studio()
    admin = await token_for(await make_user(role=Role.ADMIN))
    review_id, session_id, _ = await _reviewed(client, studio, 1)
    restoring = {"input": {"reviewId": review_id}}
    refused = await gql(client, RESTORE, restoring, token=admin)
    assert refused["restoreReview"]["userErrors"] == [{"field": "reviewId", "code": "NOT_HIDDEN"}]
    assert not await Notification.filter(kind=NotificationKind.REVIEW_RESTORED).exists()
    await gql(client, HIDE, {"input": {"reviewId": review_id, "reason": "Fake."}}, token=admin)
    await gql(client, RESTORE, restoring, token=admin)

    [told] = await Notification.filter(kind=NotificationKind.REVIEW_RESTORED).select_related(
        "recipient", "session"
    )
    assert told.recipient_id == told.session.client_id  # type: ignore[attr-defined]
    assert told.title == "Review restored"
    assert "is back on the public profile" in told.body
    [mailed] = await OutboxMessage.filter(kind="REVIEW_RESTORED")
    assert mailed.recipient == told.recipient.email
    assert mailed.subject.startswith("Your review of ")
    assert "restored by our moderators" in mailed.text_body
    assert "restored by our moderators" in mailed.html_body
    [event] = await WebhookDelivery.all().values_list("payload", flat=True)
    assert event["type"] == "REVIEW_RESTORED"  # type: ignore[index, call-overload]
    assert event["data"]["sessionId"] == session_id  # type: ignore[index, call-overload]


async def test_the_provider_s_own_list_costs_what_the_public_one_does(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio = await open_studio()
    admin = await token_for(await make_user(role=Role.ADMIN))
    counts = []
    for total in (3, 12):
        while await Review.all().count() < total:
            review_id, _, _ = await _reviewed(client, studio, 2)
            hiding = {"input": {"reviewId": review_id, "reason": "Fake."}}
            await gql(client, HIDE, hiding, token=admin)
        for token in (None, studio.provider_token):
            statements.reset()
            await gql(client, LIST, {"id": studio.provider_id}, token=token)
            counts.append(statements.count)
    assert counts[0] == counts[2], counts  # signed out, 3 reviews then 12
    assert counts[1] == counts[3], counts  # the provider, hidden ones included
