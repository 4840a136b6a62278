"""How long the terminal report takes to render, beside the check it renders (medians of runs).

    python benchmarks/report_terminal.py [--runs 5]

Writes the synthetic corpora of ``benchmarks/synth.py`` (planted conflicts) with 1,000, 10,000
and 100,000 claims, then times ``check(load(...))`` and
``RichFormatter.format`` at 80 columns: plain and in colour with the default ``--limit 20``, and
plain with every item (``--limit 0``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synth import write_corpus
from factcheck import check, load
from factcheck.formats.rich_report import RichFormatter, TerminalOptions


def median(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(path: Path, claims: int, runs: int) -> str:
    """One row of the table for the corpus at ``path``."""
    report = check(load(path))
    plain = RichFormatter(TerminalOptions(width=80))
    colour = RichFormatter(TerminalOptions(width=80, color=True))
    everything = RichFormatter(TerminalOptions(width=80, limit=0))
    checked = median(runs, lambda: check(load(path)))
    shown = median(runs, lambda: plain.format(report))
    coloured = median(runs, lambda: colour.format(report))
    unlimited = median(runs, lambda: everything.format(report))
    lines = plain.format(report).count("\n")
    total = everything.format(report).count("\n")
    return (
        f"{claims:>7} {checked:>8.2f} {shown:>8.2f} {coloured:>9.2f} {lines:>6}"
        f" {unlimited:>10.2f} {total:>8}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(
        f"{'claims':>7} {'check s':>8} {'plain s':>8} {'colour s':>9} {'lines':>6}"
        f" {'--limit 0 s':>10} {'lines':>8}"
    )
    for claims in (1_000, 10_000, 100_000):
        with tempfile.TemporaryDirectory() as tmp:
            write_corpus(Path(tmp), claims)
            print(measure(Path(tmp) / "claims.yaml", claims, args.runs))


if __name__ == "__main__":
    main()
