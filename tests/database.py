"""A PostgreSQL for the test run: the configured server, or a throwaway cluster if none answers."""

from __future__ import annotations

import asyncio
import glob
import os
import pwd
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from pytest_postgresql.executors import PostgreSQLExecutor

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/studiograph_test"


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_ctl() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        msg = "No PostgreSQL answers at TEST_DATABASE_URL and no pg_ctl is installed."
        raise RuntimeError(msg)
    return found[-1]


def _runnable_pg_ctl(workdir: str) -> str:
    """PostgreSQL refuses to run as root (as CI does): then run it as the `postgres` user."""
    pg_ctl = _pg_ctl()
    if os.geteuid() != 0:
        return pg_ctl
    account = pwd.getpwnam("postgres")
    os.chown(workdir, account.pw_uid, account.pw_gid)
    wrapper = Path(workdir) / "pg_ctl"
    wrapper.write_text(f'#!/bin/sh\nexec runuser -u postgres -- {pg_ctl} "$@"\n')
    wrapper.chmod(0o755)
    return str(wrapper)


@contextmanager
def test_database_url() -> Iterator[str]:
    """Yields a URL of an empty database, dropped and re-created for this run."""
    url = os.environ.get("TEST_DATABASE_URL", DEFAULT_URL)
    parts = urlsplit(url)
    if _answers(parts.hostname or "127.0.0.1", parts.port or 5432):
        asyncio.run(recreate_database(url))
        yield url
        return
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="studiograph-pg-") as workdir:
        executor = PostgreSQLExecutor(
            executable=_runnable_pg_ctl(workdir),
            host="127.0.0.1",
            port=port,
            datadir=os.path.join(workdir, "data"),
            unixsocketdir=workdir,
            logfile=os.path.join(workdir, "postgresql.log"),
            startparams="-w",
            dbname="postgres",
            user="postgres",
            password="",
        )
        with executor:
            executor.wait_for_postgres()
            local = urlunsplit(parts._replace(netloc=f"postgres@127.0.0.1:{port}"))
            asyncio.run(recreate_database(local))
            yield local


async def recreate_database(url: str) -> None:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = await asyncpg.connect(urlunsplit(parts._replace(scheme="postgresql", path="/postgres")))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
