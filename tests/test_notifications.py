"""In-app notifications: who is told what, reading and marking them, and what a page costs."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from strawberry.relay import to_base64

import resolvers.notification
from models.account import Role
from models.booking import Session as SessionModel
from models.notification import Notification
from models.outbox import OutboxMessage
from models.project import Project
from models.shop import Order
from tests.api import StatementCounter, execute, gql
from tests.factories import make_user, token_for
from tests.scheduling import at, next_weekday, open_studio
from tests.test_projects import APPROVE, REVISE, SEND, STATUS, SUBMIT, quiet_project
from tests.test_session_flow import CANCEL, RESCHEDULE, action, book

MINE = """
query ($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    unreadCount
    edges {
      cursor node { id kind title body readAt project { name } session { status } order { number } }
    }
    pageInfo { hasNextPage endCursor }
  }
}"""
MARK = """
mutation ($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    notifications { id readAt } unreadCount userErrors { field code }
  }
}"""


async def mine(client: httpx.AsyncClient, token: str, **variables: object) -> dict:
    return (await gql(client, MINE, variables, token=token))["myNotifications"]


def kinds_and_bodies(page: dict) -> list[tuple[str, str]]:
    return [(e["node"]["kind"], e["node"]["body"]) for e in page["edges"]]


async def test_project_changes_tell_the_other_side(client: httpx.AsyncClient) -> None:
    studio = await open_studio(included_revisions=1)
    project_id, client_tok = await quiet_project(client, studio)
    provider_tok = studio.provider_token

    await gql(client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=provider_tok)
    await gql(client, SEND, {"id": project_id, "body": "Can we add reverb?"}, token=client_tok)
    handed = await gql(client, SUBMIT, {"id": project_id}, token=provider_tok)
    version_id = handed["submitDeliverable"]["deliverable"]["id"]
    await gql(client, REVISE, {"id": version_id}, token=client_tok)
    handed = await gql(client, SUBMIT, {"id": project_id}, token=provider_tok)
    await gql(
        client, APPROVE, {"id": handed["submitDeliverable"]["deliverable"]["id"]}, token=client_tok
    )

    # Newest first; nobody is told about what they did themselves.
    assert kinds_and_bodies(await mine(client, client_tok)) == [
        ("DELIVERABLE_SUBMITTED", "Version 2 of Debut EP is ready for you."),
        ("DELIVERABLE_SUBMITTED", "Version 1 of Debut EP is ready for you."),
        ("PROJECT_STATUS_CHANGED", "Debut EP is now in progress."),
    ]
    provider_page = await mine(client, provider_tok)
    assert kinds_and_bodies(provider_page) == [
        ("DELIVERABLE_APPROVED", "Debut EP was approved and is complete."),
        ("REVISION_REQUESTED", "Debut EP: More bass"),
        ("NEW_MESSAGE", "Debut EP: Can we add reverb?"),
    ]
    assert provider_page["unreadCount"] == 3
    assert {e["node"]["project"]["name"] for e in provider_page["edges"]} == {"Debut EP"}
    assert provider_page["edges"][0]["node"]["title"] == "Work approved"


async def test_session_changes_tell_the_other_side(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, client_tok = await book(client, studio)
    day = next_weekday(2)
    await gql(client, action("confirmSession"), {"id": session_id}, token=studio.provider_token)
    moved = at(day, 14)
    await gql(client, RESCHEDULE, {"id": session_id, "start": moved.isoformat()}, token=client_tok)
    await gql(client, CANCEL, {"id": session_id, "reason": "Flu"}, token=client_tok)

    when = f"{day:%a %d %b %Y}"
    assert kinds_and_bodies(await mine(client, client_tok)) == [
        ("SESSION_CONFIRMED", f"Your session on {when}, 10:00 (Europe/Berlin) is confirmed.")
    ]
    provider_page = await mine(client, studio.provider_token)
    assert kinds_and_bodies(provider_page) == [
        ("SESSION_CANCELLED", f"The session on {when}, 14:00 (Europe/Berlin) was cancelled. Flu"),
        # Which session moved: a provider has many, and the new time alone did not say.
        (
            "SESSION_RESCHEDULED",
            f"Your session on {when}, 10:00 (Europe/Berlin) now starts on {when}, 14:00 "
            "(Europe/Berlin).",
        ),
        (
            "PROVIDER_ASSIGNED",
            f"A client booked Session with you on {when}, 10:00 (Europe/Berlin). "
            "Confirm it in the app.",
        ),
    ]
    assert provider_page["edges"][0]["node"]["session"] == {"status": "CANCELLED"}
    mail = await OutboxMessage.get(kind="SESSION_RESCHEDULED")
    assert f"moved from {when}, 10:00 (Europe/Berlin)" in mail.text_body
    assert f"moved from {when}, 10:00 (Europe/Berlin)" in mail.html_body


async def test_an_admin_acting_tells_both_sides(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio)
    admin_tok = await token_for(await make_user(Role.ADMIN))
    await gql(client, STATUS, {"id": project_id, "status": "CANCELLED"}, token=admin_tok)
    for token in (client_tok, studio.provider_token):
        page = await mine(client, token)
        assert kinds_and_bodies(page) == [("PROJECT_STATUS_CHANGED", "Debut EP is now cancelled.")]
    assert await Notification.all().count() == 2


async def test_refused_changes_tell_nobody(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio)
    refused = await gql(client, STATUS, {"id": project_id, "status": "COMPLETED"}, token=client_tok)
    assert refused["updateProjectStatus"]["userErrors"][0]["code"] == "INVALID_TRANSITION"
    early = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
    assert early["submitDeliverable"]["userErrors"] == [{"code": "INVALID_TRANSITION"}]
    assert await Notification.all().count() == 0


class Broken(Exception):
    pass


async def test_notifications_share_the_transaction_of_the_change(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If telling the other side fails, the change itself is undone."""
    studio = await open_studio()
    project_id, _ = await quiet_project(client, studio)

    async def fail(*_: object, **__: object) -> None:
        raise Broken

    monkeypatch.setattr(resolvers.notification, "record_milestone", fail)
    moved = await execute(
        client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=studio.provider_token
    )
    assert moved["errors"], moved
    assert (await Project.get()).status == "PLANNING"


async def test_marking_read(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio)
    for body in ("one", "two", "three"):
        await gql(client, SEND, {"id": project_id, "body": body}, token=client_tok)
    provider_tok = studio.provider_token
    newest, middle, oldest = (e["node"]["id"] for e in (await mine(client, provider_tok))["edges"])

    async def mark(token: str, **input_: object) -> dict:
        return (await gql(client, MARK, {"input": input_}, token=token))["markNotificationsRead"]

    stranger = await token_for(await make_user())
    refusals = [
        (provider_tok, {}, [{"field": "ids", "code": "INVALID_VALUE"}]),
        (provider_tok, {"ids": [oldest], "all": True}, [{"field": "ids", "code": "INVALID_VALUE"}]),
        # Someone else's notification, and an id of another type, are simply not found.
        (stranger, {"ids": [oldest]}, [{"field": "ids.0", "code": "NOT_FOUND"}]),
        (
            provider_tok,
            {"ids": [oldest, to_base64("Project", project_id)]},
            [{"field": "ids.1", "code": "NOT_FOUND"}],
        ),
    ]
    for token, input_, errors in refusals:
        refused = await mark(token, **input_)
        assert (refused["userErrors"], refused["unreadCount"]) == (errors, None)
    assert await Notification.filter(read_at__isnull=False).count() == 0

    marked = await mark(provider_tok, ids=[oldest])
    assert marked["userErrors"] == []
    assert [n["id"] for n in marked["notifications"]] == [oldest]
    assert marked["notifications"][0]["readAt"] is not None
    assert marked["unreadCount"] == 2
    unread = await mine(client, provider_tok, unreadOnly=True)
    assert [e["node"]["id"] for e in unread["edges"]] == [newest, middle]
    # Read with the page, and counted alone past the last page, where no row carries it.
    end = (await mine(client, provider_tok))["pageInfo"]["endCursor"]
    beyond = await mine(client, provider_tok, after=end)
    assert (unread["unreadCount"], beyond["edges"], beyond["unreadCount"]) == (2, [], 2)

    first_read_at = marked["notifications"][0]["readAt"]
    everything = await mark(provider_tok, all=True)
    assert (everything["notifications"], everything["unreadCount"]) == ([], 0)
    page = await mine(client, provider_tok)
    assert page["unreadCount"] == 0
    assert all(e["node"]["readAt"] for e in page["edges"])
    # Marking all again leaves the first reading time as it was.
    assert page["edges"][-1]["node"]["readAt"] == first_read_at
    assert (await mine(client, provider_tok, unreadOnly=True))["edges"] == []


async def test_pages_run_newest_first(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio)
    for n in range(5):
        await gql(client, SEND, {"id": project_id, "body": f"note {n}"}, token=client_tok)
    bodies, after = [], None
    while True:
        page = await mine(client, studio.provider_token, first=2, after=after)
        bodies += [e["node"]["body"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert bodies == [f"Debut EP: note {n}" for n in reversed(range(5))]


async def test_a_notification_is_visible_to_its_recipient_only(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio)
    await gql(client, SEND, {"id": project_id, "body": "hi"}, token=client_tok)
    notification_id = (await mine(client, studio.provider_token))["edges"][0]["node"]["id"]
    node = "query ($id: ID!) { node(id: $id) { ... on Notification { body } } }"
    seen = await gql(client, node, {"id": notification_id}, token=studio.provider_token)
    assert seen["node"] == {"body": "Debut EP: hi"}
    admin_tok = await token_for(await make_user(Role.ADMIN))
    for token in (client_tok, admin_tok, None):
        assert (await gql(client, node, {"id": notification_id}, token=token))["node"] is None
    anonymous = await execute(client, MINE, {})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_page_costs_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    studio = await open_studio()
    recipient = await make_user()
    token = await token_for(recipient)
    start = at(next_weekday(2), 10)
    counts = []
    for total in (5, 50):
        for n in range(await Notification.all().count(), total):
            # Each one about a project, a session or an order of its own, so nothing is shared.
            about: dict[str, object] = {}
            if n % 4 == 3:
                about["order"] = await Order.create(
                    user=recipient,
                    number=f"SG-2026-{n:06d}",
                    subtotal_amount=1000,
                    shipping_amount=0,
                    tax_amount=190,
                    total_amount=1190,
                    currency="EUR",
                )
            elif n % 2:
                about["project"] = await Project.create(
                    client=recipient, provider=studio.profile, service=studio.service, name=f"P{n}"
                )
            else:
                about["session"] = await SessionModel.create(
                    client=recipient,
                    provider=studio.profile,
                    service=studio.service,
                    start_at=start + timedelta(days=n),
                    end_at=start + timedelta(days=n, hours=1),
                    blocked_start=start + timedelta(days=n),
                    blocked_end=start + timedelta(days=n, hours=1),
                    slot_key=f"k{n}",
                    price_amount=10000,
                    currency="EUR",
                )
            await Notification.create(
                recipient=recipient, kind="NEW_MESSAGE", title="t", body=str(n), **about
            )
        statements.reset()
        page = await mine(client, token, first=50)
        assert len(page["edges"]) == total
        nodes = [e["node"] for e in page["edges"]]
        assert [n["project"]["name"] for n in nodes if n["project"]] == [
            f"P{n}" for n in reversed(range(total)) if n % 4 == 1
        ]
        assert [n["order"]["number"] for n in nodes if n["order"]] == [
            f"SG-2026-{n:06d}" for n in reversed(range(total)) if n % 4 == 3
        ]
        assert sum(n["session"] == {"status": "REQUESTED"} for n in nodes) == (total + 1) // 2
        assert page["unreadCount"] == total
        counts.append(statements.count)
    # token, page with the unread count, projects, sessions, orders
    assert counts[0] == counts[1] == 5, statements.queries
