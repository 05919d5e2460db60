"""What bench/load.py collects, and the table it prints."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from bench.booking import CpuSplit
from bench.common import percentile


@dataclass
class Results:
    latencies: defaultdict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)
    samples: dict[str, str] = field(default_factory=dict)  # the first error of each operation
    sent: dict[int, tuple[float, int]] = field(default_factory=dict)  # message -> (time, studio)

    def error(self, operation: str, what: str) -> None:
        self.errors[operation] += 1
        self.samples.setdefault(operation, what[:300])


@dataclass
class Quiet:
    dashboard: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    trivial: list[float] = field(default_factory=list)  # signed-in `{ __typename }`: HTTP, GraphQL
    floor_http: list[float] = field(default_factory=list)  # the floor behind uvicorn, no GraphQL
    dashboard_cpu: float = 0.0  # seconds: this client, the server and PostgreSQL
    floor_cpu: float = 0.0


def report(
    results: Results, seconds: float, alone: Quiet, cpu: CpuSplit, operations: list[str]
) -> None:
    print(f"{'operation':<12}{'count':>8}{'per s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for operation in operations:
        times = results.latencies[operation]
        if len(times) < 2:
            print(f"{operation:<12}{len(times):>8}{'':>27}{results.errors[operation]:>8}")
            continue
        print(
            f"{operation:<12}{len(times):>8}{len(times) / seconds:>9.1f}"
            f"{percentile(times, 50):>9.2f}{percentile(times, 99):>9.2f}"
            f"{results.errors[operation]:>8}"
        )
    api = sum(len(ts) for o, ts in results.latencies.items() if o not in {"floor", "delivery"})
    print(f"API requests: {api / seconds:.1f}/s; errors: {sum(results.errors.values())}")
    print(f"  CPU per API request: {cpu.shares(api)}")
    for operation, sample in results.samples.items():
        print(f"  first {operation} error: {sample}")
    for name, dashboard, direct in (
        ("alone", alone.dashboard, alone.floor),
        ("under load", results.latencies["dashboard"], results.latencies["floor"]),
    ):
        d50, f50 = percentile(dashboard, 50), percentile(direct, 50)
        print(
            f"dashboard vs floor {name}: p50 {d50:.2f} / {f50:.2f} ms = {d50 / f50:.1f}x, "
            f"p99 {percentile(dashboard, 99):.2f} / {percentile(direct, 99):.2f} ms"
        )
    d50, h50 = percentile(alone.dashboard, 50), percentile(alone.floor_http, 50)
    print(
        f"dashboard vs floor over HTTP alone (uvicorn in this process, one query): p50 "
        f"{d50:.2f} / {h50:.2f} ms = {d50 / h50:.1f}x, p99 {percentile(alone.dashboard, 99):.2f}"
        f" / {percentile(alone.floor_http, 99):.2f} ms"
    )
    print(
        f"{{ __typename }} alone (HTTP, authentication, GraphQL): p50 "
        f"{percentile(alone.trivial, 50):.2f} ms, p99 {percentile(alone.trivial, 99):.2f} ms"
    )
    # A signed-in request that resolves nothing, plus the floor's one statement: what even a
    # server compiling the dashboard into that statement would take, before any field.
    t50, f50 = percentile(alone.trivial, 50), percentile(alone.floor, 50)
    print(
        f"lower bound of any GraphQL answer ({{ __typename }} + the floor's statement): "
        f"{t50 + f50:.2f} ms = {(t50 + f50) / f50:.1f}x the floor"
    )
    d_cpu, f_cpu = (t * 1000 / len(alone.dashboard) for t in (alone.dashboard_cpu, alone.floor_cpu))
    print(
        f"CPU per dashboard vs floor alone (client, server, PostgreSQL): "
        f"{d_cpu:.2f} / {f_cpu:.2f} ms = {d_cpu / f_cpu:.1f}x"
    )
