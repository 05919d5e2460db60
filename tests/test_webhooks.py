"""The admins' webhook API: registering endpoints, reading deliveries, replaying, resuming, and
milestones made through GraphQL reaching a real receiver."""

from __future__ import annotations

import json
from functools import partial

import httpx
from strawberry.relay import to_base64

import jobs.webhooks
from models.account import Role
from models.webhook import WebhookDelivery, WebhookEndpoint
from tests.api import StatementCounter, assert_denied, gql
from tests.factories import make_provider, make_user, token_for
from tests.scheduling import open_studio
from tests.test_projects import STATUS, start_project
from tests.test_webhook_delivery import happen, verify
from tests.webhooks import make_endpoint, receiver

# The receivers listen on loopback, which the worker posts to only when this allows it.
drain = partial(jobs.webhooks.drain, allow_private_targets=True)

ENDPOINT_FIELDS = "id url description eventTypes status failingSince pausedAt"
CREATE = f"""
mutation ($input: CreateWebhookEndpointInput!) {{
  createWebhookEndpoint(input: $input) {{
    endpoint {{ {ENDPOINT_FIELDS} }} secret userErrors {{ field code message }}
  }}
}}"""
UPDATE = f"""
mutation ($input: UpdateWebhookEndpointInput!) {{
  updateWebhookEndpoint(input: $input) {{
    endpoint {{ {ENDPOINT_FIELDS} }} userErrors {{ field code }}
  }}
}}"""
DELETE = """
mutation ($id: ID!) {
  deleteWebhookEndpoint(input: {id: $id}) { deletedId userErrors { code } }
}"""
RESUME = f"""
mutation ($id: ID!) {{
  resumeWebhookEndpoint(input: {{id: $id}}) {{
    endpoint {{ {ENDPOINT_FIELDS} }} userErrors {{ field code }}
  }}
}}"""
ROTATE = """
mutation ($id: ID!) {
  rotateWebhookSecret(input: {id: $id}) { secret userErrors { code } }
}"""
REPLAY = """
mutation ($id: ID!) {
  replayWebhookDelivery(input: {deliveryId: $id}) {
    delivery { id eventId sequence status attempts } userErrors { field code }
  }
}"""
ENDPOINTS = f"""
query {{
  webhookEndpoints(first: 10) {{ edges {{ node {{ {ENDPOINT_FIELDS} }} }} }}
  webhookEventTypes
}}"""
DELIVERIES = """
query ($id: ID!, $first: Int, $after: String, $status: WebhookDeliveryStatus) {
  node(id: $id) {
    ... on WebhookEndpoint {
      deliveries(first: $first, after: $after, status: $status) {
        edges { node {
          id eventId eventType body sequence status attempts nextAttemptAt lastAttemptAt
          responseStatus responseBody responseMs lastError deliveredAt createdAt
        } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}"""


async def admin_token() -> str:
    return await token_for(await make_user(Role.ADMIN))


def endpoint_id(row: WebhookEndpoint) -> str:
    return to_base64("WebhookEndpoint", str(row.id))


async def test_an_admin_registers_an_endpoint_and_sees_the_secret_once(
    client: httpx.AsyncClient,
) -> None:
    token = await admin_token()
    data = {"url": " https://hooks.example.com/in ", "eventTypes": ["SESSION_CONFIRMED"]}
    created = (await gql(client, CREATE, {"input": data}, token=token))["createWebhookEndpoint"]
    assert created["userErrors"] == []
    assert created["secret"].startswith("whsec_")
    endpoint = created["endpoint"]
    assert (endpoint["url"], endpoint["eventTypes"], endpoint["status"]) == (
        "https://hooks.example.com/in",
        ["SESSION_CONFIRMED"],
        "ACTIVE",
    )
    row = await WebhookEndpoint.get()
    assert row.secret == created["secret"]

    listed = await gql(client, ENDPOINTS, token=token)
    assert [edge["node"]["id"] for edge in listed["webhookEndpoints"]["edges"]] == [endpoint["id"]]
    assert "SESSION_CONFIRMED" in listed["webhookEventTypes"]
    assert "ORDER_SHIPPED" in listed["webhookEventTypes"]
    assert "WEBHOOK_ENDPOINT_PAUSED" not in listed["webhookEventTypes"]

    rotated = await gql(client, ROTATE, {"id": endpoint["id"]}, token=token)
    new_secret = rotated["rotateWebhookSecret"]["secret"]
    await row.refresh_from_db()
    assert new_secret != created["secret"]
    assert row.secret == new_secret


async def test_bad_urls_and_unknown_event_types_are_user_errors(client: httpx.AsyncClient) -> None:
    token = await admin_token()
    cases = [
        ({"url": "ftp://hooks.example.com", "eventTypes": ["NEW_MESSAGE"]}, "url", "INVALID_URL"),
        ({"url": "https://", "eventTypes": ["NEW_MESSAGE"]}, "url", "INVALID_URL"),
        ({"url": "https://u:p@example.com", "eventTypes": ["NEW_MESSAGE"]}, "url", "INVALID_URL"),
        (
            {"url": "https://example.com", "eventTypes": ["NEW_MESSAGE", "ORDER_REFUNDED"]},
            "eventTypes.1",
            "UNKNOWN_EVENT_TYPE",
        ),
        ({"url": "https://example.com", "eventTypes": []}, "eventTypes", "INVALID_VALUE"),
    ]
    for data, field, code in cases:
        payload = (await gql(client, CREATE, {"input": data}, token=token))["createWebhookEndpoint"]
        assert (payload["endpoint"], payload["secret"]) == (None, None)
        assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(field, code)], data
    assert await WebhookEndpoint.all().count() == 0

    row = await make_endpoint("https://example.com/hook")
    refused = await gql(
        client, UPDATE, {"input": {"id": endpoint_id(row), "url": "mailto:a@b.c"}}, token=token
    )
    assert refused["updateWebhookEndpoint"]["userErrors"] == [
        {"field": "url", "code": "INVALID_URL"}
    ]
    await row.refresh_from_db()
    assert row.url == "https://example.com/hook"
    changed = await gql(
        client,
        UPDATE,
        {"input": {"id": endpoint_id(row), "eventTypes": ["REVIEW_RECEIVED"]}},
        token=token,
    )
    assert changed["updateWebhookEndpoint"]["endpoint"]["eventTypes"] == ["REVIEW_RECEIVED"]
    assert changed["updateWebhookEndpoint"]["endpoint"]["url"] == "https://example.com/hook"


async def test_only_admins_use_webhooks(client: httpx.AsyncClient) -> None:
    row = await make_endpoint("https://example.com/hook")
    await happen("Debut EP")
    delivery = await WebhookDelivery.get()
    provider = await token_for((await make_provider()).user)  # type: ignore[attr-defined]
    customer = await token_for(await make_user())
    create = {"input": {"url": "https://evil.example", "eventTypes": ["NEW_MESSAGE"]}}
    for token in (provider, customer):
        await assert_denied(client, CREATE, create, token=token)
        await assert_denied(client, ENDPOINTS, token=token)
        await assert_denied(client, ROTATE, {"id": endpoint_id(row)}, token=token)
        await assert_denied(client, DELETE, {"id": endpoint_id(row)}, token=token)
        await assert_denied(
            client, REPLAY, {"id": to_base64("WebhookDelivery", str(delivery.id))}, token=token
        )
        hidden = await gql(client, DELIVERIES, {"id": endpoint_id(row)}, token=token)
        assert hidden["node"] is None
    await assert_denied(client, ENDPOINTS, code="FORBIDDEN")
    assert await WebhookEndpoint.all().count() == 1
    assert await WebhookDelivery.all().count() == 1


async def test_a_milestone_made_through_the_api_reaches_the_receiver(
    client: httpx.AsyncClient,
) -> None:
    token = await admin_token()
    studio = await open_studio()
    project_id, _ = await start_project(client, studio)
    with receiver() as hook:
        data = {"url": hook.url(), "eventTypes": ["PROJECT_STATUS_CHANGED"]}
        created = (await gql(client, CREATE, {"input": data}, token=token))["createWebhookEndpoint"]
        await gql(
            client, STATUS, {"id": project_id, "status": "IN_PROGRESS"}, token=studio.provider_token
        )
        drained = await drain()
    assert drained.delivered == 1
    [request] = hook.received
    assert verify(created["secret"], request.headers["Studiograph-Signature"], request.body)
    event = json.loads(request.body)
    assert event["type"] == "PROJECT_STATUS_CHANGED"
    assert event["data"] == {"about": "Debut EP", "detail": "IN_PROGRESS", "projectId": project_id}

    page = await gql(client, DELIVERIES, {"id": created["endpoint"]["id"]}, token=token)
    [edge] = page["node"]["deliveries"]["edges"]
    assert edge["node"]["body"].encode() == request.body
    assert (edge["node"]["status"], edge["node"]["responseStatus"]) == ("SUCCEEDED", 200)
    assert edge["node"]["responseBody"] == '{"ok":true}'


async def test_a_replay_goes_to_the_end_of_the_queue_with_the_same_event(
    client: httpx.AsyncClient,
) -> None:
    token = await admin_token()
    with receiver() as hook:
        row = await make_endpoint(hook.url())
        await happen("one")
        await drain()
        first = await WebhookDelivery.get()
        await happen("two")
        replay = await gql(
            client, REPLAY, {"id": to_base64("WebhookDelivery", str(first.id))}, token=token
        )
        await drain()
    replayed = replay["replayWebhookDelivery"]
    assert replayed["userErrors"] == []
    assert replayed["delivery"]["eventId"] == str(first.event_id)
    assert (replayed["delivery"]["sequence"], replayed["delivery"]["status"]) == (3, "PENDING")
    assert [json.loads(r.body)["data"]["about"] for r in hook.received] == ["one", "two", "one"]
    assert hook.received[0].body == hook.received[2].body
    delivery_ids = [r.headers["Studiograph-Delivery-Id"] for r in hook.received]
    assert len(set(delivery_ids)) == 3
    missing = await gql(
        client, REPLAY, {"id": to_base64("WebhookDelivery", str(row.id))}, token=token
    )
    assert missing["replayWebhookDelivery"]["userErrors"] == [
        {"field": "deliveryId", "code": "NOT_FOUND"}
    ]


async def test_resuming_a_paused_endpoint_delivers_its_queue_in_order(
    client: httpx.AsyncClient,
) -> None:
    token = await admin_token()
    with receiver() as hook:
        row = await make_endpoint(hook.url())
        await happen("one", "two")
        await WebhookEndpoint.filter(id=row.id).update(status="PAUSED")
        assert (await drain()).delivered == 0
        resumed = await gql(client, RESUME, {"id": endpoint_id(row)}, token=token)
        again = await gql(client, RESUME, {"id": endpoint_id(row)}, token=token)
        drained = await drain()
    assert resumed["resumeWebhookEndpoint"]["userErrors"] == []
    assert resumed["resumeWebhookEndpoint"]["endpoint"]["status"] == "ACTIVE"
    assert again["resumeWebhookEndpoint"]["userErrors"] == [{"field": "id", "code": "NOT_PAUSED"}]
    assert drained.delivered == 2
    assert [json.loads(r.body)["data"]["about"] for r in hook.received] == ["one", "two"]


async def test_deleting_an_endpoint_deletes_its_queue(client: httpx.AsyncClient) -> None:
    token = await admin_token()
    row = await make_endpoint("https://example.com/hook")
    await happen("one")
    deleted = await gql(client, DELETE, {"id": endpoint_id(row)}, token=token)
    assert deleted["deleteWebhookEndpoint"] == {"deletedId": endpoint_id(row), "userErrors": []}
    assert await WebhookDelivery.all().count() == 0
    again = await gql(client, DELETE, {"id": endpoint_id(row)}, token=token)
    assert again["deleteWebhookEndpoint"]["userErrors"] == [{"code": "NOT_FOUND"}]


async def test_deliveries_page_newest_first_at_a_fixed_cost(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    token = await admin_token()
    row = await make_endpoint("https://example.com/hook")
    costs = []
    for size in (5, 50):
        await WebhookDelivery.all().delete()
        await happen(*[f"event {n}" for n in range(size)])
        statements.reset()
        page = await gql(client, DELIVERIES, {"id": endpoint_id(row), "first": 50}, token=token)
        edges = page["node"]["deliveries"]["edges"]
        assert len(edges) == size
        costs.append(statements.count)
    assert costs[0] == costs[1]
    sequences = [edge["node"]["sequence"] for edge in edges]
    assert sequences == sorted(sequences, reverse=True)

    first = await gql(client, DELIVERIES, {"id": endpoint_id(row), "first": 20}, token=token)
    cursor = first["node"]["deliveries"]["pageInfo"]["endCursor"]
    rest = await gql(
        client, DELIVERIES, {"id": endpoint_id(row), "first": 50, "after": cursor}, token=token
    )
    seen = [e["node"]["sequence"] for e in first["node"]["deliveries"]["edges"]] + [
        e["node"]["sequence"] for e in rest["node"]["deliveries"]["edges"]
    ]
    assert seen == sequences
    failed = await gql(
        client, DELIVERIES, {"id": endpoint_id(row), "status": "FAILED"}, token=token
    )
    assert failed["node"]["deliveries"]["edges"] == []
