"""Writing reviews, answering them, and voting them helpful.

Rating totals change only through SQL increments in the transaction that writes the review,
so any number of concurrent reviews leave them equal to the review rows.
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

import strawberry
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.context import Info
from domain.notification import NotificationKind
from domain.review import (
    Reviewed,
    reply_violation,
    response_violations,
    review_violations,
    reviewer_violation,
    vote_violation,
)
from domain.violation import Violation
from models.booking import Session as SessionModel
from models.review import ProviderRating, ReviewVote
from models.review import Review as ReviewModel
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notification import notify_review_author, notify_session
from resolvers.permissions import IsAuthenticated
from schema.booking import Session
from schema.review import (
    CreateReviewInput,
    RespondToReviewInput,
    Review,
    ReviewErrorCode,
    ReviewPayload,
    ReviewUserError,
    VoteReviewHelpfulInput,
)


def refused(violations: list[Violation]) -> ReviewPayload:
    return ReviewPayload(user_errors=to_user_errors(violations, ReviewUserError, ReviewErrorCode))


MISSING = Violation("reviewId", "NOT_FOUND", "No such review.")


async def count_rating(provider_id: UUID, rating: int, change: int = 1) -> None:
    """Adds a review to the provider's totals (or, `change=-1`, takes one out: a review
    hidden) without reading them first."""
    # The first review creates the row; a concurrent first review waits here, then finds it.
    await ProviderRating.bulk_create(
        [ProviderRating(provider_id=provider_id)], ignore_conflicts=True
    )
    star = f"stars_{rating}"
    await ProviderRating.filter(provider_id=provider_id).update(
        review_count=F("review_count") + change,
        rating_sum=F("rating_sum") + rating * change,
        **{star: F(star) + change},
    )


@strawberry.type
class ReviewMutations:
    @strawberry.mutation(
        description="Review a completed session (its client, once).",
        permission_classes=[IsAuthenticated],
    )
    async def create_review(self, info: Info, input: CreateReviewInput) -> ReviewPayload:
        user = info.context.user
        session_id = decode_id(input.session_id, Session)
        async with in_transaction():
            # Locking the session serialises reviews of it, so "already reviewed" is decided
            # on committed rows rather than by whichever insert loses on the unique index.
            session = (
                await SessionModel.filter(id=session_id).select_for_update().first()
                if session_id
                else None
            )
            if session is None:
                return refused([Violation("sessionId", "NOT_FOUND", "No such session.")])
            profile = await info.context.loaders.provider_by_id.load(session.provider_id)  # type: ignore[attr-defined]
            reviewed = Reviewed(
                client_id=session.client_id,  # type: ignore[attr-defined]
                provider_user_id=profile.user_id,  # type: ignore[union-attr]
                status=session.status,
                already_reviewed=await ReviewModel.exists(session_id=session.id),
            )
            denied = reviewer_violation(reviewed, user.id)  # type: ignore[union-attr]
            violations = [denied] if denied else review_violations(input.rating, input.text)
            if violations:
                return refused(violations)
            review = await ReviewModel.create(
                session=session,
                provider_id=session.provider_id,  # type: ignore[attr-defined]
                client=user,
                rating=input.rating,
                text=input.text.strip(),
            )
            await count_rating(session.provider_id, input.rating)  # type: ignore[attr-defined]
            await notify_session(info, session, NotificationKind.REVIEW_RECEIVED, str(input.rating))
        return ReviewPayload(review=Review.from_model(review))

    @strawberry.mutation(
        description="Reply publicly to a review of your work; replying again replaces it.",
        permission_classes=[IsAuthenticated],
    )
    async def respond_to_review(self, info: Info, input: RespondToReviewInput) -> ReviewPayload:
        review_id = decode_id(input.review_id, Review)
        async with in_transaction():
            # Locked, so of two first replies at once only one finds no reply and tells the
            # client.
            review = (
                await ReviewModel.filter(id=review_id).select_for_update().first()
                if review_id
                else None
            )
            if review is None:
                return refused([MISSING])
            profile = await info.context.loaders.provider_by_id.load(review.provider_id)  # type: ignore[attr-defined]
            owner = profile is not None and profile.user_id == info.context.user.id  # type: ignore[attr-defined, union-attr]
            if not (owner and info.context.is_provider):
                mine = Violation(
                    "reviewId", "NOT_YOUR_REVIEW", "Only the reviewed provider replies."
                )
                return refused([mine])
            if hidden := reply_violation(review.hidden_at is not None):
                return refused([hidden])
            if violations := response_violations(input.response):
                return refused(violations)
            first_reply = review.response is None
            review.response = input.response.strip()
            review.responded_at = datetime.now(UTC)
            # Only these columns: a full save would write back a stale helpful count.
            await review.save(update_fields=["response", "responded_at", "updated_at"])
            if first_reply:
                session = await info.context.loaders.session_by_id.load(review.session_id)  # type: ignore[attr-defined]
                kind = NotificationKind.REVIEW_REPLIED
                await notify_review_author(info, session, kind, review.response)  # type: ignore[arg-type]
        return ReviewPayload(review=Review.from_model(review))

    @strawberry.mutation(
        description="Mark a review helpful (one mark per person), or take your mark back.",
        permission_classes=[IsAuthenticated],
    )
    async def vote_review_helpful(self, info: Info, input: VoteReviewHelpfulInput) -> ReviewPayload:
        user = info.context.user
        review_id = decode_id(input.review_id, Review)
        async with in_transaction():
            # Votes on one review queue behind this lock, so "has this user voted" and the
            # count it moves are read and written by one voter at a time.
            review = (
                await ReviewModel.filter(id=review_id).select_for_update().first()
                if review_id
                else None
            )
            # A hidden review is off the public profile: nobody ranks it for readers.
            if review is None or review.hidden_at is not None:
                return refused([MISSING])
            profile = await info.context.loaders.provider_by_id.load(review.provider_id)  # type: ignore[attr-defined]
            if own := vote_violation(user.id, review.client_id, profile.user_id):  # type: ignore[attr-defined, union-attr]
                return refused([own])
            votes = ReviewVote.filter(review_id=review.id, user_id=user.id)  # type: ignore[union-attr]
            voted = await votes.exists()
            change = int(input.helpful) - int(voted)
            if change > 0:
                await ReviewVote.create(review=review, user=user)
            elif change < 0:
                await votes.delete()
            if change:
                await ReviewModel.filter(id=review.id).update(
                    helpful_count=F("helpful_count") + change
                )
                review.helpful_count += change
        return ReviewPayload(review=Review.from_model(review))
