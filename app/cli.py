"""The `studiograph` command."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

import click
import uvicorn
from tortoise import Tortoise

from app.database import (
    DIALECT_URLS,
    MIGRATIONS_ROOT,
    migrate,
    pending_model_changes,
    tortoise_config,
)
from app.demo import seed
from app.logging import configure_logging
from app.main import storage_for
from app.security import hash_password
from app.settings import get_settings
from domain.account import email_violation, normalize_email, password_violation
from jobs import ensure_queue_schema, queue_app, run_worker
from models.account import Role, User
from schema import build_schema

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.graphql"


def _with_database(work: Callable[[], Awaitable[None]]) -> None:
    async def run() -> None:
        settings = get_settings()
        if settings.is_sqlite:
            await migrate(settings.database_url)
        await Tortoise.init(config=tortoise_config(settings.database_url))
        try:
            await work()
        finally:
            await Tortoise.close_connections()

    asyncio.run(run())


@click.group()
def main() -> None:
    """studiograph: the GraphQL backend for businesses that sell time and craft."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--reload", is_flag=True, help="Restart on code changes (development).")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes; more than one needs PostgreSQL (subscriptions use LISTEN/NOTIFY).",
)
def serve(host: str, port: int, reload: bool, workers: int) -> None:
    """Serve the API (the embedded SQLite database prepares itself)."""
    settings = get_settings()
    if workers > 1 and settings.is_sqlite:
        raise click.BadParameter(
            "several workers need DATABASE_URL=postgres://…", param_hint="--workers"
        )
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        reload=reload,
        workers=workers,
        log_level=settings.log_level.lower(),
        log_config=None,  # our JSON handler (set up by the app factory) formats uvicorn's lines too
        proxy_headers=True,
        timeout_keep_alive=settings.http_keep_alive_seconds,
        # Events are small JSON messages: compressing them costs every socket CPU and a
        # zlib context each for next to no bytes saved.
        ws_per_message_deflate=False,
    )


@main.command("migrate")
def migrate_command() -> None:
    """Apply pending database migrations."""
    settings = get_settings()
    applied = asyncio.run(migrate(settings.database_url))
    click.echo(
        f"applied {len(applied)} migration(s)" + (f": {', '.join(applied)}" if applied else "")
    )
    if not settings.is_sqlite:
        asyncio.run(ensure_queue_schema(settings.database_url))


@main.command()
def worker() -> None:
    """Run background jobs (e-mail and webhook delivery) until stopped; needs PostgreSQL."""
    settings = get_settings()
    if settings.is_sqlite:
        raise click.ClickException(
            "the job worker needs DATABASE_URL=postgres://…; with the embedded database mail "
            "stays in the outbox and webhook deliveries stay PENDING"
        )
    configure_logging(settings.log_level)
    if not settings.smtp_url:
        click.echo("SMTP_URL is not set: mail stays in the outbox until it is.", err=True)

    async def work() -> None:
        app = queue_app(settings.database_url)
        await ensure_queue_schema(settings.database_url)
        async with app.open_async():
            await run_worker(app, settings, install_signal_handlers=True)

    _with_database(work)


@main.command("makemigrations")
@click.option("--name", default="update", show_default=True)
@click.option("--check", is_flag=True, help="Write nothing; fail if models and migrations differ.")
@click.option("--dialect", type=click.Choice(sorted(DIALECT_URLS)), help="Only this dialect.")
def makemigrations(name: str, check: bool, dialect: str | None) -> None:
    """Write aerich migrations for model changes, for PostgreSQL and for SQLite."""
    if dialect is None:
        # One process per dialect: aerich keeps pending operations in class attributes, so a
        # second run in the same process would mix the first dialect's SQL into its file.
        flags = ["--name", name, *(["--check"] if check else [])]
        failed = [
            d
            for d in sorted(DIALECT_URLS)
            if subprocess.run(  # noqa: S603 - our own interpreter and arguments
                [sys.executable, "-m", "app.cli", "makemigrations", *flags, "--dialect", d],
                check=False,
            ).returncode
        ]
        if failed:
            raise click.ClickException(f"models differ from the migrations for {', '.join(failed)}")
        return
    with tempfile.TemporaryDirectory() as scratch:
        location = MIGRATIONS_ROOT / dialect
        if check:
            location = Path(shutil.copytree(location, Path(scratch) / dialect))
        written = asyncio.run(pending_model_changes(dialect, location, name))
    click.echo(f"{dialect}: {written or 'no changes'}")
    if check and written:
        raise click.ClickException(f"{dialect}: models changed without a migration")


@main.command("export-schema")
@click.option("--output", type=click.Path(path_type=Path), default=SCHEMA_FILE, show_default=True)
def export_schema(output: Path) -> None:
    """Write the GraphQL SDL; the committed copy makes API changes visible in review."""
    output.write_text(build_schema(get_settings()).as_str() + "\n")
    click.echo(f"wrote {output}")


@main.command("create-admin")
@click.option("--email", required=True)
@click.option("--first-name", default="Admin", show_default=True)
@click.option("--last-name", default="", show_default=True)
@click.password_option(envvar="STUDIOGRAPH_ADMIN_PASSWORD")
def create_admin(email: str, first_name: str, last_name: str, password: str) -> None:
    """Create an admin account, or promote an existing one (its password is then reset)."""
    email = normalize_email(email)
    problem = email_violation(email) or password_violation(password, email=email)
    if problem is not None:
        raise click.BadParameter(problem.message, param_hint=problem.field)

    async def work() -> None:
        password_hash = await hash_password(password)
        user, created = await User.update_or_create(
            email=email,
            defaults={
                "role": Role.ADMIN,
                "password_hash": password_hash,
                "first_name": first_name,
                "last_name": last_name,
                "deleted_at": None,
            },
        )
        click.echo(f"{'created' if created else 'promoted'} admin {user.email}")

    _with_database(work)


@main.command("seed-demo")
def seed_demo() -> None:
    """Load a small realistic data set (idempotent)."""

    async def work() -> None:
        settings = get_settings()
        click.echo(await seed(storage_for(settings), settings))

    _with_database(work)


if __name__ == "__main__":
    main()
