"""How well the chance `factcheck extract` writes beside a joined draft tells right joins from wrong.

A draft the pair model puts under one subject with other sources' claims carries the chance of
its likeliest link ("same quantity as other sources? chance 0.34"). For every such draft of the
gold lists this counts whether the join is right - some claim of another document under its
subject states the same quantity by the gold - per band of chance, so a reviewer knows how far
down the list of low chances to look.

    python benchmarks/link_chances.py            # every gold list
    python benchmarks/link_chances.py --only solar
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.extract_eval import GOLD, HELDOUT, UNITS, drafted, load_gold, match
from factcheck.extract.grouping.group import consolidate

BANDS = (0.0, 0.2, 0.4, 0.6, 0.8)


def count(path: Path) -> Counter[tuple[int, bool]]:
    """(band, join right) for every joined draft a gold mention matches."""
    golds, texts = load_gold(path)
    documents = consolidate(drafted(texts), UNITS)
    found = match(golds, documents)
    by_subject: dict[str, list[tuple[str, str]]] = {}
    for (doc, index), gold in found.items():
        draft = next(d for d in documents if d.path == doc).drafts[index]
        by_subject.setdefault(draft.subject.id, []).append((doc, gold.group))
    tally: Counter[tuple[int, bool]] = Counter()
    for (doc, index), gold in found.items():
        draft = next(d for d in documents if d.path == doc).drafts[index]
        chance = draft.subject.link_chance
        if chance is None:
            continue
        others = [g for d, g in by_subject[draft.subject.id] if d != doc]
        band = max(i for i, low in enumerate(BANDS) if chance >= low)
        tally[band, gold.group in others] += 1
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted({*GOLD, *HELDOUT}), action="append")
    parser.add_argument(
        "--heldout", action="store_true", help="count the held-out round's lists too (score once)"
    )
    args = parser.parse_args()
    # The held-out round's lists are read only when asked for, by name or --heldout, as in
    # extract_eval.py: a development run never touches them.
    asked = args.heldout or bool(set(args.only or ()) & set(HELDOUT))
    names = {**GOLD, **(HELDOUT if asked else {})}
    tally: Counter[tuple[int, bool]] = Counter()
    for name in args.only or names:
        tally += count(names[name])
    print(f"{'chance':<10} {'joined':>6} {'right':>6} {'wrong':>6} {'wrong %':>8}")
    for band, low in enumerate(BANDS):
        high = BANDS[band + 1] if band + 1 < len(BANDS) else 1.0
        right, wrong = tally[band, True], tally[band, False]
        share = f"{wrong / (right + wrong):.0%}" if right + wrong else "-"
        print(f"{low:.1f}-{high:.1f}    {right + wrong:>6} {right:>6} {wrong:>6} {share:>8}")


if __name__ == "__main__":
    main()
