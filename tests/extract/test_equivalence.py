"""Tests for factcheck.extract.grouping.equivalence: restated values, learned unit ratios, base amounts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.grouping.equivalence import (
    alternative_pairs,
    base_amount,
    learn,
    restated_pairs,
    rounding,
)
from factcheck.extract.mentions.find import Mention, find_mentions
from tests.common import UNITS, WORDS


def _mentions(text: str) -> list[Mention]:
    return find_mentions(text, WORDS)


def test_a_value_restated_in_brackets_in_another_unit_is_one_amount() -> None:
    text = "Adults need 15 mcg (600 IU) a day."
    assert restated_pairs(text, _mentions(text), UNITS) == [(0, 1)]


def test_only_a_figure_right_after_another_restates_it() -> None:
    """The bracket must follow the first figure: "(15 mL)" after "A tablespoon" restates no
    figure written sentences before it."""
    text = "Wait 2 hours before swimming. A tablespoon (15 mL) covers the body."
    assert restated_pairs(text, _mentions(text), UNITS) == []


def test_a_convertible_restatement_must_state_the_same_amount() -> None:
    same = "It took 1.2 g (1,200 mg) in an hour."
    other = "It took 1.2 g (200 mg) in an hour."
    assert restated_pairs(same, _mentions(same), UNITS) == [(0, 1)]
    assert restated_pairs(other, _mentions(other), UNITS) == []


def test_a_restatement_may_round_the_amount_to_its_last_digit() -> None:
    # 42.2 km is 26.22 miles: "26.2" stands for 26.15 to 26.25.
    rounded = "A marathon is 42.2 km, or 26.2 miles."
    assert restated_pairs(rounded, _mentions(rounded), UNITS) == [(0, 1)]
    # 25 miles is 40.2 km, and a whole figure stands for itself: no restatement.
    other = "A marathon is 42.2 km, or 25 miles."
    assert restated_pairs(other, _mentions(other), UNITS) == []


def test_rounding_is_half_the_last_written_digit_relative_to_the_figure() -> None:
    point, whole = _mentions("It weighs 26.2 kg, then 40 kg.")
    assert rounding(point) == pytest.approx(0.05 / 26.2)
    assert rounding(whole) == 0.0


def test_values_in_one_unit_are_alternatives_not_restatements() -> None:
    text = "Shop products contain 5 mg or even 10 mg."
    assert restated_pairs(text, _mentions(text), UNITS) == []
    assert alternative_pairs(text, _mentions(text)) == [(0, 1)]


def test_values_far_apart_are_neither() -> None:
    text = "Adults need 15 mcg a day; the upper limit for children is 600 IU."
    assert restated_pairs(text, _mentions(text), UNITS) == []
    assert alternative_pairs(text, _mentions(text)) == []


def test_pint_converts_within_a_dimension() -> None:
    gram, milligram = _mentions("about 1.2 grams and about 1,200 mg")
    assert base_amount(gram, UNITS) == base_amount(milligram, UNITS)
    hour, minutes = _mentions("more than 1 hour or about 60 minutes")
    assert base_amount(hour, UNITS) == base_amount(minutes, UNITS)


def test_a_learned_ratio_maps_an_unconvertible_unit() -> None:
    text = "Take 25 mcg (1,000 IU) daily."
    first, second = _mentions(text)
    conversions = learn([(first, second)], UNITS)
    [elsewhere] = _mentions("The limit is 4,000 IU.")
    [in_mass] = _mentions("The limit is 100 mcg.")
    assert base_amount(elsewhere, UNITS, conversions) == base_amount(in_mass, UNITS, conversions)
    assert base_amount(elsewhere, UNITS) != base_amount(in_mass, UNITS)


def test_bare_numbers_and_shares_have_no_base_amount() -> None:
    count, share = _mentions("In 40 patients 30% improved.")
    assert base_amount(count, UNITS) is None
    assert base_amount(share, UNITS) is None


@given(st.integers(min_value=1, max_value=10**6))
def test_milligrams_and_grams_meet(milligrams: int) -> None:
    [mg] = _mentions(f"It holds {milligrams} mg.")
    [g] = _mentions(f"It holds {milligrams / 1000:.6f} g.")
    assert base_amount(mg, UNITS) == base_amount(g, UNITS)
