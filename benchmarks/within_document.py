"""When are two figures of one document one quantity? Pairs of the gold lists, estimated.

Every development gold list (`extract_eval.py` GOLD) labels each pair of mentions of ONE
document: the same gold group (one quantity stated twice, agreeing or not) or not. For every
such pair of matched drafts of one family, in different sentences, this prints what grouping's
within-document rule (`grouping.group.within_document_pairs`) decides, with the pair model's
chance (`similarity.pair_features`, the shipped weights) and the rule's own features, and scores
candidate thresholds leave one topic out: a threshold is chosen on the other topics (the highest
recall at precision 1.0 there, else the best precision) and counted on the topic left out.

    python benchmarks/within_document.py             # precision / recall of the rule, per topic
    python benchmarks/within_document.py --pairs     # also every pair the rule joins or misses
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.extract_eval import GOLD, UNITS, drafted, load_gold, match
from factcheck.extract.grouping.group import consolidate, within_document_candidates
from factcheck.extract.grouping.pairmodel import shipped

#: Chances tried as the rule's threshold.
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.86, 0.87, 0.88, 0.9, 0.95)


@dataclass(frozen=True)
class Pair:
    topic: str
    chance: float
    allowed: bool
    """Whether the rule's checks (see ``within_document_candidates``) let the pair through."""
    same: bool
    """Whether the gold puts the two mentions in one group."""
    text: str
    already: bool
    """Whether grouping as it stands puts the two under one subject."""


def pairs_of(name: str, path: Path) -> list[Pair]:
    golds, texts = load_gold(path)
    documents = drafted(texts)
    found = match(golds, documents)
    paths = [document.path for document in documents]
    model = shipped()
    grouped = consolidate(documents, UNITS)
    result = []
    for (da, ia), (db, ib), features, allowed in within_document_candidates(documents, UNITS):
        a, b = found.get((paths[da], ia)), found.get((paths[db], ib))
        if a is None or b is None:
            continue
        first, second = documents[da].drafts[ia], documents[db].drafts[ib]
        text = f"{paths[da]}: {first.quote!r} / {second.quote!r}"
        ids = [
            {d.subject.id for d in grouped[doc].drafts if d.mention.span == draft.mention.span}
            for doc, draft in ((da, first), (db, second))
        ]
        already = bool(ids[0] & ids[1])
        chance = model.chance(features) if allowed else 0.0
        result.append(Pair(name, chance, allowed, a.group == b.group, text, already))
    return result


def counts(pairs: list[Pair], threshold: float) -> tuple[int, int, int]:
    """(joined and same, joined and not same, same) at a threshold."""
    joined = [p for p in pairs if p.allowed and p.chance >= threshold]
    return (
        sum(p.same for p in joined),
        sum(not p.same for p in joined),
        sum(p.same for p in pairs),
    )


def choose(pairs: list[Pair]) -> float:
    """The threshold with the most true joins and no false one, else the fewest false joins."""
    return max(THRESHOLDS, key=lambda t: (-counts(pairs, t)[1], counts(pairs, t)[0], t))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", action="store_true", help="print the pairs joined or missed")
    parser.add_argument("--threshold", type=float, help="print pairs at this threshold")
    args = parser.parse_args()
    topics = {name: pairs_of(name, path) for name, path in GOLD.items()}
    every = [p for pairs in topics.values() for p in pairs]
    print(f"{'threshold':>9} {'joined':>6} {'true':>5} {'false':>5} {'same':>5} (all topics)")
    for t in THRESHOLDS:
        tp, fp, same = counts(every, t)
        print(f"{t:>9} {tp + fp:>6} {tp:>5} {fp:>5} {same:>5}")
    print(f"\n{'topic':<14} {'thr':>5} {'true':>5} {'false':>5} {'same':>5}  (leave one topic out)")
    total = [0, 0, 0]
    for name, pairs in topics.items():
        rest = [p for other, ps in topics.items() if other != name for p in ps]
        t = choose(rest)
        tp, fp, same = counts(pairs, t)
        total = [total[0] + tp, total[1] + fp, total[2] + same]
        print(f"{name:<14} {t:>5} {tp:>5} {fp:>5} {same:>5}")
    tp, fp, same = total
    precision = tp / (tp + fp) if tp + fp else 1.0
    print(
        f"{'total':<14} {'':>5} {tp:>5} {fp:>5} {same:>5}  precision {precision:.2f}, "
        f"recall {tp / same if same else 1.0:.2f}"
    )
    if args.pairs or args.threshold is not None:
        t = args.threshold if args.threshold is not None else choose(every)
        print(f"\npairs at {t}")
        for p in sorted(every, key=lambda p: -p.chance):
            joined = p.allowed and p.chance >= t
            if joined or (p.same and p.chance >= t - 0.3):
                mark = ("JOIN " if p.same else "FALSE") if joined else "miss "
                print(
                    f"{mark} {'was' if p.already else 'new'} {p.chance:.2f} {'ok' if p.allowed else 'no'} {p.topic}: {p.text}"
                )


if __name__ == "__main__":
    main()
