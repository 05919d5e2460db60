"""The ASGI application factory."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route, WebSocketRoute
from tortoise import connections
from tortoise.contrib.starlette import RegisterTortoise

from app.authentication import BearerTokenBackend, authentication_failed
from app.calendar import calendar_feed
from app.calendly_webhook import calendly_webhook
from app.csrf import MultipartCsrfMiddleware
from app.database import prepare_embedded_database, tortoise_config
from app.files import file_download, file_upload
from app.graphiql import assets_app
from app.graphql_app import GRAPHIQL_ASSETS_PATH, StudioGraphQL
from app.limits import BodySizeLimitMiddleware
from app.logging import RequestLoggingMiddleware, configure_logging
from app.media import public_media
from app.metrics import MetricsMiddleware
from app.print_webhook import print_webhook
from app.settings import Settings, get_settings
from app.stripe_webhook import stripe_webhook
from app.tracing import tracing_middleware
from integrations.storage import Storage, storage_from_url
from jobs import worker_alongside
from loaders import Loaders
from schema import build_schema
from subscriptions.broker import broker_for

log = logging.getLogger(__name__)
# CPython's default first threshold (700 allocations) runs the young-generation collector
# thousands of times a second under a fan-out to many sockets; larger, rarer collections cut
# the tail latency of subscription delivery by about a third (bench/subscriptions.py).
GC_THRESHOLDS = (50_000, 20, 20)


async def healthz(_: Request) -> JSONResponse:
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception:
        # Any failure means unhealthy; the details go to the log, not to whoever probes us.
        log.exception("health check: database unavailable")
        return JSONResponse({"status": "unavailable", "database": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok"})


def storage_for(settings: Settings) -> Storage:
    return storage_from_url(
        settings.storage_url,
        public_url=settings.public_url,
        secret_key=settings.secret_key,
        s3_endpoint_url=settings.s3_endpoint_url,
    )


def background_worker(settings: Settings) -> AbstractAsyncContextManager[None]:
    """RUN_WORKER makes `serve` run the job worker too; the embedded SQLite has no job queue
    (procrastinate needs PostgreSQL), and no SMTP by default, so its mail waits in the outbox."""
    if not settings.run_worker:
        return nullcontext()
    if settings.is_sqlite:
        log.warning(
            "RUN_WORKER needs PostgreSQL: no job worker runs, mail stays in the outbox and "
            "webhook deliveries stay PENDING"
        )
        return nullcontext()
    return worker_alongside(settings)


def create_app(
    settings: Settings | None = None, *, loaders_factory: Callable[[], Loaders] = Loaders
) -> Starlette:
    """`loaders_factory` lets the benchmark swap in unbatched loaders for its baseline."""
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    broker = broker_for(settings.database_url)
    storage = storage_for(settings)
    graphql = StudioGraphQL(build_schema(settings), settings, broker, storage, loaders_factory)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await prepare_embedded_database(settings)
        async with RegisterTortoise(app, config=tortoise_config(settings.database_url)):
            await broker.start()
            # The schema, modules and ORM metadata live as long as the process: move them out
            # of the collector's sight so full collections walk only request-made objects.
            gc.collect()
            gc.freeze()
            gc.set_threshold(*GC_THRESHOLDS)
            try:
                async with background_worker(settings):
                    yield
            finally:
                await broker.close()

    app = Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", healthz),
            Route("/calendar/{token}.ics", calendar_feed),
            Route("/files/{token}", file_download(storage)),
            Route("/uploads/{token}", file_upload(storage), methods=["PUT"]),
            Route("/media/{key:path}", public_media(storage)),
            Route("/webhooks/print", print_webhook(settings, broker), methods=["POST"]),
            Route(
                "/webhooks/calendly",
                calendly_webhook(settings, graphql.payments, broker),
                methods=["POST"],
            ),
            Route(
                "/webhooks/stripe",
                stripe_webhook(settings, graphql.fulfillment, graphql.payments, broker),
                methods=["POST"],
            ),
            Mount(GRAPHIQL_ASSETS_PATH, app=assets_app()),
        ],
        middleware=[
            *tracing_middleware(settings),
            Middleware(RequestLoggingMiddleware),
            Middleware(MetricsMiddleware, settings=settings),
            Middleware(
                CORSMiddleware,
                allow_origins=settings.cors_origins,
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=[
                    "authorization",
                    "content-type",
                    "x-request-id",
                    "graphql-require-preflight",
                    "apollo-require-preflight",
                ],
            ),
            Middleware(MultipartCsrfMiddleware),
            Middleware(
                BodySizeLimitMiddleware,
                max_bytes=settings.max_request_bytes,
                upload_max_bytes=settings.max_upload_bytes,
            ),
            Middleware(
                AuthenticationMiddleware,
                backend=BearerTokenBackend(),
                on_error=authentication_failed,
            ),
        ],
        lifespan=lifespan,
    )
    # Kept for the process's own use (tests look at its subscribers); never served.
    app.state.broker = broker
    app.state.throttle = graphql.throttle
    return app
