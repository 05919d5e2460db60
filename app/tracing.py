"""OpenTelemetry traces of every request, when OTEL_ENABLED is set and the packages are there.

Only the instrumentation lives here: where spans go (the SDK's provider and exporter) is the
deployment's choice, e.g. `opentelemetry-instrument studiograph serve` with the OTEL_*
variables, so the server carries no exporter configuration of its own."""

from __future__ import annotations

import importlib
import logging

from starlette.middleware import Middleware

from app.settings import Settings

log = logging.getLogger(__name__)
# Probes and scrapes would be most of the spans and tell nothing.
UNTRACED_PATHS = "healthz,metrics"


def tracing_middleware(settings: Settings) -> list[Middleware]:
    if not settings.otel_enabled:
        return []
    try:
        asgi = importlib.import_module("opentelemetry.instrumentation.asgi")
    except ImportError:
        log.warning("OTEL_ENABLED is set but opentelemetry-instrumentation-asgi is not installed")
        return []
    return [Middleware(asgi.OpenTelemetryMiddleware, excluded_urls=UNTRACED_PATHS)]
