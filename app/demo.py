"""A small, realistic demo data set: providers of different crafts with their services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from uuid import uuid4
from zoneinfo import ZoneInfo

from slugify import slugify
from tortoise.transactions import in_transaction

from app.security import hash_password
from domain.availability import blocked_span
from domain.session import SessionStatus
from models.account import Role, User
from models.availability import AvailabilityWindow
from models.booking import Session
from models.provider import ProviderProfile, ProviderSpecialty, Service, ServiceKind, ServiceRate

DEMO_PASSWORD = "studiograph-demo-2026"  # noqa: S105 - published demo credentials
DEMO_CLIENT = "clara@client.example"
# (weekday, start minute, end minute, price multiplier): weekdays 09-17, Saturday 10-14 at peak.
WEEK = [(day, 9 * 60, 17 * 60, Decimal(1)) for day in range(5)] + [
    (5, 10 * 60, 14 * 60, Decimal("1.5"))
]


@dataclass(frozen=True)
class DemoService:
    kind: ServiceKind
    name: str
    description: str
    currency: str
    rates: tuple[tuple[int, int], ...]
    allow_custom_duration: bool = False


@dataclass(frozen=True)
class DemoProvider:
    email: str
    first_name: str
    last_name: str
    display_name: str
    bio: str
    timezone: str
    years: int
    specialties: tuple[str, ...]
    services: tuple[DemoService, ...]


PROVIDERS = (
    DemoProvider(
        "mara@northroom.example", "Mara", "Lindqvist", "Northroom Mixing",
        "Mixing and mastering engineer for indie and folk records.",
        "Europe/Stockholm", 14, ("mixing", "mastering", "stem mixing"),
        (
            DemoService(ServiceKind.CONSULTATION, "Free consultation",
                        "A 20-minute call about your record and goals.", "EUR", ((20, 0),)),
            DemoService(ServiceKind.PROJECT, "Full mix per song",
                        "Sample mix first, two revision rounds included.", "EUR",
                        ((60, 25000), (120, 45000))),
        ),
    ),
    DemoProvider(
        "jonas@littlerock.example", "Jonas", "Berger", "Little Rock Photo",
        "Children's rock-star photo sessions with real instruments and stage lights.",
        "Europe/Berlin", 9, ("portrait", "children", "studio photography"),
        (
            DemoService(ServiceKind.SESSION, "Rock-star session",
                        "Up to three outfit changes, private gallery afterwards.", "EUR",
                        ((45, 14900), (90, 24900))),
        ),
    ),
    DemoProvider(
        "ines@clearpath.example", "Inès", "Moreau", "Clear Path Coaching",
        "Career coaching for creative professionals.", "America/New_York", 11,
        ("career coaching", "leadership"),
        (
            DemoService(ServiceKind.SESSION, "Coaching session",
                        "Video session; custom lengths between 30 and 90 minutes.", "USD",
                        ((30, 9000), (60, 16000), (90, 22000)), allow_custom_duration=True),
        ),
    ),
    DemoProvider(
        "dev@wrenchcall.example", "Dev", "Patel", "WrenchCall Remote Mechanic",
        "Certified mechanic diagnosing your car over video.", "Asia/Kolkata", 17,
        ("diagnostics", "mobile mechanic"),
        (
            DemoService(ServiceKind.SESSION, "Video diagnosis",
                        "Walk around the car together and get a written summary.", "USD",
                        ((30, 4900), (60, 8900))),
        ),
    ),
)  # fmt: skip


async def _seed_provider(demo: DemoProvider, password_hash: str) -> None:
    user = await User.create(
        email=demo.email,
        password_hash=password_hash,
        first_name=demo.first_name,
        last_name=demo.last_name,
        role=Role.PROVIDER,
        email_verified=True,
    )
    profile = await ProviderProfile.create(
        user=user,
        display_name=demo.display_name,
        bio=demo.bio,
        timezone=demo.timezone,
        years_of_experience=demo.years,
    )
    await ProviderSpecialty.bulk_create(
        [
            ProviderSpecialty(provider=profile, name=n, position=i)
            for i, n in enumerate(demo.specialties)
        ]
    )
    await AvailabilityWindow.bulk_create(
        [
            AvailabilityWindow(
                provider=profile,
                weekday=day,
                start_minute=start,
                end_minute=end,
                price_multiplier=m,
            )
            for day, start, end, m in WEEK
        ]
    )
    for spec in demo.services:
        durations = [minutes for minutes, _ in spec.rates]
        service = await Service.create(
            provider=profile,
            kind=spec.kind,
            name=spec.name,
            slug=slugify(spec.name),
            description=spec.description,
            currency=spec.currency,
            default_duration_minutes=durations[0],
            min_duration_minutes=min(durations),
            max_duration_minutes=max(durations),
            allow_custom_duration=spec.allow_custom_duration,
            buffer_after_minutes=15,
            cancellation_policy=[
                {"hours_before": 48, "refund_percent": 100},
                {"hours_before": 24, "refund_percent": 50},
            ],
        )
        await ServiceRate.bulk_create(
            [ServiceRate(service=service, duration_minutes=d, amount=a) for d, a in spec.rates]
        )


async def _seed_client(password_hash: str) -> int:
    """A client with two confirmed sessions next week, at the providers' local 10:00."""
    client = await User.create(
        email=DEMO_CLIENT, password_hash=password_hash, first_name="Clara", last_name="Client"
    )
    services = await Service.filter(kind=ServiceKind.SESSION).select_related("provider")
    for offset, service in enumerate(services[:2]):
        zone = ZoneInfo(service.provider.timezone)
        today = datetime.now(zone).date()
        tuesday = today + timedelta(days=7 + (1 - today.weekday()) % 7 + offset)
        start = datetime.combine(tuesday, time(10), tzinfo=zone).astimezone(UTC)
        end = start + timedelta(minutes=service.default_duration_minutes)
        blocked_start, blocked_end = blocked_span(start, end, 0, service.buffer_after_minutes)
        rate = await ServiceRate.get(
            service_id=service.id, duration_minutes=service.default_duration_minutes
        )
        session_id = uuid4()
        await Session.create(
            id=session_id,
            provider=service.provider,
            service=service,
            client=client,
            start_at=start,
            end_at=end,
            blocked_start=blocked_start,
            blocked_end=blocked_end,
            slot_key=str(session_id),
            status=SessionStatus.CONFIRMED,
            price_amount=rate.amount,
            currency=service.currency,
            notes="Booked by seed-demo.",
        )
    return min(len(services), 2)


async def seed() -> str:
    """Adds whatever part of the demo data is missing; running it twice changes nothing."""
    existing = set(
        await User.filter(email__in=[p.email for p in PROVIDERS]).values_list("email", flat=True)
    )
    missing = [p for p in PROVIDERS if p.email not in existing]
    password_hash = await hash_password(DEMO_PASSWORD)
    sessions = 0
    async with in_transaction():
        for demo in missing:
            await _seed_provider(demo, password_hash)
        if not await User.exists(email=DEMO_CLIENT):
            sessions = await _seed_client(password_hash)
    return (
        f"seeded {len(missing)} demo provider(s) and {sessions} session(s); "
        f"client {DEMO_CLIENT}; password for all: {DEMO_PASSWORD}"
    )
