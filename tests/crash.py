"""Processes a test kills outright (SIGKILL: no `finally`, no shutdown) and starts again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.server import free_port

STUDIOGRAPH = Path(sys.executable).parent / "studiograph"


class Crashable:
    """`studiograph <command>` in its own process; `ready` says when it has started."""

    def __init__(self, command: list[str], env: dict[str, str], ready: Callable[[], bool]) -> None:
        self.command = command
        self.env = os.environ | {"LOG_LEVEL": "WARNING"} | env
        self.ready = ready
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, ready: Callable[[], bool] | None = None) -> None:
        """Returns once `ready` (or the constructor's) says so."""
        self.process = subprocess.Popen([STUDIOGRAPH, *self.command], env=self.env)
        deadline = time.monotonic() + 30
        while not (ready or self.ready)():
            if self.process.poll() is not None:
                msg = f"{self.command[0]} exited with {self.process.returncode}"
                raise RuntimeError(msg)
            if time.monotonic() > deadline:
                msg = f"{self.command[0]} did not start within 30 s"
                raise RuntimeError(msg)
            time.sleep(0.05)

    def kill(self) -> None:
        assert self.process is not None
        assert self.process.poll() is None, "it had stopped before the kill"
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        assert self.process.returncode == -signal.SIGKILL

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()  # still finishing a request some test gave up on
                self.process.wait(timeout=10)


def _healthy(base_url: str) -> Callable[[], bool]:
    def check() -> bool:
        try:
            return httpx.get(f"{base_url}/healthz", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    return check


@contextmanager
def crashable_server(**env: str) -> Iterator[tuple[Crashable, str]]:
    """A started server and its base URL; it comes back on the same port after a kill."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    server = Crashable(["serve", "--port", str(port)], env, _healthy(base_url))
    server.start()
    try:
        yield server, base_url
    finally:
        server.stop()
