"""Where grouping loses pairs of one quantity: candidate generation, the pair chance, or the joins.

For every true disagreement of the development keys missed as "apart" (both sides drafted,
under different subjects) and every pair of one gold group across documents that grouping
leaves apart (the 31 gold lists of ``extract_eval.py``), it says:

- whether the pair was a **candidate** at all (``similarity.candidate_pairs`` scores only pairs
  of one family that share a key word, a value or a proposed id), or of two families;
- its **chance** under the shipped pair model;
- its **rank** among each side's scored candidates in the other document (1: its likeliest);
- where it was lost: ``family`` (two families, never compared; two families that
  ``similarity.candidate_pairs`` lets meet, such as a count and a bare number, are scored and
  told apart like any pair), ``no candidate``, ``low chance`` (below the model's join chance),
  or, with a chance high enough, ``rival join`` (one side's group holds a figure of the other's
  document), ``checks`` (the two groups differ in role, condition, population or shape) or
  ``linkage`` (average linkage over the two groups).

    python benchmarks/grouping_misses.py              # summary tables
    python benchmarks/grouping_misses.py --list       # also every pair
    python benchmarks/grouping_misses.py --only hayfever --list
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.disagreements import DEV, load_key
from benchmarks.extract_eval import GOLD, UNITS, Gold, drafted, load_gold, match
from factcheck.extract.drafts import Document, Draft
from factcheck.extract.grouping import group
from factcheck.extract.grouping.pairmodel import PairModel, shipped
from factcheck.extract.mentions.lexicon import NOUN_STOP, word_set
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.run import _draft_one
from factcheck.text.documents import Text

WORDS = UnitWords(UNITS)


@dataclass(frozen=True)
class Miss:
    corpus: str
    what: str
    a: str
    b: str
    where: str
    """family, no candidate, low chance, rival join, checks, linkage."""
    chance: float | None
    ranks: tuple[int | None, int | None]
    shared: str = ""
    """The longest run of two or more content words both figures' sentences hold when both are
    of one family ("average daytime noise" of 57 dB and of 63 dB: a measure's name), or ""."""


class Scored:
    """One corpus's numeric drafts as grouping sees them, with every scored pair's chance."""

    def __init__(self, documents: list[Document], model: PairModel) -> None:
        self.documents = group.consolidate(documents, UNITS, model)
        # Scored as grouping scores them: the drafts as proposed, before any join.
        numeric = [
            replace(d, drafts=tuple(x for x in d.drafts if group._numeric(x)))
            for d in map(group._with_elapsed, documents)
        ]
        corpus = group._corpus(numeric, UNITS)
        self.corpus = corpus
        self.index = {(d, i): n for n, (d, i, _) in enumerate(corpus.drafts)}
        self.chances: dict[tuple[int, int], float] = {}
        self.by_draft: dict[int, list[tuple[float, int]]] = {}
        for a, b, features in group._described(corpus):
            chance = model.chance(features)
            self.chances[a, b] = chance
            self.by_draft.setdefault(a, []).append((chance, b))
            self.by_draft.setdefault(b, []).append((chance, a))
        self.join = model.join
        # The drafts' positions in the grouped documents (advice set aside): grouped subject ids.
        self.numeric_positions = {
            (d, n): i
            for d, doc in enumerate(self.documents)
            for n, i in enumerate(i for i, x in enumerate(doc.drafts) if group._numeric(x))
        }

    def quoted(self, document: int, quote: str) -> list[int]:
        """The corpus indexes of document ``document``'s numeric drafts whose quotes overlap
        ``quote`` where its text holds it (none when it does not)."""
        span = Text(self.documents[document].text).find(quote)
        if span is None:
            return []
        return [
            self.index[d, n]
            for (d, n), i in self.numeric_positions.items()
            if d == document
            and _overlaps(self.documents[d].drafts[i].quote_span, span)
            and (d, n) in self.index
        ]

    def gold_drafts(self, golds: list[Gold]) -> list[tuple[int, int, Gold, Draft]]:
        """The numeric drafts a gold list's mentions match, each as (document, corpus index,
        gold mention, grouped draft)."""
        paths = [d.path for d in self.documents]
        items = []
        for (doc, i), gold in match(golds, self.documents).items():
            d = paths.index(doc)
            draft = self.documents[d].drafts[i]
            if not group._numeric(draft):
                continue
            n = [k for (dd, k), pos in self.numeric_positions.items() if dd == d and pos == i]
            items.append((d, self.index[d, n[0]], gold, draft))
        return items

    def rank(self, a: int, b: int) -> int | None:
        """Where ``b`` stands among ``a``'s scored candidates of ``b``'s document (1: first)."""
        doc_b = self.corpus.drafts[b][0]
        others = sorted(
            (c for c, x in self.by_draft.get(a, []) if self.corpus.drafts[x][0] == doc_b),
            reverse=True,
        )
        chance = self.chances.get((min(a, b), max(a, b)))
        return None if chance is None else others.index(chance) + 1

    def _members(self, index: int) -> list[int]:
        grouped = _grouped_id(self, index)
        return [n for n in range(len(self.corpus.drafts)) if _grouped_id(self, n) == grouped]

    def _lost_in_joins(self, a: int, b: int) -> str:
        """Why a pair with a chance above the join chance stayed apart: a rival (a group holds a
        figure of the other's document), the checks (roles, conditions, populations, shapes
        differ), or average linkage."""
        ga, gb = self._members(a), self._members(b)
        docs_a = {self.corpus.drafts[n][0] for n in ga}
        docs_b = {self.corpus.drafts[n][0] for n in gb}
        if docs_a & docs_b:
            return "rival join"
        for field in ("role", "condition", "population", "shape"):
            values = {getattr(self.corpus.drafts[n][2].subject, field) for n in ga + gb} - {""}
            if len(values) > 1:
                return "checks"
        return "linkage"

    def diagnose(self, corpus: str, what: str, a: int, b: int) -> Miss:
        a, b = min(a, b), max(a, b)
        da, db = self.corpus.drafts[a][2], self.corpus.drafts[b][2]
        chance = self.chances.get((a, b))
        if da.subject.family != db.subject.family and chance is None:
            where = "family"
        elif chance is None:
            where = "no candidate"
        elif chance < self.join:
            where = "low chance"
        else:
            where = self._lost_in_joins(a, b)
        shared = ""
        if da.subject.family == db.subject.family:
            shared = _shared_name(*(self._sentence(n) for n in (a, b)))
        return Miss(
            corpus,
            what,
            f"{' '.join(da.mention.text.split())} [{da.subject.id}]",
            f"{' '.join(db.mention.text.split())} [{db.subject.id}]",
            where,
            chance,
            (self.rank(a, b), self.rank(b, a)),
            shared,
        )

    def _sentence(self, index: int) -> str:
        document, (start, end) = self.corpus.sentences[index]
        return self.corpus.texts[document][start:end]


_WORD_RE = re.compile(r"[a-z][a-z'-]*|\d[\d.,]*")
#: Words that name nothing: a run of a measure's name holds none of them.
_FUNCTION = NOUN_STOP | word_set(
    "not no its their our your his her my more less most least than also just only up down "
    "out off will about around some any all can may per"
)


def _shared_name(first: str, second: str) -> str:
    """The longest run of two or more content words (no function word, no number) that both
    sentences hold, or "": "average daytime noise" in "Average daytime noise at Ashcombe Primary
    School will not exceed 57 dB" and "children ... will sit through average daytime noise of 63
    dB"."""

    def runs(sentence: str) -> set[tuple[str, ...]]:
        words = _WORD_RE.findall(sentence.lower())
        found: set[tuple[str, ...]] = set()
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                run = tuple(words[i:j])
                if run[-1] in _FUNCTION or run[-1][0].isdigit() or len(run[-1]) < 3:
                    break
                if all(w not in _FUNCTION and not w[0].isdigit() for w in run):
                    found.add(run)
        return found

    common = runs(first) & runs(second)
    return " ".join(max(common, key=lambda r: (len(r), r))) if common else ""


def _key_misses(model: PairModel) -> list[Miss]:
    """The dev keys' true disagreements whose two sides are drafted under different subjects."""
    misses = []
    for path in DEV:
        key = load_key(path)
        files = sorted(set(key.documents.values()))
        documents = [_draft_one(WORDS, (str(f), str(f), ())) for f in files]
        scored = Scored(documents, model)
        by_file = {Path(d.path): n for n, d in enumerate(scored.documents)}
        for pair in key.disagreements:
            first, second = (scored.quoted(by_file[side.file], side.quote) for side in pair.sides)
            if not first or not second:
                continue
            grouped = [{_grouped_id(scored, x) for x in side} for side in (first, second)]
            if grouped[0] & grouped[1]:
                continue  # together: not grouping's miss
            # The likeliest pair of the two sides' drafts stands for the miss.
            options = [(x, y) for x in first for y in second if x != y]
            best = max(
                options,
                key=lambda p: (
                    scored.corpus.drafts[p[0]][2].subject.family
                    == scored.corpus.drafts[p[1]][2].subject.family,
                    scored.chances.get((min(p), max(p)), -1.0),
                ),
            )
            misses.append(scored.diagnose(key.name, f"{pair.id} {pair.what}", *best))
    return misses


def _grouped_id(scored: Scored, index: int) -> str:
    d, n, _ = scored.corpus.drafts[index]
    position = scored.numeric_positions[d, n]
    return scored.documents[d].drafts[position].subject.id


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _gold_misses(model: PairModel, only: list[str]) -> tuple[list[Miss], Counter[str]]:
    """Pairs of one gold group in different documents that grouping leaves apart, and how many
    such pairs each gold list has."""
    misses = []
    totals: Counter[str] = Counter()
    for name, path in GOLD.items():
        if only and name not in only:
            continue
        golds, texts = load_gold(path)
        scored = Scored(drafted(texts), model)
        items = [(d, n, gold, draft.subject.id) for d, n, gold, draft in scored.gold_drafts(golds)]
        for x, (da, a, ga, sa) in enumerate(items):
            for db, b, gb, sb in items[x + 1 :]:
                if da == db or ga.group != gb.group:
                    continue
                totals[name] += 1
                if sa != sb:
                    misses.append(scored.diagnose(name, ga.group, a, b))
    return misses, totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every pair")
    parser.add_argument("--only", action="append", default=[], help="one gold list (gold part)")
    parser.add_argument("--no-keys", action="store_true", help="skip the disagreement keys")
    args = parser.parse_args()
    model = shipped()
    sections = []
    if not args.no_keys:
        sections.append(("dev keys: true disagreements missed as apart", _key_misses(model), None))
    gold, totals = _gold_misses(model, args.only)
    sections.append(("gold lists: one-group pairs across documents left apart", gold, totals))
    wheres = ("family", "no candidate", "low chance", "rival join", "checks", "linkage")
    for title, misses, counts in sections:
        print(f"## {title}: {len(misses)}")
        if counts is not None:
            print(f"(of {sum(counts.values())} one-group pairs across documents)")
        print("| where lost | pairs | share | rank 1 on both sides | rank 1 on one side |")
        print("|---|---:|---:|---:|---:|")
        for where in wheres:
            some = [m for m in misses if m.where == where]
            both = sum(m.ranks == (1, 1) for m in some)
            one = sum((1 in m.ranks) and m.ranks != (1, 1) for m in some)
            share = len(some) / len(misses) if misses else 0.0
            print(f"| {where} | {len(some)} | {share:.0%} | {both} | {one} |")
        scored = [m.chance for m in misses if m.chance is not None]
        if scored:
            bands = Counter(min(int(c * 10), 9) for c in scored)
            print(
                "\nchance of the scored misses: "
                + ", ".join(f"{b / 10:.1f}-{(b + 1) / 10:.1f}: {bands[b]}" for b in sorted(bands))
            )
        named = [m for m in misses if m.shared]
        print(
            f"\nsharing a name (2+ content words in both sentences, one family): {len(named)}: "
            + ", ".join(f"{w} {n}" for w, n in Counter(m.where for m in named).most_common())
        )
        per = Counter(m.corpus for m in misses)
        print("\nper corpus: " + ", ".join(f"{c} {n}" for c, n in sorted(per.items())))
        if args.list:
            print("\n| corpus | what | A | B | where | chance | ranks | shared name |")
            print("|---|---|---|---|---|---:|---|---|")
            for m in misses:
                chance = "" if m.chance is None else f"{m.chance:.2f}"
                ranks = "/".join("-" if r is None else str(r) for r in m.ranks)
                print(
                    f"| {m.corpus} | {m.what} | {m.a} | {m.b} | {m.where} | {chance} | {ranks} "
                    f"| {m.shared} |"
                )
        print()


if __name__ == "__main__":
    main()
