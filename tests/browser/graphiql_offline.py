"""Shows GraphiQL renders with the network off: headless Chromium against a real server.

Run with `make graphiql-check`. Chromium may reach only 127.0.0.1, so any asset fetched from
a CDN would fail to load and the editor would never render.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.server import running_server  # noqa: E402 - the script runs from any directory

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Every host name fails to resolve and every proxied request goes nowhere: loopback only.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=127.0.0.1",
    "--virtual-time-budget=10000",
]


def render(url: str, screenshot: Path | None) -> str:
    with tempfile.TemporaryDirectory() as profile:
        flags = [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
        if screenshot is not None:
            subprocess.run(
                ["chromium", *flags, "--window-size=1280,800", f"--screenshot={screenshot}", url],
                check=True,
                capture_output=True,
                timeout=60,
            )
        dom = subprocess.run(
            ["chromium", *flags, "--dump-dom", url],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
    return dom.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default="sqlite://var/graphiql-check.sqlite3")
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    with running_server(args.database_url) as base_url:
        dom = render(f"{base_url}/graphql", args.screenshot)
    # GraphiQL's layout plus the CodeMirror editor it builds at runtime: only a drawn page has both.
    if not all(marker in dom for marker in ("graphiql-container", "graphiql-editor", "CodeMirror")):
        print("GraphiQL did not render; the page was:\n" + dom[:2000], file=sys.stderr)
        return 1
    print("graphiql rendered offline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
