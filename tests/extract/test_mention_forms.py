"""Tests for mention forms the finder once missed: age bounds, wrapped units, counts of doses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.mentions import find_mentions
from factcheck.values import parse_value


def read(text: str) -> list[tuple[str, str]]:
    """(surface text, draft value) of every mention in ``text``."""
    return [(m.text, m.value) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In patients older than 65, bleeding", [("older than 65", ">65")]),
        ("children younger than 12 years", [("younger than 12 years", "<12 years")]),
        ("not for use under the age of 16.", [("under the age of 16", "<16")]),
        ("people aged over 70 are", [("aged over 70", ">70")]),
        ("adults aged under 18", [("aged under 18", "<18")]),
        ("anyone over the age of 50", [("over the age of 50", ">50")]),
        ("below the age of 2 years", [("below the age of 2 years", "<2 years")]),
        # the unbounded forms stay as they were
        ("more than 65 people", [("more than 65 people", ">65")]),
        ("adults aged 65 or older", [("65 or older", ">=65")]),
    ],
)
def test_age_bounds(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fatal dose is 10 to 14\ng, far more", [("10 to 14\ng", "10-14 g")]),
        ("took 200\nmg that day", [("200\nmg", "200 mg")]),
        ("levels of 30 \r\n  ng/mL were", [("30 \r\n  ng/mL", "30 ng/mL")]),
        ("from 4 to\n6 hours", [("from 4 to\n6 hours", "4-6 hours")]),
        # a blank line ends the paragraph; a capitalised word on a new line starts a new one
        ("the dose was 12\n\nmg are listed", [("12", "12")]),
        ("it took 14\nHours of sleep matter", [("14", "14")]),
    ],
)
def test_a_unit_after_a_line_break_still_attaches(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert read(text) == expected


_WRAP = st.sampled_from([" ", "\n", " \n", "\n ", "\r\n"])


@given(
    low=st.integers(min_value=1, max_value=500),
    width=st.integers(min_value=1, max_value=500),
    unit=st.sampled_from(["mg", "g", "hours", "days", "IU", "ng/mL", "percent"]),
    wrap=_WRAP,
)
def test_wrapped_ranges_keep_their_unit(low: int, width: int, unit: str, wrap: str) -> None:
    text = f"It was {low} to {low + width}{wrap}{unit} in all."
    [mention] = find_mentions(text)
    assert (mention.low, mention.high) == (low, low + width)
    assert mention.unit != ""
    value = parse_value(mention.value)
    assert value.unit is not None
