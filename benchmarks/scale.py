"""Scale benchmark: load and check synthetic corpora of 1k, 10k and 100k claims.

Prints load, compare and total time and peak memory (medians of several runs, each in a fresh
process), the time ratio between sizes, and whether the conflicts found equal the planted ones.

    python benchmarks/scale.py [--sizes 1000,10000,100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synth import Planted, write_corpus


def _side(group: dict[str, object]) -> tuple[float | str, float | str]:
    value = group["value"]
    assert isinstance(value, dict)
    if value["low"] is None:
        return (str(value["text"]), str(value["text"]))
    return (round(float(value["low"]), 9), round(float(value["high"]), 9))


def run_once(root: Path) -> dict[str, object]:
    """Load and check one corpus in this process; report times, memory and the conflicts found."""
    import resource

    import factcheck

    start = time.perf_counter()
    corpus = factcheck.load(root / "claims.yaml")
    loaded = time.perf_counter()
    report = factcheck.check(corpus)
    checked = time.perf_counter()
    groups = {g.id: g for gs in report.groups.values() for g in gs}
    found = []
    for relation in report.relations:
        if relation.agrees:
            continue
        a, b = groups[relation.a], groups[relation.b]
        sides = []
        for g in (a, b):
            q = g.quantity
            sides.append((g.label, g.label) if q is None else (round(q.lo, 9), round(q.hi, 9)))
        found.append([a.subject, sides])
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "load": loaded - start,
        "compare": checked - loaded,
        "total": checked - start,
        "peak_mb": peak_kb / 1024,
        "found": found,
        "claims": len(corpus.claims),
    }


def _planted_set(planted: Planted) -> set[tuple[str, frozenset[tuple[object, object]]]]:
    def norm(side: tuple[float | str, float | str]) -> tuple[object, object]:
        return tuple(round(x, 9) if isinstance(x, float | int) else x for x in side)  # type: ignore[return-value]

    return {(subject, frozenset(norm(s) for s in sides)) for subject, sides in planted.conflicts}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_once(args.run)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="factcheck-scale-") as tmp:
        for n in sizes:
            root = Path(tmp) / str(n)
            planted = write_corpus(root, n)
            size_mb = (root / "claims.yaml").stat().st_size / 1e6
            runs = []
            for _ in range(args.runs):
                done = subprocess.run(
                    [sys.executable, __file__, "--run", str(root)],
                    capture_output=True, text=True, check=True,
                )  # fmt: skip
                runs.append(json.loads(done.stdout))
            found = {(s, frozenset(tuple(x) for x in sides)) for s, sides in runs[0]["found"]}
            rows.append(
                {
                    "claims": n,
                    "file_mb": size_mb,
                    **{
                        k: statistics.median(r[k] for r in runs)
                        for k in ("load", "compare", "total", "peak_mb")
                    },
                    "planted": len(planted.conflicts),
                    "found": len(found),
                    "match": found == _planted_set(planted),
                }
            )
    print(
        f"{'claims':>8} {'file MB':>8} {'load s':>8} {'compare s':>10} {'total s':>8} {'peak MB':>8} {'planted':>8} {'found':>6}  found == planted"
    )
    for row in rows:
        print(
            f"{row['claims']:>8} {row['file_mb']:>8.1f} {row['load']:>8.2f} {row['compare']:>10.2f} "
            f"{row['total']:>8.2f} {row['peak_mb']:>8.0f} {row['planted']:>8} {row['found']:>6}  {row['match']}"
        )
    for small, big in itertools.pairwise(rows):
        ratio = big["total"] / small["total"]
        print(
            f"time {small['claims']} -> {big['claims']} claims: x{ratio:.1f} (claims x{big['claims'] / small['claims']:.0f})"
        )
    print(f"medians of {args.runs} runs, each in a fresh process")
    return 0 if all(r["match"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
