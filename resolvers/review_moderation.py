"""Admins hiding abusive or fake reviews from the public profile, and putting them back.

A hidden review leaves the provider's totals in the transaction that hides it, by the same
SQL increments that counted it, and returns to them when restored. The review row is locked
first, so a hide and a restore (or two hides) at once move the totals once each way.
"""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from tortoise.transactions import in_transaction

from app.context import Info
from domain.notification import NotificationKind
from domain.review import hide_violations, restore_violation
from models.review import Review as ReviewModel
from resolvers.audit import audit
from resolvers.nodes import decode_id
from resolvers.notification import notify_review_author
from resolvers.permissions import IsAdmin
from resolvers.review import MISSING, count_rating, refused
from schema.review import HideReviewInput, RestoreReviewInput, Review, ReviewPayload


async def _locked(global_id: strawberry.relay.GlobalID) -> ReviewModel | None:
    review_id = decode_id(global_id, Review)
    if review_id is None:
        return None
    return await ReviewModel.filter(id=review_id).select_for_update().first()


@strawberry.type
class ReviewModerationMutations:
    @strawberry.mutation(
        description="Hide a review (admins): it leaves the public profile and the provider's "
        "rating; its author (told why, by notification and e-mail) and the provider still "
        "see it, marked hidden.",
        permission_classes=[IsAdmin],
    )
    async def hide_review(self, info: Info, input: HideReviewInput) -> ReviewPayload:
        async with in_transaction():
            review = await _locked(input.review_id)
            if review is None:
                return refused([MISSING])
            if violations := hide_violations(review.hidden_at is not None, input.reason):
                return refused(violations)
            review.hidden_at = datetime.now(UTC)
            review.hidden_reason = input.reason.strip()
            # Only these columns: a full save would write back a stale helpful count.
            await review.save(update_fields=["hidden_at", "hidden_reason", "updated_at"])
            await count_rating(review.provider_id, review.rating, change=-1)  # type: ignore[attr-defined]
            await audit(
                info,
                info.field_name,
                "Review",
                review.id,
                hiddenReason=(None, review.hidden_reason),
            )
            session = await info.context.loaders.session_by_id.load(review.session_id)  # type: ignore[attr-defined]
            kind = NotificationKind.REVIEW_HIDDEN
            await notify_review_author(info, session, kind, review.hidden_reason)  # type: ignore[arg-type]
        return ReviewPayload(review=Review.from_model(review))

    @strawberry.mutation(
        description="Put a hidden review back on the public profile and in the rating "
        "(admins); its author is told, by notification and e-mail.",
        permission_classes=[IsAdmin],
    )
    async def restore_review(self, info: Info, input: RestoreReviewInput) -> ReviewPayload:
        async with in_transaction():
            review = await _locked(input.review_id)
            if review is None:
                return refused([MISSING])
            if not_hidden := restore_violation(review.hidden_at is not None):
                return refused([not_hidden])
            reason = review.hidden_reason
            review.hidden_at = review.hidden_reason = None
            await review.save(update_fields=["hidden_at", "hidden_reason", "updated_at"])
            await count_rating(review.provider_id, review.rating)  # type: ignore[attr-defined]
            await audit(info, info.field_name, "Review", review.id, hiddenReason=(reason, None))
            # The author was told it was hidden, and why: they hear it is back the same way.
            session = await info.context.loaders.session_by_id.load(review.session_id)  # type: ignore[attr-defined]
            kind = NotificationKind.REVIEW_RESTORED
            await notify_review_author(info, session, kind, "")  # type: ignore[arg-type]
        return ReviewPayload(review=Review.from_model(review))
