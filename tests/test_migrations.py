"""The committed aerich migrations must describe exactly the current models."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_models_and_migrations_agree() -> None:
    # A separate process: aerich initialises and closes the ORM globally.
    studiograph = Path(sys.executable).parent / "studiograph"
    result = subprocess.run(
        [studiograph, "makemigrations", "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "postgres: no changes" in result.stdout
    assert "sqlite: no changes" in result.stdout
