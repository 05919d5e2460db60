"""Abusive requests, shared by tests/test_abuse.py (which checks each is refused) and
bench/abuse.py (which times the refusals)."""

from __future__ import annotations

import json

# Provider -> services -> Service -> provider: four levels of depth per round.
_ROUND_OPEN = "services { edges { node { provider { "
_ROUND_CLOSE = "} } } } "


def deep_query(depth: int) -> str:
    rounds = depth // 4 + 1
    inner = _ROUND_OPEN * rounds + "id " + _ROUND_CLOSE * rounds
    return "{ providers { edges { node { " + inner + "} } } }"


def aliased_query(aliases: int) -> str:
    return "{ " + " ".join(f"a{n}: __typename" for n in range(aliases)) + " }"


def nested_fragments(levels: int) -> str:
    """Each fragment adds a level through a spread of the next: depth hides behind names."""
    fragments = [
        f"fragment F{n} on Provider {{ {_ROUND_OPEN}...F{n + 1} {_ROUND_CLOSE}}}"
        for n in range(levels)
    ]
    fragments.append(f"fragment F{levels} on Provider {{ id }}")
    return "{ providers { edges { node { ...F0 } } } } " + " ".join(fragments)


CYCLIC_FRAGMENTS = "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"


def batch(operations: int) -> bytes:
    return json.dumps([{"query": "{ __typename }"}] * operations).encode()


def huge_body(megabytes: int) -> bytes:
    return json.dumps({"query": "{ __typename }", "pad": "x" * (megabytes * 1_000_000)}).encode()


HUGE_PAGE = "{ providers(first: 10000) { edges { node { id } } } }"
SMALL_QUERY = "{ __typename }"
