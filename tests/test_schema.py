"""The committed schema.graphql must match the code, so API changes show up in review."""

from __future__ import annotations

from app.cli import SCHEMA_FILE
from app.settings import Settings
from schema import build_schema


def test_committed_schema_is_current() -> None:
    current = build_schema(Settings()).as_str() + "\n"
    assert SCHEMA_FILE.read_text() == current, "the API changed: run `make schema` and commit it"
