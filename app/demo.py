"""A small, realistic demo data set: providers of different crafts with their services."""

from __future__ import annotations

from dataclasses import dataclass

from slugify import slugify
from tortoise.transactions import in_transaction

from app.security import hash_password
from models.account import Role, User
from models.provider import ProviderProfile, ProviderSpecialty, Service, ServiceKind, ServiceRate

DEMO_PASSWORD = "studiograph-demo-2026"  # noqa: S105 - published demo credentials


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
        )
        await ServiceRate.bulk_create(
            [ServiceRate(service=service, duration_minutes=d, amount=a) for d, a in spec.rates]
        )


async def seed() -> str:
    """Adds whichever demo providers are missing; running it twice changes nothing."""
    existing = set(
        await User.filter(email__in=[p.email for p in PROVIDERS]).values_list("email", flat=True)
    )
    missing = [p for p in PROVIDERS if p.email not in existing]
    password_hash = await hash_password(DEMO_PASSWORD)
    async with in_transaction():
        for demo in missing:
            await _seed_provider(demo, password_hash)
    return f"seeded {len(missing)} demo provider(s); password for all: {DEMO_PASSWORD}"
