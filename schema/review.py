"""GraphQL types for reviews, helpful votes and a provider's rating summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any
from uuid import UUID

import strawberry
from strawberry import relay

from app.context import Info
from domain.review import STARS, average, display_name, sees_hidden
from models.review import ProviderRating
from models.review import Review as ReviewModel
from schema.common import UserError
from schema.nodes import rows_by_id
from schema.pagination import sorted_page

if TYPE_CHECKING:
    from schema.provider import Provider

FORMER_CLIENT = "Former client"


@strawberry.enum(description="How a provider's reviews are ordered; ties go to the newest.")
class ReviewOrder(Enum):
    NEWEST = "NEWEST"
    HIGHEST = "HIGHEST"
    LOWEST = "LOWEST"
    # Keyset paging over a value that changes: the cursor keeps the helpful count it saw.
    MOST_HELPFUL = strawberry.enum_value(
        "MOST_HELPFUL",
        description="Most helpful first. Pages continue below the helpful count the cursor "
        "saw: a review whose count changes while you page may be missed (voted up past the "
        "cursor) or shown again (voted down below it). The other orders are stable.",
    )


# Each order's keyset; `sorted_page` adds the id as the final tiebreak.
_ORDER_KEYS: dict[ReviewOrder, tuple[str, ...]] = {
    ReviewOrder.NEWEST: ("-created_at",),
    ReviewOrder.HIGHEST: ("-rating", "-created_at"),
    ReviewOrder.LOWEST: ("rating", "-created_at"),
    ReviewOrder.MOST_HELPFUL: ("-helpful_count", "-created_at"),
}


@strawberry.enum(description="Why a review mutation refused its input.")
class ReviewErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    NOT_YOUR_SESSION = "NOT_YOUR_SESSION"
    OWN_SESSION = "OWN_SESSION"
    NOT_COMPLETED = "NOT_COMPLETED"
    ALREADY_REVIEWED = "ALREADY_REVIEWED"
    RATING_OUT_OF_RANGE = "RATING_OUT_OF_RANGE"
    TEXT_TOO_LONG = "TEXT_TOO_LONG"
    INVALID_VALUE = "INVALID_VALUE"
    NOT_YOUR_REVIEW = "NOT_YOUR_REVIEW"
    OWN_REVIEW = "OWN_REVIEW"
    ALREADY_HIDDEN = "ALREADY_HIDDEN"
    NOT_HIDDEN = "NOT_HIDDEN"
    REVIEW_HIDDEN = "REVIEW_HIDDEN"


@strawberry.type(description="A problem with a review mutation's input.")
class ReviewUserError(UserError):
    code: ReviewErrorCode = strawberry.field(description="Stable machine-readable reason.")


@strawberry.type(description="How many reviews gave a number of stars.")
class StarCount:
    stars: int = strawberry.field(description="1 to 5.")
    count: int = strawberry.field(description="Reviews with exactly that many stars.")


@strawberry.type(description="A provider's ratings, kept exact as reviews arrive.")
class RatingSummary:
    average: float | None = strawberry.field(
        description="Mean stars rounded to two decimals (exactly `sum / count`); null if unrated."
    )
    count: int = strawberry.field(description="Number of reviews; hidden ones are left out.")
    sum: int = strawberry.field(description="Total stars over all reviews.")
    distribution: list[StarCount] = strawberry.field(
        description="Reviews per star value, 5 stars first; every value is listed."
    )


def rating_summary(row: ProviderRating | None) -> RatingSummary:
    counts = {stars: getattr(row, f"stars_{stars}") if row else 0 for stars in STARS}
    count, total = (row.review_count, row.rating_sum) if row else (0, 0)
    return RatingSummary(
        average=average(total, count),
        count=count,
        sum=total,
        distribution=[StarCount(stars=s, count=counts[s]) for s in reversed(STARS)],
    )


@strawberry.type(description="A client's public review of a completed session.")
class Review(relay.Node):
    id: relay.NodeID[str]
    rating: int = strawberry.field(description="Stars, 1 to 5.")
    text: str = strawberry.field(description="What the client wrote; may be empty.")
    response: str | None = strawberry.field(description="The provider's public reply, if any.")
    responded_at: dt.datetime | None = strawberry.field(description="When the reply was last set.")
    helpful_count: int = strawberry.field(description="Readers who found it helpful.")
    created_at: dt.datetime = strawberry.field(description="When it was written (UTC).")
    hidden: bool = strawberry.field(
        description="Hidden by an admin: off the public profile and out of the provider's "
        "rating. Only its author, the provider and admins still see it."
    )
    hidden_at: dt.datetime | None = strawberry.field(description="When it was hidden, if it is.")
    model: strawberry.Private[ReviewModel]

    @strawberry.field(
        description="Why an admin hid it; shown to its author and admins, null for others."
    )
    def hidden_reason(self, info: Info) -> str | None:
        user = info.context.user
        if info.context.is_admin or (user is not None and user.id == self.model.client_id):  # type: ignore[attr-defined]
            return self.model.hidden_reason
        return None

    @strawberry.field(description='The client as a first name and last initial ("Ada L.").')
    async def client_name(self, info: Info) -> str:
        user = await info.context.loaders.user_by_id.load(self.model.client_id)  # type: ignore[attr-defined]
        if user is None or user.deleted_at is not None:
            return FORMER_CLIENT
        return display_name(user.first_name, user.last_name)

    @strawberry.field(description="The provider reviewed.")
    async def provider(self, info: Info) -> Annotated[Provider, strawberry.lazy("schema.provider")]:
        from schema.provider import Provider  # noqa: PLC0415 - the modules refer to each other

        profile = await info.context.loaders.provider_by_id.load(self.model.provider_id)  # type: ignore[attr-defined]
        return Provider.from_model(profile)  # type: ignore[arg-type]

    @strawberry.field(description="Whether you marked it helpful; false when signed out.")
    async def viewer_found_helpful(self, info: Info) -> bool:
        user = info.context.user
        if user is None:
            return False
        return await info.context.loaders.helpful_vote.load((user.id, self.model.id))

    @classmethod
    def from_model(cls, row: ReviewModel) -> Review:
        return cls(
            id=str(row.id),
            rating=row.rating,
            text=row.text,
            response=row.response,
            responded_at=row.responded_at,
            helpful_count=row.helpful_count,
            created_at=row.created_at,
            hidden=row.hidden_at is not None,
            hidden_at=row.hidden_at,
            model=row,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        """Reviews are public, but for hidden ones (see `sees_hidden`)."""
        rows = await rows_by_id(ReviewModel, node_ids)
        hidden = [row for row in rows if row is not None and row.hidden_at is not None]
        profiles = await info.context.loaders.provider_by_id.load_many(
            [row.provider_id for row in hidden]  # type: ignore[attr-defined]
        )
        owners = {
            profile.id: profile.user_id  # type: ignore[attr-defined]
            for profile in profiles
            if profile is not None and info.context.is_provider
        }
        user = info.context.user
        viewer = user.id if user is not None else None

        def shown(row: ReviewModel) -> bool:
            return row.hidden_at is None or sees_hidden(
                viewer,
                row.client_id,  # type: ignore[attr-defined]
                owners.get(row.provider_id),  # type: ignore[attr-defined]
                info.context.is_admin,
            )

        return [cls.from_model(row) if row is not None and shown(row) else None for row in rows]


async def provider_reviews(
    info: Info,
    provider_id: UUID,
    *,
    first: int,
    after: str | None,
    order: ReviewOrder,
    include_hidden: bool = False,
) -> relay.Connection[Review]:
    """`include_hidden` for the provider reviewed and admins: the public sees no hidden one."""
    rows = ReviewModel.filter(provider_id=provider_id)
    return await sorted_page(
        rows if include_hidden else rows.filter(hidden_at__isnull=True),
        order=_ORDER_KEYS[order],
        first=first,
        after=after,
        to_node=Review.from_model,
        maximum=info.context.settings.page_size_max,
    )


@strawberry.input(description="Review a completed session of yours.")
class CreateReviewInput:
    session_id: relay.GlobalID = strawberry.field(description="The completed session.")
    rating: int = strawberry.field(description="Stars, 1 to 5.")
    text: str = strawberry.field(default="", description="Up to 5,000 characters; optional.")


@strawberry.input(
    description="Reply publicly to a review of your work; replying again replaces it."
)
class RespondToReviewInput:
    review_id: relay.GlobalID = strawberry.field(description="The review answered.")
    response: str = strawberry.field(description="1 to 5,000 characters.")


@strawberry.input(description="Hide a review from the public profile and the rating (admins).")
class HideReviewInput:
    review_id: relay.GlobalID = strawberry.field(description="The review hidden.")
    reason: str = strawberry.field(
        description="1 to 2,000 characters; sent to the review's author."
    )


@strawberry.input(description="Put a hidden review back on the profile and in the rating.")
class RestoreReviewInput:
    review_id: relay.GlobalID = strawberry.field(description="The hidden review.")


@strawberry.input(description="Mark a review helpful, or take the mark back.")
class VoteReviewHelpfulInput:
    review_id: relay.GlobalID = strawberry.field(description="The review voted on.")
    helpful: bool = strawberry.field(
        default=True, description="True marks it helpful; false withdraws your mark."
    )


@strawberry.type(description="Result of a review mutation.")
class ReviewPayload:
    review: Review | None = strawberry.field(default=None, description="The review, as it is now.")
    user_errors: list[ReviewUserError] = strawberry.field(
        default_factory=list, description="Why nothing was changed, if so."
    )
