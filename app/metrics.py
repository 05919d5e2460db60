"""Prometheus metrics: requests by GraphQL operation, websockets open, the database pool.

Metrics live in prometheus-client's process-wide registry, so each uvicorn worker exports
its own figures: scrape every worker (or sum them in Prometheus), not one port per site."""

from __future__ import annotations

import hmac
import re
import time
from collections.abc import Iterator
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import REGISTRY, GaugeMetricFamily
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.extensions import SchemaExtension
from tortoise import connections
from tortoise.exceptions import ConfigurationError

from app.settings import Settings

# Filled by OperationLabel during execution, read by MetricsMiddleware when the response is sent.
OPERATION_KEY = "studiograph.operation"
ERRORS_KEY = "studiograph.errors"
SAFE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
# Operation names come from clients: past this many distinct ones, new names count as "other"
# so that nobody can grow the series (and Prometheus's memory) without bound.
MAX_OPERATION_NAMES = 200
ENDPOINTS = frozenset(
    {"graphql", "healthz", "metrics", "calendar", "files", "uploads", "webhooks", "graphiql-assets"}
)

REQUESTS = Counter(
    "studiograph_http_requests",
    "HTTP requests answered, by endpoint, GraphQL operation name, status and GraphQL errors.",
    ["endpoint", "operation", "status", "errors"],
)
LATENCY = Histogram(
    "studiograph_http_request_duration_seconds",
    "Time from receiving an HTTP request to sending its last byte.",
    ["endpoint", "operation"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
WEBSOCKETS = Gauge("studiograph_websocket_connections", "Websocket connections open now.")

_known_names: set[str] = set()


def operation_label(name: str | None) -> str:
    if not name:
        return "anonymous"
    if not SAFE_NAME.fullmatch(name):
        return "invalid"
    if name not in _known_names:
        if len(_known_names) >= MAX_OPERATION_NAMES:
            return "other"
        _known_names.add(name)
    return name


class OperationLabel(SchemaExtension):
    """Hands the operation's name and whether it failed to the HTTP metrics."""

    def on_operation(self) -> Iterator[None]:
        yield
        request = getattr(self.execution_context.context, "request", None)
        if request is None or request.scope["type"] != "http":
            return
        result = self.execution_context.result
        failed = bool(self.execution_context.pre_execution_errors) or bool(
            result is not None and result.errors
        )
        request.scope[OPERATION_KEY] = operation_label(self.execution_context.operation_name)
        request.scope[ERRORS_KEY] = failed


class MetricsMiddleware:
    """Times every request, counts websockets, and serves /metrics itself: outside the
    authentication middleware, whose bearer tokens are users' and not the scraper's."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            WEBSOCKETS.inc()
            try:
                await self.app(scope, receive, send)
            finally:
                WEBSOCKETS.dec()
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                # Time to the first byte of the answer, for browsers' dev tools and the
                # benchmarks (bench/abuse.py), which cannot see the server's clock otherwise.
                elapsed_ms = (time.perf_counter() - started) * 1000
                message.setdefault("headers", []).append(
                    (b"server-timing", f"app;dur={elapsed_ms:.2f}".encode())
                )
            await send(message)

        try:
            if self.settings.metrics_enabled and scope["path"] == "/metrics":
                await metrics_page(Request(scope), self.settings.metrics_token)(
                    scope, receive, recording_send
                )
            else:
                await self.app(scope, receive, recording_send)
        finally:
            segment = scope["path"].strip("/").split("/", 1)[0]
            endpoint = segment if segment in ENDPOINTS else "other"
            operation = scope.get(OPERATION_KEY, "" if endpoint != "graphql" else "unparsed")
            errors = "true" if scope.get(ERRORS_KEY) else "false"
            REQUESTS.labels(endpoint, operation, str(status), errors).inc()
            LATENCY.labels(endpoint, operation).observe(time.perf_counter() - started)


class DatabasePoolCollector(Collector):
    """Reads the asyncpg pool behind tortoise at scrape time; SQLite has no pool to report."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        pool = _asyncpg_pool()
        if pool is None:
            return
        figures = {
            "size": ("Connections the pool holds now.", pool.get_size()),
            "idle": ("Pooled connections not in use.", pool.get_idle_size()),
            "max": ("Most connections the pool may open.", pool.get_max_size()),
        }
        for name, (description, value) in figures.items():
            yield GaugeMetricFamily(f"studiograph_db_pool_{name}", description, value=value)


def _asyncpg_pool() -> Any:
    try:
        client = connections.get("default")
    except (ConfigurationError, RuntimeError):  # before start-up or after shutdown
        return None
    return getattr(client, "_pool", None)


REGISTRY.register(DatabasePoolCollector())


def metrics_page(request: Request, token: str | None) -> Response:
    if token:
        expected = f"Bearer {token}".encode()
        given = request.headers.get("authorization", "").encode()
        if not hmac.compare_digest(given, expected):
            return Response("/metrics needs its bearer token\n", status_code=401)
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
