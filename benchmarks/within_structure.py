"""Does anything beyond the pair chance tell one quantity stated twice with two values apart?

The within-document rule (``grouping.group.WITHIN``, ``benchmarks/within_document.py``) never
joins two figures of one page whose values differ: their pair chances (0.1-0.45) are those of
look-alikes. This scores, on every development gold list, each pair of figures of ONE document,
of one family, in different sentences and of DIFFERENT values (one gold group: "same"; two:
"diff"), against signals of a page's structure and of the whole corpus:

- ``anchor``: the likeliest figure of another document of one of the two (chance >= ``ANCHOR``)
  is grouped, as grouping stands, with the other: both pair with the same figure elsewhere;
- ``allowed``: the within-document rule's checks let the pair through (no differing role,
  condition, population, shape, context or setting; not side by side; no figure naming a kind);
- ``local N``: N content words within ``WINDOW`` tokens of both figures that no other figure of
  the family (of a third value) in the document has near it: the same phrase head;
- ``chance``: the pair model's chance (only for allowed pairs).

It prints, per signal and combination, how many "same" and "diff" pairs pass. A rule for one
page's two values needs no "diff" pair: a join of two of a page's values is a reported conflict.

    python benchmarks/within_structure.py            # the table
    python benchmarks/within_structure.py --pairs    # also the pairs that pass anchor & allowed
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.extract_eval import GOLD, drafted, load_gold, match
from benchmarks.grouping_misses import Scored, _grouped_id
from factcheck.extract.grouping import group
from factcheck.extract.grouping.pairmodel import shipped

#: The chance a figure's likeliest partner in another document needs to anchor it.
ANCHOR = 0.2
#: Tokens either side of a figure (within its sentence) that make its phrase head.
WINDOW = 4
_STOP = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "for", "by", "at", "from", "with", "and", "or",
     "but", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
     "those", "as", "than", "then", "so", "not", "no", "per", "each", "any", "all", "into", "up",
     "down", "out", "over", "under", "about", "after", "before", "between", "during", "while",
     "if", "can", "will", "would", "should", "may", "might", "must", "has", "have", "had", "do",
     "does", "did", "their", "they", "them", "there", "here", "we", "you", "your", "our", "his",
     "her", "he", "she", "which", "who", "what", "when", "where", "how", "more", "most", "less",
     "least", "very", "just", "only", "also"}
)  # fmt: skip
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "half", "quarter", "third", "thirds", "hundred", "thousand", "million", "billion"}
)  # fmt: skip


@dataclass(frozen=True)
class Pair:
    topic: str
    same: bool
    anchor: bool
    allowed: bool
    local: int
    chance: float
    text: str


def _tokens(text: str) -> list[str]:
    found = []
    for word in re.findall(r"[A-Za-z]+", text.lower()):
        if word in _NUMBER_WORDS:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if word not in _STOP:
            found.append(word)
    return found


def pairs_of(name: str, path: Path) -> Iterator[Pair]:
    model = shipped()
    golds, texts = load_gold(path)
    scored = Scored(drafted(texts), model)
    found = match(golds, scored.documents)
    paths = [d.path for d in scored.documents]
    corpus = scored.corpus
    gold_of: dict[int, str] = {}
    for (doc, i), gold in found.items():
        d = paths.index(doc)
        positions = [n for (dd, n), p in scored.numeric_positions.items() if dd == d and p == i]
        if positions and (d, positions[0]) in scored.index:
            gold_of[scored.index[d, positions[0]]] = gold.group
    within = {(a, b): (ok, f) for a, b, f, ok in group._within_document(corpus)}
    grouped = [_grouped_id(scored, i) for i in range(len(corpus.drafts))]
    near = []
    for i, (d, _, draft) in enumerate(corpus.drafts):
        start, end = corpus.sentences[i][1]
        text = corpus.texts[d]
        span = draft.mention.span
        near.append(
            set(_tokens(text[start : span[0]])[-WINDOW:] + _tokens(text[span[1] : end])[:WINDOW])
        )

    def anchored(x: int, y: int) -> bool:
        partners = sorted(scored.by_draft.get(x, []), reverse=True)
        return bool(partners) and partners[0][0] >= ANCHOR and grouped[partners[0][1]] == grouped[y]

    families: dict[tuple[int, str], list[int]] = {}
    for i, (d, _, draft) in enumerate(corpus.drafts):
        if draft.subject.family:
            families.setdefault((d, draft.subject.family), []).append(i)
    for members in families.values():
        for n, a in enumerate(members):
            for b in members[n + 1 :]:
                if a not in gold_of or b not in gold_of:
                    continue
                if corpus.sentences[a] == corpus.sentences[b]:
                    continue
                if corpus.values[a] == corpus.values[b]:
                    continue
                others = [
                    near[m]
                    for m in members
                    if corpus.values[m] not in (corpus.values[a], corpus.values[b])
                ]
                local = (near[a] & near[b]) - set().union(*others)
                ok, features = within.get((a, b), (False, ()))
                da, db = corpus.drafts[a][2], corpus.drafts[b][2]
                yield Pair(
                    name,
                    gold_of[a] == gold_of[b],
                    anchored(a, b) or anchored(b, a),
                    ok,
                    len(local),
                    model.chance(features) if ok else 0.0,
                    f"{paths[corpus.drafts[a][0]]}: {da.mention.text!r} / {db.mention.text!r}"
                    f" [{' '.join(sorted(local))}]",
                )


RULES: dict[str, Callable[[Pair], bool]] = {
    "every pair": lambda p: True,
    "allowed": lambda p: p.allowed,
    "allowed & chance >= 0.3": lambda p: p.allowed and p.chance >= 0.3,
    "anchor": lambda p: p.anchor,
    "anchor & allowed": lambda p: p.anchor and p.allowed,
    "anchor & allowed & chance >= 0.3": lambda p: p.anchor and p.allowed and p.chance >= 0.3,
    "local 1+": lambda p: p.local >= 1,
    "local 2+": lambda p: p.local >= 2,
    "allowed & local 2+": lambda p: p.allowed and p.local >= 2,
    "anchor & local 1+": lambda p: p.anchor and p.local >= 1,
    "anchor & allowed & local 1+": lambda p: p.anchor and p.allowed and p.local >= 1,
    "anchor & allowed & local 2+": lambda p: p.anchor and p.allowed and p.local >= 2,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", action="store_true", help="list pairs of anchor & allowed")
    args = parser.parse_args()
    every = [p for name, path in GOLD.items() for p in pairs_of(name, path)]
    print(f"{'signal':<34} {'same':>5} {'diff':>6}  (pairs of one page's two values)")
    for label, rule in RULES.items():
        passing = [p for p in every if rule(p)]
        same = sum(p.same for p in passing)
        print(f"{label:<34} {same:>5} {len(passing) - same:>6}")
    if args.pairs:
        for p in sorted(every, key=lambda p: (not p.same, p.topic)):
            if p.anchor and p.allowed:
                mark = "SAME" if p.same else "diff"
                print(f"{mark} {p.chance:.2f} local {p.local} {p.topic}: {p.text}")


if __name__ == "__main__":
    main()
