"""Reviews over HTTP: who may write, answer and vote, the totals they keep, and the pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from strawberry.relay import from_base64, to_base64
from tortoise.exceptions import IntegrityError

from domain.notification import NotificationKind
from domain.session import SessionStatus
from models.account import User
from models.notification import Notification
from models.review import ProviderRating, Review, ReviewVote
from tests.api import StatementCounter, assert_denied, execute, gql
from tests.factories import make_user, token_for
from tests.reviews import (
    CREATE,
    RATING,
    RESPOND,
    VOTE,
    finished_session,
    review_input,
    reviewer,
    totals_match_rows,
)
from tests.scheduling import client_token, open_studio

REVIEWS = """
query ($id: ID!, $first: Int!, $after: String, $order: ReviewOrder!) {
  provider(id: $id) {
    reviews(first: $first, after: $after, orderBy: $order) {
      edges { node { id rating helpfulCount createdAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
}"""


async def test_the_client_reviews_a_completed_session_once(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, token = await reviewer(studio)
    created = await gql(
        client, CREATE, review_input(session_id, 4, "  Tidy and quick  "), token=token
    )
    review = created["createReview"]
    assert review["userErrors"] == []
    assert review["review"]["rating"] == 4
    assert review["review"]["text"] == "Tidy and quick"
    assert review["review"]["clientName"].startswith("Ada T")
    assert review["review"]["clientName"].endswith(".")

    again = await gql(client, CREATE, review_input(session_id, 1), token=token)
    assert again["createReview"]["userErrors"] == [
        {"field": "sessionId", "code": "ALREADY_REVIEWED"}
    ]
    assert await Review.all().count() == 1

    rating = (await gql(client, RATING, {"id": studio.provider_id}))["provider"]
    assert rating["avgRating"] == 4.0
    assert rating["reviewCount"] == 1
    assert rating["rating"]["sum"] == 4
    assert rating["rating"]["distribution"] == [
        {"stars": s, "count": int(s == 4)} for s in (5, 4, 3, 2, 1)
    ]
    seen = await gql(
        client,
        "query ($id: ID!) { session(id: $id) { review { rating } } }",
        {"id": session_id},
        token=token,
    )
    assert seen["session"]["review"] == {"rating": 4}
    told = await Notification.filter(kind=NotificationKind.REVIEW_RECEIVED).values_list(
        "recipient_id", flat=True
    )
    assert told == [studio.profile.user_id]  # type: ignore[attr-defined]


async def test_refused_reviews_write_nothing(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, token = await reviewer(studio)
    upcoming_id, upcoming_token = await reviewer(studio, status=SessionStatus.CONFIRMED)
    other_session = to_base64("Session", "00000000-0000-4000-8000-000000000000")
    cases = [
        (review_input(upcoming_id), upcoming_token, "sessionId", "NOT_COMPLETED"),
        (review_input(session_id), upcoming_token, "sessionId", "NOT_YOUR_SESSION"),
        (review_input(session_id), studio.provider_token, "sessionId", "NOT_YOUR_SESSION"),
        (review_input(session_id, 0), token, "rating", "RATING_OUT_OF_RANGE"),
        (review_input(session_id, 6), token, "rating", "RATING_OUT_OF_RANGE"),
        (review_input(session_id, 5, "x" * 5001), token, "text", "TEXT_TOO_LONG"),
        (review_input(other_session), token, "sessionId", "NOT_FOUND"),
        (review_input(studio.provider_id), token, "sessionId", "NOT_FOUND"),
    ]
    for variables, caller, field, code in cases:
        refused = await gql(client, CREATE, variables, token=caller)
        assert refused["createReview"] == {
            "review": None,
            "userErrors": [{"field": field, "code": code}],
        }
    await assert_denied(client, CREATE, review_input(session_id), code="UNAUTHENTICATED")
    assert await Review.all().count() == 0
    assert await ProviderRating.all().count() == 0
    assert await Notification.all().count() == 0
    longest = await gql(client, CREATE, review_input(session_id, 1, "x" * 5000), token=token)
    assert longest["createReview"]["userErrors"] == []


async def test_a_provider_does_not_review_their_own_work(client: httpx.AsyncClient) -> None:
    # Nothing stops a provider booking their own service; reviewing it raised their rating.
    studio = await open_studio()
    own = await User.get(id=studio.profile.user_id)  # type: ignore[attr-defined]
    session = await finished_session(studio, own)
    refused = await gql(
        client,
        CREATE,
        review_input(to_base64("Session", str(session.id))),
        token=studio.provider_token,
    )
    assert refused["createReview"] == {
        "review": None,
        "userErrors": [{"field": "sessionId", "code": "OWN_SESSION"}],
    }
    assert await Review.all().count() == await ProviderRating.all().count() == 0
    rating = (await gql(client, RATING, {"id": studio.provider_id}))["provider"]
    assert rating["avgRating"] is None


async def test_only_the_reviewed_provider_responds(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, token = await reviewer(studio)
    created = await gql(client, CREATE, review_input(session_id, 2), token=token)
    review_id = created["createReview"]["review"]["id"]
    reply = {"input": {"reviewId": review_id, "response": "Sorry, we will call you."}}
    rival = await open_studio()
    for caller in (token, rival.provider_token):
        refused = await gql(client, RESPOND, reply, token=caller)
        assert refused["respondToReview"]["userErrors"] == [
            {"field": "reviewId", "code": "NOT_YOUR_REVIEW"}
        ]
    blank = {"input": {"reviewId": review_id, "response": "   "}}
    refused = await gql(client, RESPOND, blank, token=studio.provider_token)
    assert refused["respondToReview"]["userErrors"] == [
        {"field": "response", "code": "INVALID_VALUE"}
    ]
    too_long = {"input": {"reviewId": review_id, "response": "x" * 5001}}
    refused = await gql(client, RESPOND, too_long, token=studio.provider_token)
    assert refused["respondToReview"]["userErrors"] == [
        {"field": "response", "code": "TEXT_TOO_LONG"}
    ]
    assert (await Review.get()).response is None

    first = await gql(client, RESPOND, reply, token=studio.provider_token)
    assert first["respondToReview"]["review"]["response"] == "Sorry, we will call you."
    reply["input"]["response"] = "Fixed it on a second visit."
    second = await gql(client, RESPOND, reply, token=studio.provider_token)
    assert second["respondToReview"]["review"]["response"] == "Fixed it on a second visit."
    assert (
        second["respondToReview"]["review"]["respondedAt"]
        >= first["respondToReview"]["review"]["respondedAt"]
    )
    node = "query ($id: ID!) { node(id: $id) { ... on Review { response rating } } }"
    public = await gql(client, node, {"id": review_id})  # reviews are public
    assert public["node"] == {"response": "Fixed it on a second visit.", "rating": 2}


async def test_one_helpful_vote_per_person_and_none_on_your_own(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    session_id, author = await reviewer(studio)
    created = await gql(client, CREATE, review_input(session_id), token=author)
    review_id = created["createReview"]["review"]["id"]
    vote = {"input": {"reviewId": review_id, "helpful": True}}
    reader = await client_token()
    for _ in range(2):
        voted = await gql(client, VOTE, vote, token=reader)
        assert voted["voteReviewHelpful"]["review"] == {
            "helpfulCount": 1,
            "viewerFoundHelpful": True,
        }
    for own in (author, studio.provider_token):
        refused = await gql(client, VOTE, vote, token=own)
        assert refused["voteReviewHelpful"]["userErrors"] == [
            {"field": "reviewId", "code": "OWN_REVIEW"}
        ]
    second = await gql(client, VOTE, vote, token=await client_token())
    assert second["voteReviewHelpful"]["review"]["helpfulCount"] == 2
    assert await ReviewVote.all().count() == 2

    withdraw = {"input": {"reviewId": review_id, "helpful": False}}
    for _ in range(2):
        taken = await gql(client, VOTE, withdraw, token=reader)
        assert taken["voteReviewHelpful"]["review"] == {
            "helpfulCount": 1,
            "viewerFoundHelpful": False,
        }
    assert await ReviewVote.all().count() == 1
    missing = {"input": {"reviewId": to_base64("Review", "00000000-0000-4000-8000-000000000000")}}
    refused = await gql(client, VOTE, missing, token=reader)
    assert refused["voteReviewHelpful"]["userErrors"] == [
        {"field": "reviewId", "code": "NOT_FOUND"}
    ]
    anonymous = "query ($id: ID!) { node(id: $id) { ... on Review { viewerFoundHelpful } } }"
    assert (await gql(client, anonymous, {"id": review_id}))["node"] == {
        "viewerFoundHelpful": False
    }


async def _spread_of_reviews(studio_count: int = 13) -> tuple[str, list[Review]]:
    """Reviews with tied ratings, tied helpful counts and pairs of tied timestamps, so every
    order leans on each of its tiebreaks."""
    studio = await open_studio()
    base = datetime.now(UTC) - timedelta(days=30)
    rows = []
    for i in range(studio_count):
        session = await finished_session(studio)
        review = await Review.create(
            session=session,
            provider=studio.profile,
            client_id=session.client_id,  # type: ignore[attr-defined]
            rating=i % 5 + 1,
            helpful_count=i % 3,
        )
        await Review.filter(id=review.id).update(created_at=base + timedelta(minutes=i // 2))
        rows.append(await Review.get(id=review.id))
    return studio.provider_id, rows


def _expected(rows: list[Review], order: str) -> list[str]:
    newest = sorted(rows, key=lambda r: (r.created_at, r.id), reverse=True)
    keys = {
        "NEWEST": lambda r: 0,
        "HIGHEST": lambda r: -r.rating,
        "LOWEST": lambda r: r.rating,
        "MOST_HELPFUL": lambda r: -r.helpful_count,
    }
    ordered = sorted(newest, key=keys[order])  # stable: newest first within each group
    return [to_base64("Review", str(r.id)) for r in ordered]


async def test_every_order_pages_through_all_reviews_once(client: httpx.AsyncClient) -> None:
    provider_id, rows = await _spread_of_reviews()
    for order in ("NEWEST", "HIGHEST", "LOWEST", "MOST_HELPFUL"):
        seen: list[str] = []
        after = None
        while True:
            variables = {"id": provider_id, "first": 4, "after": after, "order": order}
            page = (await gql(client, REVIEWS, variables))["provider"]["reviews"]
            seen += [edge["node"]["id"] for edge in page["edges"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        assert seen == _expected(rows, order), order

    newest = await gql(client, REVIEWS, {"id": provider_id, "first": 2, "order": "NEWEST"})
    cursor = newest["provider"]["reviews"]["pageInfo"]["endCursor"]
    for order, other_cursor in (("HIGHEST", cursor), ("NEWEST", "bm90IGEgY3Vyc29y")):
        variables = {"id": provider_id, "first": 2, "after": other_cursor, "order": order}
        body = await execute(client, REVIEWS, variables)
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_public_profile_costs_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    query = """query ($id: ID!) { provider(id: $id) {
        displayName rating { average count distribution { stars count } }
        reviews(first: 50) { edges { node {
            rating text clientName helpfulCount viewerFoundHelpful response
            provider { displayName reviewCount }
        } } }
    } }"""
    studio = await open_studio()
    reader = await make_user()
    token = await token_for(reader)
    counts = []
    for total in (5, 50):
        while await Review.all().count() < total:
            session = await finished_session(studio)
            review = await Review.create(
                session=session,
                provider=studio.profile,
                client_id=session.client_id,  # type: ignore[attr-defined]
                rating=3,
            )
            await ReviewVote.create(review=review, user=reader)
        statements.reset()
        profile = (await gql(client, query, {"id": studio.provider_id}, token=token))["provider"]
        assert len(profile["reviews"]["edges"]) == total
        assert all(edge["node"]["viewerFoundHelpful"] for edge in profile["reviews"]["edges"])
        counts.append(statements.count)
    # token, provider, rating totals, page, clients, votes
    assert counts[0] == counts[1] == 6, statements.queries


async def test_totals_follow_every_review(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    for rating in (5, 5, 3, 1):
        session_id, token = await reviewer(studio)
        await gql(client, CREATE, review_input(session_id, rating), token=token)
    totals = await totals_match_rows(studio)
    assert (
        totals["stored"] == totals["counted"] == {"count": 4, "sum": 14, "stars": [1, 0, 1, 0, 2]}
    )
    rating = (await gql(client, RATING, {"id": studio.provider_id}))["provider"]["rating"]
    assert rating["average"] == 3.5


async def test_the_database_refuses_ratings_outside_one_to_five() -> None:
    studio = await open_studio()
    session = await finished_session(studio)
    with pytest.raises(IntegrityError):
        await Review.create(
            session=session,
            provider=studio.profile,
            client_id=session.client_id,  # type: ignore[attr-defined]
            rating=6,
        )


async def test_most_helpful_pages_by_the_counts_the_cursor_saw(client: httpx.AsyncClient) -> None:
    """The documented limit of MOST_HELPFUL: the cursor holds the last row's helpful count,
    and later pages continue below it as counts are now. A review voted up past the cursor
    meanwhile is not on later pages (it is now on the first); one voted down below the cursor
    after being shown is shown again. Every other order pages over values that never change."""
    provider_id, _ = await _spread_of_reviews(4)
    await Review.all().update(helpful_count=0)
    by_age = await Review.all().order_by("created_at", "id")
    for count, row in zip((3, 2, 1, 0), by_age, strict=True):
        await Review.filter(id=row.id).update(helpful_count=count)
    top, second, third, last = (str(row.id) for row in by_age)

    def ids(page: dict) -> list[str]:
        return [from_base64(edge["node"]["id"])[1] for edge in page["edges"]]

    variables = {"id": provider_id, "first": 2, "order": "MOST_HELPFUL"}
    first = (await gql(client, REVIEWS, variables))["provider"]["reviews"]
    assert ids(first) == [top, second]
    await Review.filter(id=last).update(helpful_count=5)  # voted up past the cursor
    await Review.filter(id=second).update(helpful_count=0)  # voted down below it
    after = first["pageInfo"]["endCursor"]
    rest = (await gql(client, REVIEWS, variables | {"after": after}))["provider"]["reviews"]
    assert ids(rest) == [third, second]
    assert rest["pageInfo"]["hasNextPage"] is False


async def test_the_average_rounds_halves_up(client: httpx.AsyncClient) -> None:
    # 33 stars over 8 reviews is 4.125: Python's round() on the float gave 4.12 (halves to
    # even), where the profile promises the mean rounded to two decimals, 4.13.
    studio = await open_studio()
    for rating in (5, 4, 4, 4, 4, 4, 4, 4):
        session_id, token = await reviewer(studio)
        await gql(client, CREATE, review_input(session_id, rating), token=token)
    query = "query ($id: ID!) { provider(id: $id) { avgRating rating { average sum count } } }"
    profile = (await gql(client, query, {"id": studio.provider_id}))["provider"]
    assert profile == {"avgRating": 4.13, "rating": {"average": 4.13, "sum": 33, "count": 8}}
