"""A scenario through the whole app on a fresh database of its own: how the scenario modules
answer when run as `python -m tests.<name>_scenario URL DIR` (the ORM binds its models to one
dialect per process, so SQLite gets a process of its own), and how a test runs one."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
from tortoise import Tortoise

from app.database import migrate, tortoise_config
from app.main import create_app
from app.settings import Settings

Scenario = Callable[[httpx.AsyncClient], Awaitable[dict[str, Any]]]
ROOT = Path(__file__).resolve().parent.parent


async def _on_fresh_database(url: str, storage: str, scenario: Scenario) -> dict[str, Any]:
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    app = create_app(Settings(database_url=url, storage_url=f"file://{storage}"))
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            return await scenario(http)
    finally:
        await Tortoise.close_connections()


def print_answers(scenario: Scenario) -> None:
    """The scenario's answers as JSON on stdout, on the database URL and storage folder the
    command line names."""
    print(json.dumps(asyncio.run(_on_fresh_database(sys.argv[1], sys.argv[2], scenario))))


async def scenario_answers(module: str, *arguments: str) -> Any:
    """What `python -m tests.<module> <arguments>` printed, parsed; it must succeed."""
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", f"tests.{module}", *arguments),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    return json.loads(out)
