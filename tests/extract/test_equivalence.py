"""Tests for factcheck.extract.equivalence: restated values, learned unit ratios, base amounts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.equivalence import (
    alternative_pairs,
    base_amount,
    learn,
    restated_pairs,
)
from factcheck.extract.mentions import Mention, find_mentions


def _mentions(text: str) -> list[Mention]:
    return find_mentions(text)


def test_a_value_restated_in_brackets_in_another_unit_is_one_amount() -> None:
    text = "Adults need 15 mcg (600 IU) a day."
    assert restated_pairs(text, _mentions(text)) == [(0, 1)]


def test_a_convertible_restatement_must_state_the_same_amount() -> None:
    same = "It took 1.2 g (1,200 mg) in an hour."
    other = "It took 1.2 g (200 mg) in an hour."
    assert restated_pairs(same, _mentions(same)) == [(0, 1)]
    assert restated_pairs(other, _mentions(other)) == []


def test_values_in_one_unit_are_alternatives_not_restatements() -> None:
    text = "Shop products contain 5 mg or even 10 mg."
    assert restated_pairs(text, _mentions(text)) == []
    assert alternative_pairs(text, _mentions(text)) == [(0, 1)]


def test_values_far_apart_are_neither() -> None:
    text = "Adults need 15 mcg a day; the upper limit for children is 600 IU."
    assert restated_pairs(text, _mentions(text)) == []
    assert alternative_pairs(text, _mentions(text)) == []


def test_pint_converts_within_a_dimension() -> None:
    gram, milligram = _mentions("about 1.2 grams and about 1,200 mg")
    assert base_amount(gram) == base_amount(milligram)
    hour, minutes = _mentions("more than 1 hour or about 60 minutes")
    assert base_amount(hour) == base_amount(minutes)


def test_a_learned_ratio_maps_an_unconvertible_unit() -> None:
    text = "Take 25 mcg (1,000 IU) daily."
    first, second = _mentions(text)
    conversions = learn([(first, second)])
    [elsewhere] = _mentions("The limit is 4,000 IU.")
    [in_mass] = _mentions("The limit is 100 mcg.")
    assert base_amount(elsewhere, conversions) == base_amount(in_mass, conversions)
    assert base_amount(elsewhere) != base_amount(in_mass)


def test_bare_numbers_and_shares_have_no_base_amount() -> None:
    count, share = _mentions("In 40 patients 30% improved.")
    assert base_amount(count) is None
    assert base_amount(share) is None


@given(st.integers(min_value=1, max_value=10**6))
def test_milligrams_and_grams_meet(milligrams: int) -> None:
    [mg] = _mentions(f"It holds {milligrams} mg.")
    [g] = _mentions(f"It holds {milligrams / 1000:.6f} g.")
    assert base_amount(mg) == base_amount(g)
