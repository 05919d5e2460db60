"""Shows GraphiQL renders with the network off: headless Chromium may reach only loopback.

    python tests/browser/graphiql_offline.py                  # serves the test's mini app itself
    python tests/browser/graphiql_offline.py --url http://127.0.0.1:8000/graphql
    python tests/browser/graphiql_offline.py --screenshot var/graphiql.png

Any asset fetched from a CDN fails to load, so GraphiQL's editor would never be drawn.
Needs app/graphiql/build.sh to have run, and Debian's chromium (`apt-get install chromium`).
"""

from __future__ import annotations

import argparse
import ipaddress
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import uvicorn

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

with warnings.catch_warnings():  # Starlette's TestClient, imported by the test, warns on import
    warnings.simplefilter("ignore")
    from tests.test_graphiql_assets import mini_app  # after sys.path: runs from any directory

# Markers of a drawn GraphiQL: its layout, and the CodeMirror editor it loads at runtime.
RENDERED_MARKERS = ("graphiql-container", "graphiql-editor", "CodeMirror")

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,800",
    # Every request goes to a proxy that isn't there, except Chromium's implicit loopback
    # bypass; and no host name, nor IP literal, resolves except the server's own host.
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=127.0.0.1",
]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@contextmanager
def serving_mini_app() -> Iterator[str]:
    """The test's mini app on a free loopback port, in a thread; yields GraphiQL's URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(mini_app(), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                msg = "the mini app's uvicorn server did not start"
                raise RuntimeError(msg)
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/graphql"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def render(chromium: str, url: str, budget_ms: int, screenshot: Path | None) -> str:
    """GraphiQL's DOM after `budget_ms` of virtual time; the screenshot comes from the same run."""
    host = urlsplit(url).hostname or ""
    host_rule = f"[{host}]" if ":" in host else host
    with tempfile.TemporaryDirectory(prefix="graphiql-check-") as profile:
        command = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {host_rule}",
            f"--user-data-dir={profile}",
            f"--virtual-time-budget={budget_ms}",
            "--dump-dom",
        ]
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            command.append(f"--screenshot={screenshot.resolve()}")
        done = subprocess.run(
            [*command, url], capture_output=True, text=True, timeout=120, check=False
        )
    if done.returncode != 0:
        msg = f"chromium exited with {done.returncode}:\n{done.stderr[-2000:]}"
        raise RuntimeError(msg)
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="GraphiQL's page on a running server (loopback only)")
    parser.add_argument("--screenshot", type=Path, help="also save a PNG of the page here")
    parser.add_argument("--budget-ms", type=int, default=5000, help="virtual time to wait")
    args = parser.parse_args()

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed: apt-get install -y chromium", file=sys.stderr)
        return 2
    if args.url and not is_loopback(urlsplit(args.url).hostname or ""):
        print(f"--url must be on loopback, the only network allowed: {args.url}", file=sys.stderr)
        return 2

    try:
        if args.url:
            dom = render(chromium, args.url, args.budget_ms, args.screenshot)
        else:
            with serving_mini_app() as url:
                dom = render(chromium, url, args.budget_ms, args.screenshot)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"graphiql check failed: {exc}", file=sys.stderr)
        return 1

    missing = [marker for marker in RENDERED_MARKERS if marker not in dom]
    if missing:
        print(
            f"GraphiQL did not render offline (no {', '.join(missing)} in the DOM); "
            f"are its assets built and served locally? The page was:\n{dom[:2000]}",
            file=sys.stderr,
        )
        return 1
    print("graphiql rendered offline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
