"""Measure how fast numeric mentions are found, in MB of text per second on one core.

Text: the example corpus and the held-out documents, repeated to --megabytes. Prints medians of
--runs runs for the mention finder alone, for full drafting (quotes and subjects too) and, when
it is installed, quantulum3 on a smaller sample (it is far slower).

    python benchmarks/extract_speed.py [--megabytes 2] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.extract.drafts import draft_claims
from factcheck.extract.mentions import find_mentions
from factcheck.source import read_document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "examples" / "ldn").iterdir()) + sorted(
    (ROOT / "benchmarks" / "data" / "heldout").iterdir()
)


def _sample(megabytes: float) -> str:
    base = "\n\n".join(read_document(path) for path in CORPUS)
    size = len(base.encode("utf-8"))
    return "\n\n".join([base] * max(1, round(megabytes * 1e6 / size)))


def _rate(work: Callable[[str], object], text: str, runs: int) -> tuple[float, int]:
    """Median MB/s over ``runs`` runs and the number of results of the last one."""
    seconds = []
    count = 0
    for _ in range(runs):
        start = time.perf_counter()
        result = work(text)
        seconds.append(time.perf_counter() - start)
        count = len(result) if isinstance(result, list) else 0
    return len(text.encode("utf-8")) / 1e6 / statistics.median(seconds), count


def _quantulum() -> Callable[[str], object] | None:
    try:
        from quantulum3 import parser  # type: ignore[import-not-found]
    except ImportError:
        return None

    def parse(text: str) -> object:
        return list(parser.parse(text))

    return parse


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--megabytes", type=float, default=2.0)
    arguments.add_argument("--runs", type=int, default=5)
    args = arguments.parse_args()
    text = _sample(args.megabytes)
    rows: list[tuple[str, float, float, int]] = []
    rate, count = _rate(find_mentions, text, args.runs)
    rows.append(("factcheck find_mentions", len(text.encode()) / 1e6, rate, count))
    rate, count = _rate(lambda t: draft_claims("bench", t), text, args.runs)
    rows.append(("factcheck draft_claims", len(text.encode()) / 1e6, rate, count))
    quantulum = _quantulum()
    if quantulum is not None:
        small = _sample(0.03)
        rate, count = _rate(quantulum, small, max(1, args.runs // 2))
        rows.append(("quantulum3 parse", len(small.encode()) / 1e6, rate, count))
    else:
        rows.append(("quantulum3 (not installed)", 0.0, float("nan"), 0))
    print(f"{'extractor':<28} {'MB':>6} {'MB/s':>8} {'mentions':>9}")
    for name, megabytes, rate, count in rows:
        print(f"{name:<28} {megabytes:>6.2f} {rate:>8.3f} {count:>9}")


if __name__ == "__main__":
    main()
