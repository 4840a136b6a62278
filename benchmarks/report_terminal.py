"""How long the terminal report takes to render, beside the check it renders (medians of runs).

    python benchmarks/report_terminal.py [--runs 5]

Builds synthetic corpora (10 claims per subject, one source per claim, values that partly agree
and partly conflict) of 1,000 and 10,000 claims, then times ``check(load(...))`` and
``RichFormatter.format`` at 80 columns: plain and in colour with the default ``--limit 20``, and
plain with every item (``--limit 0``).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from factcheck import check, load
from factcheck.formats.rich_report import RichFormatter, TerminalOptions

VALUES = ["1.5-4.5 mg", "0.5-4.5 mg", "1.5-4.5 mg", "50 mg", "3 mg"]


def build(root: Path, claims: int) -> Path:
    """A corpus of ``claims`` claims in ``root``; returns its claims file."""
    subjects = claims // 10
    sources = 10
    lines = {s: [] for s in range(sources)}
    entries = []
    for n in range(claims):
        subject, source = n // 10, n % 10
        value = VALUES[(subject + source) % len(VALUES)]
        quote = f"topic {subject} is dosed at {value.replace('-', ' to ')}"
        lines[source].append(f"For this note, {quote} per day.")
        entries.append(
            f"  - {{id: c{n}, source: s{source}, subject: t{subject}, value: {value}, "
            f"quote: '{quote}'}}"
        )
    for source, text in lines.items():
        (root / f"s{source}.txt").write_text("\n".join(text) + "\n", encoding="utf-8")
    yaml = ["version: 1", "sources:"]
    yaml += [f"  - {{id: s{s}, path: s{s}.txt}}" for s in range(sources)]
    yaml += ["subjects:"]
    yaml += [
        f"  - {{id: t{t}, label: Topic {t} dose, unit: mg, kind: range}}" for t in range(subjects)
    ]
    yaml += ["claims:", *entries]
    path = root / "claims.yaml"
    path.write_text("\n".join(yaml) + "\n", encoding="utf-8")
    return path


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
    for claims in (1_000, 10_000):
        with tempfile.TemporaryDirectory() as tmp:
            print(measure(build(Path(tmp), claims), claims, args.runs))


if __name__ == "__main__":
    main()
