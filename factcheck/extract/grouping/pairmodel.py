"""The learned chance that two drafts state one quantity: logistic regression over pair features.

The weights live in ``factcheck/data/grouping-model.json`` and are fitted by
``benchmarks/train_grouping.py`` on the hand-written gold lists; nothing is learned at run time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factcheck.extract.grouping.similarity import FEATURES


@dataclass(frozen=True)
class PairModel:
    """Weights over ``similarity.FEATURES`` and the chances grouping needs."""

    weights: tuple[float, ...]
    intercept: float
    join: float
    """Chance a pair of drafts needs before their groups are considered for joining."""
    link: float
    """Average chance over the pairs of two groups' drafts needed to join them."""

    def chance(self, features: tuple[float, ...]) -> float:
        """The chance that a pair with these features states one quantity."""
        z = self.intercept + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-z))


def from_json(data: dict[str, object]) -> PairModel:
    """A model from its JSON form; raises ValueError if it does not fit FEATURES."""
    weights = data.get("weights")
    if not isinstance(weights, dict) or sorted(weights) != sorted(FEATURES):
        raise ValueError(f"model weights must name exactly these features: {', '.join(FEATURES)}")
    return PairModel(
        tuple(float(weights[name]) for name in FEATURES),
        float(data["intercept"]),  # type: ignore[arg-type]
        float(data["join"]),  # type: ignore[arg-type]
        float(data["link"]),  # type: ignore[arg-type]
    )


@cache
def shipped() -> PairModel:
    """The model shipped with factcheck."""
    text = resources.files("factcheck").joinpath("data/grouping-model.json").read_text("utf-8")
    return from_json(json.loads(text))
