"""A small, realistic demo data set: providers of different crafts with their services."""

from __future__ import annotations

import hashlib
import io
import math
import wave
from array import array
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from uuid import uuid4
from zoneinfo import ZoneInfo

from slugify import slugify
from tortoise.transactions import in_transaction

from app.demo_gallery import DEMO_GALLERY_CODE, seed_gallery
from app.demo_shop import seed_shop
from app.security import hash_password
from app.settings import Settings
from domain.availability import blocked_span
from domain.deliverable import DeliverableStatus
from domain.gallery import normalize_code
from domain.media import FileKind
from domain.project import ProjectStatus
from domain.session import SessionStatus
from integrations.storage import Storage
from models.account import Role, User
from models.availability import AvailabilityWindow
from models.booking import Session
from models.consultation import Consultation
from models.file import StoredFile
from models.gallery import Gallery
from models.photography import ServicePackage
from models.project import Deliverable, Message, Milestone, Project, ThreadState
from models.provider import ProviderProfile, ProviderSpecialty, Service, ServiceKind, ServiceRate
from models.sample_mix import SampleMix, SampleMixStatus

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


async def _book(
    client: User,
    service: Service,
    days_ahead: int,
    status: SessionStatus,
    package: ServicePackage | None = None,
) -> Session:
    """A session at the provider's local 10:00, `days_ahead` days from today."""
    zone = ZoneInfo(service.provider.timezone)
    day = datetime.now(zone).date() + timedelta(days=days_ahead)
    start = datetime.combine(day, time(10), tzinfo=zone).astimezone(UTC)
    end = start + timedelta(minutes=service.default_duration_minutes)
    blocked_start, blocked_end = blocked_span(start, end, 0, service.buffer_after_minutes)
    rate = await ServiceRate.get(
        service_id=service.id, duration_minutes=service.default_duration_minutes
    )
    session_id = uuid4()
    return await Session.create(
        id=session_id,
        provider=service.provider,
        service=service,
        client=client,
        start_at=start,
        end_at=end,
        blocked_start=blocked_start,
        blocked_end=blocked_end,
        slot_key=str(session_id),
        status=status,
        price_amount=package.price_amount if package else rate.amount,
        currency=service.currency,
        package=package,
        notes="Booked by seed-demo.",
    )


def _tone_wav(frequency: float, seconds: float = 2.0, rate: int = 44_100) -> bytes:
    """A real 16-bit, 44.1 kHz mono WAV that passes the sample-mix rules."""
    samples = array(
        "h",
        (
            int(8000 * math.sin(2 * math.pi * frequency * n / rate))
            for n in range(int(seconds * rate))
        ),
    )
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


async def _store_audio(
    storage: Storage, owner: User, kind: FileKind, name: str, frequency: float
) -> StoredFile:
    data = _tone_wav(frequency)

    async def chunks() -> AsyncIterator[bytes]:
        yield data

    key = f"files/demo/{uuid4()}/{name}"
    stored = await storage.save(key, chunks(), content_type="audio/x-wav", max_bytes=len(data))
    return await StoredFile.create(
        owner=owner,
        kind=kind,
        key=key,
        name=name,
        size=stored.size,
        content_type=stored.content_type,
        sha256=hashlib.sha256(data).hexdigest(),
    )


async def _seed_sample_mix(
    storage: Storage, consultation: Consultation, client: User, engineer: User
) -> None:
    """The client's 30-second section and the engineer's sample mix of it, delivered."""
    source = await _store_audio(
        storage, client, FileKind.SAMPLE_MIX_SOURCE, "harbour-lights-chorus.wav", 440.0
    )
    mix = await _store_audio(
        storage, engineer, FileKind.REFERENCE_TRACK, "harbour-lights-chorus-mix.wav", 523.25
    )
    await SampleMix.create(
        consultation=consultation,
        source=source,
        mix=mix,
        status=SampleMixStatus.DELIVERED,
        estimated_delivery=datetime.now(UTC).date() - timedelta(days=4),
        notes="Chorus of track 1; lead vocal forward, room reverb kept.",
    )


async def _seed_project(storage: Storage, client: User) -> None:
    """Last week's consultation with the mixing studio led to a sample mix and a project
    under way, whose first version came back with a revision request."""
    consultation_service = await Service.get(
        kind=ServiceKind.CONSULTATION, provider__user__email=PROVIDERS[0].email
    ).select_related("provider")
    mix_service = await Service.get(
        kind=ServiceKind.PROJECT, provider_id=consultation_service.provider.id
    )
    session = await _book(client, consultation_service, -7, SessionStatus.COMPLETED)
    consultation = await Consultation.create(
        session=session,
        project_name="Harbour Lights EP",
        genre="indie folk",
        bpm=92,
        reference_links=["https://example.com/reference-mix"],
        description="Four songs recorded live in a church; warm, wide, not too polished.",
    )
    project = await Project.create(
        client=client,
        provider=consultation_service.provider,
        service=mix_service,
        consultation=session,
        name="Harbour Lights EP",
        genre="indie folk",
        bpm=92,
        status=ProjectStatus.IN_PROGRESS,
    )
    today = datetime.now(UTC).date()
    await Milestone.bulk_create(
        [
            Milestone(project=project, title="Sample mix of track 1", due_date=today),
            Milestone(project=project, title="Full mixes", due_date=today + timedelta(days=14)),
        ]
    )
    provider_user = await User.get(email=PROVIDERS[0].email)
    await _seed_sample_mix(storage, consultation, client, provider_user)
    await Deliverable.create(
        project=project,
        version=1,
        notes="First full mix of track 1.",
        status=DeliverableStatus.REVISION_REQUESTED,
        feedback="Lovely. Could the vocal come up about 1 dB in the last chorus?",
    )
    await Message.create(project=project, sender=client, body="Stems are uploaded!")
    await Message.create(project=project, sender=provider_user, body="Got them, starting today.")
    await ThreadState.bulk_create(
        [
            ThreadState(project=project, user=client, unread_count=1),
            ThreadState(project=project, user=provider_user, unread_count=0),
        ]
    )


async def _seed_photo_session(storage: Storage, client: User) -> Gallery:
    """Last week's rock-star session at the photo studio, and its gallery."""
    service = await Service.get(provider__user__email=PROVIDERS[1].email).select_related("provider")
    package = await ServicePackage.create(
        service=service,
        name="Rock star",
        description="45 minutes, two outfits, five photos included.",
        duration_minutes=service.default_duration_minutes,
        price_amount=14900,
        max_children=2,
        max_outfit_changes=2,
        included_photos=5,
    )
    session = await _book(client, service, -7, SessionStatus.COMPLETED, package)
    return await seed_gallery(storage, session)


async def _seed_client(storage: Storage, password_hash: str) -> int:
    """A client with two sessions next week, a past consultation and a project, and a past
    photo session with its gallery; the number of sessions made."""
    client = await User.create(
        email=DEMO_CLIENT, password_hash=password_hash, first_name="Clara", last_name="Client"
    )
    services = await Service.filter(kind=ServiceKind.SESSION).select_related("provider")
    for offset, service in enumerate(services[:2]):
        await _book(client, service, 8 + offset, SessionStatus.CONFIRMED)
    await _seed_project(storage, client)
    await _seed_photo_session(storage, client)
    return min(len(services), 2) + 2


async def seed(storage: Storage, settings: Settings) -> str:
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
            sessions = await _seed_client(storage, password_hash)
        shop = await seed_shop(await User.get_or_none(email=DEMO_CLIENT), settings)
    gallery = await Gallery.get_or_none(access_code=normalize_code(DEMO_GALLERY_CODE))
    opens = f"; gallery slug {gallery.slug} opens with code {DEMO_GALLERY_CODE}" if gallery else ""
    return (
        f"seeded {len(missing)} demo provider(s) and {sessions} session(s) with a project, "
        f"{shop}; "
        f"client {DEMO_CLIENT}; password for all: {DEMO_PASSWORD}{opens}"
    )
