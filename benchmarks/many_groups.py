"""Many value groups in one subject: checking stays near-linear in the groups.

One subject with 100, 1,000, 4,000 and 10,000 claims of distinct values (each its own value
group, every pair of them in conflict) is checked in a fresh process per run (about 100 claims
per source document, so that anchoring quotes stays linear). The table gives the medians of the
check's time, the time to render JSON (with the claim graph), SARIF and the terminal report, the
check's peak memory (tracemalloc, Python allocations), the findings, the graph's edges, and the
growth ratios from one size to the next (near-linear: about the size ratio, not its square).
0.1.0 compared every pair: 4,000 groups took 240 s and 8.7 GB for 8 million findings.

    python benchmarks/many_groups.py [--groups 100,1000,4000,10000] [--runs 3] [--kind value]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SOURCES = 5
"""Sources the claims are spread over, in turn (by default)."""
PER_DOCUMENT = 100
"""Claims per source document in the benchmark, so that anchoring quotes (a search through their
document) stays linear and the table measures the comparison and what follows it."""

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def label_word(n: int) -> str:
    """A label without digits for the number ``n``: ``la``, ``lb`` ... ``lba``."""
    word = ""
    while True:
        word = _LETTERS[n % 26] + word
        n //= 26
        if n == 0:
            return "l" + word


def write_corpus(
    root: Path, groups: int, kind: str = "value", agreeing: int = 0, sources: int = SOURCES
) -> Path:
    """A claims file with one subject of ``groups`` claims of distinct values (one value group
    each: ``1 mg``, ``2 mg`` ..., or distinct labels for ``kind: label``), spread over
    ``sources`` sources, plus ``agreeing`` claims of a second subject that all state one value.
    Returns the claims file's path."""
    root.mkdir(parents=True, exist_ok=True)
    lines: list[list[str]] = [[] for _ in range(sources)]
    claims = []
    for n in range(groups):
        value = label_word(n) if kind == "label" else f"{n + 1} mg"
        quote = f"the answer is {value} here"
        lines[n % sources].append(f"Entry {label_word(n)}: {quote}.")
        claims.append(
            f"  - id: c{n}\n    source: s{n % sources}\n    subject: many\n"
            f"    value: {value}\n    quote: {quote}\n"
        )
    for n in range(agreeing):
        quote = f"the other is 7 mg for {label_word(n)}"
        lines[n % sources].append(f"Also: {quote}.")
        claims.append(
            f"  - id: a{n}\n    source: s{n % sources}\n    subject: other\n"
            f"    value: 7 mg\n    quote: {quote}\n"
        )
    listed = []
    for s in range(sources):
        (root / f"s{s}.txt").write_text("\n".join(lines[s]) + "\n", encoding="utf-8")
        listed.append(f"  - id: s{s}\n    path: s{s}.txt\n")
    unit = "" if kind == "label" else "    unit: mg\n"
    text = (
        "version: 1\nsources:\n"
        + "".join(listed)
        + f"subjects:\n  - id: many\n    label: Many values\n{unit}    kind: {kind}\n"
        + "  - id: other\n    label: One value\n    unit: mg\n"
        + "claims:\n"
        + "".join(claims)
    )
    path = root / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def run_once(path: Path) -> dict[str, float]:
    """Check the corpus in this process and render it: the check's time, the outputs' time (JSON
    with its graph, SARIF, terminal report), the check's peak memory (tracemalloc, in a second
    check, as tracing slows it down) and the findings."""
    import tracemalloc

    import factcheck
    from factcheck.formats.json import JsonFormatter
    from factcheck.formats.rich_report import RichFormatter
    from factcheck.formats.sarif import SarifFormatter

    corpus = factcheck.load(path)
    start = time.perf_counter()
    report = factcheck.check(corpus)
    checked = time.perf_counter()
    for formatter in (JsonFormatter(), SarifFormatter(), RichFormatter()):
        formatter.format(report)
    rendered = time.perf_counter()
    tracemalloc.start()
    factcheck.check(corpus)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "seconds": checked - start,
        "outputs": rendered - checked,
        "peak_mb": peak / 2**20,
        "findings": len(report.findings),
        "conflicts": report.summary["conflicts"],
        "edges": report.graph.number_of_edges(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--groups", default="100,1000,4000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kind", default="value", choices=["value", "range", "label"])
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_once(args.run)))
        return 0
    sizes = [int(s) for s in args.groups.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            sources = max(SOURCES, size // PER_DOCUMENT)
            path = write_corpus(Path(tmp) / str(size), size, args.kind, sources=sources)
            runs = []
            for _ in range(args.runs):
                out = subprocess.run(
                    [sys.executable, __file__, "--run", str(path)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                runs.append(json.loads(out))
            rows.append(
                {
                    "groups": size,
                    "seconds": statistics.median(r["seconds"] for r in runs),
                    "outputs": statistics.median(r["outputs"] for r in runs),
                    "peak_mb": statistics.median(r["peak_mb"] for r in runs),
                    "findings": runs[0]["findings"],
                    "conflicts": runs[0]["conflicts"],
                    "edges": runs[0]["edges"],
                }
            )
    print(f"kind: {args.kind}; medians of {args.runs} runs, each in a fresh process")
    print(
        "| groups | check (s) | JSON+SARIF+report (s) | check peak memory (MB) | findings "
        "| conflict findings | graph edges | size × | check time × | outputs time × | memory × |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    previous = None
    for row in rows:
        ratios = "| | | | "
        if previous is not None:
            ratios = (
                f"| {row['groups'] / previous['groups']:.1f} "
                f"| {row['seconds'] / previous['seconds']:.1f} "
                f"| {row['outputs'] / previous['outputs']:.1f} "
                f"| {row['peak_mb'] / previous['peak_mb']:.1f} "
            )
        print(
            f"| {row['groups']:,} | {row['seconds']:.2f} | {row['outputs']:.2f} "
            f"| {row['peak_mb']:.1f} "
            f"| {row['findings']:,} | {row['conflicts']:,} | {row['edges']:,} {ratios}|"
        )
        previous = row
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
