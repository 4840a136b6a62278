"""Compare what the grouping pair model is trained on, leave one topic out (issue 14).

True disagreements are one quantity stated with different values, but the gold lists' pairs of
one quantity mostly agree in value, so the shipped model learns "different value, different
quantity". Variants of the pair model, each fitted leave-one-topic-out over the gold lists of
``extract_eval.py`` (C 0.1 as shipped; the join and link chance chosen on the other topics among
``JOINS``) and scored by mean grouping F1:

- ``shipped``: every feature of ``similarity.FEATURES`` (today's model, refitted);
- ``blind-diff``: the features that say the values differ (``far_values``, ``value_distance``)
  weigh 0; agreeing values still count for a pair;
- ``blind-all``: every value feature weighs 0;
- ``two-stage``: ``blind-diff``, then no join where the values are 3x apart (``far_values``);
- ``weighted-N``: every feature, same-quantity pairs whose values differ weigh N times;
- ``interact``: every feature and the value features times the word features;
- ``keys-N``: every feature, and the development answer keys' pairs weighed by the model
  (``benchmarks/disagreements.py``'s keys: true disagreements one quantity, look-alikes not)
  weigh N times. Leaving a topic out leaves out its gold list and its key.

    python benchmarks/value_blind_loto.py [--only shipped,keys-5]   # the LOTO table
    python benchmarks/value_blind_loto.py --dev keys-5 --join 0.3   # disagreements.py's
        # counts, each corpus extracted with the variant fitted without its topic and key
    python benchmarks/value_blind_loto.py --write blind-diff --join 0.2  # write the variant
        # fitted on every list and key over factcheck/data/grouping-model.json (restore it!)

``two-stage`` needs ``PairModel.chance`` to return 0 for a pair with ``far_values`` when the
model's JSON says ``split_far`` (a five-line patch, not kept) for ``--dev`` and ``--write``:
the extraction runs in fresh processes that read the model file.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import disagreements
from benchmarks.extract_eval import GOLD
from benchmarks.train_grouping import MODEL, KeyPairs, Topic, f1, key_pairs, load
from factcheck.extract.grouping.pairmodel import PairModel
from factcheck.extract.grouping.similarity import FEATURES

C = 0.1
JOINS = (0.15, 0.2, 0.25, 0.3)
DIFFERENCE = ("far_values", "value_distance")
VALUES = (
    "same_value",
    "same_specific_value",
    "agreeing_value",
    "far_values",
    "value_distance",
    "overlapping_ranges",
)
FAR = FEATURES.index("far_values")
#: Pairs of features whose product a variant may add.
INTERACTIONS = tuple(
    (FEATURES.index(a), FEATURES.index(b))
    for a in ("far_values", "value_distance")
    for b in ("near_words", "sentence_words", "same_measure")
)
SAME = [FEATURES.index(name) for name in ("same_value", "agreeing_value", "overlapping_ranges")]


@dataclass(frozen=True)
class Variant:
    name: str
    zeroed: tuple[str, ...] = ()
    split_far: bool = False
    """No join where the two values are 3x apart, whatever the chance."""
    weight: float = 1.0
    """How much a same-quantity pair whose values do not agree weighs in the fit."""
    interact: bool = False
    """Add the value features times the word features (``INTERACTIONS``): different values
    may weigh less when the words agree."""
    keys: float = 0.0
    """How much the answer keys' pairs weigh (true disagreements one quantity, look-alikes
    not); 0 leaves them out."""


VARIANTS = (
    Variant("shipped"),
    Variant("blind-diff", DIFFERENCE),
    Variant("blind-all", VALUES),
    Variant("two-stage", DIFFERENCE, split_far=True),
    Variant("two-stage-all", VALUES, split_far=True),
    Variant("weighted-3", weight=3.0),
    Variant("blind-diff-w3", DIFFERENCE, weight=3.0),
    Variant("interact", interact=True),
    Variant("interact-w3", interact=True, weight=3.0),
    Variant("keys-0.3", keys=0.3),
    Variant("keys-0.5", keys=0.5),
    Variant("keys-1", keys=1.0),
    Variant("keys-2", keys=2.0),
    Variant("keys-5", keys=5.0),
    Variant("blind-diff-keys-5", DIFFERENCE, keys=5.0),
)


@dataclass(frozen=True)
class SplitFar(PairModel):
    """A pair model that never joins two values 3x apart."""

    def chance(self, features: tuple[float, ...]) -> float:
        return 0.0 if features[FAR] else super().chance(features)


@dataclass(frozen=True)
class Interacting(PairModel):
    """A pair model with weights on products of features too."""

    products: tuple[float, ...] = ()

    def chance(self, features: tuple[float, ...]) -> float:
        z = self.intercept + sum(w * x for w, x in zip(self.weights, features, strict=True))
        z += sum(
            w * features[a] * features[b]
            for w, (a, b) in zip(self.products, INTERACTIONS, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z))


def _products(x: np.ndarray) -> np.ndarray:
    return np.column_stack([x[:, a] * x[:, b] for a, b in INTERACTIONS])


def fit(topics: list[Topic], variant: Variant, keys: list[KeyPairs] = ()) -> LogisticRegression:
    x = np.vstack([t.x for t in topics]).copy()
    y = np.concatenate([t.y for t in topics])
    differ = ~(x[:, SAME] > 0).any(axis=1)
    weights = np.where(y & differ, variant.weight, 1.0)
    if variant.keys:
        x = np.vstack([x, *(k.x for k in keys)])
        y = np.concatenate([y, *(k.y for k in keys)])
        extra = sum(len(k.y) for k in keys)
        weights = np.concatenate([weights, np.full(extra, variant.keys)])
    x[:, [FEATURES.index(name) for name in variant.zeroed]] = 0.0
    if variant.interact:
        x = np.hstack([x, _products(x)])
    return LogisticRegression(C=C, max_iter=5000).fit(x, y, sample_weight=weights)


def as_model(regression: LogisticRegression, variant: Variant, join: float) -> PairModel:
    weights = tuple(float(w) for w in regression.coef_[0])
    intercept = float(regression.intercept_[0])
    if variant.interact:
        n = len(FEATURES)
        return Interacting(weights[:n], intercept, join, join, products=weights[n:])
    kind = SplitFar if variant.split_far else PairModel
    return kind(weights, intercept, join, join)


def grid(
    topics: list[Topic], variant: Variant, keys: list[KeyPairs]
) -> dict[float, dict[str, float]]:
    """Each topic's F1 at each join chance, the fit leaving out its gold list and its key."""
    scores: dict[float, dict[str, float]] = {join: {} for join in JOINS}
    for topic in topics:
        others = [k for k in keys if k.name != topic.name]
        regression = fit([t for t in topics if t is not topic], variant, others)
        for join in JOINS:
            model = as_model(regression, variant, join)
            scores[join][topic.name] = f1(topic.path, model, topic.documents)[2]
    return scores


def choose(
    scores: dict[tuple[str, float], dict[str, float]],
) -> dict[str, tuple[float, tuple[str, float]]]:
    """Each topic's F1 at the setting (variant, join) best on the other topics."""
    chosen = {}
    for topic in next(iter(scores.values())):
        # Ties go to the earliest variant and the highest join chance (the fewest joins).
        order = list(scores)
        best = max(
            order,
            key=lambda k: (
                statistics.mean(v for n, v in scores[k].items() if n != topic),
                -order.index(k) // len(JOINS),
                k[1],
            ),
        )
        chosen[topic] = (scores[best][topic], best)
    return chosen


def loto(
    topics: list[Topic], variant: Variant, keys: list[KeyPairs]
) -> dict[str, tuple[float, float]]:
    """Each topic's F1 (the join chosen on the other topics) and the join chosen."""
    scores = grid(topics, variant, keys)
    chosen = choose({(variant.name, join): s for join, s in scores.items()})
    return {topic: (f, setting[1]) for topic, (f, setting) in chosen.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", metavar="VARIANT", help="write a variant's model, all topics")
    parser.add_argument("--join", type=float, default=0.2, help="its join and link chance")
    parser.add_argument(
        "--dev",
        metavar="VARIANT",
        help="score the development keys, each with the variant fitted without its topic",
    )
    parser.add_argument(
        "--nested",
        metavar="VARIANTS",
        help="comma-separated variants to choose among per topic, on the other topics",
    )
    parser.add_argument("--only", default="", help="comma-separated variants to estimate")
    args = parser.parse_args()
    topics = [load(name, path) for name, path in GOLD.items()]
    keys = [key_pairs(path) for path in disagreements.DEV]
    variants = {v.name: v for v in VARIANTS}
    if args.dev:
        dev(topics, keys, variants[args.dev], args.join)
        return
    if args.write:
        variant = variants[args.write]
        regression = fit(topics, variant, keys)
        data = _model_json(regression, variant, args.join)
        MODEL.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {MODEL}")
        return
    if args.nested:
        scores = {
            (name, join): s
            for name in args.nested.split(",")
            for join, s in grid(topics, variants[name], keys).items()
        }
        chosen = choose(scores)
        for topic, (f, setting) in chosen.items():
            print(f"{topic:<12} {f:>5.2f} {setting[0]} {setting[1]}")
        print(
            f"nested leave one topic out: mean F1 {statistics.mean(f for f, _ in chosen.values()):.3f}"
        )
        return
    names = [n for n in args.only.split(",") if n] or list(variants)
    results = {name: loto(topics, variants[name], keys) for name in names}
    base = results.get("shipped")
    print(f"{'topic':<12}" + "".join(f" {name:>13}" for name in names))
    for topic in topics:
        cells = "".join(f" {results[n][topic.name][0]:>13.2f}" for n in names)
        print(f"{topic.name:<12}{cells}")
    print(f"{'mean F1':<12}" + "".join(f" {_mean(results[n]):>13.3f}" for n in names))
    if base is not None:
        for label, sign in (("gain", 1), ("lose", -1)):
            counts = "".join(
                f" {sum(sign * (results[n][t][0] - base[t][0]) > 0.005 for t in base):>13}"
                for n in names
            )
            print(f"{label:<12}{counts}")
    joins = "".join(f" {statistics.mode(j for _, j in results[n].values()):>13}" for n in names)
    print(f"{'join (mode)':<12}{joins}")


def dev(topics: list[Topic], keys: list[KeyPairs], variant: Variant, join: float) -> None:
    """benchmarks/disagreements.py's counts, each corpus extracted with the variant fitted
    without that corpus's gold list and key (the shipped model file is restored after)."""
    shipped = MODEL.read_text(encoding="utf-8")
    scores = []
    try:
        for path in disagreements.DEV:
            key = disagreements.load_key(path)
            regression = fit(
                [t for t in topics if t.name != key.name],
                variant,
                [k for k in keys if k.name != key.name],
            )
            MODEL.write_text(json.dumps(_model_json(regression, variant, join)), encoding="utf-8")
            scores.append(disagreements.score(key, False))
    finally:
        MODEL.write_text(shipped, encoding="utf-8")
    print(disagreements.table(scores))


def _model_json(regression: LogisticRegression, variant: Variant, join: float) -> dict:
    data = {
        "about": f"benchmarks/value_blind_loto.py --write {variant.name} (an experiment)",
        "trained_on": sorted(GOLD),
        "left_out": list(variant.zeroed),
        "weights": dict(
            zip(FEATURES, (round(float(w), 4) for w in regression.coef_[0]), strict=True)
        ),
        "intercept": round(float(regression.intercept_[0]), 4),
        "regularisation_c": C,
        "join": join,
        "link": join,
    }
    if variant.split_far:
        data["split_far"] = True
    return data


def _mean(result: dict[str, tuple[float, float]]) -> float:
    return statistics.mean(f for f, _ in result.values())


if __name__ == "__main__":
    main()
