"""models.raw.reader builds the instances Tortoise's `_init_from_db` would, on both dialects."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from app.main import storage_for
from app.settings import Settings
from tests.raw_reader_scenario import compare_readers

ROOT = Path(__file__).resolve().parent.parent
# Models with a column of every kind the hot paths read: enums, nullable datetimes, UUID
# keys, JSON, booleans, integers, dates and times.
AT_LEAST = {"Project", "Session", "Service", "ProviderProfile", "User", "Notification", "Order"}


async def test_reader_equals_tortoise_on_postgres(settings: Settings) -> None:
    answer = await compare_readers(storage_for(settings), settings)

    assert answer["differing"] == []
    assert set(answer["compared"]) >= AT_LEAST


async def test_reader_equals_tortoise_on_sqlite(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "tests.raw_reader_scenario", f"sqlite://{tmp_path}/r.sqlite3"),
        str(tmp_path / "files"),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    answer = json.loads(out)

    assert answer["differing"] == []
    assert set(answer["compared"]) >= AT_LEAST
