"""Tests for factcheck.extract.subjects.concepts: one measure named in other words."""

from __future__ import annotations

import pytest

from factcheck.extract.subjects.concepts import (
    CONCEPTS,
    OPPOSITES,
    check_table,
    concepts,
    opposed,
    specific,
)
from tests.extract.test_grouping import subject_of


def named(sentence: str, figure: str, dimension: str) -> tuple[str, ...]:
    """The concepts that speak of ``figure`` in ``sentence`` (one clause)."""
    start = sentence.index(figure)
    return concepts(sentence, (start, start + len(figure)), ((0, len(sentence)), 0), dimension)


def test_the_table_is_class_level_and_its_opposites_are_concepts() -> None:
    check_table()
    assert len(CONCEPTS) >= 60
    assert len({c.name for c in CONCEPTS}) == len(CONCEPTS)
    # Read both ways: the onset of an effect is the opposite of how long it lasts, and back.
    assert "onset" in OPPOSITES["lasts"] and "lasts" in OPPOSITES["onset"]
    assert "minimum" in OPPOSITES["maximum"] and "closing" in OPPOSITES["opening"]


@pytest.mark.parametrize(
    ("sentence", "figure", "dimension", "concept"),
    [
        ("One tablet covers about 16 hours.", "about 16 hours", "duration", "lasts"),
        ("It keeps working for up to 24 hours.", "24 hours", "duration", "lasts"),
        ("The effect wears off after 6 hours.", "6 hours", "duration", "lasts"),
        ("It takes about 2 weeks to reach its full effect.", "2 weeks", "duration", "onset"),
        ("Opening is set for 2028.", "2028", "year", "opening"),
        ("The first match will be played in August 2027.", "2027", "year", "opening"),
        ("Trams run every 8 minutes in each direction.", "8 minutes", "duration", "frequency"),
        ("Wear them for no more than 12 hours.", "12 hours", "duration", "maximum"),
        ("Leave the kit out for at least 10 days.", "10 days", "duration", "minimum"),
        ("The ground has room for 45,000 fans.", "45,000", "count", "capacity"),
        ("The final bill came to £640m.", "£640m", "money", "cost"),
        ("Some 9,000 people were forced from their homes.", "9,000 people", "count", "displaced"),
        ("The fire has scorched 14,200 hectares.", "14,200 hectares", "area", "burned"),
    ],
)
def test_a_concept_is_read_from_its_words_in_general_english(
    sentence: str, figure: str, dimension: str, concept: str
) -> None:
    assert concept in named(sentence, figure, dimension)


def test_concepts_keep_to_their_dimensions_and_opposites_cancel() -> None:
    # A year is no span of time: "lasts" speaks only of durations.
    assert "lasts" not in named("The bridge lasted until 1987.", "1987", "year")
    # Both an onset and a duration named: the words are mixed, neither is kept.
    mixed = named("It takes effect within and lasts 4 hours.", "4 hours", "duration")
    assert "lasts" not in mixed and "onset" not in mixed
    # A figure with another figure between it and the phrase is not spoken of.
    assert "lasts" not in named("It lasts 6 hours, or 8 hours at most.", "8 hours", "duration")


def test_opposed_concepts_and_measures_among_kinds_of_value() -> None:
    assert opposed({"lasts", "maximum"}, {"onset"})
    assert opposed({"minimum"}, {"maximum", "lasts"})
    assert not opposed({"lasts"}, {"lasts", "maximum"})
    assert not opposed({"~lasts"}, {"~onset"})  # key words are no concept names
    # A maximum is a kind of value, not a measure: no evidence of one quantity on its own.
    assert specific({"lasts", "maximum", "opening"}) == {"lasts", "opening"}


def test_one_measure_in_other_words_is_one_subject_across_documents() -> None:
    a, b = subject_of(
        "Tarivastine is a once-daily antihistamine. One tablet covers about 16 hours.",
        "Tarivastine is a fast antihistamine. It keeps working for up to 24 hours.",
    )
    assert a["about 16 hours"] == b["up to 24 hours"]


def test_opposite_concepts_stay_apart() -> None:
    a, b = subject_of(
        "The spray is easy to use. It takes about 2 weeks to reach its full effect.",
        "The spray is easy to use. Its effect lasts about 2 weeks.",
    )
    assert a["about 2 weeks"] != b["about 2 weeks"]
