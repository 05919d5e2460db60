"""Reviews and votes racing at a real uvicorn on PostgreSQL: totals stay equal to the rows."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
from strawberry.relay import to_base64

from models.account import Role
from models.review import Review, ReviewVote
from tests.factories import make_user, token_for
from tests.reviews import CREATE, VOTE, review_input, reviewer, totals_match_rows
from tests.scheduling import client_token, open_studio
from tests.test_review_moderation import HIDE, RESTORE

REVIEWERS = 30


async def fire(server: str, document: str, calls: list[tuple[str, dict]]) -> Counter[str]:
    """Sends every (token, variables) request at once; counts outcomes by user-error code."""
    limits = httpx.Limits(max_connections=len(calls))
    async with httpx.AsyncClient(base_url=server, limits=limits, timeout=60) as http:

        async def call(token: str, variables: dict) -> str:
            response = await http.post(
                "/graphql",
                json={"query": document, "variables": variables},
                headers={"Authorization": f"Bearer {token}"},
            )
            body = response.json()
            if response.status_code != 200 or "errors" in body:
                return f"HTTP {response.status_code}: {response.text[:200]}"
            (payload,) = body["data"].values()
            return payload["userErrors"][0]["code"] if payload["userErrors"] else "OK"

        outcomes = await asyncio.gather(*(call(token, v) for token, v in calls))
    return Counter(outcomes)


async def test_concurrent_reviews_keep_exact_totals(server: str) -> None:
    studio = await open_studio()
    calls = []
    for i in range(REVIEWERS):
        session_id, token = await reviewer(studio)
        calls.append((token, review_input(session_id, rating=i % 5 + 1)))
    assert await fire(server, CREATE, calls) == Counter({"OK": REVIEWERS})
    totals = await totals_match_rows(studio)
    assert totals["stored"] == totals["counted"]
    assert totals["counted"] == {"count": REVIEWERS, "sum": 90, "stars": [6] * 5}


async def test_one_review_wins_a_race_on_one_session(server: str) -> None:
    studio = await open_studio()
    session_id, token = await reviewer(studio)
    calls = [(token, review_input(session_id, rating=r % 5 + 1)) for r in range(10)]
    assert await fire(server, CREATE, calls) == Counter({"OK": 1, "ALREADY_REVIEWED": 9})
    totals = await totals_match_rows(studio)
    assert totals["stored"] == totals["counted"]
    assert totals["counted"]["count"] == 1


async def test_concurrent_votes_count_each_voter_once(server: str) -> None:
    studio = await open_studio()
    session_id, author = await reviewer(studio)
    await fire(server, CREATE, [(author, review_input(session_id))])
    review = await Review.get()
    vote = {"input": {"reviewId": to_base64("Review", str(review.id)), "helpful": True}}
    voters = [await client_token() for _ in range(20)]
    # Every voter twice at once: the second of each pair must change nothing.
    assert await fire(server, VOTE, [(v, vote) for v in voters * 2]) == Counter({"OK": 40})
    await review.refresh_from_db()
    assert review.helpful_count == await ReviewVote.filter(review=review).count() == 20


async def test_racing_hides_and_restores_move_the_totals_once(server: str) -> None:
    studio = await open_studio()
    calls = []
    for rating in (5, 1):
        session_id, token = await reviewer(studio)
        calls.append((token, review_input(session_id, rating=rating)))
    assert await fire(server, CREATE, calls) == Counter({"OK": 2})
    review = await Review.get(rating=1)
    review_id = to_base64("Review", str(review.id))
    admins = [await token_for(await make_user(role=Role.ADMIN)) for _ in range(5)]
    hiding = {"input": {"reviewId": review_id, "reason": "Fake."}}
    outcomes = await fire(server, HIDE, [(admin, hiding) for admin in admins])
    assert outcomes == Counter({"OK": 1, "ALREADY_HIDDEN": 4})
    totals = await totals_match_rows(studio)
    assert totals["stored"] == totals["counted"] == {"count": 1, "sum": 5, "stars": [0] * 4 + [1]}
    restoring = {"input": {"reviewId": review_id}}
    outcomes = await fire(server, RESTORE, [(admin, restoring) for admin in admins])
    assert outcomes == Counter({"OK": 1, "NOT_HIDDEN": 4})
    totals = await totals_match_rows(studio)
    assert totals["stored"] == totals["counted"]
    assert totals["counted"] == {"count": 2, "sum": 6, "stars": [1, 0, 0, 0, 1]}
