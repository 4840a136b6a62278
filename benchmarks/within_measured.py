"""Which pairs of one page's figures does a rule of one quantity stated twice join, and are they
one measure?

Two rules join one page's two figures as one quantity stated twice: ``measured``
(``group._measured_twice``), by the noun of measure both share ("The crossing takes eight
minutes", "the ferry's 15-minute crossing"), and ``acted`` (``group._acted_scored``), by the
action and object both say ("hold your breath for up to 10 seconds", "Hold your breath for 5
seconds after each puff"), with its weight. This lists every pair the rule joins:

- on the development gold lists, labelled by the gold ("SAME": one gold group, "DIFF": two,
  "----": a side the gold does not list);
- on the development keys' corpora (``--keys``), unlabelled: read them.

    python benchmarks/within_measured.py                    # gold lists, the noun rule
    python benchmarks/within_measured.py --rule acted       # the action rule
    python benchmarks/within_measured.py --keys             # also the keys' corpora
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.disagreements import DEV, load_key
from benchmarks.extract_eval import GOLD, drafted, load_gold, match
from benchmarks.grouping_misses import WORDS, Scored
from factcheck.extract.grouping import group
from factcheck.extract.grouping.pairmodel import shipped
from factcheck.extract.run import _draft_one

#: A rule: the pairs it joins in a corpus, each with its weight ("" where it has none).
Rule = Callable[[Scored], Iterable[tuple[int, int, str]]]
RULES: dict[str, Rule] = {
    "measured": lambda s: ((a, b, "") for a, b in group._measured_twice(s.corpus, 0)),
    "acted": lambda s: ((a, b, f"{w:.1f} ") for a, b, w in group._acted_scored(s.corpus, 0)),
}


def _describe(scored: Scored, a: int, b: int) -> str:
    corpus = scored.corpus
    paths = [d.path for d in scored.documents]
    da, db = corpus.drafts[a][2], corpus.drafts[b][2]
    text = corpus.texts[corpus.drafts[a][0]]
    sa, sb = corpus.sentences[a][1], corpus.sentences[b][1]
    return (
        f"{Path(paths[corpus.drafts[a][0]]).name}: {da.mention.text!r} / {db.mention.text!r}\n"
        f"    {' '.join(text[sa[0] : sa[1]].split())[:200]}\n"
        f"    {' '.join(text[sb[0] : sb[1]].split())[:200]}"
    )


def gold_pairs(rule: Rule) -> tuple[int, int, int]:
    model = shipped()
    counts = {"SAME": 0, "DIFF": 0, "----": 0}
    for name, path in GOLD.items():
        golds, texts = load_gold(path)
        scored = Scored(drafted(texts), model)
        found = match(golds, scored.documents)
        paths = [d.path for d in scored.documents]
        gold_of: dict[int, str] = {}
        for (doc, i), gold in found.items():
            d = paths.index(doc)
            positions = [n for (dd, n), p in scored.numeric_positions.items() if dd == d and p == i]
            if positions and (d, positions[0]) in scored.index:
                gold_of[scored.index[d, positions[0]]] = gold.group
        for a, b, weight in rule(scored):
            if a in gold_of and b in gold_of:
                mark = "SAME" if gold_of[a] == gold_of[b] else "DIFF"
            else:
                mark = "----"
            counts[mark] += 1
            print(f"{mark} {weight}{name}: {_describe(scored, a, b)}")
    return counts["SAME"], counts["DIFF"], counts["----"]


def key_pairs(rule: Rule) -> int:
    model = shipped()
    total = 0
    for path in DEV:
        key = load_key(path)
        files = sorted(set(key.documents.values()))
        documents = [_draft_one(WORDS, (str(f), str(f), ())) for f in files]
        scored = Scored(documents, model)
        for a, b, weight in rule(scored):
            total += 1
            print(f"key {weight}{key.name}: {_describe(scored, a, b)}")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rule", choices=sorted(RULES), default="measured")
    parser.add_argument("--keys", action="store_true", help="also the dev keys' corpora")
    args = parser.parse_args()
    rule = RULES[args.rule]
    same, diff, unlabelled = gold_pairs(rule)
    print(f"gold lists: {same} pairs of one quantity, {diff} of two, {unlabelled} unlabelled")
    if args.keys:
        print(f"keys' corpora: {key_pairs(rule)} pairs")


if __name__ == "__main__":
    main()
