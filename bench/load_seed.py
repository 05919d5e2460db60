"""The data behind bench/load.py: bookable studios, and clients with a lived-in dashboard.

Every client has PROJECTS projects with studios (two versions handed in, a few messages,
unread ones among them), SESSIONS confirmed sessions far enough ahead that the workload's
bookings never meet them, and NOTIFICATIONS notifications of which half are unread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

from strawberry.relay import to_base64

from domain.deliverable import DeliverableStatus
from domain.notification import NotificationKind
from domain.project import ProjectStatus
from domain.session import SessionStatus
from models.booking import Session
from models.notification import Notification
from models.project import Deliverable, Message, Project, ThreadState
from tests.factories import make_user, token_for
from tests.scheduling import Studio, open_studio

PROJECTS = 3
SESSIONS = 4
NOTIFICATIONS = 8
FREE_SLOTS = 4_000  # bookable (studio, start) pairs for the workload
SEEDED_FROM = timedelta(days=70)  # past the last free slot the workload books


@dataclass
class Client:
    user_id: UUID
    token: str
    projects: list[tuple[str, int]] = field(default_factory=list)  # (global ID, studio index)


@dataclass
class World:
    studios: list[Studio]
    clients: list[Client]
    free_slots: int = FREE_SLOTS


def _session(client: Client, studio: Studio, start: datetime) -> Session:
    session_id = uuid4()
    return Session(
        id=session_id,
        provider=studio.profile,
        service=studio.service,
        client_id=client.user_id,
        start_at=start,
        end_at=start + timedelta(hours=1),
        blocked_start=start,
        blocked_end=start + timedelta(hours=1),
        slot_key=str(session_id),
        status=SessionStatus.CONFIRMED,
        price_amount=10000,
        currency="EUR",
    )


async def _projects(client: Client, n: int, studios: list[Studio]) -> None:
    projects, states, versions, messages = [], [], [], []
    for k in range(PROJECTS):
        index = (n + k) % len(studios)
        studio = studios[index]
        project = Project(
            id=uuid4(),
            client_id=client.user_id,
            provider=studio.profile,
            service=studio.service,
            name=f"EP {n}-{k}",
            status=ProjectStatus.IN_PROGRESS,
            last_message_at=datetime.now(UTC),
            price_amount=50000,
            currency="EUR",
        )
        projects.append(project)
        client.projects.append((to_base64("Project", str(project.id)), index))
        provider_user = studio.profile.user_id  # type: ignore[attr-defined]
        states += [
            ThreadState(project_id=project.id, user_id=client.user_id, unread_count=k),
            ThreadState(project_id=project.id, user_id=provider_user),
        ]
        versions += [
            Deliverable(
                project_id=project.id, version=1, status=DeliverableStatus.REVISION_REQUESTED
            ),
            Deliverable(project_id=project.id, version=2, notes="Louder vocals"),
        ]
        messages += [
            Message(project_id=project.id, sender_id=provider_user, body="Version 2 is up."),
            Message(project_id=project.id, sender_id=client.user_id, body="Listening now."),
        ]
    await Project.bulk_create(projects)
    await ThreadState.bulk_create(states)
    await Deliverable.bulk_create(versions)
    await Message.bulk_create(messages)


async def seed(clients: int, providers: int) -> World:
    studios = [await open_studio() for _ in range(providers)]
    world = World(studios, [])
    first = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + SEEDED_FROM
    sessions, notifications = [], []
    for n in range(clients):
        user = await make_user()
        client = Client(user.id, await token_for(user))
        world.clients.append(client)
        await _projects(client, n, studios)
        # Two hours apart across all clients: no two seeded sessions overlap at any studio.
        starts = [first + timedelta(hours=2 * (n * SESSIONS + k)) for k in range(SESSIONS)]
        sessions += [
            _session(client, studios[(n + k) % providers], start) for k, start in enumerate(starts)
        ]
        notifications += [
            Notification(
                recipient_id=client.user_id,
                kind=NotificationKind.NEW_MESSAGE,
                title="New message",
                body=f"EP {n}: Version {k} is up.",
                read_at=datetime.now(UTC) if k % 2 else None,
            )
            for k in range(NOTIFICATIONS)
        ]
    await Session.bulk_create(sessions)
    await Notification.bulk_create(notifications)
    return world
