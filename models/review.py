"""Clients' reviews of completed sessions, helpful votes, and each provider's rating totals."""

from __future__ import annotations

from tortoise import fields

from models.account import User
from models.base import TimestampedModel
from models.booking import Session
from models.provider import ProviderProfile


class Review(TimestampedModel):
    # One review per session: the unique index is what holds under concurrent submits.
    session: fields.OneToOneRelation[Session] = fields.OneToOneField(
        "models.Session", related_name="review", on_delete=fields.CASCADE
    )
    provider: fields.ForeignKeyRelation[ProviderProfile] = fields.ForeignKeyField(
        "models.ProviderProfile", related_name="reviews", on_delete=fields.CASCADE
    )
    client: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="reviews", on_delete=fields.CASCADE
    )
    rating = fields.SmallIntField()  # 1 to 5; PostgreSQL also holds a CHECK
    text = fields.TextField(default="")
    response = fields.TextField(null=True)
    responded_at = fields.DatetimeField(null=True)
    # Kept by atomic increments beside the vote rows, so MOST_HELPFUL pages on an index.
    helpful_count = fields.IntField(default=0)
    # Hidden by an admin (hideReview): out of public lists and the provider's totals, still
    # shown to its author (with the reason) and the provider; null while public.
    hidden_at = fields.DatetimeField(null=True)
    hidden_reason = fields.TextField(null=True)

    class Meta:
        table = "reviews"
        # One per order of `Provider.reviews`, each ending in the keyset's tiebreaks.
        indexes = (
            ("provider", "created_at"),
            ("provider", "rating", "created_at"),
            ("provider", "helpful_count", "created_at"),
        )


class ReviewVote(TimestampedModel):
    review: fields.ForeignKeyRelation[Review] = fields.ForeignKeyField(
        "models.Review", related_name="votes", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="review_votes", on_delete=fields.CASCADE
    )

    class Meta:
        table = "review_votes"
        unique_together = (("review", "user"),)


class ProviderRating(TimestampedModel):
    """A provider's review totals, kept by SQL increments in each review's transaction.

    A table of its own: saving a profile rewrites every profile column, which would put
    back stale totals if they lived there."""

    provider: fields.OneToOneRelation[ProviderProfile] = fields.OneToOneField(
        "models.ProviderProfile", related_name="rating", on_delete=fields.CASCADE
    )
    review_count = fields.IntField(default=0)
    rating_sum = fields.IntField(default=0)
    stars_1 = fields.IntField(default=0)
    stars_2 = fields.IntField(default=0)
    stars_3 = fields.IntField(default=0)
    stars_4 = fields.IntField(default=0)
    stars_5 = fields.IntField(default=0)

    class Meta:
        table = "provider_ratings"
