"""Tests for mention forms the finder once missed: age bounds, wrapped units, counts of doses."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.extract.mentions.find import find_mentions
from factcheck.text.numbers import numbers_in
from factcheck.values.grammar import parse_value
from factcheck.values.units import Units
from tests.common import WORDS


def read(text: str) -> list[tuple[str, str]]:
    """(surface text, draft value) of every mention in ``text``."""
    return [(m.text, m.value) for m in find_mentions(text, WORDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In patients older than 65, bleeding", [("older than 65", ">65 years old")]),
        ("children younger than 12 years", [("younger than 12 years", "<12 years old")]),
        # whom a thing is not for: those of that age and over (an age is in years: wordnums21)
        ("not for use under the age of 16.", [("under the age of 16", ">=16 years old")]),
        ("Clarisol is not for children under 12.", [("under 12", ">=12 years old")]),
        ("It should not be given to babies under 6 months", [("under 6 months", ">=6 months old")]),
        ("This spray isn't suitable for anyone under 16.", [("under 16", ">=16 years old")]),
        ("Never give it to children under 2 years", [("under 2 years", ">=2 years old")]),
        (
            "not recommended for children below the age of 6",
            [("below the age of 6", ">=6 years old")],
        ),
        # a finding about a group, or a limit, is no such thing
        ("It did not cause drowsiness in adults under 65.", [("under 65", "<65 years old")]),
        ("Do not store it under 5 °C.", [("under 5 °C", "<5 °C")]),
        ("Children under 12 should not use it.", [("under 12", "<12 years old")]),
        ("people aged over 70 are", [("aged over 70", ">70 years old")]),
        ("adults aged under 18", [("aged under 18", "<18 years old")]),
        ("anyone over the age of 50", [("over the age of 50", ">50 years old")]),
        ("below the age of 2 years", [("below the age of 2 years", "<2 years old")]),
        # the unbounded forms stay as they were
        ("more than 65 people", [("more than 65 people", ">65")]),
        ("adults aged 65 or older", [("65 or older", ">=65 years old")]),
    ],
)
def test_age_bounds(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's age after their name, as news sets it
        ("Union leader Corvin Mahlstedt, 52, said it was fair.", [("52", "52 years old")]),
        ("Margaret Harlow, 67, has come every year.", [("67", "67 years old")]),
        ("The winner was Ana Ruiz Vidal, 34.", [("34", "34 years old")]),
        ("Lena Ortiz, 34 and her son were rescued.", [("34", "34 years old")]),
        # a tally, a place, a date, a citation: no age
        ("Results: Civic Union, 24, Greens, 11.", [("24", "24"), ("11", "11")]),
        ("In New York, 12 people were hurt.", [("12 people", "12")]),
        ("On Monday, 12 July, it rained.", []),
        ("See Smith and Jones, 2019.", [("2019", "2019")]),
        ("Kessel Park, 140, was the record.", [("140", "140")]),
        ("The Kessel Road Stadium, one of the oldest grounds", []),
    ],
)
def test_a_persons_age_after_their_name(text: str, expected: list[tuple[str, str]]) -> None:
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
    [mention] = find_mentions(text, WORDS)
    assert (mention.amount.low, mention.amount.high) == (low, low + width)
    assert mention.amount.unit != ""
    value = parse_value(mention.value)
    assert value.unit is not None


def fields(text: str) -> list[tuple[str, str, str]]:
    """(surface text, draft value, counted noun) of every mention in ``text``."""
    return [(m.text, m.value, m.noun) for m in find_mentions(text, WORDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound's head is what is counted, even when its first noun ends in s
        (
            "2,340 soft contact lens wearers",
            [("2,340 soft contact lens wearers", "2340", "wearers")],
        ),
        ("40 sales figures", [("40 sales figures", "40", "figures")]),
        ("12 news reports said", [("12 news reports", "12", "reports")]),
        ("about 400 hospital staff", [("about 400 hospital staff", "~400", "staff")]),
        # a noun that measures what follows is what is counted
        (
            "two parts browns to one part greens",
            [("two parts browns to one part greens", "2", "browns-to-greens")],
        ),
        ("20 users reported it", [("20 users", "20", "users")]),
    ],
)
def test_the_counted_noun_of_a_compound(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the ceiling is six 200 mg tablets.",
            [("six", "6", "tablets"), ("200 mg", "200 mg", "")],
        ),
        ("two 500 mg capsules", [("two", "2", "capsules"), ("500 mg", "500 mg", "")]),
        (
            "take one or two 200 mg tablets at a time",
            [("one or two", "1-2", "tablets"), ("200 mg", "200 mg", "")],
        ),
        ("one 400 mg tablet", [("one", "1", "tablet"), ("400 mg", "400 mg", "")]),
        ("seven 0.5 mg pills a day", [("seven", "7", "pills"), ("0.5 mg", "0.5 mg", "")]),
        # no counted noun after the amount: the word is no count
        ("take two 5 mg, then stop", [("5 mg", "5 mg", "")]),
        ("those two 500 mg capsules", [("500 mg", "500 mg", "")]),
    ],
)
def test_a_count_before_an_amount_is_two_mentions(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "85% drink at least one caffeinated beverage a day",
            [("85%", "85%", ""), ("at least one caffeinated beverage a day", ">=1", "beverage")],
        ),
        ("more than one dose.", [("more than one dose", ">1", "dose")]),
        ("at least one of them", []),
        ("more than one in five", [("more than one in five", ">20%", "")]),  # a share (1 in N)
        ("one caffeinated beverage", []),
    ],
)
def test_a_bound_on_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("word", "value"), [("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("sixty-six", 66)]
)
def test_number_words_that_begin_a_tens_word(word: str, value: int) -> None:
    """ "six" is not lost because "sixty" is a tens word."""
    [mention] = find_mentions(f"{word} patients", WORDS)
    assert (mention.amount.low, mention.noun) == (value, "patients")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1.5 million people take it.", [("About 1.5 million people", "~1.5 million")]),
        ("two thousand women answered", [("two thousand women", "2000")]),
        ("between 1 and 2 million adults", [("between 1 and 2 million adults", "1-2 million")]),
        (
            "from 2 million to 3 million users",
            [("from 2 million to 3 million users", "2-3 million")],
        ),
        ("40 thousand kg", [("40 thousand kg", "40000 kg")]),
        ("1 to 2 hours", [("1 to 2 hours", "1-2 hours")]),
    ],
)
def test_a_scale_word_is_part_of_the_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


def test_scaled_counts_anchor_when_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "use.md").write_text(
        "About 1.5 million people take it, and two thousand women answered.\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["extract", "use.md", "-o", "claims.yaml"]).exit_code == 0
    claims = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    assert "value: ~1.5 million" in claims and "value: '2000'" in claims
    checked = runner.invoke(main, ["check", "claims.yaml"])
    assert "0 unanchored" in checked.output, checked.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("haemoglobin below 120 g/L in women", [("below 120 g/L", "<120 g/L")]),
        ("under 12 g/dL is anaemia", [("under 12 g/dL", "<12 g/dL")]),
        ("my 36 V pack", [("36 V", "36 V")]),
        ("charges at up to 45 W over USB-C", [("up to 45 W", "<=45 W")]),
        ("a 500 Wh pack", [("500 Wh", "500 Wh")]),
        (
            "a 3,000 mAh cell holds 11 Wh or 0.011 kWh",
            [("3,000 mAh", "3000 mAh"), ("11 Wh", "11 Wh"), ("0.011 kWh", "0.011 kWh")],
        ),
        ("More than 20 mg per kg is toxic", [("More than 20 mg per kg", ">20 mg/kg")]),
        ("under 30 micrograms per litre", [("under 30 micrograms per litre", "<30 µg/L")]),
        # lower-case letters are not the electrical units
        ("I walk 5 w my dog", [("5", "5")]),
        ("4.5 mg per day", [("4.5 mg per day", "4.5 mg")]),
    ],
)
def test_concentration_and_electrical_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected
    units = Units()
    for mention in find_mentions(text, WORDS):
        parsed = parse_value(mention.value)
        if parsed.unit is not None:
            units.check(parsed.unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dates with a year, bylines, phone numbers, registration numbers: no claims
        ("By Hannah Okafor | 14 January 2026 | 6 min read", []),
        ("Published 20 May 2025, revised 3 March 2026.", []),
        ("Call the pharmacy on 0161 496 0734 for advice.", []),
        ("or call\n0800 555 0142.", []),
        ("Registered charity 1187342", []),
        # a capitalised name before a number is a label
        ("## Myth 1: Run it flat", []),
        ("Applies to: X5 Pro, Book 14, e-Ride 500", []),
        ("look for UL 2849 on chargers", []),
        ("up to 45 W over USB-C PD 3.0 and", [("up to 45 W", "<=45 W")]),
        # ...but years, counts, bounds and qualified numbers stay mentions
        ("in 2019 the trial", [("2019", "2019")]),
        ("In 2019, the trial", [("2019", "2019")]),
        ("Adults 65 and over", [("65 and over", ">=65 years old")]),
        ("Take 2 tablets daily", [("2 tablets daily", "2")]),
        ("About 40, maybe", [("About 40", "~40")]),
        ("a dose of 0.5 mg", [("0.5 mg", "0.5 mg")]),
    ],
)
def test_dates_phones_and_named_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Up to 1 in 3 people have some stomach upset", [("Up to 1 in 3", "<=33.3%")]),
        ("Roughly 1 in 4 smartphones replaced", [("Roughly 1 in 4", "~25%")]),
        ("one in five adults", [("one in five", "20%")]),
        ("about 1 in 100,000 births", [("about 1 in 100,000", "~0.001%")]),
        # one of a thing named in the singular, or "in every"
        ("as many as one tick in four carries Lyme", [("as many as one tick in four", "<=25%")]),
        ("about one adult in every five snores", [("about one adult in every five", "~20%")]),
        ("One in every four homes", [("One in every four", "25%")]),
        ("the club lost one match in ten", [("one match in ten", "10%")]),
        # no share: a span of time, things in the plural, a year
        ("he worked one day in five", [("one day", "1 day")]),
        ("two ticks in four were infected", [("two ticks", "2")]),
        ("one dose in 2019 was late", [("2019", "2019")]),
        # no share: a number and a year, or a larger number first
        ("it rose 5 in 2019", [("5", "5"), ("2019", "2019")]),
        ("4 in 2 ways", [("4", "4"), ("2 ways", "2")]),
    ],
)
def test_one_in_n_shares(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "dosing raised fractional absorption from 16% to 22%, roughly",
            [("16%", "16%"), ("22%", "22%")],
        ),
        ("the score fell from 40 to 25.", [("40", "40"), ("25", "25")]),
        # no verb of change: a range
        ("from 0.5 mg to 4.5 mg a day", [("from 0.5 mg to 4.5 mg a day", "0.5-4.5 mg")]),
        ("content varied from 17% to 478% of", [("from 17% to 478%", "17-478%")]),
        (
            "a dose falling somewhere from 50 to 100 mg",
            [("somewhere from 50 to 100 mg", "50-100 mg")],
        ),
    ],
)
def test_a_change_from_one_value_to_another(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anaemia affects about a quarter of people", [("about a quarter", "~25%")]),
        ("about two-thirds were no longer anaemic", [("about two-thirds", "~66.7%")]),
        ("can lose a third of its capacity", [("a third", "33.3%")]),
        ("reckons a third\nof the heat", [("a third", "33.3%")]),
        (
            "something like 7,000 miles a year",
            [("something like 7,000 miles a year", "~7000 miles")],
        ),
        ("roughly doubled the odds of", [("roughly doubled", "~2")]),
        ("can easily double the useful life", [("double", "2")]),
        ("for about a day after each dose", [("about a day", "~1 day")]),
        ("away for more than a month:", [("more than a month", ">1 month")]),
        ("let it warm up for at least an hour first", [("at least an hour", ">=1 hour")]),
        # ordinals, adjectives, rates and loose spans are no quantities
        ("a third dose", []),
        ("a quarter of an hour", []),
        ("a double-blind trial gave a double dose", []),
        ("4.5 mg a day", [("4.5 mg a day", "4.5 mg")]),
        ("once a day", []),
        ("tapering over a week or two", []),
        # "full", "whole", "entire" insist on one whole unit: an amount even without a bound
        ("rest the meat a full hour before carving", [("a full hour", "1 hour")]),
        ("the paint needs a whole day to dry", [("a whole day", "1 day")]),
        ("Over a whole year the pump", []),
        ("Over a week the pump", []),
        # before or after something, one unit is an amount of time too; after a count, a rate
        ("water the roots an hour before you prune", [("an hour", "1 hour")]),
        ("the rash fades a day after the last dose", [("a day", "1 day")]),
        # (a count a day: "one a day" is one per day, no span of a day)
        ("chew one a day after food", [("one a day", "1")]),
        # one unit after a word that measures a span: how long; not a limit's base, a kind of
        # thing, a time point or how often
        ("thumbnails are cached for a week, so repeat requests", [("a week", "1 week")]),
        ("every connection is recycled after an hour, even if busy", [("an hour", "1 hour")]),
        (
            "clear 2 ppm of ammonia in a day with no nitrite",
            [("2 ppm", "2 ppm"), ("a day", "1 day")],
        ),
        ("the most I can take in a day?", []),
        ("she works in a day clinic", []),
        ("But after a year, the bills fell", []),
        ("feed them three times in a week", [("three times", "3")]),
    ],
)
def test_quantities_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("comes with a 12-month warranty", [("12-month", "12 months")]),
        ("a 4-week course", [("4-week", "4 weeks")]),
        ("a 3-4 week course", [("3-4 week", "3-4 weeks")]),
    ],
)
def test_number_hyphen_unit_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a length of 60 cm (24 in)", [("60 cm", "60 cm"), ("24 in", "24 inches")]),
        ("The board is 12 in wide.", [("12 in", "12 inches")]),
        # "in" as a preposition is no unit
        ("Put 24 in the tank.", []),
        ("(sales rose 5 in)", [("5", "5")]),
    ],
)
def test_in_is_inches_only_where_it_is_no_preposition(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # (the price of a full week is per week: no duration of its own)
        ("Sessions cost 2.50 pounds, or 10 pounds for a full week.", ["GBP", "GBP"]),
        ("The bag costs 20 pounds and weighs 40 pounds.", ["GBP", "lb"]),
        # no word of price in the sentence: a mass
        ("He lost 10 pounds in a month.", ["lb", "month"]),
        ("It cost me. He lost 10 pounds.", ["lb"]),
    ],
)
def test_pounds_after_a_word_of_price_are_money(text: str, units: list[str]) -> None:
    assert [m.amount.unit for m in find_mentions(text, WORDS)] == units


@pytest.mark.parametrize("text", ["$2 trillion", "1.5 million people", "two hundred women"])
def test_the_extractor_and_anchoring_read_scale_words_alike(text: str) -> None:
    [mention] = find_mentions(text, WORDS)
    assert mention.amount.high in numbers_in(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bounds and approximations written with "within", "past", "barely" or an article
        ("with about a 25% lower risk", [("about a 25%", "~25%")]),
        ("at least a 20% cut", [("at least a 20%", ">=20%")]),
        ("has barely 250 mg of EPA", [("barely 250 mg", "~250 mg")]),
        ("use it within 90 days", [("within 90 days", "<=90 days")]),
        (
            "within the first 10 minutes of baking",
            [("within the first 10 minutes", "<=10 minutes")],
        ),
        ("panels past 60 °C lose output", [("past 60 °C", ">60 °C")]),
        ("keep it below pH 4", [("below pH 4", "<4")]),
        ("dough at pH 4.5 is ready", [("pH 4.5", "4.5")]),
        # ...but a period stays a period
        ("over a 12-month period", [("12-month", "12 months")]),
        ("over the past 10 years", [("10 years", "10 years")]),
        ("within 30–60 minutes", [("within 30–60 minutes", "30-60 minutes")]),
        # areas and mass fractions
        ("mercury under 0.1 µg/g in all", [("under 0.1 µg/g", "<0.1 µg/g")]),
        ("each panel is roughly 2 m² of glass", [("roughly 2 m²", "~2 m²")]),
        ("about 1.7 m2 per panel", [("about 1.7 m2", "~1.7 m²")]),
        ("20 square metres of roof", [("20 square metres", "20 m²")]),
    ],
)
def test_bounds_areas_and_acidity(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # halves and other fractions are shares once a bound or approximation names them
        ("it has grown by about half, feels", [("about half", "~50%")]),
        ("As many as half of patients stop", [("As many as half", "<=50%")]),
        ("more than half of users", [("more than half", ">50%")]),
        ("about a quarter fewer heart attacks", [("about a quarter", "~25%")]),
        ("can add up to a third to the volume", [("up to a third", "<=33.3%")]),
        ("expect about half a percent a year", [("about half a percent", "~0.5%")]),
        ("wait half an hour", [("half an hour", "0.5 hours")]),
        # a bare half is a share of what "of" names ("Half of the caffeine is gone after 5 hours"
        # says 50% as "about half" does; tests/extract/test_half_phrasings.py), but "cut it in
        # half" and "the first half of the year" say none
        ("Half of the caffeine is gone", [("Half", "50%")]),
        ("cut it in half", []),
        ("in the first half of the year", []),
        # ... but a change by half is a share of change, as "by a quarter" is
        ("a daily probiotic cut diarrhoea by half", [("half", "50%")]),
        ("be home by half past nine", []),
        # a half more after a whole number or one of a unit of time
        ("ground was broken two and a half years ago", [("two and a half years", "2.5 years")]),
        ("we waited an hour and a half for it", [("an hour and a half", "1.5 hours")]),
        ("two and a half of the team left", []),
        # "a dozen" after a bound or approximation, as fractions are; bare before what it counts,
        # about twelve ("a dozen companies use it")
        ("I answer about a dozen a month", [("about a dozen", "~12")]),
        ("More than a dozen clubs bid", [("More than a dozen clubs", ">12")]),
        ("A dozen eggs cost more", [("A dozen eggs", "~12")]),  # about twelve, as counted
        # a range whose first number's unit is left for the second's hyphen
        ("a 5- to 10-minute walk helps", [("5- to 10-minute", "5-10 minutes")]),
        ("a trial in 6- to 11-year-olds", [("6- to 11-year", "6-11 years old")]),
        ("sizes 4- to 8-pound bags", [("4- to 8-pound", "4-8 lb")]),  # bags weigh: no money here
        # "at least every" bounds the time between two from above
        ("Reapply at least every two hours.", [("at least every two hours", "<=2 hours")]),
        ("Test at least once every 3 months.", [("at least once every 3 months", "<=3 months")]),
        ("It lasts at least 2 hours.", [("at least 2 hours", ">=2 hours")]),
        # a count or dose in one day's span is per day, no span of its own and no share
        (
            "Do not take more than one tablet in 24 hours.",
            [("more than one tablet in 24 hours", "<=1")],
        ),
        ("Do not use more than 8 in 24 hours.", [("more than 8 in 24 hours", "<=8")]),
        ("It reaches its full effect in 24 hours.", [("24 hours", "24 hours")]),
        ("the second half of the trial", []),
        ("a half-life of", []),
        # multipliers: verbs, bounds and comparisons are ratios of 2
        ("A healthy starter doubles in size", [("doubles", "2")]),
        ("prices roughly doubled last year", [("roughly doubled", "~2")]),
        ("costs roughly double per gram", [("roughly double", "~2")]),
        ("should at least double after a feed", [("at least double", ">=2")]),
        ("is expected to double by 2030", [("double", "2"), ("2030", "2030")]),
        ("degraded nearly twice as fast", [("nearly twice", "~2")]),
        ("give it twice its weight of flour", [("twice", "2")]),
        ("twice the dose", [("twice", "2")]),
        # "twice a day" is a count of times, like "two or three times a day"
        ("feed it twice a day.", [("twice a day", "2")]),
        ("take it twice daily", [("twice daily", "2")]),
        ("tested at least twice", [("at least twice", ">=2")]),
        # adjectives and bare adverbs are no quantities
        ("double-check the label", []),
        ("make a double batch", []),
        ("the doubled recipe", []),
        ("a double espresso", []),
        ("I tried twice.", []),
    ],
)
def test_halves_doubles_and_twice(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


def test_twice_a_day_is_a_count_and_twice_as_fast_a_ratio() -> None:
    [count] = find_mentions("feed it twice a week", WORDS)
    [ratio] = find_mentions("twice as fast", WORDS)
    assert (count.dimension, count.noun, count.per) == ("count", "times", "week")
    assert (ratio.dimension, ratio.noun) == ("ratio", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bracketed area codes, also when the number wraps onto the next line
        ("Questions? Call (503) 555-0186", []),
        ("or call (503)\n555-0186 and mention it", []),
        ("ring the\noffice on (555) 014-2290, Monday", []),
        ("call 503-555-0186 today", []),
        # codes with letters in them, and labelled identifiers with dashes
        ("Softgels (item code NN-O3-4471): questions", []),
        ("ISSN 2754-3310. Conflicts", []),
        # a year that begins a name of two or more capitalised words
        ("© 2026 Cardio Evidence Review. All", []),
        ("by the 2025 Residential PV Monitoring Group found", []),
        # ...while years in prose stay
        ("in 2019 the trial", [("2019", "2019")]),
        ("In 2021, 12,000 laptops", [("2021", "2021"), ("12,000 laptops", "12000")]),
        ("In 2020 Smith found", [("2020", "2020")]),
        # a date before a name: "in 2020" is a year whatever follows
        ("In 2020 New York City banned it", [("2020", "2020")]),
        ("since 2015 British Gas has", [("2015", "2015")]),
        # a page's own date, and codes with slashes
        ("Research Unit · Published June 2024", []),
        ("Posted on March 3, 2025", []),
        ("in June 2024 the tariff", [("2024", "2024")]),
        ("reference EMRC/HC/24-02 applies", []),
        # a label word that ends a hyphenated adjective labels nothing
        ("a three-phase 22 kW charger", [("22 kW", "22 kW")]),
        ("a bracketed count (503 patients)", [("503 patients", "503")]),
        ("ages 18-65", [("18-65", "18-65 years old")]),
    ],
)
def test_phones_codes_and_titles_are_no_claims(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@given(
    st.sampled_from(["about", "roughly", "nearly", "at least", "up to", "more than"]),
    st.sampled_from(["half", "a quarter", "a third", "double", "twice as fast"]),
    st.sampled_from(["", ".", ", and", " of them"]),
)
def test_qualified_word_quantities_are_always_found(qualifier: str, word: str, tail: str) -> None:
    text = f"It was {qualifier} {word}{tail}"
    [mention] = find_mentions(text, WORDS)
    assert mention.text.startswith(qualifier)
    assert parse_value(mention.value) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A comparing bound before the word that names a scale: a number on that scale.
        ("Choose a helmet of at least EN 5 for downhill riding.", [("at least EN 5", ">=5")]),
        ("Wear gloves with a minimum of level 3 cut protection.",
         [("a minimum of level 3", ">=3")]),
        ("Buy a kettle rated no higher than class 2 for the office.",
         [("no higher than class 2", "<=2")]),
        # Without such a bound the word and the number are a name, as before.
        ("Read Book 14 before the exam.", []),
        ("Step 3 is the hardest part.", []),
        # ... unless a setting takes the number by default: its value.
        ("snapback uses zstd level 6 by default.", [("6", "6")]),
        ("Level 6 is the default.", []),
        # Place and legal words read "under", "over", "about" otherwise: no scale.
        ("Under Section 230 the platform is immune.", []),
        ("Drive over Route 66 to the coast.", []),
        # A unit after the number makes it a measure, not a number on a scale.
        ("Take at least Vitamin 5 mg.", [("5 mg", "5 mg")]),
    ],
)  # fmt: skip
def test_a_bounded_number_on_a_named_scale(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Parts of one thing to one part of another: a ratio of the two, named by both.
        ("Mix 3 parts sand to 1 part cement.", [("3 parts sand to 1 part cement", "3", "sand-to-cement")]),
        ("Use two to four parts water to one part vinegar.",
         [("two to four parts water to one part vinegar", "2-4", "water-to-vinegar")]),
        ("Stir in equal parts flour and water.", [("equal parts flour and water", "1", "flour-to-water")]),
        # Parts of one thing are a count; "equal parts" without two things is none.
        ("Split the dough into two parts and rest it.", [("two parts", "2", "parts")]),
        ("Cut it into equal parts.", []),
    ],
)  # fmt: skip
def test_a_mix_in_parts_is_a_ratio(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(m.text, m.value, m.noun) for m in find_mentions(text, WORDS)]
    assert found == expected
    assert all(m.dimension == "ratio" for m in find_mentions(text, WORDS) if "-to-" in m.noun)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound said after the figure, past its noun ("of RAM"), is the figure's bound
        (
            "You need 4 GB of RAM at minimum, even for a small extract",
            [("4 GB of RAM at minimum", ">=4 GB")],
        ),
        ("Let it rest for 10 minutes at most.", [("10 minutes at most", "<=10 minutes")]),
        ("Allow 3 days at the very least.", [("3 days at the very least", ">=3 days")]),
        ("Reply within 5 days, 10 days at the latest.", [("within 5 days", "<=5 days"),
                                                         ("10 days at the latest", "<=10 days")]),
        ("Budget 6 hours at the outside for the climb", [("6 hours at the outside", "<=6 hours")]),
        ("It needs 4 GB minimum.", [("4 GB minimum", ">=4 GB")]),
        ("Rest 2 hours max, then go on.", [("2 hours max", "<=2 hours")]),
        ("Soak it for 8 hours of soaking time at a minimum.",
         [("8 hours of soaking time at a minimum", ">=8 hours")]),
        # ...not one that starts the next figure, nor a bare word that goes on with a noun
        (
            "30 minutes of exercise at least five days a week",
            [("30 minutes", "30 minutes"), ("at least five days", ">=5 days")],
        ),
        (
            "30 minutes at least five days a week",
            [("30 minutes", "30 minutes"), ("at least five days", ">=5 days")],
        ),
        ("It takes 4 GB minimum headroom", [("4 GB", "4 GB")]),
        ("2 GB of RAM for a city", [("2 GB", "2 GB")]),
    ],
)  # fmt: skip
def test_a_bound_said_after_the_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected
