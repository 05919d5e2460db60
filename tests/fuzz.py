"""Schema fuzzing, shared by tests/test_fuzz.py (a few examples per root field) and
bench/fuzz.py (many): hypothesis-graphql writes valid operations for every Query and Mutation
field, sent as each role to a real uvicorn running with production error masking.

Every answer must be a JSON GraphQL response: data, GraphQL errors or userErrors. A failure
is an HTTP 5xx, a body that is not a GraphQL response, a traceback in the body, or the masked
"Unexpected error." (production masks only exceptions nobody raised on purpose, so seeing it
means one happened; the server log lines with the request's id say which)."""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any
from uuid import uuid4

import graphql
import httpx
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis_graphql import mutations, queries

from integrations.storage import Storage, storage_from_url
from tests.fuzz_world import SCHEMA_SDL, World, scalar_strategies
from tests.server import running_server

MASKED = "Unexpected error."
SECRET_KEY = "fuzz-secret-key-not-the-default"
PUBLIC_URL = "http://127.0.0.1"
# Logged records that are not failures by themselves: Strawberry logs every GraphQL error,
# those raised on purpose included; the response check judges which were unexpected.
ROUTINE_LOGGERS = {"strawberry.execution", "studiograph.access"}


@cache
def _schema() -> graphql.GraphQLSchema:
    return graphql.build_schema(SCHEMA_SDL)


def root_fields() -> list[tuple[str, str]]:
    """("query" | "mutation", field) for every root field of the committed schema."""
    schema = _schema()
    assert schema.query_type is not None
    assert schema.mutation_type is not None
    return [("query", name) for name in schema.query_type.fields] + [
        ("mutation", name) for name in schema.mutation_type.fields
    ]


@dataclass
class Failure:
    kind: str
    field: str
    role: str
    problem: str
    operation: str
    log: list[str]

    @property
    def cause(self) -> str:
        """The exception the server logged for this request, else what the answer showed."""
        for line in self.log:
            try:
                trace = json.loads(line).get("exc_info") or ""
            except (ValueError, AttributeError):
                continue
            if trace:
                return trace.strip().splitlines()[-1]
        return self.problem

    def __str__(self) -> str:
        traces = []
        for line in self.log:
            try:
                traces.append(json.loads(line).get("exc_info") or line)
            except (ValueError, AttributeError):
                traces.append(line)
        return f"{self.kind} {self.field} as {self.role}: {self.problem}\n{self.operation}\n" + (
            "\n".join(traces) or "(nothing logged)"
        )


@dataclass
class Fuzzer:
    """Sends operations and tallies answers: ok, userError, or GraphQL error by code."""

    http: httpx.Client
    world: World
    log_path: Path
    tally: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    # Building a field's strategy costs far more than drawing from it: build each once.
    _operations: dict[str, st.SearchStrategy[str]] = field(default_factory=dict)
    _scalars: dict[str, st.SearchStrategy[graphql.ValueNode]] = field(init=False)

    def __post_init__(self) -> None:
        self._scalars = scalar_strategies(self.world)

    def operations(self, kind: str, field_name: str) -> st.SearchStrategy[str]:
        if field_name not in self._operations:
            make = queries if kind == "query" else mutations
            self._operations[field_name] = make(
                SCHEMA_SDL, fields=[field_name], custom_scalars=self._scalars
            )
        return self._operations[field_name]

    def run(self, kind: str, field_name: str, role: str, examples: int, seed: int) -> None:
        """`examples` operations on one root field as one role. The same seed draws the same
        operations; each field and role draws its own from it."""
        operations = self.operations(kind, field_name)
        tokens = st.sampled_from(self.world.tokens[role]) if role != "anonymous" else st.none()

        @settings(
            max_examples=examples,
            database=None,
            deadline=None,
            # Failures are collected rather than raised, so there is nothing to shrink.
            phases=(Phase.explicit, Phase.generate),
            suppress_health_check=list(HealthCheck),
        )
        @hypothesis_seed(zlib.crc32(f"{seed}:{field_name}:{role}".encode()))
        @given(operation=operations, token=tokens, hoist=st.booleans())
        def probe(operation: str, token: str | None, hoist: bool) -> None:
            body = with_variables(operation) if hoist else {"query": operation}
            self.send(kind, field_name, role, body, token)

        probe()

    def send(
        self, kind: str, field_name: str, role: str, body: dict[str, Any], token: str | None
    ) -> None:
        request_id = uuid4().hex
        headers = {"X-Request-ID": request_id}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        response = self.http.post("/graphql", json=body, headers=headers)
        self.tally["requests"] += 1
        outcome = classify(response)
        self.tally[outcome] += 1
        if outcome.startswith("FAIL"):
            log = [line for line in self._log_lines() if request_id in line]
            operation = json.dumps(body, indent=1, ensure_ascii=False)
            self.failures.append(Failure(kind, field_name, role, outcome, operation, log))

    def _log_lines(self) -> list[str]:
        return self.log_path.read_text(errors="replace").splitlines()

    def unexpected_log_records(self) -> list[str]:
        """Errors logged outside GraphQL execution: tracebacks nobody answered with."""
        found = []
        for line in self._log_lines():
            try:
                record = json.loads(line)
            except ValueError:
                if "Traceback" in line or "ERROR" in line:
                    found.append(line)
                continue
            if (
                isinstance(record, dict)
                and record.get("levelname") in {"ERROR", "CRITICAL"}
                and record.get("name") not in ROUTINE_LOGGERS
            ):
                found.append(line)
        return found

    def report(self) -> str:
        counts = ", ".join(f"{name}: {n}" for name, n in sorted(self.tally.items()))
        return counts + "".join(f"\n\n{failure}" for failure in self.failures[:20])


def with_variables(operation: str) -> dict[str, Any]:
    """The same request with the root field's arguments sent as JSON variables: values then
    go through variable coercion rather than literal parsing, another path into resolvers."""
    document = graphql.parse(operation)
    definition = document.definitions[0]
    assert isinstance(definition, graphql.OperationDefinitionNode)
    root = _schema().get_root_type(definition.operation)
    assert root is not None
    variables: dict[str, Any] = {}
    declared = []
    fields = []
    for selection in definition.selection_set.selections:
        assert isinstance(selection, graphql.FieldNode)
        arguments = []
        for argument in selection.arguments or ():
            name = graphql.NameNode(value=f"v{len(variables)}")
            variables[name.value] = graphql.value_from_ast_untyped(argument.value)
            type_ = root.fields[selection.name.value].args[argument.name.value].type
            variable = graphql.VariableNode(name=name)
            declared.append(
                graphql.VariableDefinitionNode(
                    variable=variable, type=graphql.parse_type(str(type_)), directives=()
                )
            )
            arguments.append(replace(argument, value=variable))
        fields.append(replace(selection, arguments=tuple(arguments)))
    # AST nodes are frozen: the operation is rebuilt around the changed root fields.
    operation_node = replace(
        definition,
        variable_definitions=tuple(declared),
        selection_set=replace(definition.selection_set, selections=tuple(fields)),
    )
    document = replace(document, definitions=(operation_node,))
    return {"query": graphql.print_ast(document), "variables": variables}


def classify(response: httpx.Response) -> str:  # noqa: PLR0911 - one verdict per kind of answer
    """ "ok", "userError", "error:<code>" for a refusal, or "FAIL: <why>"."""
    if response.status_code >= 500:
        return f"FAIL: HTTP {response.status_code}"
    if "Traceback" in response.text:
        return "FAIL: traceback in the response"
    try:
        body: Any = response.json()
    except ValueError:
        return f"FAIL: HTTP {response.status_code} answered with no JSON"
    if not isinstance(body, dict) or not ({"data", "errors"} & body.keys()):
        return "FAIL: not a GraphQL response"
    errors = body.get("errors") or []
    if any(error.get("message") == MASKED for error in errors):
        return "FAIL: masked unexpected error"
    if errors:
        codes = {(error.get("extensions") or {}).get("code") or "no code" for error in errors}
        return "error:" + ",".join(sorted(codes))
    payloads = (body.get("data") or {}).values()
    if any(isinstance(p, dict) and p.get("userErrors") for p in payloads):
        return "userError"
    return "ok"


@contextmanager
def fuzz_server(database_url: str, workdir: Path) -> Iterator[tuple[str, Path, Storage]]:
    """A real uvicorn in production mode with its log in `workdir`, and the storage it uses."""
    storage_url = f"file://{workdir / 'storage'}"
    log_path = workdir / "server.log"
    storage = storage_from_url(storage_url, public_url=PUBLIC_URL, secret_key=SECRET_KEY)
    with (
        log_path.open("wb") as log,
        running_server(
            database_url,
            output=log,
            ENVIRONMENT="production",
            SECRET_KEY=SECRET_KEY,
            STORAGE_URL=storage_url,
        ) as base_url,
    ):
        yield base_url, log_path, storage


def summary_line(tally: Counter[str]) -> str:
    refusals = sum(n for name, n in tally.items() if name.startswith("error:"))
    return (
        f"requests {tally['requests']}: ok {tally['ok']}, userError {tally['userError']}, "
        f"GraphQL error {refusals}"
    )
