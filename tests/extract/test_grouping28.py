"""Fitting the pair model with the topics evened out (``train_grouping.py --balance``).

Measured and not shipped (docs/extract.md, "One quantity told in other words, across documents
(grouping28)"): the weighting itself is what is tested here."""

from __future__ import annotations

import pytest

from benchmarks.train_grouping import sample_weights


def test_every_pair_weighs_one_by_default() -> None:
    assert sample_weights([3, 1], [], 0.0).tolist() == [1.0, 1.0, 1.0, 1.0]


def test_balanced_topics_weigh_alike_in_all() -> None:
    """A topic of 3 pairs and one of 1 pair: each topic weighs 2 (the mean), so the lone pair
    counts three times as much as each of the large topic's."""
    weights = sample_weights([3, 1], [], 0.0, balance=1.0).tolist()
    assert weights == pytest.approx([2 / 3, 2 / 3, 2 / 3, 2.0])
    assert sum(weights) == pytest.approx(4.0)


def test_half_balance_weighs_a_topic_by_the_square_root_of_its_pairs() -> None:
    """Topics of 4 and 1 pairs weigh 2 : 1 in all."""
    weights = sample_weights([4, 1], [], 0.0, balance=0.5)
    assert weights[:4].sum() / weights[4] == pytest.approx(2.0)
    assert weights.sum() == pytest.approx(5.0)


def test_answer_key_pairs_keep_their_weight_after_the_topics() -> None:
    weights = sample_weights([2, 2], [3], 0.3, balance=1.0).tolist()
    assert weights == pytest.approx([1.0, 1.0, 1.0, 1.0, 0.3, 0.3, 0.3])


def test_a_topic_without_pairs_takes_no_weight() -> None:
    weights = sample_weights([0, 4], [], 0.0, balance=1.0).tolist()
    assert weights == pytest.approx([1.0, 1.0, 1.0, 1.0])
