"""Benchmark: 100 photos of 12 MP uploaded to a gallery and processed on one server process.

Ten multipart requests of ten photos each go to a real uvicorn (one worker, storage on
disk), two in flight. Meanwhile a probe sends `{ __typename }` every 20 ms: its latency
while photos process is compared with the same probe against the idle server, measured
first in the same run. Prints photos/s, MB/s and the probe's p50/p99 in both phases.
"""

from __future__ import annotations

import asyncio
import io
import json
import tempfile
import time

import httpx
from PIL import Image
from strawberry.relay import from_base64, to_base64

from bench.common import DATABASE_URL, bench_database, percentile
from models.gallery import Gallery
from tests.galleries import photo_session
from tests.server import running_server

PHOTOS, PER_REQUEST, IN_FLIGHT = 100, 10, 2
PROBE_EVERY = 0.02
UPLOAD = """mutation ($input: UploadPhotosInput!) {
  uploadPhotos(input: $input) { photos { id } userErrors { code } } }"""


def twelve_megapixels() -> bytes:
    """4000 x 3000 with sensor-like noise, so it compresses like a photo (a few MB)."""
    noise = Image.effect_noise((4000, 3000), 40).convert("RGB")
    out = io.BytesIO()
    noise.save(out, "JPEG", quality=90)
    return out.getvalue()


async def probe(http: httpx.AsyncClient, stop: asyncio.Event) -> list[float]:
    latencies = []
    while not stop.is_set():
        started = time.perf_counter()
        response = await http.post("/graphql", json={"query": "{ __typename }"})
        assert response.status_code == 200
        latencies.append((time.perf_counter() - started) * 1000)
        await asyncio.sleep(PROBE_EVERY)
    return latencies


async def upload(http: httpx.AsyncClient, token: str, gallery_id: str, photo: bytes) -> None:
    operations = {
        "query": UPLOAD,
        "variables": {"input": {"galleryId": gallery_id, "files": [None] * PER_REQUEST}},
    }
    response = await http.post(
        "/graphql",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps({str(i): [f"variables.input.files.{i}"] for i in range(PER_REQUEST)}),
        },
        files={str(i): (f"p{i}.jpg", photo, "image/jpeg") for i in range(PER_REQUEST)},
        headers={"Authorization": f"Bearer {token}", "GraphQL-Require-Preflight": "1"},
    )
    payload = response.json()["data"]["uploadPhotos"]
    assert payload["userErrors"] == [], payload
    assert len(payload["photos"]) == PER_REQUEST


async def main() -> None:
    photo = twelve_megapixels()
    async with bench_database():
        session = await photo_session()
        gallery = await Gallery.create(
            session_id=from_base64(session.session_id)[1],
            name="Bench",
            slug="bench",
            access_code="BENCHBENCHBENCH2",
            watermark_text="Bench Studio",
            currency="EUR",
        )
        gallery_id = to_base64("Gallery", str(gallery.id))
        with (
            tempfile.TemporaryDirectory() as storage,
            running_server(DATABASE_URL, STORAGE_URL=f"file://{storage}") as base_url,
        ):
            async with httpx.AsyncClient(base_url=base_url, timeout=600) as http:
                stop = asyncio.Event()
                idle_probe = asyncio.ensure_future(probe(http, stop))
                await asyncio.sleep(3)
                stop.set()
                idle = await idle_probe

                stop = asyncio.Event()
                busy_probe = asyncio.ensure_future(probe(http, stop))
                started = time.perf_counter()
                queue = list(range(PHOTOS // PER_REQUEST))

                async def uploader() -> None:
                    while queue:
                        queue.pop()
                        await upload(http, session.provider_token, gallery_id, photo)

                await asyncio.gather(*(uploader() for _ in range(IN_FLIGHT)))
                seconds = time.perf_counter() - started
                stop.set()
                busy = await busy_probe

    megabytes = PHOTOS * len(photo) / 1e6
    print(
        f"{PHOTOS} photos of 12 MP ({len(photo) / 1e6:.1f} MB each), {PER_REQUEST} per request, "
        f"{IN_FLIGHT} requests in flight, one server process"
    )
    print(
        f"processed in {seconds:.1f} s: {PHOTOS / seconds:.2f} photos/s, "
        f"{megabytes / seconds:.1f} MB/s"
    )
    print(f"{'{ __typename }':>16}{'requests':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for label, latencies in (("idle", idle), ("while uploading", busy)):
        print(
            f"{label:>16}{len(latencies):>10}"
            f"{percentile(latencies, 50):>10.1f}{percentile(latencies, 99):>10.1f}"
        )
    print(f"p99 while uploading vs idle: {percentile(busy, 99) / percentile(idle, 99):.1f}x")


if __name__ == "__main__":
    asyncio.run(main())
