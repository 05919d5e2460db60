"""The admins' list of endpoints with each one's deliveries: one loader pages every endpoint's
deliveries together, so 50 endpoints cost what 5 do."""

from __future__ import annotations

import httpx

from models.webhook import WebhookDelivery, WebhookEndpoint
from tests.api import StatementCounter, gql
from tests.test_webhook_delivery import happen
from tests.test_webhooks import admin_token
from tests.webhooks import make_endpoint

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
