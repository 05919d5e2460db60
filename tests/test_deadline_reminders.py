"""Project deadlines: the provider (and a client who owes a script) is reminded a day ahead
while the work is not handed in, once per deadline, however many workers run."""

from __future__ import annotations

import asyncio
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from procrastinate.exceptions import AlreadyEnqueued
from strawberry.relay import to_base64
from tortoise.transactions import in_transaction

from app.main import background_worker
from app.settings import Settings
from domain.notification import session_time
from domain.project import ProjectStatus
from jobs import ensure_queue_schema, queue_app
from jobs.deadlines import remind_deadlines
from models.notification import Notification
from models.outbox import OutboxMessage
from models.project import Project
from models.webhook import WebhookDelivery, WebhookEndpoint
from tests.api import StatementCounter
from tests.factories import make_provider, make_service, make_user

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
KIND = "PROJECT_DEADLINE_SOON"


async def project_due(
    deadline: datetime | None,
    status: ProjectStatus = ProjectStatus.IN_PROGRESS,
    *,
    started: datetime = NOW - timedelta(days=7),
) -> Project:
    """A project of its own provider (in Berlin), started at `started`."""
    provider = await make_provider(display_name=f"Studio {uuid4().hex[:6]}")
    project = await Project.create(
        client=await make_user(),
        provider=provider,
        service=await make_service(provider),
        name=f"Album {uuid4().hex[:6]}",
        status=status,
        deadline=deadline,
    )
    await Project.filter(id=project.id).update(created_at=started)
    return await Project.get(id=project.id).prefetch_related("client", "provider__user")


async def told() -> dict[object, set[object]]:
    """Recipients of each project's deadline reminders."""
    rows = await Notification.filter(kind=KIND).values_list("project_id", "recipient_id")
    found: dict[object, set[object]] = {}
    for project_id, recipient_id in rows:
        found.setdefault(project_id, set()).add(recipient_id)
    return found


async def test_the_provider_is_reminded_a_day_before_a_deadline_the_work_has_not_met() -> None:
    # Nothing reminded anyone of a deadline: it passed with the work undelivered, unnoticed.
    due = [await project_due(NOW + DAY), await project_due(NOW + SECOND, ProjectStatus.PLANNING)]
    for deadline in (NOW + DAY + SECOND, NOW, NOW - HOUR, None):
        await project_due(deadline)
    for status in (ProjectStatus.REVIEW, ProjectStatus.COMPLETED, ProjectStatus.CANCELLED):
        await project_due(NOW + HOUR, status)

    assert await remind_deadlines(NOW, DAY) == 2
    assert await told() == {p.id: {p.provider.user.id} for p in due}
    first = due[0]
    when = session_time(first.deadline, "Europe/Berlin")  # type: ignore[arg-type]
    notice = await Notification.get(project_id=first.id)
    assert notice.title == "Deadline coming up"
    assert notice.body == f"{first.name} is due on {when} and has not been delivered yet."
    mail = await OutboxMessage.get(recipient=first.provider.user.email)
    assert (mail.kind, mail.subject) == (KIND, f"{first.name} is due on {when}")
    assert "Hand in a version in the app before then" in mail.text_body
    assert "Hand in a version in the app before then" in mail.html_body
    assert await OutboxMessage.all().count() == 2
    assert [p.deadline_reminded_for for p in await Project.filter(id=first.id)] == [NOW + DAY]

    assert await remind_deadlines(NOW, DAY) == 0  # once
    assert await remind_deadlines(NOW + SECOND, DAY) == 1  # the one a day and a second away


async def test_the_client_is_reminded_too_while_the_project_waits_for_their_script() -> None:
    waiting = await project_due(NOW + HOUR, ProjectStatus.PENDING_SCRIPT)
    recording = await project_due(NOW + HOUR, ProjectStatus.IN_PRODUCTION)

    assert await remind_deadlines(NOW, DAY) == 2
    assert await told() == {
        waiting.id: {waiting.provider.user.id, waiting.client.id},
        recording.id: {recording.provider.user.id},
    }
    to_client = await OutboxMessage.get(recipient=waiting.client.email)
    assert "The studio is waiting for your script" in to_client.text_body
    assert "Hand in a version" not in to_client.text_body
    to_provider = await OutboxMessage.get(recipient=waiting.provider.user.email)
    assert "Hand in a version in the app before then" in to_provider.text_body


async def test_a_deadline_moved_is_a_new_one_to_remind_of() -> None:
    project = await project_due(NOW + 2 * HOUR)
    assert await remind_deadlines(NOW, DAY) == 1
    assert await remind_deadlines(NOW + HOUR, DAY) == 0  # the same deadline: once

    # Moved a day and a half later: due again a day before the new deadline, not before.
    later = NOW + 2 * HOUR + timedelta(hours=36)
    await Project.filter(id=project.id).update(deadline=later)
    assert await remind_deadlines(NOW + HOUR, DAY) == 0
    assert await remind_deadlines(later - DAY, DAY) == 1
    assert await remind_deadlines(later - HOUR, DAY) == 0
    # Brought forward after its reminder, the time that reminder named is wrong: told again.
    sooner = later - 12 * HOUR
    await Project.filter(id=project.id).update(deadline=sooner)
    assert await remind_deadlines(later - DAY + HOUR, DAY) == 1

    bodies = await Notification.filter(project_id=project.id).order_by("created_at")
    named = [session_time(at, "Europe/Berlin") for at in (NOW + 2 * HOUR, later, sooner)]
    assert [n.body.split(" is due on ")[1].split(" and ")[0] for n in bodies] == named


async def test_a_project_started_inside_the_reminder_window_is_not_reminded() -> None:
    # A rush job started six hours before its deadline: its provider set that deadline just
    # now, and a "deadline coming up" minutes later would tell them nothing.
    await project_due(NOW + 6 * HOUR, started=NOW - HOUR)
    reminded = await project_due(NOW + 6 * HOUR, started=NOW - 18 * HOUR)
    assert await remind_deadlines(NOW, DAY) == 1
    assert set(await told()) == {reminded.id}


async def test_two_workers_running_together_remind_each_project_once() -> None:
    projects = [await project_due(NOW + HOUR) for _ in range(24)]
    runs = await asyncio.gather(*(remind_deadlines(NOW, DAY, batch_size=4) for _ in range(2)))
    assert sum(runs) == 24
    assert await Notification.all().count() == 24
    assert await OutboxMessage.all().count() == 24
    assert set(await told()) == {p.id for p in projects}


async def _hold(project: Project, held: asyncio.Event, done: asyncio.Event, cancel: bool) -> None:
    """What a move of the project does: its row locked, then (maybe) cancelled."""
    async with in_transaction():
        row = await Project.select_for_update().get(id=project.id)
        held.set()
        await done.wait()
        if cancel:
            row.status = ProjectStatus.CANCELLED
            await row.save(update_fields=["status", "updated_at"])


async def test_a_project_held_by_a_change_is_left_to_the_next_run() -> None:
    # A cancellation (or any move of the project) holds its row: the job skips past it
    # rather than wait, and the next run finds what the change left.
    for cancelled in (True, False):
        await Project.all().delete()
        project = await project_due(NOW + HOUR)
        held, done = asyncio.Event(), asyncio.Event()
        changing = asyncio.create_task(_hold(project, held, done, cancelled))
        await held.wait()
        try:
            assert await asyncio.wait_for(remind_deadlines(NOW, DAY), 5) == 0
        finally:
            done.set()
            await changing
        assert await remind_deadlines(NOW, DAY) == (0 if cancelled else 1)
    assert await Notification.all().count() == 1


async def test_a_batch_costs_the_same_statements_however_many_projects(
    statements: StatementCounter,
) -> None:
    costs = []
    for count in (2, 6):
        await Project.all().delete()
        for status in [ProjectStatus.PENDING_SCRIPT] + [ProjectStatus.IN_PROGRESS] * (count - 1):
            await project_due(NOW + HOUR, status)
        statements.reset()
        assert await remind_deadlines(NOW, DAY) == count
        costs.append(statements.count)
    # The claim; the projects, their clients, providers and providers' users; one statement
    # for every notification, mail and webhook event of the batch.
    assert costs == [6, 6], statements.queries


async def test_every_reminder_of_a_batch_reaches_webhooks_in_order() -> None:
    endpoint = await WebhookEndpoint.create(
        owner=await make_user(), url="https://hooks.example.com/a", secret="s", event_types=[KIND]
    )
    projects = [await project_due(NOW + HOUR * n) for n in (3, 1, 2)]
    assert await remind_deadlines(NOW, DAY) == 3

    rows = await WebhookDelivery.filter(endpoint_id=endpoint.id).order_by("sequence")
    by_deadline = sorted(projects, key=lambda p: p.deadline)  # type: ignore[arg-type, return-value]
    assert [(row.sequence, row.payload["data"]["projectId"]) for row in rows] == [  # type: ignore[index]
        (n, to_base64("Project", str(p.id))) for n, p in enumerate(by_deadline, 1)
    ]
    assert (await WebhookEndpoint.get(id=endpoint.id)).last_sequence == 3


async def test_the_worker_reminds_of_deadlines(settings: Settings) -> None:
    now = datetime.now(UTC)
    project = await project_due(now + HOUR, started=now - 2 * DAY)
    app = queue_app(settings.database_url)
    assert {"deadlines:remind_deadlines", "deadlines:remind_overdue_mixes"} <= set(app.tasks)
    async with app.open_async():
        await ensure_queue_schema(settings.database_url)
        with suppress(AlreadyEnqueued):  # a tick of an earlier worker is waiting already
            await app.configure_task("deadlines:remind_deadlines").defer_async(
                timestamp=int(now.timestamp())
            )
    async with background_worker(settings.model_copy(update={"run_worker": True})):
        for _ in range(150):
            if await Notification.filter(project_id=project.id).exists():
                break
            await asyncio.sleep(0.2)
    assert await told() == {project.id: {project.provider.user.id}}
