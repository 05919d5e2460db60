"""The embedded setup (SQLite, in-memory broker) pushes every notification live: those a
staff mutation writes outside the project and session notices, and a webhook's."""

from __future__ import annotations

from pathlib import Path

from tests.fresh_database import scenario_answers


async def test_order_notices_are_announced_on_sqlite(tmp_path: Path) -> None:
    url, files = f"sqlite://{tmp_path}/a.sqlite3", str(tmp_path / "files")
    answer = await scenario_answers("announce_scenario", url, files)

    assert answer == {"kinds": ["ORDER_PAID", "ORDER_SHIPPED"], "webhook": 200}
