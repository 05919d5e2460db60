"""Set-up for review tests: finished sessions of one studio, and the documents they send."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from strawberry.relay import to_base64

from domain.session import SessionStatus
from models.account import User
from models.booking import Session
from models.review import ProviderRating, Review
from tests.factories import make_user, token_for
from tests.scheduling import Studio

CREATE = """
mutation ($input: CreateReviewInput!) {
  createReview(input: $input) {
    review { id rating text clientName helpfulCount } userErrors { field code }
  }
}"""
RESPOND = """
mutation ($input: RespondToReviewInput!) {
  respondToReview(input: $input) {
    review { response respondedAt helpfulCount } userErrors { field code }
  }
}"""
VOTE = """
mutation ($input: VoteReviewHelpfulInput!) {
  voteReviewHelpful(input: $input) {
    review { helpfulCount viewerFoundHelpful } userErrors { field code }
  }
}"""
RATING = """
query ($id: ID!) {
  provider(id: $id) {
    avgRating reviewCount
    rating { average count sum distribution { stars count } }
  }
}"""


async def finished_session(
    studio: Studio,
    client: User | None = None,
    status: SessionStatus = SessionStatus.COMPLETED,
    days_ago: int = 2,
) -> Session:
    """A session in the past, straight through the model: review tests need many of them."""
    start = datetime.now(UTC) - timedelta(days=days_ago)
    session_id = uuid4()
    return await Session.create(
        id=session_id,
        provider=studio.profile,
        service=studio.service,
        client=client or await make_user(),
        start_at=start,
        end_at=start + timedelta(hours=1),
        blocked_start=start,
        blocked_end=start + timedelta(hours=1),
        slot_key=str(session_id),
        status=status,
        price_amount=10000,
        currency="EUR",
    )


async def reviewer(studio: Studio, **session: object) -> tuple[str, str]:
    """(session global id, its client's token) for a finished session of the studio."""
    client = await make_user()
    row = await finished_session(studio, client, **session)  # type: ignore[arg-type]
    return to_base64("Session", str(row.id)), await token_for(client)


def review_input(session_id: str, rating: int = 5, text: str = "Great work") -> dict:
    return {"input": {"sessionId": session_id, "rating": rating, "text": text}}


async def totals_match_rows(studio: Studio) -> dict[str, object]:
    """The stored totals and the same figures counted from the review rows, side by side."""
    stored = await ProviderRating.get(provider_id=studio.profile.id)
    # Hidden reviews are out of the totals.
    shown = Review.filter(provider_id=studio.profile.id, hidden_at__isnull=True)
    ratings = await shown.values_list("rating", flat=True)
    counted = {
        "count": len(ratings),
        "sum": sum(ratings),
        "stars": [ratings.count(s) for s in range(1, 6)],
    }
    kept = {
        "count": stored.review_count,
        "sum": stored.rating_sum,
        "stars": [getattr(stored, f"stars_{s}") for s in range(1, 6)],
    }
    return {"stored": kept, "counted": counted}
