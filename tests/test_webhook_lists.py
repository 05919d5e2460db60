"""The admins' list of endpoints with each one's deliveries (one loader pages every endpoint's
deliveries together, so 50 endpoints cost what 5 do), and rotating an endpoint's secret."""

from __future__ import annotations

from functools import partial

import httpx
from strawberry.relay import to_base64

import jobs.webhooks
from models.webhook import WebhookDelivery, WebhookEndpoint
from tests.api import StatementCounter, gql
from tests.test_webhook_delivery import happen, verify
from tests.test_webhooks import admin_token
from tests.webhooks import make_endpoint, receiver

# The receiver listens on loopback, which the worker posts to only when this allows it.
drain = partial(jobs.webhooks.drain, allow_private_targets=True)

ENDPOINTS = """
query ($first: Int!, $status: WebhookDeliveryStatus) {
  webhookEndpoints(first: $first) { edges { node {
    id
    deliveries(first: 2, status: $status) {
      edges { cursor node { sequence status } } pageInfo { hasNextPage }
    }
  } } }
}"""
DELIVERIES_AFTER = """
query ($id: ID!, $after: String) { node(id: $id) { ... on WebhookEndpoint {
  deliveries(first: 2, after: $after) { edges { node { sequence } } pageInfo { hasNextPage } }
} } }"""


async def test_nested_deliveries_cost_the_same_for_5_or_50_endpoints(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    token = await admin_token()
    costs = []
    for size in (5, 50):
        await WebhookEndpoint.all().delete()
        for _ in range(size):
            await make_endpoint("https://example.com/hook")
        await happen("one", "two", "three")
        statements.reset()
        listed = await gql(client, ENDPOINTS, {"first": size}, token=token)
        costs.append(statements.count)
        edges = listed["webhookEndpoints"]["edges"]
        assert len(edges) == size
        for edge in edges:
            page = edge["node"]["deliveries"]
            assert [e["node"]["sequence"] for e in page["edges"]] == [3, 2]
            assert page["pageInfo"]["hasNextPage"] is True
    assert costs[0] == costs[1]

    # Each endpoint's next page, and the status filter, come from the same loader.
    first = edges[0]
    cursor = first["node"]["deliveries"]["edges"][-1]["cursor"]
    rest = await gql(
        client, DELIVERIES_AFTER, {"id": first["node"]["id"], "after": cursor}, token=token
    )
    assert rest["node"]["deliveries"] == {
        "edges": [{"node": {"sequence": 1}}],
        "pageInfo": {"hasNextPage": False},
    }
    failed = await gql(client, ENDPOINTS, {"first": size, "status": "FAILED"}, token=token)
    assert all(e["node"]["deliveries"]["edges"] == [] for e in failed["webhookEndpoints"]["edges"])
    assert await WebhookDelivery.filter(status="FAILED").count() == 0


ROTATE = """
mutation ($id: ID!, $grace: Int!) {
  rotateWebhookSecret(input: {id: $id, graceHours: $grace}) { secret userErrors { field code } }
}"""


async def test_a_rotated_secret_signs_beside_the_new_one_for_its_grace(
    client: httpx.AsyncClient,
) -> None:
    token = await admin_token()
    with receiver() as hook:
        row = await make_endpoint(hook.url(), "PROJECT_STATUS_CHANGED")
        node_id = to_base64("WebhookEndpoint", str(row.id))
        too_long = await gql(client, ROTATE, {"id": node_id, "grace": 169}, token=token)
        assert too_long["rotateWebhookSecret"]["userErrors"] == [
            {"field": "graceHours", "code": "INVALID_VALUE"}
        ]
        rotated = await gql(client, ROTATE, {"id": node_id, "grace": 2}, token=token)
        new = rotated["rotateWebhookSecret"]["secret"]
        await happen("during the grace")
        await drain()
        await row.refresh_from_db()
        assert row.previous_secret_until is not None
        await happen("after it")
        await drain(now=row.previous_secret_until)
        again = await gql(client, ROTATE, {"id": node_id, "grace": 0}, token=token)
        await happen("rotated at once")
        await drain(now=row.previous_secret_until)
    during, after, at_once = hook.received
    header = during.headers["Studiograph-Signature"]
    assert header.count("v1=") == 2
    assert verify(new, header, during.body)
    assert verify("whsec_test", header, during.body)  # the old secret still verifies
    assert after.headers["Studiograph-Signature"].count("v1=") == 1
    assert verify(new, after.headers["Studiograph-Signature"], after.body)
    assert not verify("whsec_test", after.headers["Studiograph-Signature"], after.body)
    newest = again["rotateWebhookSecret"]["secret"]
    assert verify(newest, at_once.headers["Studiograph-Signature"], at_once.body)
    assert not verify(new, at_once.headers["Studiograph-Signature"], at_once.body)
