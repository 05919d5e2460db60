"""The secret, revocable calendar feed URL of a provider: `/calendar/<token>.ics`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from starlette.requests import Request
from starlette.responses import Response

from app.security import digest_token
from domain.session import SessionStatus
from integrations.calendar_feed import FeedEvent, render_feed
from models.account import Role
from models.booking import Session
from models.provider import ProviderProfile

FEED_LIMIT = 1_000
# A session held (or waited for: a no-show) keeps its place in the provider's day; only a
# cancelled one leaves the feed, which is how a subscribed calendar learns to drop it.
LISTED = [status for status in SessionStatus if status != SessionStatus.CANCELLED]


async def calendar_feed(request: Request) -> Response:
    token = request.path_params["token"]
    # The link is a provider's only while its owner is one: a demoted or erased account's
    # profile stays for past sessions and reviews, but its calendar is nobody's to read.
    profile = await ProviderProfile.get_or_none(
        calendar_token_hash=digest_token(token),
        user__role=Role.PROVIDER,
        user__deleted_at__isnull=True,
    )
    if profile is None:
        return Response("Unknown or revoked calendar link.", status_code=404)
    sessions = (
        await Session.filter(
            provider_id=profile.id,
            status__in=LISTED,
            end_at__gte=datetime.now(UTC) - timedelta(days=1),
        )
        .order_by("start_at")
        .limit(FEED_LIMIT)
        .select_related("service", "client")
    )
    events = [
        FeedEvent(
            uid=f"{s.id}@studiograph",
            start=s.start_at,
            end=s.end_at,
            summary=f"{s.service.name}: {s.client.first_name} {s.client.last_name}",
            description=s.notes,
            confirmed=s.status != SessionStatus.REQUESTED,
            updated=s.updated_at,
            sequence=s.calendar_sequence,
        )
        for s in sessions
    ]
    return Response(
        render_feed(f"{profile.display_name} sessions", events),
        media_type="text/calendar; charset=utf-8",
        headers={"Cache-Control": "private, max-age=300"},
    )
