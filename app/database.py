"""ORM configuration and aerich migrations, for PostgreSQL and the embedded SQLite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aerich import Command
from aerich.ddl.sqlite import SqliteDDL
from aerich.migrate import Migrate
from asyncpg import Connection
from tortoise import Tortoise
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.models import Model

from app.settings import Settings
from models import MODEL_MODULES

MIGRATIONS_ROOT = Path(__file__).resolve().parent.parent / "migrations"


async def _keep_session(_: Connection) -> None:
    """Releases a pooled connection without asyncpg's reset query (`SELECT
    pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL`): a round trip after every
    statement outside a transaction, for state we never leave behind (advisory locks are
    transaction-scoped, LISTEN has a connection of its own, nothing SETs session variables).
    asyncpg still rolls back a transaction left open before it calls this."""


def connection_config(database_url: str) -> str | dict[str, Any]:
    config = expand_db_url(database_url)
    if config["engine"] != "tortoise.backends.asyncpg":
        return database_url
    config["credentials"]["reset"] = _keep_session
    return config


def tortoise_config(database_url: str) -> dict[str, Any]:
    return {
        "connections": {"default": connection_config(database_url)},
        "apps": {
            "models": {
                "models": [*MODEL_MODULES, "aerich.models"],
                "default_connection": "default",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


def migrations_location(database_url: str) -> Path:
    """Each dialect keeps its own aerich history, because aerich records dialect-specific SQL."""
    return MIGRATIONS_ROOT / ("sqlite" if database_url.startswith("sqlite") else "postgres")


def ensure_sqlite_directory(database_url: str) -> None:
    if database_url.startswith("sqlite://") and ":memory:" not in database_url:
        Path(database_url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)


async def migrate(database_url: str) -> list[str]:
    """Apply every pending aerich migration; returns the versions applied."""
    ensure_sqlite_directory(database_url)
    command = Command(
        tortoise_config(database_url),
        app="models",
        location=str(migrations_location(database_url)),
    )
    async with command:
        await command.init()
        return await command.upgrade(run_in_transaction=True)


async def prepare_embedded_database(settings: Settings) -> None:
    """The embedded default keeps itself current so `make serve` needs no separate step."""
    if settings.is_sqlite:
        await migrate(settings.database_url)


async def close_database() -> None:
    await Tortoise.close_connections()


# Offline generation only needs a URL of the right dialect; nothing connects to it.
DIALECT_URLS = {
    "postgres": "postgres://postgres@127.0.0.1:5432/studiograph",
    "sqlite": "sqlite://:memory:",
}


class _SqliteDDL(SqliteDDL):
    """SQLite cannot alter a column's comment (aerich refuses), and nothing reads it: a
    changed description, such as an enum gaining a member, is recorded in the migration's
    models state with no statement to run."""

    def set_comment(self, model: type[Model], field_describe: dict[str, Any]) -> str:
        return ""

    def alter_column_null(self, model: type[Model], field_describe: dict[str, Any]) -> str:
        """SQLite cannot change a column's NOT NULL in place: the table is rebuilt from the
        model and its rows copied over (sqlite.org/lang_altertable.html, "other kinds of
        table schema changes"). Only for tables no other table references: dropping a
        referenced one would trip its foreign keys."""
        table = model._meta.db_table
        rebuilt = f"_rebuild_{table}"
        creation = self.create_table(model)
        create_table, _, create_indexes = creation.partition(";")
        columns = ", ".join(f'"{column}"' for column in model._meta.fields_db_projection.values())
        return ";\n".join(
            [
                create_table.replace(f'"{table}"', f'"{rebuilt}"', 1),
                f'INSERT INTO "{rebuilt}" ({columns}) SELECT {columns} FROM "{table}"',  # noqa: S608
                f'DROP TABLE "{table}"',
                f'ALTER TABLE "{rebuilt}" RENAME TO "{table}"',
                create_indexes.strip().rstrip(";"),
            ]
        )


async def pending_model_changes(dialect: str, location: Path, name: str = "update") -> str:
    """Writes a migration for model changes not yet in `location`; returns its name or ""."""
    url = DIALECT_URLS[dialect]
    command = Command(tortoise_config(url), app="models", location=str(location))
    await command.init(offline=True)  # not `async with`: that would connect first
    if dialect == "sqlite":
        Migrate.ddl = _SqliteDDL(Migrate.ddl.client)
    try:
        return await command.migrate(name, no_input=True, offline=True)
    finally:
        await command.aclose()
