"""Choose relative evidence's floor and margin leave-one-topic-out, and score the choice.

For each gold list of ``extract_eval.py``, the floor and margin of ``grouping.alignment`` are
chosen on the other lists (mean grouping F1 over a small grid; a floor of 1 turns relative
evidence off) and the list is scored with that choice: an estimate of the two thresholds on a
topic they were not chosen on.

    python benchmarks/alignment_loto.py
"""

from __future__ import annotations

import itertools
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.extract_eval import GOLD, drafted, load_gold, score
from factcheck.extract.grouping import alignment, group

FLOORS = (0.05, 0.08, 0.1, 0.12, 0.15, 1.0)
MARGINS = (0.05, 0.1, 0.15)


def main() -> None:
    documents = {name: drafted(load_gold(path)[1]) for name, path in GOLD.items()}

    def f1(name: str) -> float:
        tp, fp, fn = score(GOLD[name], None, documents[name]).pairs
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    grid = list(itertools.product(FLOORS, MARGINS))
    results: dict[tuple[float, float], dict[str, float]] = {}
    shipped = (alignment.FLOOR, alignment.MARGIN)
    for floor, margin in grid:
        alignment.FLOOR = group.FLOOR = floor
        alignment.MARGIN = margin
        results[floor, margin] = {name: f1(name) for name in GOLD}
    alignment.FLOOR = group.FLOOR = shipped[0]
    alignment.MARGIN = shipped[1]
    print(f"{'topic':<12} {'floor':>6} {'margin':>6} {'F1':>6}")
    held = []
    for name in GOLD:
        # Ties to the lowest floor and margin of the grid's order.
        best = max(
            grid, key=lambda k: statistics.mean(v for t, v in results[k].items() if t != name)
        )
        held.append(results[best][name])
        print(f"{name:<12} {best[0]:>6} {best[1]:>6} {results[best][name]:>6.2f}")
    print(f"\nleave one topic out: mean F1 {statistics.mean(held):.3f}")
    print(f"shipped {shipped}: {statistics.mean(results[shipped].values()):.3f} (in sample)")
    print(f"off: {statistics.mean(results[1.0, shipped[1]].values()):.3f}")


if __name__ == "__main__":
    main()
