"""Fixtures: one migrated PostgreSQL database per run, emptied after every test."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from uuid import uuid4

import httpx
import pytest
from tortoise import Tortoise, connections

from app.database import migrate, tortoise_config
from app.main import create_app
from app.settings import Settings
from integrations.storage import DiskStorage, S3Storage, Storage, UrlSigner
from tests.api import StatementCounter
from tests.database import test_database_url
from tests.s3_server import BUCKET, s3_server
from tests.server import running_server


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    with test_database_url() as url:
        yield url


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    storage = tmp_path_factory.mktemp("storage")
    # Webhook receivers in tests listen on loopback.
    return Settings(
        database_url=database_url,
        storage_url=f"file://{storage}",
        log_level="WARNING",
        webhook_allow_private_targets=True,
    )


@pytest.fixture(scope="session", autouse=True)
async def orm(settings: Settings) -> AsyncIterator[None]:
    await migrate(settings.database_url)
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    yield
    await Tortoise.close_connections()


@pytest.fixture(autouse=True)
async def _empty_tables(orm: None) -> AsyncIterator[None]:
    yield
    tables = ", ".join(
        f'"{model._meta.db_table}"'
        for model in Tortoise.apps["models"].values()
        if model._meta.db_table != "aerich"
    )
    await connections.get("default").execute_script(f"TRUNCATE {tables} CASCADE")


@pytest.fixture(scope="session")
def app(settings: Settings):
    return create_app(settings)


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http
    # The app lives for the session; its rate-limit counters must not outlive one test.
    await app.state.throttle.reset()


@pytest.fixture(scope="session")
def server(database_url: str) -> Iterator[str]:
    """Base URL of a real uvicorn process serving the test database."""
    with running_server(database_url) as base_url:
        yield base_url


@pytest.fixture
def statements() -> Iterator[StatementCounter]:
    counter = StatementCounter()
    logger = logging.getLogger("tortoise.db_client")
    previous = logger.level, logger.propagate
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield counter
    logger.removeHandler(counter)
    logger.level, logger.propagate = previous


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """moto's real S3 server on loopback, one per test module that asks for it."""
    with s3_server() as endpoint:
        yield endpoint


@pytest.fixture(params=["disk", "s3"])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> Storage:
    """Each storage backend in turn, empty: a disk folder, or a fresh prefix of the bucket."""
    if request.param == "disk":
        return DiskStorage(tmp_path / "files", "http://127.0.0.1:8000", UrlSigner("secret"))
    endpoint = request.getfixturevalue("s3_endpoint")
    return S3Storage(BUCKET, f"test-{uuid4()}", endpoint_url=endpoint)
