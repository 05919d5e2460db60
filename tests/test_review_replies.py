"""The client hears of the provider's reply to their review, once."""

from __future__ import annotations

import httpx

from domain.notification import NotificationKind
from models.notification import Notification
from models.outbox import OutboxMessage
from tests.api import gql
from tests.reviews import CREATE, RESPOND, review_input, reviewer
from tests.scheduling import open_studio


async def test_the_first_reply_tells_the_review_s_author_edits_do_not(
    client: httpx.AsyncClient,
) -> None:
    # A reply was written silently: the client learnt of it only by reading the profile again.
    studio = await open_studio()
    session_id, token = await reviewer(studio)
    created = await gql(client, CREATE, review_input(session_id, 2), token=token)
    review_id = created["createReview"]["review"]["id"]
    reply = {"input": {"reviewId": review_id, "response": "Sorry, we will call you."}}
    await gql(client, RESPOND, reply, token=studio.provider_token)
    reply["input"]["response"] = "Called you: fixed on a second visit."
    await gql(client, RESPOND, reply, token=studio.provider_token)

    [told] = await Notification.filter(kind=NotificationKind.REVIEW_REPLIED).select_related(
        "recipient", "session"
    )
    author = told.recipient
    assert told.session.client_id == author.id  # type: ignore[attr-defined]
    assert told.title == "Reply to your review"
    assert "replied to your review" in told.body
    assert told.body.endswith("Sorry, we will call you.")
    [mailed] = await OutboxMessage.filter(kind="REVIEW_REPLIED")
    assert mailed.recipient == author.email
    assert mailed.subject.startswith("Your provider replied to your review")
    assert "Sorry, we will call you." in mailed.text_body
    assert "Sorry, we will call you." in mailed.html_body


async def test_a_refused_reply_tells_nobody(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, token = await reviewer(studio)
    created = await gql(client, CREATE, review_input(session_id, 2), token=token)
    review_id = created["createReview"]["review"]["id"]
    blank = {"input": {"reviewId": review_id, "response": "  "}}
    refused = await gql(client, RESPOND, blank, token=studio.provider_token)
    assert refused["respondToReview"]["userErrors"] != []
    assert not await Notification.filter(kind=NotificationKind.REVIEW_REPLIED).exists()
