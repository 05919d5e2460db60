"""Overdue sample mixes: once the day promised to the client has ended on the studio's
calendar undelivered, the engineer is reminded, once, however many workers run."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta
from uuid import uuid4
from zoneinfo import ZoneInfo

import httpx

from domain.media import FileKind
from domain.session import SessionStatus
from jobs.deadlines import remind_overdue_mixes
from models.booking import Session
from models.consultation import Consultation
from models.file import StoredFile
from models.notification import Notification
from models.outbox import OutboxMessage
from models.sample_mix import SampleMix, SampleMixStatus
from tests.api import StatementCounter, gql
from tests.factories import make_provider, make_service, make_user
from tests.test_sample_mix import DELIVER, REQUEST, consultation, send, wav

__all__ = ["consultation"]  # the fixture, shared with tests/test_sample_mix.py

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
KIND = "SAMPLE_MIX_OVERDUE"


async def sample_due(
    day: date,
    zone: str = "Europe/Berlin",
    status: SampleMixStatus = SampleMixStatus.PENDING,
    session_status: SessionStatus = SessionStatus.COMPLETED,
) -> SampleMix:
    """A section sent to an engineer in `zone` for a consultation of its own, due `day`."""
    provider = await make_provider(display_name=f"Studio {uuid4().hex[:6]}", timezone=zone)
    client = await make_user()
    start = NOW - timedelta(days=10)
    session = await Session.create(
        provider=provider,
        service=await make_service(provider),
        client=client,
        start_at=start,
        end_at=start + timedelta(hours=1),
        blocked_start=start,
        blocked_end=start + timedelta(hours=1),
        slot_key=str(uuid4()),
        status=session_status,
        price_amount=0,
        currency="EUR",
    )
    brief = await Consultation.create(session=session, project_name=f"EP {uuid4().hex[:6]}")
    source = await StoredFile.create(
        owner=client,
        kind=FileKind.SAMPLE_MIX_SOURCE,
        key=f"files/test/{uuid4()}/verse.wav",
        name="verse.wav",
        size=4,
        content_type="audio/x-wav",
        sha256="0" * 64,
    )
    sample = await SampleMix.create(
        consultation=brief, source=source, status=status, estimated_delivery=day
    )
    return await SampleMix.get(id=sample.id).prefetch_related(
        "consultation__session__provider__user"
    )


def engineer(sample: SampleMix) -> object:
    return sample.consultation.session.provider.user.id


async def told() -> dict[object, set[object]]:
    """Recipients of each consultation's overdue reminders."""
    rows = await Notification.filter(kind=KIND).values_list("session_id", "recipient_id")
    found: dict[object, set[object]] = {}
    for session_id, recipient_id in rows:
        found.setdefault(session_id, set()).add(recipient_id)
    return found


async def test_the_engineer_is_reminded_once_the_promised_day_has_ended_in_their_zone() -> None:
    # Nothing reminded an engineer of a section left unmixed past the day its client was told.
    berlin = await sample_due(date(2026, 5, 31))  # ended at 22:00 UTC, twelve hours ago
    new_york = await sample_due(date(2026, 5, 31), "America/New_York")  # ends at 04:00 UTC
    await sample_due(date(2026, 6, 1))  # due today: on time until midnight

    assert await remind_overdue_mixes(datetime(2026, 6, 1, 3, 59, tzinfo=UTC)) == 1
    assert await told() == {berlin.consultation.session.id: {engineer(berlin)}}
    assert await remind_overdue_mixes(datetime(2026, 6, 1, 4, 0, tzinfo=UTC)) == 1
    assert await remind_overdue_mixes(NOW) == 0  # once each
    assert set(await told()) == {s.consultation.session.id for s in (berlin, new_york)}

    project = berlin.consultation.project_name
    notice = await Notification.get(recipient_id=engineer(berlin))
    assert (notice.title, notice.body) == (
        "Sample mix overdue",
        f"The sample mix of {project} was due Sun 31 May 2026 and is not delivered yet. "
        "Deliver it in the app.",
    )
    mail = await OutboxMessage.get(recipient=berlin.consultation.session.provider.user.email)
    assert (mail.kind, mail.subject) == (KIND, f"Sample mix overdue: {project}")
    assert "deliver the mix in the app" in mail.text_body
    assert await OutboxMessage.all().count() == 2
    assert (await SampleMix.get(id=berlin.id)).overdue_reminded_at is not None


async def test_only_mixes_still_owed_are_reminded_of() -> None:
    day = date(2026, 5, 30)
    started = await sample_due(day, status=SampleMixStatus.PROCESSING)
    missed = await sample_due(day, session_status=SessionStatus.NO_SHOW)  # still takes sections
    await sample_due(day, status=SampleMixStatus.DELIVERED)
    await sample_due(day, session_status=SessionStatus.CANCELLED)  # the request withdrawn
    await sample_due(date(2026, 5, 23))  # overdue over a week: left be, not sent late
    reminded = await sample_due(day)
    await SampleMix.filter(id=reminded.id).update(overdue_reminded_at=NOW - timedelta(days=1))

    assert await remind_overdue_mixes(NOW) == 2
    assert set(await told()) == {s.consultation.session.id for s in (started, missed)}


async def test_a_section_sent_through_the_api_is_reminded_of_past_its_due_day(
    client: httpx.AsyncClient, consultation: tuple[str, str, str]
) -> None:
    consultation_id, token, provider_token = consultation
    fields = {"consultationId": consultation_id, "notes": "Vocals up"}
    late, on_time = [
        (await send(client, token, REQUEST, fields, wav(5)))["requestSampleMix"]["sampleMix"]
        for _ in range(2)
    ]
    await send(client, provider_token, DELIVER, {"id": on_time["id"]}, wav(5))
    due = date.fromisoformat(late["estimatedDelivery"])
    ended = datetime.combine(due + timedelta(days=1), time(), ZoneInfo("Europe/Berlin"))

    assert await remind_overdue_mixes(ended - SECOND) == 0
    assert await remind_overdue_mixes(ended) == 1
    query = "{ myNotifications { edges { node { kind body } } } }"
    edges = (await gql(client, query, token=provider_token))["myNotifications"]["edges"]
    assert [e["node"]["body"] for e in edges if e["node"]["kind"] == KIND] == [
        f"The sample mix of Debut EP was due {due:%a %d %b %Y} and is not delivered yet. "
        "Deliver it in the app."
    ]


async def test_two_workers_running_together_remind_each_mix_once() -> None:
    samples = [await sample_due(date(2026, 5, 31)) for _ in range(12)]
    runs = await asyncio.gather(*(remind_overdue_mixes(NOW, batch_size=3) for _ in range(2)))
    assert sum(runs) == 12
    assert await Notification.all().count() == 12
    assert set(await told()) == {s.consultation.session.id for s in samples}


async def test_a_batch_costs_the_same_statements_however_many_mixes(
    statements: StatementCounter,
) -> None:
    costs = []
    for count in (2, 6):
        await SampleMix.all().delete()
        for _ in range(count):
            await sample_due(date(2026, 5, 31))
        statements.reset()
        assert await remind_overdue_mixes(NOW) == count
        costs.append(statements.count)
    # The claim; the mixes, consultations, sessions, providers and providers' users; one
    # statement for every notification, mail and webhook event of the batch.
    assert costs == [7, 7], statements.queries
