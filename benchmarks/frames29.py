"""Which frame of a figure tells split pairs of one quantity from look-alikes (grouping29).

Over the development gold lists (the six transfer corpora of rounds 16-17 left out) every pair
of matched numeric drafts of two documents, of one family, that grouping leaves under two
subjects: one gold group (a split true pair) or two (a look-alike). Over the development keys
the same for true disagreements drafted apart against look-alikes drafted apart. For each
candidate feature of the figure's *frame* (the few words bearing the measure) it prints how many
pairs of each kind it holds, and the area under the ROC curve of continuous ones.

    pip install wordllama   # optional: the WordLlama cosines of the frames
    python benchmarks/frames29.py > /tmp/frames.txt
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.disagreements import DEV, load_key
from benchmarks.extract_eval import GOLD, drafted, load_gold
from benchmarks.grouping_misses import WORDS, Scored, _grouped_id
from factcheck.extract.drafts import Draft
from factcheck.extract.grouping.pairmodel import shipped
from factcheck.extract.run import _draft_one

#: Rounds 16-17, kept unread as the transfer set.
TRANSFER = {"mapforge", "rabies", "reservoir", "pagewright", "shingles", "strike"}


@dataclass
class Pair:
    corpus: str
    one: bool
    a: Draft
    b: Draft
    chance: float | None
    ranks: tuple[int | None, int | None]
    sentences: tuple[str, str]
    margin: float = 0.0
    """The pair's chance less the likeliest rival of either side in the other's document."""
    frame_ranks: tuple[int, int] = (0, 0)
    """Where each side stands among the other's document's figures of its family by the overlap
    of their frames (1: no figure there shares more of it; 0: it shares no frame word)."""


def _overlap(a: Draft, b: Draft) -> float:
    x, y = set(a.subject.close_words), set(b.subject.close_words)
    return len(x & y) / len(x | y) if x & y else 0.0


def _frame_rank(scored: Scored, a: int, b: int) -> int:
    """Where ``b`` stands among the figures of its document and ``a``'s family by the overlap
    of their frames with ``a``'s (1: none overlaps more; ties count against it), 0 if none."""
    da, db = scored.corpus.drafts[a], scored.corpus.drafts[b]
    mine = _overlap(da[2], db[2])
    if not mine:
        return 0
    rivals = [
        _overlap(da[2], z[2])
        for n, z in enumerate(scored.corpus.drafts)
        if n != b
        and z[0] == db[0]
        and z[2].subject.family == da[2].subject.family
        and scored.corpus.values[n] != scored.corpus.values[b]
    ]
    return 1 + sum(r >= mine for r in rivals)


def id_words(draft: Draft) -> tuple[str, ...]:
    """The words of its proposed id after the dimension: ``relief lasts`` of
    ``duration-relief-lasts``."""
    return tuple(w for w in draft.subject.id.split("-")[1:] if w)


def _pairs_of(scored: Scored, corpus: str, items: list[tuple[int, int, object]]) -> list[Pair]:
    out = []
    for x, (da, a, ga) in enumerate(items):
        for db, b, gb in items[x + 1 :]:
            if da == db:
                continue
            if _grouped_id(scored, a) == _grouped_id(scored, b):
                continue
            pa, pb = scored.corpus.drafts[a][2], scored.corpus.drafts[b][2]
            if pa.subject.family != pb.subject.family:
                continue
            lo, hi = min(a, b), max(a, b)
            chance = scored.chances.get((lo, hi))
            rivals = [
                c
                for x, y in ((a, b), (b, a))
                for c, z in scored.by_draft.get(x, [])
                if z != y and scored.corpus.drafts[z][0] == scored.corpus.drafts[y][0]
            ]
            margin = (chance or 0.0) - max(rivals, default=0.0)
            out.append(
                Pair(
                    corpus,
                    ga == gb,
                    pa,
                    pb,
                    scored.chances.get((lo, hi)),
                    (scored.rank(a, b), scored.rank(b, a)),
                    (scored._sentence(a), scored._sentence(b)),
                    margin,
                    (_frame_rank(scored, a, b), _frame_rank(scored, b, a)),
                )
            )
    return out


def gold_pairs(only: list[str]) -> list[Pair]:
    model = shipped()
    pairs: list[Pair] = []
    for name, path in GOLD.items():
        if name in TRANSFER or (only and name not in only):
            continue
        golds, texts = load_gold(path)
        scored = Scored(drafted(texts), model)
        items = [(d, n, gold.group) for d, n, gold, _ in scored.gold_drafts(golds)]
        pairs += _pairs_of(scored, name, items)
        print(f"# {name}: {len(pairs)}", file=sys.stderr)
    return pairs


def key_pairs(only: list[str]) -> list[Pair]:
    model = shipped()
    pairs: list[Pair] = []
    for path in DEV:
        key = load_key(path)
        if key.name in TRANSFER or (only and key.name not in only):
            continue
        files = sorted(set(key.documents.values()))
        documents = [_draft_one(WORDS, (str(f), str(f), ())) for f in files]
        scored = Scored(documents, model)
        by_file = {Path(d.path): n for n, d in enumerate(scored.documents)}
        for one, kind in ((True, key.disagreements), (False, key.lookalikes)):
            for pair in kind:
                found = []
                for side in pair.sides:
                    d = by_file[side.file]
                    found.append([(d, n, pair.id) for n in scored.quoted(d, side.quote)])
                if not found[0] or not found[1] or found[0][0][0] == found[1][0][0]:
                    continue
                options = _pairs_of(scored, key.name, [found[0][0], found[1][0]])
                for p in options:
                    p.one = one
                pairs += options
        print(f"# {key.name}: {len(pairs)}", file=sys.stderr)
    return pairs


def auc(scores: list[float], labels: list[bool]) -> float:
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--no-keys", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--dump", help="pickle the pairs to this file")
    args = parser.parse_args()
    try:
        import wordllama
        from wordllama import WordLlama

        wl = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
        cosine: Callable[[str, str], float] | None = lambda x, y: (  # noqa: E731
            float(wl.similarity(x, y)) if x and y else 0.0
        )
    except ImportError:
        cosine = None
    sections = [("gold lists", gold_pairs(args.only))]
    if not args.no_keys:
        sections.append(("keys", key_pairs(args.only)))
    if args.dump:
        import pickle

        Path(args.dump).write_bytes(pickle.dumps(sections))

    def slot(p: Pair) -> bool:
        a, b = set(id_words(p.a)), set(id_words(p.b))
        return bool(a & b) and len(a - b) <= 1 and len(b - a) <= 1

    def close(p: Pair) -> float:
        a, b = set(p.a.subject.close_words), set(p.b.subject.close_words)
        return len(a & b) / len(a | b) if a | b else 0.0

    def measure(p: Pair) -> float:
        a, b = set(p.a.subject.measure_words), set(p.b.subject.measure_words)
        return len(a & b) / len(a | b) if a | b else 0.0

    def mutual(p: Pair) -> bool:
        return p.ranks == (1, 1)

    def ratio(p: Pair) -> float:
        return p.chance or 0.0

    continuous: dict[str, Callable[[Pair], float]] = {
        "chance": ratio,
        "close words jaccard": close,
        "measure words jaccard": measure,
        "id words jaccard": lambda p: (
            len(set(id_words(p.a)) & set(id_words(p.b)))
            / max(1, len(set(id_words(p.a)) | set(id_words(p.b))))
        ),
    }
    if cosine is not None:
        continuous["wordllama id words"] = lambda p: cosine(
            " ".join(id_words(p.a)), " ".join(id_words(p.b))
        )
        continuous["wordllama close words"] = lambda p: cosine(
            " ".join(p.a.subject.close_words), " ".join(p.b.subject.close_words)
        )
        continuous["wordllama measure words"] = lambda p: cosine(
            " ".join(p.a.subject.measure_words), " ".join(p.b.subject.measure_words)
        )
    rules: dict[str, Callable[[Pair], bool]] = {
        "id shares a slot (one word apart)": slot,
        "mutual likeliest": mutual,
        "mutual likeliest, chance >= 0.1": lambda p: mutual(p) and (p.chance or 0) >= 0.1,
        "slot and mutual": lambda p: slot(p) and mutual(p),
        "slot and likeliest of one side": lambda p: slot(p) and 1 in p.ranks,
        "slot and chance >= 0.1": lambda p: slot(p) and (p.chance or 0) >= 0.1,
        "close words share one": lambda p: bool(
            set(p.a.subject.close_words) & set(p.b.subject.close_words)
        ),
        "close share and mutual": lambda p: (
            bool(set(p.a.subject.close_words) & set(p.b.subject.close_words)) and mutual(p)
        ),
        "measure share and mutual": lambda p: (
            bool(set(p.a.subject.measure_words) & set(p.b.subject.measure_words)) and mutual(p)
        ),
    }
    if cosine is not None:
        for cut in (0.3, 0.5):
            rules[f"wordllama id >= {cut} and mutual"] = lambda p, c=cut: (
                mutual(p) and cosine(" ".join(id_words(p.a)), " ".join(id_words(p.b))) >= c
            )
            rules[f"wordllama close >= {cut} and mutual"] = lambda p, c=cut: (
                mutual(p)
                and cosine(" ".join(p.a.subject.close_words), " ".join(p.b.subject.close_words))
                >= c
            )

        def differing(p: Pair) -> float:
            a, b = set(id_words(p.a)), set(id_words(p.b))
            return cosine(" ".join(sorted(a - b)), " ".join(sorted(b - a)))

        for cut in (0.2, 0.4):
            rules[f"slot, other words wordllama >= {cut}"] = lambda p, c=cut: (
                slot(p) and differing(p) >= c
            )
            rules[f"slot, other words wordllama >= {cut}, likeliest one side"] = lambda p, c=cut: (
                slot(p) and differing(p) >= c and 1 in p.ranks
            )
    rules["shares an id word, likeliest one side"] = lambda p: (
        bool(set(id_words(p.a)) & set(id_words(p.b))) and 1 in p.ranks
    )
    rules["shares an id word, mutual"] = lambda p: (
        bool(set(id_words(p.a)) & set(id_words(p.b))) and mutual(p)
    )
    for title, pairs in sections:
        labels = [p.one for p in pairs]
        print(
            f"## {title}: {sum(labels)} one / {len(labels) - sum(labels)} two (apart, one family)"
        )
        print("| feature | AUC |\n|---|---:|")
        for name, f in continuous.items():
            print(f"| {name} | {auc([f(p) for p in pairs], labels):.3f} |")
        print("\n| rule | one | two | share one | corpora (one) |\n|---|---:|---:|---:|---:|")
        for name, r in rules.items():
            held = [p for p in pairs if r(p)]
            one = sum(p.one for p in held)
            corpora = len({p.corpus for p in held if p.one})
            share = one / len(held) if held else 0.0
            print(f"| {name} | {one} | {len(held) - one} | {share:.2f} | {corpora} |")
        if args.list:
            for p in pairs:
                if p.one:
                    print(
                        f"{p.corpus}\t{p.chance}\t{p.ranks}\t{p.a.subject.id}\t{p.b.subject.id}"
                        f"\t{p.a.subject.close_words}\t{p.b.subject.close_words}"
                    )
        print()


if __name__ == "__main__":
    main()
