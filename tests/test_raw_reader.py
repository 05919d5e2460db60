"""models.raw.reader builds the instances Tortoise's `_init_from_db` would, on both dialects."""

from __future__ import annotations

from pathlib import Path

from app.main import storage_for
from app.settings import Settings
from tests.fresh_database import scenario_answers
from tests.raw_reader_scenario import compare_readers

# Models with a column of every kind the hot paths read: enums, nullable datetimes, UUID
# keys, JSON, booleans, integers, dates and times.
AT_LEAST = {"Project", "Session", "Service", "ProviderProfile", "User", "Notification", "Order"}


async def test_reader_equals_tortoise_on_postgres(settings: Settings) -> None:
    answer = await compare_readers(storage_for(settings), settings)

    assert answer["differing"] == []
    assert set(answer["compared"]) >= AT_LEAST


async def test_reader_equals_tortoise_on_sqlite(tmp_path: Path) -> None:
    url, files = f"sqlite://{tmp_path}/r.sqlite3", str(tmp_path / "files")
    answer = await scenario_answers("raw_reader_scenario", url, files)

    assert answer["differing"] == []
    assert set(answer["compared"]) >= AT_LEAST
