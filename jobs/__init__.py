"""Background jobs on procrastinate, a PostgreSQL-backed queue, on the application's database.

procrastinate keeps its own tables (`procrastinate_jobs`, …) and its own schema SQL; they are
not tortoise models, so aerich neither creates nor checks them. `ensure_queue_schema` applies
that SQL once, when the tables are missing (`studiograph migrate` and every worker call it).
A procrastinate release that changes its schema ships SQL migrations of its own
(`procrastinate schema --migrations-path` prints where) to apply by hand, which is why the
dependency is pinned to one major version.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from functools import cache
from urllib.parse import urlsplit, urlunsplit

import psycopg
from procrastinate import App, PsycopgConnector
from procrastinate.schema import SchemaManager

from app.settings import Settings
from jobs import (
    deadlines,
    file,
    installments,
    outbox,
    reminders,
    unconfirmed,
    waitlist,
    webhooks,
)

log = logging.getLogger(__name__)
# Any constant both sides agree on: held while procrastinate's tables are checked or created.
SCHEMA_LOCK = 0x5347_4A4F_4253  # "SGJOBS"


def _conninfo(database_url: str) -> str:
    """tortoise's URL as libpq reads it: its query options (pool sizes) mean nothing there."""
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(scheme="postgresql", query=""))


@cache
def queue_app(database_url: str) -> App:
    """The process's queue for one database. Built once: procrastinate renames a blueprint's
    tasks when an app takes them, so a second app would prefix their names again."""
    if database_url.startswith("sqlite"):
        msg = "the job queue needs PostgreSQL (DATABASE_URL=postgres://…)"
        raise ValueError(msg)
    # A worker needs a LISTEN connection and one for its jobs; deferring needs one at a time.
    connector = PsycopgConnector(conninfo=_conninfo(database_url), min_size=1, max_size=4)
    app = App(connector=connector)
    app.add_tasks_from(outbox.blueprint, namespace="outbox")
    app.add_tasks_from(reminders.blueprint, namespace="reminders")
    app.add_tasks_from(waitlist.blueprint, namespace="waitlist")
    app.add_tasks_from(unconfirmed.blueprint, namespace="unconfirmed")
    app.add_tasks_from(deadlines.blueprint, namespace="deadlines")
    app.add_tasks_from(installments.blueprint, namespace="installments")
    app.add_tasks_from(webhooks.blueprint, namespace="webhooks")
    app.add_tasks_from(file.blueprint, namespace="file")
    return app


async def ensure_queue_schema(database_url: str) -> bool:
    """Creates procrastinate's tables if they are missing; True if it did. Replicas starting
    together take turns (an advisory lock), so only the first one creates them."""
    async with await psycopg.AsyncConnection.connect(
        _conninfo(database_url), autocommit=True
    ) as connection:
        await connection.execute("SELECT pg_advisory_lock(%s)", [SCHEMA_LOCK])
        try:
            found = await connection.execute("SELECT to_regclass('procrastinate_jobs')")
            row = await found.fetchone()
            if row is not None and row[0] is not None:
                return False
            # Without parameters the whole script goes as one simple query: one transaction.
            await connection.execute(SchemaManager.get_schema())
        finally:
            await connection.execute("SELECT pg_advisory_unlock(%s)", [SCHEMA_LOCK])
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
        # A stop waits this long for a drain under way; rows it had not finished come back
        # when their lease ends, so cutting it short loses nothing.
        shutdown_graceful_timeout=30,
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
        await ensure_queue_schema(settings.database_url)
        task = asyncio.create_task(run_worker(app, settings, install_signal_handlers=False))
        task.add_done_callback(_report_crash)
        try:
            yield
        finally:
            # procrastinate stops gracefully on cancel: a delivery under way finishes first.
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
