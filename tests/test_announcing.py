"""The embedded setup (SQLite, in-memory broker) pushes every notification live: those a
staff mutation writes outside the project and session notices, and a webhook's."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


async def test_order_notices_are_announced_on_sqlite(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "tests.announce_scenario", f"sqlite://{tmp_path}/a.sqlite3"),
        str(tmp_path / "files"),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()

    assert json.loads(out) == {"kinds": ["ORDER_PAID", "ORDER_SHIPPED"], "webhook": 200}
