"""Tests for factcheck.values.unitnames: units read naturally after a number in every output."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.values.grammar import Qualifier
from factcheck.values.quantity import Interval, Quantity, describe, number_text, significant_digits
from factcheck.values.spellings import UNIT_SPELLINGS
from factcheck.values.unitnames import unit_words
from tests.common import UNITS


@pytest.mark.parametrize(
    ("x", "unit", "shown"),
    [
        (4, "hour", "4 hours"),
        (1, "hour", "1 hour"),
        (0.5, "hour", "0.5 hours"),
        (6, "h", "6 hours"),  # a claims file's short form reads as the word
        (1, "hours", "1 hour"),  # a subject written in the plural
        (12, "week", "12 weeks"),
        (16, "degree", "16 degrees"),
        (31, "degC", "31 °C"),
        (2, "m**2", "2 m²"),
        (3, "percentage_point", "3 percentage points"),
        (2, "inch", "2 inches"),
        (4.5, "mg", "4.5 mg"),  # symbols never take an s
        (30, "%", "30%"),
        (16, "GiB", "16 GiB"),
        (400, None, "400"),
        (999_999, None, "999999"),
        (1.2e9, "EUR", "1.2 billion EUR"),  # news figures: no "1.2e+09"
        (1_350_000, None, "1.35 million"),
        (-2.5e12, "USD", "-2.5 trillion USD"),
        (12, "per_100000", "12 per 100,000"),  # a rate per population
        (5.6, "L_per_100km", "5.6 L/100 km"),
        (200, "Bq/m**3", "200 Bq/m³"),
        (2.5, "gallon/minute", "2.5 gallons per minute"),
        (1, "gallon/minute", "1 gallon per minute"),
        (3000, "m**3/s", "3000 m³/s"),
    ],
)
def test_a_number_and_its_unit_read_naturally(x: float, unit: str | None, shown: str) -> None:
    assert number_text(x, unit) == shown


def test_a_range_takes_its_upper_ends_plural() -> None:
    hours = Quantity(4, 6, Interval(4, 4), Interval(6, 6), Interval(4, 6), Qualifier.EQ, True)
    assert describe(hours, "hour") == "4-6 hours"
    about = Quantity(1, 1, Interval(1, 1), Interval(1, 1), Interval(1, 1), Qualifier.APPROX, False)
    assert describe(about, "hour") == "~1 hour"
    cost = Quantity(
        1.2e9, 1.5e9, Interval(1.2e9, 1.2e9), Interval(1.5e9, 1.5e9), Interval(1.2e9, 1.5e9),
        Qualifier.EQ, True,
    )  # fmt: skip
    assert describe(cost, "EUR") == "1.2 billion-1.5 billion EUR"


@given(st.sampled_from(sorted(set(UNIT_SPELLINGS.values()))), st.booleans())
def test_a_drafts_spelling_reads_back_as_the_same_unit(canonical: str, plural: bool) -> None:
    # What extract writes into a claims file must mean the unit it read (one registry for all
    # examples: building one takes a tenth of a second).
    units = UNITS
    try:
        units.check(canonical)
    except ValueError:
        return  # a unit only factcheck's own definitions know, written as is
    written = unit_words(canonical, plural=plural, claims=True)
    assert units.converter(written, canonical)(2.0) == pytest.approx(2.0)


def test_a_converted_figure_reads_as_precisely_as_it_was_written() -> None:
    miles = Quantity(
        8.82347, 8.82347, Interval(8.82347, 8.82347), Interval(8.82347, 8.82347),
        Interval(8.82347, 8.82347), Qualifier.EQ, False,
    )  # fmt: skip
    assert describe(miles, "mile", significant_digits("14.2")) == "8.82 miles"
    assert describe(miles, "mile") == "8.82347 miles"
    assert [significant_digits(t) for t in ("14.2", "1,200", "1.26e9", "0.05", "~7")] == [
        3, 4, 3, 1, 1,
    ]  # fmt: skip
    assert number_text(880.4, None, 2) == "880"  # no "8.8e+02"
