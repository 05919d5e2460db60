"""Schema fuzzing, the fast variant: a few derandomized operations per root field and role
against a real uvicorn in production mode (bench/fuzz.py runs many more). No answer may be
a server error; every refusal is a GraphQL error or a userError."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from app.settings import Settings
from tests.fuzz import Fuzzer, classify, fuzz_server, root_fields
from tests.fuzz_world import ROLES, refresh, seed_world

EXAMPLES = 2  # per root field and role
SEED = 0  # the same operations every run, so a failure here is reproducible


async def test_no_operation_on_any_root_field_is_a_server_error(
    database_url: str, settings: Settings, tmp_path: Path
) -> None:
    with fuzz_server(database_url, tmp_path) as (base_url, log_path, storage):
        world = await seed_world(storage, settings)
        with httpx.Client(base_url=base_url, timeout=30) as http:
            fuzzer = Fuzzer(http, world, log_path)
            for kind, field in root_fields():
                await refresh(world)
                for role in ROLES:
                    await asyncio.to_thread(fuzzer.run, kind, field, role, EXAMPLES, SEED)
    assert not fuzzer.failures, fuzzer.report()
    assert not fuzzer.unexpected_log_records(), fuzzer.unexpected_log_records()[:5]
    # Every field and role was tried, and the operations reached resolvers in every way.
    assert fuzzer.tally["requests"] >= len(root_fields()) * len(ROLES) * EXAMPLES
    assert fuzzer.tally["ok"], fuzzer.report()
    assert fuzzer.tally["userError"], fuzzer.report()
    assert any(name.startswith("error:") for name in fuzzer.tally), fuzzer.report()


def test_masked_errors_and_tracebacks_count_as_failures() -> None:
    """The checks the fuzzer applies to each answer can fail."""
    answers = {
        "FAIL: HTTP 500": httpx.Response(500, text="Internal Server Error"),
        "FAIL: masked unexpected error": httpx.Response(
            200, json={"data": None, "errors": [{"message": "Unexpected error."}]}
        ),
        "FAIL: traceback in the response": httpx.Response(
            200, json={"errors": [{"message": "Traceback (most recent call last):"}]}
        ),
        "FAIL: HTTP 400 answered with no JSON": httpx.Response(400, text="Bad request"),
        "error:FORBIDDEN": httpx.Response(
            200, json={"errors": [{"message": "no", "extensions": {"code": "FORBIDDEN"}}]}
        ),
        "userError": httpx.Response(
            200, json={"data": {"login": {"userErrors": [{"code": "INVALID"}]}}}
        ),
        "ok": httpx.Response(200, json={"data": {"me": None}}),
    }
    assert {expected: classify(response) for expected, response in answers.items()} == {
        expected: expected for expected in answers
    }
