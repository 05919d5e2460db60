"""Factories for a bookable provider: weekly hours, a service with rules, a client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

from strawberry.relay import from_base64, to_base64

from domain.session import SessionStatus
from models.account import User
from models.availability import AvailabilityWindow
from models.booking import Session
from models.provider import ProviderProfile, Service
from tests.factories import make_provider, make_service, make_user, token_for

ZONE = ZoneInfo("Europe/Berlin")


@dataclass
class Studio:
    profile: ProviderProfile
    service: Service
    provider_token: str

    @property
    def service_id(self) -> str:
        return to_base64("Service", str(self.service.id))

    @property
    def provider_id(self) -> str:
        return to_base64("Provider", str(self.profile.id))


def next_weekday(weekday: int, weeks_ahead: int = 1) -> date:
    """A date at least a week away, so notice and horizon rules never get in the way."""
    today = datetime.now(ZONE).date()
    return today + timedelta(days=7 * weeks_ahead + (weekday - today.weekday()) % 7)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """Berlin wall-clock time as a UTC instant."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE).astimezone(UTC)


async def open_studio(**rules: object) -> Studio:
    """A Berlin provider open 09:00-17:00 every day, Saturdays at 1.5x, one 60/90-minute service."""
    profile = await make_provider(timezone="Europe/Berlin")
    await AvailabilityWindow.bulk_create(
        [
            AvailabilityWindow(
                provider=profile,
                weekday=weekday,
                start_minute=9 * 60,
                end_minute=17 * 60,
                price_multiplier="1.5" if weekday == 5 else "1",
            )
            for weekday in range(7)
        ]
    )
    service = await make_service(profile, rates=((60, 10000), (90, 14000)))
    service.update_from_dict({"min_notice_minutes": 0, "slot_interval_minutes": 30, **rules})
    await service.save()
    return Studio(profile, service, await token_for(await profile.user))


async def client_token() -> str:
    return await token_for(await make_user())


async def hour_session(
    client: User, studio: Studio, start: datetime, status: SessionStatus
) -> UUID:
    """An hour's session straight through the model (100.00 EUR), for tests that need many."""
    session_id = uuid4()
    await Session.create(
        id=session_id,
        provider=studio.profile,
        service=studio.service,
        client=client,
        start_at=start,
        end_at=start + timedelta(hours=1),
        blocked_start=start,
        blocked_end=start + timedelta(hours=1),
        slot_key=str(session_id),
        status=status,
        price_amount=10000,
        currency="EUR",
    )
    return session_id


async def due(*session_ids: str) -> None:
    """Moves the sessions (global IDs) by one shift, so they keep their spacing, until the
    first starts now: a session is started only once it is about due."""
    rows = [await Session.get(id=from_base64(global_id)[1]) for global_id in session_ids]
    shift = rows[0].start_at - datetime.now(UTC)
    for row in rows:
        for field in ("start_at", "end_at", "blocked_start", "blocked_end"):
            setattr(row, field, getattr(row, field) - shift)
        await row.save(update_fields=["start_at", "end_at", "blocked_start", "blocked_end"])
