"""Benchmark: one 50 MB upload through GraphQL multipart to a real server, stored on disk.

Prints the server process's peak-memory growth (VmHWM before and after, target < 20 MB)
and the upload throughput (target >= 100 MB/s), next to a plain file copy of the same
bytes on the same disk in the same run.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import tempfile
import time
import wave
from pathlib import Path

import httpx

from bench.common import DATABASE_URL, bench_database
from tests.factories import make_user, token_for
from tests.server import running_server

SIZE_MB = 50
UPLOAD = """mutation ($input: UploadFileInput!) {
  uploadFile(input: $input) { file { size sha256 } userErrors { code } } }"""


def write_wav(path: Path, megabytes: int) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44_100)
        block = b"\x01\x02" * 512 * 1024
        for _ in range(megabytes):
            out.writeframes(block)


def peak_rss_mb(port: int) -> float:
    """VmHWM of the uvicorn process listening on `port`."""
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes().split(b"\0")
        except (FileNotFoundError, PermissionError, NotADirectoryError):
            continue
        if b"serve" in cmdline and str(port).encode() in cmdline:
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    msg = f"no server process on port {port}"
    raise RuntimeError(msg)


async def upload(base_url: str, token: str, path: Path) -> tuple[float, dict]:
    operations = {
        "query": UPLOAD,
        "variables": {"input": {"kind": "REFERENCE_TRACK", "file": None}},
    }
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as http:
        with path.open("rb") as source:  # httpx streams an open file instead of loading it
            started = time.perf_counter()
            response = await http.post(
                "/graphql",
                data={
                    "operations": json.dumps(operations),
                    "map": '{"0": ["variables.input.file"]}',
                },
                files={"0": (path.name, source, "audio/wav")},
                headers={"Authorization": f"Bearer {token}", "GraphQL-Require-Preflight": "1"},
            )
            elapsed = time.perf_counter() - started
    return elapsed, response.json()["data"]["uploadFile"]


async def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        small, big = work / "warmup.wav", work / "take.wav"
        write_wav(small, 1)
        write_wav(big, SIZE_MB)
        size_mb = big.stat().st_size / 1024 / 1024
        started = time.perf_counter()
        shutil.copyfile(big, work / "copy.wav")
        copy_s = time.perf_counter() - started
        async with bench_database():
            token = await token_for(await make_user())
            env = {"STORAGE_URL": f"file://{work / 'storage'}"}
            with running_server(DATABASE_URL, **env) as base_url:
                port = int(base_url.rsplit(":", 1)[1])
                await upload(base_url, token, small)
                before = peak_rss_mb(port)
                elapsed, result = await upload(base_url, token, big)
                after = peak_rss_mb(port)
    assert result["userErrors"] == [], result
    print(f"one {size_mb:.0f} MB upload through GraphQL multipart to disk storage")
    growth = after - before
    print(f"server peak memory: {before:.1f} MB before, {after:.1f} MB after: +{growth:.1f} MB")
    print(f"upload: {elapsed:.2f} s = {size_mb / elapsed:.0f} MB/s")
    print(f"plain file copy of the same bytes: {size_mb / copy_s:.0f} MB/s")
    print(f"upload vs copy throughput: {(size_mb / elapsed) / (size_mb / copy_s):.2f}x")


if __name__ == "__main__":
    asyncio.run(main())
