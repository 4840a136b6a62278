"""Benchmark of the CI check's extra work: coverage, baselines, SARIF and GitHub output.

Writes a synthetic corpus (SOURCES articles, each with CLAIMS_PER_SOURCE quoted numbers and as
many untracked ones) to a temporary folder and prints the median of several runs per step:

    python benchmarks/ci_outputs.py [SOURCES] [CLAIMS_PER_SOURCE]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from factcheck import check, load
from factcheck.formats import OutputFormat
from factcheck.report import baseline

RUNS = 5


def write(folder: Path, sources: int, per_source: int) -> Path:
    lines = ["version: 1", "sources:"]
    lines += [f"  - id: s{n}\n    path: s{n}.md" for n in range(sources)]
    lines += ["subjects:"]
    lines += [f"  - id: q{k}\n    unit: mg" for k in range(per_source)]
    lines += ["claims:"]
    for n in range(sources):
        body = []
        for k in range(per_source):
            dose = 1 + k + (n % 7 == 0) * 2.5  # every seventh source disagrees
            body.append(f"Item {k} is dosed at {dose:g} mg, and {n + k + 3} people were asked.")
            lines.append(
                f"  - id: c{n}-{k}\n    source: s{n}\n    subject: q{k}\n"
                f"    value: {dose:g} mg\n    quote: dosed at {dose:g} mg"
            )
        (folder / f"s{n}.md").write_text("\n\n".join(body) + "\n", encoding="utf-8")
    claims = folder / "claims.yaml"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return claims


def median_ms(step: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def main() -> None:
    sources = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    per_source = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with tempfile.TemporaryDirectory() as tmp:
        claims = write(Path(tmp), sources, per_source)
        corpus = load(claims)
        covered = check(corpus, coverage=True)
        recorded = baseline.record(covered.findings)
        # A version-1 (0.1.0) file is matched on legacy fingerprints: the cost of that path.
        legacy = baseline.dumps(replace(recorded, version=baseline.LEGACY_VERSION))
        sarif = OutputFormat.SARIF.to_formatter()
        github = OutputFormat.GITHUB.to_formatter()
        steps: list[tuple[str, Callable[[], object]]] = [
            ("load", lambda: load(claims)),
            ("check", lambda: check(corpus)),
            ("check --coverage", lambda: check(corpus, coverage=True)),
            ("baseline record+dumps", lambda: baseline.dumps(baseline.record(covered.findings))),
            ("baseline parse+apply", lambda: baseline.apply(
                covered, baseline.parse(baseline.dumps(recorded), "b.json"))),
            ("baseline 0.1.0 p+apply", lambda: baseline.apply(
                covered, baseline.parse(legacy, "b.json"))),
            ("format sarif", lambda: sarif.format(covered)),
            ("format github", lambda: github.format(covered)),
        ]  # fmt: skip
        print(f"{sources} sources, {sources * per_source} claims, {len(covered.findings)} findings")
        print(f"{'step':<24}{'median ms':>12}")
        for name, step in steps:
            print(f"{name:<24}{median_ms(step):>12.1f}")


if __name__ == "__main__":
    main()
