"""Background jobs on procrastinate, a PostgreSQL-backed queue, on the application's database.

procrastinate keeps its own tables (`procrastinate_jobs`, …) and its own schema SQL; they are
not tortoise models, so aerich neither creates nor checks them. `ensure_queue_schema` applies
that SQL once, when the tables are missing (`studiograph migrate`, `worker` and `serve` with
RUN_WORKER do); a procrastinate upgrade that changes its schema ships SQL migrations of its own
(`procrastinate schema --migrations-path` shows where) to apply by hand, which is why the
dependency is pinned to one major version.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from urllib.parse import urlsplit, urlunsplit

from procrastinate import App, PsycopgConnector

from app.settings import Settings
from jobs import outbox

log = logging.getLogger(__name__)


def _conninfo(database_url: str) -> str:
    """tortoise's URL as libpq reads it: its query options (pool sizes) mean nothing there."""
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(scheme="postgresql", query=""))


def queue_app(database_url: str) -> App:
    if database_url.startswith("sqlite"):
        msg = "the job queue needs PostgreSQL (DATABASE_URL=postgres://…)"
        raise ValueError(msg)
    # A worker needs a LISTEN connection and one for its jobs; deferring needs one at a time.
    connector = PsycopgConnector(conninfo=_conninfo(database_url), min_size=1, max_size=4)
    app = App(connector=connector)
    app.add_tasks_from(outbox.blueprint, namespace="outbox")
    return app


async def ensure_queue_schema(app: App) -> bool:
    """Creates procrastinate's tables if they are missing; True if it did. `app` is open."""
    found = await app.connector.execute_query_one_async(
        "SELECT to_regclass('procrastinate_jobs') IS NOT NULL AS present"
    )
    if found["present"]:
        return False
    await app.schema_manager.apply_schema_async()
    log.info("created the job queue's tables")
    return True


async def run_worker(app: App, settings: Settings, *, install_signal_handlers: bool) -> None:
    """Runs jobs until stopped (a signal, or cancelling the task that runs this); `app` is open.
    Finished jobs are deleted: a delivery job every five seconds would otherwise pile up."""
    # One line per job every five seconds would drown the log; warnings still show.
    logging.getLogger("procrastinate").setLevel(logging.WARNING)
    await app.run_worker_async(
        install_signal_handlers=install_signal_handlers,
        delete_jobs="successful",
        # Jobs read the settings of the process that runs them (SMTP and the sender).
        additional_context={"settings": settings},
    )


def _report_crash(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("the in-process job worker stopped", exc_info=task.exception())


@asynccontextmanager
async def worker_alongside(settings: Settings) -> AsyncIterator[None]:
    """Runs the job worker inside the server process while the block lasts (RUN_WORKER)."""
    app = queue_app(settings.database_url)
    async with app.open_async():
        # `serve` made the tables before starting its processes; this covers other launchers.
        await ensure_queue_schema(app)
        task = asyncio.create_task(run_worker(app, settings, install_signal_handlers=False))
        task.add_done_callback(_report_crash)
        try:
            yield
        finally:
            # procrastinate stops gracefully on cancel: a delivery under way finishes first.
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
