"""Measure how fast numeric mentions are found, in MB of text per second on one core.

Text: the example corpus and the held-out documents (visible text), repeated to --megabytes and
processed document by document, as `extract` does. Prints medians of --runs runs for the mention
finder alone, for full drafting (quotes, subjects) and, when it is installed, quantulum3 on a
smaller sample (it is far slower).

    python benchmarks/extract_speed.py [--megabytes 2] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Score this checkout, not an installed copy of factcheck (e.g. another worktree).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.extract.drafts import draft_claims
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.mentions.units import UnitWords
from factcheck.text.documents import read_document
from factcheck.values.units import Units

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "examples" / "ldn").iterdir()) + sorted(
    (ROOT / "benchmarks" / "data" / "dev-vitamind").iterdir()
)


def _sample(megabytes: float) -> list[str]:
    base = [read_document(path) for path in CORPUS]
    size = sum(len(text.encode("utf-8")) for text in base)
    return base * max(1, round(megabytes * 1e6 / size))


def _megabytes(texts: list[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def _rate(work: Callable[[str], object], texts: list[str], runs: int) -> tuple[float, int]:
    """Median MB/s over ``runs`` runs and the number of results of the last one."""
    seconds = []
    count = 0
    for _ in range(runs):
        start = time.perf_counter()
        results = [work(text) for text in texts]
        seconds.append(time.perf_counter() - start)
        count = sum(len(r) for r in results if isinstance(r, list))
    return _megabytes(texts) / statistics.median(seconds), count


def _quantulum() -> Callable[[str], object] | None:
    try:
        from quantulum3 import classifier, parser  # type: ignore[import-not-found]
    except ImportError:
        return None
    # quantulum3 uses its pickled scikit-learn classifier whenever scikit-learn is installed
    # (the bench extra has it for train_grouping.py); the pickle does not load in current
    # scikit-learn, so measure its rule-based disambiguation, as without scikit-learn.
    classifier.USE_CLF = False

    def parse(text: str) -> object:
        return list(parser.parse(text))

    parse("warm up: 4.5 mg")  # loading its unit tables is not part of the rate
    return parse


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--megabytes", type=float, default=2.0)
    arguments.add_argument("--runs", type=int, default=5)
    args = arguments.parse_args()
    texts = _sample(args.megabytes)
    rows: list[tuple[str, float, float, int]] = []
    words = UnitWords(Units())
    rate, count = _rate(lambda t: find_mentions(t, words), texts, args.runs)
    rows.append(("factcheck find_mentions", _megabytes(texts), rate, count))
    rate, count = _rate(lambda t: draft_claims("bench", t, words), texts, args.runs)
    rows.append(("factcheck draft_claims", _megabytes(texts), rate, count))
    quantulum = _quantulum()
    if quantulum is not None:
        small = _sample(0.0)
        rate, count = _rate(quantulum, small, max(1, args.runs // 2))
        rows.append(("quantulum3 parse", _megabytes(small), rate, count))
    else:
        rows.append(("quantulum3 (not installed)", 0.0, float("nan"), 0))
    print(f"{'extractor':<28} {'MB':>6} {'MB/s':>8} {'mentions':>9}")
    for name, megabytes, rate, count in rows:
        print(f"{name:<28} {megabytes:>6.2f} {rate:>8.3f} {count:>9}")


if __name__ == "__main__":
    main()
