"""Tests for factcheck.extract.mentions.find: what counts as a numeric mention and how it is read."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.extract.mentions.find import Mention, find_mentions
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier, parse_value
from tests.common import WORDS


def read(text: str) -> list[tuple[str, str]]:
    """(surface text, draft value) of every mention in ``text``."""
    return [(m.text, m.value) for m in find_mentions(text, WORDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ranges in every common form, never split
        (
            "typically between 1.5 mg and 4.5 mg daily",
            [("between 1.5 mg and 4.5 mg daily", "1.5-4.5 mg")],
        ),
        ("about 0.5–4.5 mg", [("about 0.5–4.5 mg", "~0.5-4.5 mg")]),
        ("doses of 0.5—4.5 mg", [("0.5—4.5 mg", "0.5-4.5 mg")]),
        ("range from 50 mg to 100 mg and", [("from 50 mg to 100 mg", "50-100 mg")]),
        (
            "anywhere from 50 to 100 mg per day.",
            [("anywhere from 50 to 100 mg per day", "50-100 mg")],
        ),
        ("take 1.5-4.5mg", [("1.5-4.5mg", "1.5-4.5 mg")]),
        ("for 4 to 6 hours", [("4 to 6 hours", "4-6 hours")]),
        ("Ten to 30 minutes", [("Ten to 30 minutes", "10-30 minutes")]),
        ("two or three times a week", [("two or three times a week", "2-3")]),
        # bounds and approximations
        ("over 24% of them", [("over 24%", ">24%")]),
        ("as little as 0.1 mg/day", [("as little as 0.1 mg/day", ">=0.1 mg")]),
        ("up to 50%", [("up to 50%", "<=50%")]),
        ("at least 20 ng/mL", [("at least 20 ng/mL", ">=20 ng/mL")]),
        ("a 75% or more reduction", [("75% or more", ">=75%")]),
        ("nearly 20 years ago", [("nearly 20 years", "~20 years")]),
        ("about 15 days", [("about 15 days", "~15 days")]),
        ("fewer than 12 people", [("fewer than 12 people", "<12")]),
        ("keep it at or below 100 mg", [("at or below 100 mg", "<=100 mg")]),
        ("at or above 2 g", [("at or above 2 g", ">=2 g")]),
        ("100 mg a day at most", [("100 mg a day at most", "<=100 mg")]),
        ("sleep 7 hours at least", [("7 hours at least", ">=7 hours")]),
        # percentages, fractions, counts, years, decades, separators
        ("99 percent of them", [("99 percent", "99%")]),
        ("over 1/5th of adults", [("over 1/5th", ">20%")]),
        ("a group of 400 patients", [("400 patients", "400")]),
        ("ten women took part", [("ten women", "10")]),
        ("Two clinical trials have shown", [("Two clinical trials", "2")]),
        ("400 Multiple Sclerosis patients", [("400 Multiple Sclerosis patients", "400")]),
        ("approved in 1984.", [("1984", "1984")]),
        ("since the 1980s.", [("1980s", "1980-1989")]),
        ("A 2023 case series found", [("2023", "2023")]),
        ("25,871 adults", [("25,871 adults", "25871")]),
        ("a dose of 2,000.5 mg", [("2,000.5 mg", "2000.5 mg")]),
        ("for 14 weeks", [("14 weeks", "14 weeks")]),
        ("600\u00a0IU", [("600\u00a0IU", "600 IU")]),
        # not claims
        ("immune cells (microglia/TLR-4)", []),
        ("- Nov 10\n- 4 min read\n", []),
        ("Houston & Sugar Land", []),
        ("1. Long COVID\n2- POTS\n", []),
        ("Fatigue following COVID-19", []),
        ("Type 2 diabetes and phase 3 trials", []),
        ("a phase 2/3 trial and stage 1/2 disease", []),
        ("Monday to Friday, 9 to 5.", []),
        ("these two responses help", []),
        ("One point deserves a mention", []),
        ("vitamin D3 and 25(OH)D levels", []),
        ("version 1.2.3 at 10:30", []),
        ("the 3rd visit", []),
    ],
)
def test_reads_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


def test_quantulum_pitfalls() -> None:
    """ "354 LDN" is a count of patients, not litre-day-newtons; "&" is not 1."""
    [mention] = find_mentions("a follow-up with 354 LDN-treated cancer patients & more", WORDS)
    assert (mention.amount.low, mention.amount.unit, mention.noun, mention.dimension) == (
        354,
        "",
        "patients",
        "count",
    )


def test_fields_of_a_range_mention() -> None:
    [mention] = find_mentions("Standard doses range from 50 mg to 100 mg per day.", WORDS)
    assert mention == Mention(
        span=(21, 49), text="from 50 mg to 100 mg per day", amount=Amount(50, 100, "mg"),
        qualifier=Qualifier.EQ, dimension="dose", per="day",
    )  # fmt: skip


def test_mentions_are_ordered_and_disjoint() -> None:
    text = "Take 1.5 mg, then 3 mg; 40% of 200 patients improved within 2 weeks in 2019."
    spans = [m.span for m in find_mentions(text, WORDS)]
    assert len(spans) == 6
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_every_value_parses_with_the_core_grammar() -> None:
    text = (
        "between 1.5 mg and 4.5 mg; 0.5–4.5 mg; over 24%; as little as 0.1 mg; 75% or more; "
        "nearly 20 years; 1/5th; 400 patients; the 1980s; 4 to 6 hours; up to 10,000 IU"
    )
    for mention in find_mentions(text, WORDS):
        value = parse_value(mention.value)
        assert value.low is not None and value.high is not None
        assert (value.low.value, value.high.value) == pytest.approx(
            (mention.amount.low, mention.amount.high)
        )
        assert str(value.qualifier) == mention.qualifier


_UNITS = st.sampled_from(["mg", "mcg", "g", "%", "hours", "days", "weeks", "ng/mL", "IU"])
_NUMBERS = st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False)


@given(low=_NUMBERS, width=_NUMBERS, unit=_UNITS, sep=st.sampled_from(["-", "–", " to ", "—"]))
def test_any_written_range_reads_back(low: Decimal, width: Decimal, unit: str, sep: str) -> None:
    assume(width > 0)
    lo_text, hi_text = str(low), str(low + width)
    space = "" if unit == "%" else " "
    text = f"It was {lo_text}{sep}{hi_text}{space}{unit} overall."
    [mention] = find_mentions(text, WORDS)
    assert (mention.amount.low, mention.amount.high) == (float(lo_text), float(hi_text))
    value = parse_value(mention.value)
    assert value.is_range and value.high is not None and value.high.value == float(hi_text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_never_fails_and_spans_point_at_the_surface(text: str) -> None:
    for mention in find_mentions(text, WORDS):
        start, end = mention.span
        assert text[start:end] == mention.text
        assert mention.amount.low <= mention.amount.high
        assert mention.qualifier in {"=", "~", ">", ">=", "<", "<="}


_PHRASES = st.sampled_from(["", "over ", "up to ", "about ", "at least ", "between ", "from ",
                            "as little as ", "nearly ", "more than "])  # fmt: skip
_AFTER = st.sampled_from(["", " or more", " or less", " daily", " per day", " a week", "+"])
_NUMBER_TEXT = st.sampled_from(
    ["1", "4.5", "0.1", "1,000", "25,871", "two", "Ten", "1/5th", "1980s"]
)
_JOIN = st.sampled_from(["", " to ", "-", "–", " and ", " or "])


@given(_PHRASES, _NUMBER_TEXT, _JOIN, _NUMBER_TEXT, _UNITS, _AFTER)
def test_every_drafted_value_parses(
    phrase: str, first: str, join: str, second: str, unit: str, after: str
) -> None:
    text = f"It is {phrase}{first}{join}{second if join else ''} {unit}{after} in all."
    for mention in find_mentions(text, WORDS):
        value = parse_value(mention.value)
        assert value.low is not None and value.high is not None
        assert value.low.value == pytest.approx(mention.amount.low)
        assert value.high.value == pytest.approx(mention.amount.high)


@pytest.mark.parametrize(
    ("text", "surface", "per"),
    [
        ("Drink 1.5 litres of fluid for every kilogram of body weight lost.", "1.5 litres", "kilogram"),
        ("I drink 1.25 litres for every kilogram lost.", "1.25 litres", "kilogram"),
        ("Eating 8 to 10 g of carbohydrate per\nkilogram of body weight a day tops it up.", "8 to 10 g",
         "kilogram"),
        ("Take 4.5 mg for every day of the trip.", "4.5 mg for every day", "day"),
    ],
)  # fmt: skip
def test_x_for_every_y_and_x_of_something_per_y_are_rates(
    text: str, surface: str, per: str
) -> None:
    [mention] = find_mentions(text, WORDS)
    assert (mention.text, mention.per) == (surface, per)
