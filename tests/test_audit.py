"""The audit log: admins' changes are recorded with who made them and the values changed, in
the change's transaction; participants' own moves and refused ones are not."""

from __future__ import annotations

import httpx

from models.account import Role, User
from models.audit import AuditEntry
from tests.api import assert_denied, gql
from tests.factories import make_provider, make_service, make_user, token_for
from tests.shop import admin_token
from tests.test_admin import (
    MOVE_ORDER,
    MOVE_PROJECT,
    MOVE_SESSION,
    gid,
    order_row,
    project_row,
    session_row,
)

AUDIT = """
query ($targetId: ID, $actorId: ID) {
  auditLog(first: 50, targetId: $targetId, actorId: $actorId) {
    edges { node { actorId action targetId changes } }
  }
}"""


async def test_admin_changes_are_logged_with_who_and_what(client: httpx.AsyncClient) -> None:
    provider = await make_provider()
    service, buyer = await make_service(provider), await make_user()
    session = await session_row(provider, service, buyer, 0)
    project = await project_row(provider, buyer)
    order = await order_row(buyer)
    admin = await admin_token()
    admin_id = gid("User", await User.get(role=Role.ADMIN))
    session_id, project_id, order_id = (
        gid("Session", session),
        gid("Project", project),
        gid("Order", order),
    )

    await gql(client, MOVE_SESSION % "completeSession", {"id": session_id}, token=admin)  # refused
    await gql(client, MOVE_SESSION % "confirmSession", {"id": session_id}, token=admin)
    provider_token = await token_for(await User.get(id=provider.user_id))  # type: ignore[attr-defined]
    await gql(client, MOVE_SESSION % "startSession", {"id": session_id}, token=provider_token)
    move = {"id": project_id, "status": "IN_PROGRESS"}
    await gql(client, MOVE_PROJECT, move, token=admin)
    await gql(client, MOVE_ORDER, {"id": order_id, "status": "CANCELLED"}, token=admin)

    log = (await gql(client, AUDIT, {}, token=admin))["auditLog"]["edges"]
    assert [edge["node"] for edge in log] == [
        {
            "actorId": admin_id,
            "action": "updateOrderStatus",
            "targetId": order_id,
            "changes": {"status": ["PENDING", "CANCELLED"]},
        },
        {
            "actorId": admin_id,
            "action": "updateProjectStatus",
            "targetId": project_id,
            "changes": {"status": ["PLANNING", "IN_PROGRESS"]},
        },
        {
            "actorId": admin_id,
            "action": "confirmSession",
            "targetId": session_id,
            "changes": {"status": ["REQUESTED", "CONFIRMED"]},
        },
    ]  # the provider's own start, and the refused completion, are not there
    about_session = await gql(client, AUDIT, {"targetId": session_id}, token=admin)
    assert [e["node"]["action"] for e in about_session["auditLog"]["edges"]] == ["confirmSession"]
    by_nobody = await gql(client, AUDIT, {"actorId": gid("User", buyer)}, token=admin)
    assert by_nobody["auditLog"]["edges"] == []
    await assert_denied(client, AUDIT, {}, token=provider_token)


async def test_an_erased_admin_leaves_the_entries_behind(client: httpx.AsyncClient) -> None:
    provider = await make_provider()
    session = await session_row(provider, await make_service(provider), await make_user(), 0)
    admin = await admin_token()
    await gql(client, MOVE_SESSION % "confirmSession", {"id": gid("Session", session)}, token=admin)
    await User.filter(role=Role.ADMIN).delete()
    [entry] = await AuditEntry.all()
    assert (entry.actor_id, entry.action) == (None, "confirmSession")  # type: ignore[attr-defined]
