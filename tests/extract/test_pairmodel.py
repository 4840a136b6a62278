"""Tests for factcheck.extract.grouping.pairmodel: the learned chance that two drafts state one quantity."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from factcheck.extract.grouping.pairmodel import from_json, shipped
from factcheck.extract.grouping.similarity import FEATURES


def _data(**weights: float) -> dict[str, object]:
    return {
        "weights": {name: weights.get(name, 0.0) for name in reversed(FEATURES)},
        "intercept": -1.0,
        "join": 0.2,
        "link": 0.1,
    }


def test_weights_are_read_by_feature_name_whatever_their_order() -> None:
    model = from_json(_data(same_value=3.0))
    features = tuple(1.0 if name == "same_value" else 0.0 for name in FEATURES)
    assert model.chance(features) == pytest.approx(1 / (1 + 2.718281828459045**-2.0))
    assert model.chance((0.0,) * len(FEATURES)) == pytest.approx(1 / (1 + 2.718281828459045))


def test_a_model_that_does_not_name_every_feature_is_rejected() -> None:
    data = _data()
    del data["weights"]["near_words"]  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="near_words"):
        from_json(data)


def test_the_shipped_model_weighs_evidence_the_right_way() -> None:
    data = json.loads(
        resources.files("factcheck").joinpath("data/grouping-model.json").read_text("utf-8")
    )
    weights = data["weights"]
    # Evidence of one quantity raises the chance; evidence of two lowers it.
    for name in ("near_words", "shared_words", "same_value", "same_specific_value"):
        assert weights[name] > 0, name
    # (Different roles are kept apart by a rule, so their weight is free to be anything.)
    for name in ("far_values", "value_distance"):
        assert weights[name] < 0, name
    assert 0 < shipped().join < 1 and 0 < shipped().link < 1
    assert sorted(data["trained_on"]) == data["trained_on"]
