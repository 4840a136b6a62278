"""A measured table of the development keys' pairs of a year against an elapsed time.

Every key pair (true disagreement or look-alike) of the development corpora whose one side
states a calendar year and whose other side states a time in years or decades (the key's kind
``year-vs-elapsed``, and numeric pairs or look-alikes of that form), drafted and grouped as
``extract`` does them: each side's drafts (value, elapsed value, subject), whether the two
sides share a subject (compared), and the form of each side ("since YEAR", "in YEAR", "N years
ago", "for N years", an age). The transfer six (rounds 16-17) are left out: read their rows in
``disagreements.py``'s summary only.

    python benchmarks/elapsed_pairs.py              # the table, then counts
    python benchmarks/elapsed_pairs.py --only shearing
    python benchmarks/elapsed_pairs.py --cache DIR  # keep each corpus's drafts (faster reruns)
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.disagreements import DEV, Key, Pair, Side, load_key
from benchmarks.extract_eval import UNITS
from factcheck.extract.drafts import Document, Draft
from factcheck.extract.grouping import group
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.run import _draft_one

WORDS = UnitWords(UNITS)
#: The transfer six: never read here.
TRANSFER = ("disagree-heldout16", "disagree-heldout17")
#: Rounds reported apart.
RECENT = ("disagree-heldout31", "disagree-heldout32", "disagree-heldout33")
_YEAR = re.compile(r"(?<![\d.,$£€])\b(?:1[6-9]|20)\d\d\b(?![.,]?\d)(?!\s*(?:%|mm|ml|mg|kg|m\b))")
_NUMBER = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen|a\s+few|"
    r"several|a\s+couple\s+of|hundred)"
)
_ELAPSED = re.compile(
    rf"\b{_NUMBER}(?:[\s-]+(?:and\s+a\s+half\s+)?)(?:years?|decades?)\b|\bdecades?\b|"
    rf"\b{_NUMBER}-year-old\b|\bturn(?:ed|s)\s+{_NUMBER}\b",
    re.IGNORECASE,
)


def _form(quote: str) -> str:
    """How a side says its time: ``since YEAR``, ``in YEAR``, ``YEAR``, ``N ago``, ``for N``,
    ``age``, ``in N`` (a first one in a span), ``N``."""
    low = quote.lower()
    if _YEAR.search(quote):
        if re.search(rf"\bsince\s+(?:\w+\s+)?{_YEAR.pattern}", quote, re.I):
            return "since YEAR"
        if re.search(rf"\bin\s+(?:\w+\s+)?{_YEAR.pattern}", quote, re.I):
            return "in YEAR"
        return "YEAR"
    if re.search(r"\bago\b|\bbefore\s+now\b", low):
        return "N ago"
    if re.search(r"-year-old|\byears?\s+old\b|\bturn(?:ed|s)\b", low):
        return "age"
    if re.search(r"\bfor\s+(?:the\s+)?(?:past|last|nearly|almost|about|over|more|some)?", low) and (
        "for" in low.split()
    ):
        return "for N"
    if re.search(r"\bsince\b", low):
        return "N since"
    return "N"


def _shape(pair: Pair) -> tuple[Side, Side] | None:
    """The pair's sides as (year side, elapsed side) when one states a year and the other a time
    in years, else None."""
    first, second = pair.sides
    for year, span in ((first, second), (second, first)):
        if (
            _YEAR.search(year.quote)
            and not _YEAR.search(span.quote)
            and _ELAPSED.search(span.quote)
        ):
            return year, span
    return None


def _drafts(key: Key, cache: Path | None) -> tuple[list[Document], list[Document]]:
    """The key's documents drafted (before grouping) and grouped, as ``extract`` does."""
    stored = cache / f"{key.folder.parent.name}-{key.name}.pickle" if cache else None
    files = sorted(set(key.documents.values()))
    if stored is not None and stored.exists():
        drafted = pickle.loads(stored.read_bytes())
    else:
        drafted = [_draft_one(WORDS, (str(f), str(f), ())) for f in files]
        if stored is not None:
            stored.write_bytes(pickle.dumps(drafted))
    return drafted, group.consolidate(drafted, UNITS)


def _covering(document: Document, side: Side) -> list[Draft]:
    if side.span is None:
        return []
    start, end = side.span
    found = []
    for draft in document.drafts:
        a, b = draft.quote_span
        if side.figure is not None:
            if a <= side.figure < b:
                found.append(draft)
        elif a < end and start < b:
            found.append(draft)
    return found


def _said(drafts: list[Draft]) -> str:
    return (
        "; ".join(
            f"{d.elapsed or d.mention.value} [{d.subject.id}]"
            for d in drafts
            if d.mention.dimension != "advice"
        )
        or "not drafted"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    counts: Counter[tuple[str, str, str]] = Counter()
    for path in DEV:
        if path.parent.parent.name in TRANSFER:
            continue
        key = load_key(path)
        if args.only and key.name not in args.only:
            continue
        pairs = [("true", p) for p in key.disagreements] + [("look", p) for p in key.lookalikes]
        shaped = [(verdict, p, s) for verdict, p in pairs if (s := _shape(p))]
        if not shaped:
            continue
        _, grouped = _drafts(key, args.cache)
        by_file = {Path(d.path).resolve(): d for d in grouped}
        band = "31-33" if path.parent.parent.name in RECENT else "rest"
        for verdict, pair, (year_side, span_side) in shaped:
            year_drafts = _covering(by_file[year_side.file], year_side)
            span_drafts = _covering(by_file[span_side.file], span_side)
            shared = {d.subject.id for d in year_drafts} & {d.subject.id for d in span_drafts}
            dated = any(d.elapsed for d in span_drafts)
            state = (
                "together" if shared else "apart" if year_drafts and span_drafts else "undrafted"
            )
            kind = "yve" if pair.kind.startswith("year") else pair.kind
            counts[verdict, state, band] += 1
            print(
                f"{key.name} {pair.id} {verdict} {kind} {state} "
                f"{'elapsed' if dated else 'duration'} "
                f"[{_form(year_side.quote)} | {_form(span_side.quote)}]"
            )
            print(f"    Y {year_side.doc}: {year_side.quote!r} -> {_said(year_drafts)}")
            print(f"    E {span_side.doc}: {span_side.quote!r} -> {_said(span_drafts)}")
    print()
    for (verdict, state, band), n in sorted(counts.items()):
        print(f"{verdict} {state} {band}: {n}")


if __name__ == "__main__":
    main()
