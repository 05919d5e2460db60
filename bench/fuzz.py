"""Schema fuzzing, the long variant of tests/test_fuzz.py: many hypothesis-graphql
operations per root field and role against a real uvicorn (production error masking) on the
benchmark PostgreSQL. Prints how the answers were split (ok, userError, GraphQL error by
code), the failures grouped by cause, and exits non-zero if there were any.

    BENCH_FUZZ_EXAMPLES=100 BENCH_FUZZ_SEED=1 .venv/bin/python -m bench.fuzz
    BENCH_FUZZ_FIELDS=bookSession,node .venv/bin/python -m bench.fuzz   # some fields only
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path
from tempfile import TemporaryDirectory

import httpx

from bench.common import DATABASE_URL, bench_database
from tests.fuzz import Fuzzer, fuzz_server, root_fields, summary_line
from tests.fuzz_world import ROLES, refresh, seed_world

EXAMPLES = int(os.environ.get("BENCH_FUZZ_EXAMPLES", "50"))
SEED = int(os.environ.get("BENCH_FUZZ_SEED") or random.randrange(2**32))
FIELDS = {name for name in os.environ.get("BENCH_FUZZ_FIELDS", "").split(",") if name}


async def main() -> int:
    fields = [(kind, name) for kind, name in root_fields() if not FIELDS or name in FIELDS]
    print(f"{len(fields)} root fields x {len(ROLES)} roles x {EXAMPLES} examples, seed {SEED}")
    async with bench_database() as (settings, _):
        with (
            TemporaryDirectory() as workdir,
            fuzz_server(DATABASE_URL, Path(workdir)) as (
                base_url,
                log_path,
                storage,
            ),
        ):
            world = await seed_world(storage, settings)
            started = time.perf_counter()
            with httpx.Client(base_url=base_url, timeout=60) as http:
                fuzzer = Fuzzer(http, world, log_path)
                for kind, name in fields:
                    await refresh(world)
                    for role in ROLES:
                        await asyncio.to_thread(fuzzer.run, kind, name, role, EXAMPLES, SEED)
            elapsed = time.perf_counter() - started
            stray = fuzzer.unexpected_log_records()
    tally = fuzzer.tally
    print(f"{summary_line(tally)} in {elapsed:.0f} s ({tally['requests'] / elapsed:.0f}/s)")
    for name, count in sorted(tally.items()):
        if name.startswith(("error:", "FAIL")):
            print(f"  {name}: {count}")
    causes = Counter((f.kind, f.field, f.cause) for f in fuzzer.failures)
    print(f"failures: {len(fuzzer.failures)} ({len(causes)} distinct)")
    for (kind, name, cause), count in sorted(causes.items()):
        print(f"  {count:5d}  {kind} {name}: {cause}")
    shown = set()
    for failure in fuzzer.failures:
        if (failure.field, failure.cause) not in shown:
            shown.add((failure.field, failure.cause))
            print(f"\n{str(failure)[:6000]}\n")
    print(f"errors logged outside GraphQL execution: {len(stray)}")
    for line in stray[:10]:
        print(f"  {line[:300]}")
    return 1 if fuzzer.failures or stray else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
