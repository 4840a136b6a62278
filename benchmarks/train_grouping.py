"""Fit the pair model `factcheck extract` groups drafts with, and estimate it on unseen topics.

For every development gold list the pairs of drafts grouping weighs (`grouping.described_pairs`)
are labelled by the gold: the same gold group or not. A logistic regression (scikit-learn) is
fitted on them. Leave-one-topic-out: for each topic, fit on the other topics only, group that
topic's drafts and score the grouping as `extract_eval.py` does - an estimate of how grouping
does on a topic nobody tuned on. The join and link chances are chosen on that estimate, then the
model is fitted on every topic.

With `--keys W` the pairs of the development answer keys (`disagreements.py`'s KEY.yaml) that
grouping weighs are fitted too, each weighing W against 1 for a gold pair: a true
disagreement's two figures are one quantity with different values, which the gold lists, whose
pairs of one quantity mostly agree, rarely show; a look-alike's are not one quantity. A topic's
key is left out with its gold list. Not used for the shipped model: 0.3 and 0.5 raise the
estimate but find no more disagreements (`value_blind_loto.py`, docs/extract.md).

    pip install -e '.[bench]'
    python benchmarks/train_grouping.py            # print the estimate and the weights
    python benchmarks/train_grouping.py --write    # also write factcheck/data/grouping-model.json
    python benchmarks/train_grouping.py --without value_distance,far_values   # weigh them 0
    python benchmarks/train_grouping.py --keys 0.3 # the answer keys' pairs too
    python benchmarks/train_grouping.py --c 0.1 --joins 0.25 --links 0.2 --write  # the shipped one
    python benchmarks/train_grouping.py --fit-on shipped   # fit on the shipped model's lists only

Only development lists are fitted (``extract_eval.GOLD``); the script stops if one of them is a
held-out list (``extract_eval.HELDOUT``, or a file of its round or a later one: ``heldout14-*``...).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import disagreements
from benchmarks.extract_eval import GOLD, HELDOUT, UNITS, drafted, load_gold, match, score
from factcheck.extract.drafts import Document
from factcheck.extract.grouping.group import described_pairs
from factcheck.extract.grouping.pairmodel import PairModel
from factcheck.extract.grouping.similarity import FEATURES
from factcheck.text.tables import read_text

if TYPE_CHECKING:  # scikit-learn is the bench extra's: fitting needs it, weighing pairs does not
    from sklearn.linear_model import LogisticRegression

MODEL = Path(__file__).resolve().parent.parent / "factcheck" / "data" / "grouping-model.json"
#: Candidate chances for joining a pair and for the average over two groups.
JOINS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
LINKS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
#: Candidate inverse regularisation strengths of the regression.
CS = (0.1, 1.0, 10.0)
#: How much a pair of the development answer keys weighs against a pair of a gold list.
KEYS = 0.0


@dataclass(frozen=True)
class Topic:
    name: str
    path: Path
    documents: list[Document]
    x: np.ndarray
    y: np.ndarray
    positives: int
    """Pairs of matched drafts of different documents in one gold group, weighed or not."""


def load(name: str, path: Path) -> Topic:
    golds, texts = load_gold(path)
    documents = drafted(texts)
    found = match(golds, documents)
    paths = [document.path for document in documents]
    rows, labels = [], []
    for (da, ia), (db, ib), features in described_pairs(documents, UNITS):
        a, b = found.get((paths[da], ia)), found.get((paths[db], ib))
        if a is None or b is None:
            continue  # a draft no gold mention matches counts in no score
        rows.append(features)
        labels.append(a.group == b.group)
    groups = [(gold.doc, gold.group) for gold in found.values()]
    positives = sum(
        1
        for i, (doc_a, group_a) in enumerate(groups)
        for doc_b, group_b in groups[i + 1 :]
        if group_a == group_b and doc_a != doc_b
    )
    return Topic(name, path, documents, np.array(rows), np.array(labels), positives)


@dataclass(frozen=True)
class KeyPairs:
    """The weighed pairs of drafts that cover a key's two sides: disagreements and look-alikes."""

    name: str
    x: np.ndarray
    y: np.ndarray


def key_pairs(path: Path) -> KeyPairs:
    key = disagreements.load_key(path)
    names = sorted(key.documents)
    documents = drafted({name: read_text(key.documents[name]) for name in names})
    described = {}
    for (da, ia), (db, ib), features in described_pairs(documents, UNITS):
        described[(da, ia), (db, ib)] = described[(db, ib), (da, ia)] = features

    def covering(side: disagreements.Side) -> list[tuple[int, int]]:
        d = names.index(side.doc)
        return [
            (d, i)
            for i, draft in enumerate(documents[d].drafts)
            if side.span is not None
            and draft.mention.span[0] < side.span[1]
            and side.span[0] < draft.mention.span[1]
        ]

    rows, labels = [], []
    for label, pairs in ((True, key.disagreements), (False, key.lookalikes)):
        for pair in pairs:
            first, second = pair.sides
            for a in covering(first):
                for b in covering(second):
                    if (a, b) in described:
                        rows.append(described[a, b])
                        labels.append(label)
    width = len(FEATURES)
    return KeyPairs(key.name, np.array(rows).reshape(-1, width), np.array(labels, dtype=bool))


def fit(
    topics: list[Topic],
    c: float,
    keys: Sequence[KeyPairs] = (),
    weight: float = 0.0,
    *,
    balance: float = 0.0,
) -> LogisticRegression:
    """The regression over the topics' pairs, and the keys' pairs weighing ``weight`` each.

    ``balance`` (``sample_weights``) evens out the topics: a topic of many figures (caffeine's
    3,500 weighed pairs, a news story's 100) no longer sets the weights for all."""
    x = np.vstack([t.x for t in topics] + [k.x for k in keys if weight])
    y = np.concatenate([t.y for t in topics] + [k.y for k in keys if weight])
    weights = sample_weights(
        [len(t.y) for t in topics], [len(k.y) for k in keys if weight], weight, balance=balance
    )
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000).fit(x, y, sample_weight=weights)


def sample_weights(
    topics: Sequence[int], keys: Sequence[int], weight: float, *, balance: float = 0.0
) -> np.ndarray:
    """Each fitted pair's weight, topics' pairs first (``topics`` and ``keys`` give how many
    pairs each has): a key's pair weighs ``weight``; a topic of n pairs weighs n to the power
    1 - ``balance`` in all, scaled so that the topics' pairs weigh as many as they are: 0 weighs
    every pair 1, 1 every topic alike, 0.5 a topic by the square root of its pairs."""
    own = [np.full(n, float(n) ** -balance) for n in topics if n]
    weights = np.concatenate(own) if own else np.zeros(0)
    if weights.size:
        weights *= weights.size / weights.sum()
    return np.concatenate([weights, np.full(sum(keys), weight)])


def as_model(regression: LogisticRegression, join: float, link: float) -> PairModel:
    return PairModel(
        tuple(float(w) for w in regression.coef_[0]),
        float(regression.intercept_[0]),
        join,
        link,
    )


def f1(path: Path, model: PairModel, documents: list[Document]) -> tuple[float, float, float]:
    tp, fp, fn = score(path, model, documents).pairs
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _round(path: Path) -> int | None:
    """The held-out round a gold list was written for (``heldout13-ticks-gold.yaml``: 13)."""
    prefix = path.name.split("-", 1)[0]
    round_ = prefix.removeprefix("heldout")
    return int(round_) if prefix.startswith("heldout") and round_.isdigit() else None


#: The first round still held out (extract_eval.HELDOUT's); it and every later one stay out.
_FIRST_HELD_OUT = min(r for path in HELDOUT.values() if (r := _round(path)) is not None)


def _development(path: Path) -> bool:
    """Whether a gold list is of the development rounds by its file name: ``heldoutN-*`` with N
    the round of ``extract_eval.HELDOUT`` or later are the rounds still held out."""
    round_ = _round(path)
    return round_ is None or round_ < _FIRST_HELD_OUT


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {MODEL.name}")
    parser.add_argument(
        "--without",
        default="",
        help="comma-separated features to leave out (their weight is 0)",
    )
    parser.add_argument(
        "--c",
        default=",".join(map(str, CS)),
        help="comma-separated inverse regularisation strengths to try",
    )
    parser.add_argument(
        "--joins",
        default=",".join(map(str, JOINS)),
        help="comma-separated join chances to try",
    )
    parser.add_argument(
        "--links",
        default=",".join(map(str, LINKS)),
        help="comma-separated link chances to try",
    )
    parser.add_argument(
        "--fit-on",
        default="",
        help="comma-separated gold lists to fit on (default: every development list; 'shipped': "
        "the lists the shipped model names in trained_on); every list is still scored",
    )
    parser.add_argument(
        "--keys",
        type=float,
        default=KEYS,
        help="how much each pair of the development answer keys weighs (0: none)",
    )
    parser.add_argument(
        "--balance",
        type=float,
        default=0.0,
        help="even out the topics: a topic of n pairs weighs n**(1 - BALANCE) in all "
        "(0: every pair alike, 1: every topic alike)",
    )
    args = parser.parse_args()
    strengths = [float(c) for c in args.c.split(",")]
    joins = [float(j) for j in args.joins.split(",")]
    links = [float(k) for k in args.links.split(",")]
    left_out = [name for name in args.without.split(",") if name]
    if unknown := sorted(set(left_out) - set(FEATURES)):
        parser.error(f"no such feature: {', '.join(unknown)}")
    # Every development gold list (extract_eval.GOLD), never a held-out one (HELDOUT, and the
    # rounds after it, which no list here may name).
    if held := sorted(
        name for name, path in GOLD.items() if path in HELDOUT.values() or not _development(path)
    ):
        sys.exit(f"held-out gold lists among the development ones: {', '.join(held)}")
    topics = [load(name, path) for name, path in GOLD.items()]
    keys = [key_pairs(path) for path in disagreements.DEV] if args.keys else []
    if args.fit_on == "shipped":
        fitted = set(json.loads(MODEL.read_text(encoding="utf-8"))["trained_on"])
    else:
        fitted = {name for name in args.fit_on.split(",") if name} or set(GOLD)
    if unknown := sorted(fitted - set(GOLD)):
        parser.error(f"no such development gold list: {', '.join(unknown)}")
    for topic in topics:  # a feature always 0 gets weight 0 (the regression's penalty)
        topic.x[:, [FEATURES.index(name) for name in left_out]] = 0.0
    for key in keys:
        key.x[:, [FEATURES.index(name) for name in left_out]] = 0.0
    print(f"{'topic':<10} {'pairs':>6} {'same':>5} {'weighed':>8}")
    for t in topics:
        weighed = int(t.y.sum())
        print(f"{t.name:<10} {len(t.y):>6} {t.positives:>5} {weighed / t.positives:>8.0%}")
    results: dict[tuple[float, float, float], dict[str, tuple[float, float, float]]] = {}
    for c in strengths:
        held = {
            t.name: fit(
                [o for o in topics if o is not t and o.name in fitted],
                c,
                [k for k in keys if k.name != t.name],  # a topic's key is left out with it
                args.keys,
                balance=args.balance,
            )
            for t in topics
        }
        for join, link in product(joins, links):
            results[c, join, link] = {
                t.name: f1(t.path, as_model(held[t.name], join, link), t.documents) for t in topics
            }
            mean = statistics.mean(r[2] for r in results[c, join, link].values())
            print(f"C {c}, join {join}, link {link}: mean F1 {mean:.4f}", flush=True)
    # Ties go to the strongest regularisation and the highest chances (the fewest joins).
    best = max(
        results,
        key=lambda k: (statistics.mean(r[2] for r in results[k].values()), -k[0], k[1], k[2]),
    )
    c, join, link = best
    print(f"\nleave one topic out, C {c}, join {join}, link {link}")
    print(f"{'topic':<10} {'grp P':>6} {'grp R':>6} {'grp F1':>6}")
    for name, (p, r, f) in results[best].items():
        print(f"{name:<10} {p:>6.2f} {r:>6.2f} {f:>6.2f}")
    mean = statistics.mean(r[2] for r in results[best].values())
    print(f"{'mean':<10} {'':>6} {'':>6} {mean:>6.3f}")
    final = fit([t for t in topics if t.name in fitted], c, keys, args.keys, balance=args.balance)
    print("\nweights (all topics)")
    weights = dict(zip(FEATURES, (round(float(w), 4) for w in final.coef_[0]), strict=True))
    for name, weight in weights.items():
        print(f"  {name:<22} {weight:>8.3f}")
    print(f"  {'intercept':<22} {float(final.intercept_[0]):>8.3f}")
    if args.write:
        data = {
            "about": "Fitted by benchmarks/train_grouping.py on the gold lists named in trained_on.",
            "trained_on": sorted(fitted),
            "left_out": left_out,
            "answer_keys": sorted(k.name for k in keys),
            "answer_key_weight": args.keys,
            "topics_balanced": args.balance,
            "leave_one_topic_out_f1": {n: round(r[2], 2) for n, r in results[best].items()},
            "weights": weights,
            "intercept": round(float(final.intercept_[0]), 4),
            "regularisation_c": c,
            "join": join,
            "link": link,
        }
        MODEL.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {MODEL}")


if __name__ == "__main__":
    main()
