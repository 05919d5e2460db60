"""Bookings whose reads are hand-written SQL (the token; the service with its provider, rates,
package, the client's offer and the opening hours), answered as plain JSON values, and what
they told the provider and recorded in the funnel (each written in one hand-written
statement on PostgreSQL, by the ORM on SQLite).

Tests run this in-process on PostgreSQL and, as `python -m tests.booking_scenario URL DIR`,
on a fresh SQLite database (the ORM binds its models to one dialect per process), then
compare the answers.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

import httpx
from strawberry.relay import to_base64

from domain.crm import FunnelStep
from domain.upsell import RecommendationKind
from domain.webhook import EndpointStatus
from models.account import AccessToken, User
from models.availability import AvailabilityOverride
from models.booking import Session
from models.crm import Interaction
from models.notification import Notification
from models.outbox import OutboxMessage
from models.photography import ServicePackage
from models.waitlist import WaitlistEntry, WaitlistStatus
from models.webhook import WebhookDelivery, WebhookEndpoint
from tests.api import auth
from tests.factories import make_user, token_for
from tests.fresh_database import print_answers
from tests.scheduling import Studio, at, next_weekday, open_studio
from tests.test_booking import BOOK
from tests.webhooks import make_endpoint


async def bookings(client: httpx.AsyncClient) -> dict[str, object]:
    """A Berlin studio open 09-17 (60 min 100.00 EUR, 90 min 140.00 EUR), the next day open
    12-14 only at twice the price, a 90-minute package, and a client holding a waitlist
    offer at 15:00."""
    studio = await open_studio()
    day = next_weekday(2)
    await AvailabilityOverride.create(
        provider=studio.profile,
        day=day + timedelta(days=1),
        windows=[{"start": "12:00", "end": "14:00", "multiplier": "2"}],
    )
    package = await ServicePackage.create(
        service=studio.service, name="Family", duration_minutes=90, price_amount=25000
    )
    booker = await make_user()
    token = await token_for(booker)
    told = await make_endpoint("http://127.0.0.1:9/told", "PROVIDER_ASSIGNED")
    paused = await make_endpoint("http://127.0.0.1:9/paused", "NEW_MESSAGE", "PROVIDER_ASSIGNED")
    await make_endpoint("http://127.0.0.1:9/other", "SESSION_CONFIRMED")
    await WebhookEndpoint.filter(id=paused.id).update(status=EndpointStatus.PAUSED)
    offer = await WaitlistEntry.create(
        service=studio.service,
        client=booker,
        day=day,
        status=WaitlistStatus.OFFERED,
        offer_start=at(day, 15),
        offer_end=at(day, 16),
        offer_expires_at=datetime.now(UTC) + timedelta(hours=1),
    )

    async def book(start: datetime, token: str = token, **input_: object) -> object:
        variables = {"input": {"serviceId": studio.service_id, "start": start.isoformat()}}
        variables["input"] |= input_ or {"durationMinutes": 60}
        response = await client.post(
            "/graphql", json={"query": BOOK, "variables": variables}, headers=auth(token)
        )
        body = response.json()
        if response.status_code != 200:
            return [response.status_code, body["errors"][0]["extensions"]["code"]]
        payload = body["data"]["bookSession"]
        if payload["userErrors"]:
            return [e["code"] for e in payload["userErrors"]]
        session = payload["session"]
        return [session["start"], session["end"], session["rateAtBooking"]]

    expired = await make_user()
    expired_token = await token_for(expired)
    await AccessToken.filter(user=expired).update(expires_at=datetime.now(UTC))
    tomorrow = day + timedelta(days=1)
    # Upsells seen around the first sessions: the later bookings of the service buy some.
    shown, clicked = FunnelStep.UPSELL_SHOWN, FunnelStep.UPSELL_CLICKED
    upkeep, premium = RecommendationKind.MAINTENANCE_PLAN, RecommendationKind.PREMIUM_UPGRADE
    answers = {"10:00": await book(at(day, 10))}
    await _seen(
        studio,
        booker,
        at(day, 10),
        {"step": shown, "upsell_kind": upkeep},  # bought by the next booking
        {"step": clicked, "upsell_kind": upkeep},  # the same recommendation: bought once
        {"step": shown, "upsell_kind": premium, "days": 31},  # too long ago
        {"step": shown, "upsell_kind": RecommendationKind.FOLLOW_UP},  # bought by asking
        {"step": shown, "upsell_kind": upkeep, "session": None},  # about no session
    )
    answers |= {
        "overlapping 10:30": await book(at(day, 10, 30), durationMinutes=90),
        "45 minutes": await book(at(day, 12), durationMinutes=45),
        "package at 13:00": await book(at(day, 13), packageId=to_base64("Package", package.id)),
        "no such package": await book(
            at(day, 13), packageId=to_base64("Package", studio.profile.id)
        ),
    }
    await _seen(
        studio,
        booker,
        at(day, 13),
        {"step": clicked, "upsell_kind": premium, "days": 29},  # bought by the next booking
        {"step": shown, "upsell_kind": upkeep, "user": expired},  # someone else's
    )
    answers["offered 15:00"] = await book(at(day, 15))
    await _seen(
        studio,
        booker,
        at(day, 15),
        {"step": FunnelStep.UPSELL_PURCHASED, "upsell_kind": upkeep},  # no recommendation
        {"step": shown, "upsell_kind": premium, "service": None},  # with no service
    )
    answers |= {
        "tomorrow 12:00": await book(at(tomorrow, 12)),
        "tomorrow 10:00": await book(at(tomorrow, 10)),
        "unknown token": await book(at(day, 16), token="sg_unknown"),
        "expired token": await book(at(day, 16), token=expired_token),
    }
    await offer.refresh_from_db()
    return answers | {
        "offer": offer.status.value,
        "told": await _told(studio, told, paused),
        "funnel": await _funnel(booker, studio),
    }


async def _seen(studio: Studio, booker: User, start: datetime, *rows: dict[str, object]) -> None:
    """Interactions of `booker` with the studio's service and its session at `start`, created
    `days` (default 0) ago, but for what each row says otherwise."""
    session, now = await Session.get(start_at=start), datetime.now(UTC)
    about = {
        "service_kind": studio.service.kind,
        "service": studio.service,
        "provider": studio.profile,
        "user": booker,
        "session": session,
    }
    for row in rows:
        created_at = now - timedelta(days=int(row.pop("days", 0)))  # type: ignore[call-overload]
        await Interaction.create(**about | row, created_at=created_at)


async def _funnel(booker: User, studio: Studio) -> list[list[object]]:
    """The bookings' funnel rows, sorted: step, upsell, session (by its start), dedupe key, and
    whether the user, service, kind and provider are the booker's and the studio's."""
    starts: dict[UUID, str] = {
        session_id: start.astimezone(UTC).isoformat()
        for session_id, start in await Session.all().values_list("id", "start_at")
    }
    steps = (FunnelStep.SESSION_BOOKED, FunnelStep.UPSELL_PURCHASED)
    rows = await Interaction.filter(step__in=steps).values_list(
        "step", "upsell_kind", "session_id", "dedupe_key", "user_id", "service_id",
        "service_kind", "provider_id",
    )  # fmt: skip
    return sorted(
        [
            str(step),
            kind and str(kind),
            starts[session_id],
            key and key.replace(str(session_id), starts[session_id]),
            [user_id, service_id, provider_id] == [booker.id, studio.service.id, studio.profile.id],
            str(service_kind),
        ]
        for step, kind, session_id, key, user_id, service_id, service_kind, provider_id in rows
        if step != FunnelStep.UPSELL_PURCHASED or key is not None  # not the one seen
    )


async def _told(studio: Studio, *endpoints: WebhookEndpoint) -> dict[str, object]:
    """What the bookings told: whether in the app and by mail it was the provider, what it said,
    and each endpoint subscribed (a paused one too) its queue of events in order."""
    provider = await studio.profile.user
    notified = Notification.all().order_by("created_at")
    mailed = OutboxMessage.all().order_by("created_at")
    rows: dict[str, object] = {
        "notified": [
            [user_id == provider.id, kind, body]
            for user_id, kind, body in await notified.values_list("recipient_id", "kind", "body")
        ],
        # The studio's name carries a counter that differs from one run (and dialect) to another.
        "mailed": [
            [to == provider.email, subject.replace(studio.profile.display_name, "<studio>")]
            for to, subject in await mailed.values_list("recipient", "subject")
        ],
    }
    queues: dict[str, object] = {}
    for endpoint in endpoints:
        deliveries = await WebhookDelivery.filter(endpoint=endpoint).order_by("sequence")
        await endpoint.refresh_from_db()
        queues[endpoint.url] = {
            "deliveries": [
                [d.sequence, d.event_type, d.status.value, d.payload["data"]["about"]]  # type: ignore[index]
                for d in deliveries
            ],
            "last_sequence": endpoint.last_sequence,
        }
    queues["all"] = await WebhookDelivery.all().count()
    return rows | {"queues": queues}


if __name__ == "__main__":
    print_answers(bookings)
