"""/metrics (requests by operation name, websockets open, the database pool, its guard) and
OpenTelemetry traces when OTEL_ENABLED is set."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from prometheus_client.core import REGISTRY
from websockets.asyncio.client import connect

from app.main import create_app
from app.metrics import MAX_OPERATION_NAMES, operation_label
from app.settings import Settings
from tests.server import serving_in_process

REQUESTS = "studiograph_http_requests_total"
LATENCY_COUNT = "studiograph_http_request_duration_seconds_count"


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_requests_are_counted_by_operation_name(client: httpx.AsyncClient) -> None:
    named = {"endpoint": "graphql", "operation": "Hello", "status": "200", "errors": "false"}
    before, timed = (
        sample(REQUESTS, **named),
        sample(LATENCY_COUNT, endpoint="graphql", operation="Hello"),
    )
    for _ in range(3):
        await client.post("/graphql", json={"query": "query Hello { __typename }"})
    assert sample(REQUESTS, **named) == before + 3
    assert sample(LATENCY_COUNT, endpoint="graphql", operation="Hello") == timed + 3


async def test_failed_and_unnamed_operations_have_their_own_series(
    client: httpx.AsyncClient,
) -> None:
    failed = {"endpoint": "graphql", "operation": "anonymous", "status": "200", "errors": "true"}
    refused = {"endpoint": "graphql", "operation": "unparsed", "status": "400", "errors": "false"}
    before_failed, before_refused = sample(REQUESTS, **failed), sample(REQUESTS, **refused)
    await client.post("/graphql", json={"query": "{ noSuchField }"})
    await client.post("/graphql", json=[{"query": "{ __typename }"}])
    assert sample(REQUESTS, **failed) == before_failed + 1
    assert sample(REQUESTS, **refused) == before_refused + 1


async def test_other_endpoints_are_counted_without_an_operation(
    client: httpx.AsyncClient,
) -> None:
    labels = {"endpoint": "healthz", "operation": "", "status": "200", "errors": "false"}
    before = sample(REQUESTS, **labels)
    await client.get("/healthz")
    assert sample(REQUESTS, **labels) == before + 1


async def test_answers_carry_the_server_time(client: httpx.AsyncClient) -> None:
    timing = (await client.get("/healthz")).headers["server-timing"]
    assert timing.startswith("app;dur=")
    assert float(timing.removeprefix("app;dur=")) > 0


def test_operation_names_from_clients_cannot_grow_the_series_without_bound() -> None:
    assert operation_label(None) == "anonymous"
    assert operation_label("drop table; --") == "invalid"
    assert operation_label("x" * 65) == "invalid"
    labels = {operation_label(f"Op{n}") for n in range(MAX_OPERATION_NAMES + 50)}
    assert "other" in labels
    assert len(labels) <= MAX_OPERATION_NAMES + 1


async def test_metrics_page_shows_requests_and_the_database_pool(
    client: httpx.AsyncClient,
) -> None:
    await client.post("/graphql", json={"query": "query Hello { __typename }"})
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert 'operation="Hello"' in response.text
    assert "studiograph_db_pool_size" in response.text
    assert sample("studiograph_db_pool_max") >= 1


async def test_websocket_connections_are_gauged(app: object) -> None:
    async with serving_in_process(app) as base_url:  # type: ignore[arg-type]
        url = base_url.replace("http://", "ws://") + "/graphql"
        before = sample("studiograph_websocket_connections")
        async with connect(url, subprotocols=["graphql-transport-ws"]) as ws:
            await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
            assert json.loads(await ws.recv())["type"] == "connection_ack"
            assert sample("studiograph_websocket_connections") == before + 1
    assert sample("studiograph_websocket_connections") == before


@pytest.fixture
async def guarded(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings.model_copy(update={"metrics_token": "scrape-me"}))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def test_metrics_token_guards_the_page(guarded: httpx.AsyncClient) -> None:
    assert (await guarded.get("/metrics")).status_code == 401
    wrong = await guarded.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    right = await guarded.get("/metrics", headers={"Authorization": "Bearer scrape-me"})
    assert right.status_code == 200


async def test_metrics_can_be_switched_off(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"metrics_enabled": False}))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        assert (await http.get("/metrics")).status_code == 404


async def test_otel_enabled_traces_graphql_requests(settings: Settings) -> None:
    sdk = pytest.importorskip("opentelemetry.sdk.trace")
    exporting = pytest.importorskip("opentelemetry.sdk.trace.export")
    in_memory = pytest.importorskip("opentelemetry.sdk.trace.export.in_memory_span_exporter")
    exporter = in_memory.InMemorySpanExporter()
    provider = sdk.TracerProvider()
    provider.add_span_processor(exporting.SimpleSpanProcessor(exporter))
    app = create_app(settings.model_copy(update={"otel_enabled": True}))
    # The middleware takes the global provider when it is built: hand it ours instead.
    app.user_middleware[0].kwargs["tracer_provider"] = provider
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        await http.post("/graphql", json={"query": "{ __typename }"})
        await http.get("/healthz")
    names = {span.name for span in exporter.get_finished_spans()}
    assert "POST /graphql" in names
    assert not any("healthz" in name for name in names)
