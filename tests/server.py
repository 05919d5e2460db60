"""A real uvicorn process on a free loopback port, for tests that need the whole stack."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import IO

import httpx
import uvicorn
from starlette.types import ASGIApp


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(
    database_url: str, *, workers: int = 1, output: IO[bytes] | None = None, **env: str
) -> Iterator[str]:
    """`output` receives the server's stdout and stderr (its log); by default they are ours."""
    port = free_port()
    studiograph = Path(sys.executable).parent / "studiograph"
    process = subprocess.Popen(
        [studiograph, "serve", "--port", str(port), "--workers", str(workers)],
        env=os.environ | {"DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"} | env,
        stdout=output,
        stderr=output,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(base_url, process)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_until_healthy(base_url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60  # start-up on a busy 2-core machine
    while time.monotonic() < deadline:
        if process.poll() is not None:
            msg = f"server exited with {process.returncode}"
            raise RuntimeError(msg)
        try:
            if httpx.get(f"{base_url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    msg = "server did not become healthy within 60 s"
    raise RuntimeError(msg)


@asynccontextmanager
async def serving_in_process(app: ASGIApp) -> AsyncIterator[str]:
    """A real uvicorn on a free port, inside this test's event loop: clients still talk to it
    over TCP, while the test can look at the server's own state. Without lifespan, the
    caller owns start-up (the ORM of the test session serves both)."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off", log_level="warning")
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            serving.result()
            msg = "server stopped while starting"
            raise RuntimeError(msg)
        await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await serving
