"""Tests for negative numbers, sound/length/heart-rate units, glued bound symbols, bounds that a
bracketed restatement inherits, single doses with a rate and tenths."""

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
from tests.common import WORDS


def read(text: str) -> list[tuple[str, str]]:
    """(surface text, draft value) of every mention in ``text``."""
    return [(m.text, m.value) for m in find_mentions(text, WORDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("units keep running down to -15 °C, and", [("-15 °C", "-15 °C")]),
        ("at −12 °C the output falls", [("−12 °C", "-12 °C")]),
        ("a design temperature around −2 °C", [("around −2 °C", "~-2 °C")]),
        ("when it is -25 °C outside", [("-25 °C", "-25 °C")]),
        ("(−4 °C) is common", [("−4 °C", "-4 °C")]),
        ("prices moved by -3% in May", [("-3%", "-3%")]),
        # ranges with negative ends, always written low to high
        ("from -20 to -5 °C", [("from -20 to -5 °C", "-20 to -5 °C")]),
        ("-5 to 5 °C", [("-5 to 5 °C", "-5 to 5 °C")]),
        ("between −15 °C and −25 °C", [("between −15 °C and −25 °C", "-25 to -15 °C")]),
        ("nights of −5 to −20 °C", [("−5 to −20 °C", "-20 to -5 °C")]),
        # a dash after a word or number joins: a range, an identifier, a span of years
        ("10-15 °C", [("10-15 °C", "10-15 °C")]),
        ("COVID-19 cases rose", []),
        ("during 2019-2020 we", [("2019-2020", "2019-2020")]),
        ("from 5 to -5 °C overnight", [("5", "5"), ("-5 °C", "-5 °C")]),
        # a dash with a space after it is punctuation, not a sign
        ("the result - 15 °C - held", [("15 °C", "15 °C")]),
    ],
)
def test_negative_numbers_keep_their_sign(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@given(st.integers(1, 60), st.integers(1, 60), st.sampled_from(["-", "\u2212"]))
def test_negative_ranges_run_low_to_high(a: int, b: int, minus: str) -> None:
    if a == b:
        return
    [mention] = find_mentions(f"from {minus}{a} to {minus}{b} °C", WORDS)
    assert (mention.amount.low, mention.amount.high) == (-max(a, b), -min(a, b))
    value = parse_value(mention.value)  # the claims-file grammar reads the draft back
    assert value.low is not None and value.high is not None
    assert (value.low.value, value.high.value, value.unit) == (
        -max(a, b),
        -min(a, b),
        "°C",
    )  # written as people write it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 40 dB measured", [("about 40 dB", "~40 dB")]),
        ("a noise of 47 decibels", [("47 decibels", "47 dB")]),
        ("from three metres away", [("three metres", "3 m")]),
        ("at least 1 metre from", [("at least 1 metre", ">=1 m")]),
        ("a 5 kilometre loop", [("5 kilometre", "5 km")]),
        ("keep below 145 beats per minute.", [("below 145 beats per minute", "<145 bpm")]),
        ("a resting 60 bpm pulse", [("60 bpm", "60 bpm")]),
        # a number-hyphen-unit adjective takes the unit, as "12-month" did
        ("the 20-mile long run", [("20-mile", "20 miles")]),
        ("a new 200-litre cylinder", [("200-litre", "200 L")]),
        ("a 3-metre gap", [("3-metre", "3 m")]),
        ("a 12-month warranty", [("12-month", "12 months")]),
        # ounce and pound are unclear as adjectives (a mug holds fluid ounces; a note is money)
        ("an 8-ounce mug", [("8", "8")]),
    ],
)
def test_sound_length_and_heart_rate_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a goal of <1.4 mmol/L for", [("<1.4 mmol/L", "<1.4 mmol/L")]),
        ("adults aged ≥65 years", [("≥65 years", ">=65 years old")]),
        ("doses >=5 mg are", [(">=5 mg", ">=5 mg")]),
        ("(≤10 mg) daily", [("≤10 mg", "<=10 mg")]),
        # a symbol a space apart from its number is a bound in prose ...
        ("kept at ≤ 10 mg a day", [("≤ 10 mg a day", "<=10 mg")]),
        ("an LDL < 1.4 mmol/L is", [("< 1.4 mmol/L", "<1.4 mmol/L")]),
        ("scores ≥ 65 count", [("≥ 65", ">=65")]),
        # ... but not a quoted ">" that starts a Markdown line
        ("> 5 patients said", [("5 patients", "5")]),
        ("said:\n> 5 patients said", [("5 patients", "5")]),
        # an arrow is no bound
        ("dose ->5 mg", [("5 mg", "5 mg")]),
        # a bracketed restatement right after a bounded value inherits its bound
        (
            "a goal of <1.4 mmol/L (55 mg/dL) for",
            [("<1.4 mmol/L", "<1.4 mmol/L"), ("55 mg/dL", "<55 mg/dL")],
        ),
        (
            "an LDL below 3.0 mmol/L (116 mg/dL).",
            [("below 3.0 mmol/L", "<3.0 mmol/L"), ("116 mg/dL", "<116 mg/dL")],
        ),
        ("over 30 miles (48 km)", [("over 30 miles", ">30 miles"), ("48 km", ">48 km")]),
        # not a restatement: another quantity, no unit, text in between, or an unbounded value
        ("at least 5 mg (2 days)", [("at least 5 mg", ">=5 mg"), ("2 days", "2 days")]),
        ("under 5 mg (55 patients)", [("under 5 mg", "<5 mg"), ("55 patients", "55")]),
        ("under 5 mg (or 10 mg)", [("under 5 mg", "<5 mg"), ("10 mg", "10 mg")]),
        ("1.4 mmol/L (55 mg/dL)", [("1.4 mmol/L", "1.4 mmol/L"), ("55 mg/dL", "55 mg/dL")]),
        # a figure in brackets in the bound's own unit gives the figure: "just over half (52%)"
        ("just over half (52%) of", [("just over half", ">50%"), ("52%", "52%")]),
        ("under 5 mg (5-10 mg/dL)", [("under 5 mg", "<5 mg"), ("5-10 mg/dL", "5-10 mg/dL")]),
    ],
)
def test_bound_symbols_and_bracketed_restatements(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert read(text) == expected


def fields(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.value, m.noun, m.per) for m in find_mentions(text, WORDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's one tablet a day.", [("one tablet a day", "1", "tablet", "day")]),
        ("take just one\ntablet a day.", [("one\ntablet a day", "1", "tablet", "day")]),
        ("1 capsule daily", [("1 capsule daily", "1", "capsule", "day")]),
        ("one injection per week", [("one injection per week", "1", "injection", "week")]),
        ("two tablets a day", [("two tablets a day", "2", "tablets", "day")]),
        # without a rate "one" is a pronoun or a determiner, no count
        ("take one tablet with water", []),
        ("one tablet was enough", []),
        ("one\n\ntablet a day", []),
    ],
)
def test_one_dose_with_a_rate_is_a_count(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the best tenth of homes achieved", [("best tenth", "10%")]),
        ("the top quarter of earners", [("top quarter", "25%")]),
        ("the lowest fifth of schools", [("lowest fifth", "20%")]),
        ("a tenth of the cost", [("a tenth", "10%")]),
        ("about a tenth", [("about a tenth", "~10%")]),
        ("three-tenths of the homes", [("three-tenths", "30%")]),
        # an ordinal, a tenth of a unit, a rank without "of"
        ("in the tenth year", []),
        ("the tenth patient", []),
        ("a tenth of a second", []),
        ("the top fifth", []),
        ("the top half of the jar", []),
    ],
)
def test_tenths_and_ranked_shares(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("quote", "number"),
    [("at −12 °C", -12.0), ("-15 °C", -15.0), ("(−4 °C)", -4.0), ("the best tenth", 0.1)],
)
def test_anchoring_reads_signs_and_tenths(quote: str, number: float) -> None:
    assert number in numbers_in(quote)


@pytest.mark.parametrize("quote", ["COVID-19", "10-15 °C", "2019-2020"])
def test_anchoring_reads_no_sign_in_a_joining_dash(quote: str) -> None:
    assert all(n >= 0 for n in numbers_in(quote))


def test_negative_drafts_round_trip_through_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "The units run down to -15 °C. At −12 °C the output falls. It idles around −2 °C.\n"
        "Nights range between −25 °C and −5 °C. The best tenth of homes did well.\n"
    )
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["extract", "a.md", "-o", "claims.yaml"]).exit_code == 0
    claims = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    for value in ("-15 °C", "-12 °C", "~-2 °C", "-25 to -5 °C", "10%"):
        assert f"value: {value}\n" in claims, claims
    checked = runner.invoke(main, ["check", "claims.yaml"])
    assert "0 unanchored" in checked.output, checked.output


def test_two_negative_values_conflict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text("It keeps running down to -15 °C.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("It keeps running down to −25 °C.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "version: 1\n"
        "sources:\n  - {id: a, path: a.md}\n  - {id: b, path: b.md}\n"
        "subjects:\n  - {id: lowest, label: Lowest working temperature, unit: degC}\n"
        "claims:\n"
        "  - {id: a1, source: a, subject: lowest, value: -15 degC, quote: down to -15 °C}\n"
        "  - {id: b1, source: b, subject: lowest, value: -25 degC, quote: down to −25 °C}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    checked = CliRunner().invoke(main, ["check", "claims.yaml"])
    assert "1 conflict" in checked.output and "0 unanchored" in checked.output, checked.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pence and cents glued to the number, alone and in ranges
        ("off-peak at 7.5p per kWh", [("7.5p per kWh", "7.5 pence")]),  # a price per kWh
        ("between 7p and 10p per kWh", [("between 7p and 10p per kWh", "7-10 pence")]),
        ("2p to 3p a mile", [("2p to 3p a mile", "2-3 pence")]),
        ("about 24.9p", [("about 24.9p", "~24.9 pence")]),
        ("a coffee for 99¢", [("99¢", "99 cents")]),
        # ... not apart from it, nor after a large figure (a video resolution)
        ("page 79 p. 4", [("4", "4")]),
        ("1080p video", []),  # a resolution's name, not 1,080 of anything
        # current, transmittance, bulk energy and mass, fuel economy
        ("a 60 amps fuse", [("60 amps", "60 A")]),
        ("a U-value of 2.3 W/m²K", [("2.3 W/m²K", "2.3 W/m**2/K")]),
        ("about 7.5 TWh a year", [("about 7.5 TWh a year", "~7.5 TWh")]),
        ("around 0.59 tonnes of CO2", [("around 0.59 tonnes", "~0.59 t")]),
        ("my old car did 47mpg", [("47mpg", "47 mpg")]),
    ],
)
def test_money_after_the_number_and_more_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


def test_pence_convert_to_pounds_when_checked() -> None:
    from factcheck.values.units import Units

    assert Units().converter("pence", "GBP")(7.5) == pytest.approx(0.075)
    assert Units().converter("cent", "USD")(16) == pytest.approx(0.16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Trailing zeros are precision: 6.0 stands for 5.95 to 6.05, 6 for 5.5 to 6.5.
        ("with a pH of 6.0 to 7.0", [("6.0 to 7.0", "6.0-7.0")]),
        ("Take 2.0 g a day.", [("2.0 g a day", "2.0 g")]),
        ("It costs 1,250.50 dollars.", [("1,250.50 dollars", "1250.50 USD")]),
        ("between 1.5 and 4.50 mg", [("between 1.5 and 4.50 mg", "1.5-4.50 mg")]),
        # Without trailing zeros, and for figures written with an exponent, nothing changes.
        ("Take 2.5 g a day.", [("2.5 g a day", "2.5 g")]),
        ("It cost 2.0 million euros.", [("2.0 million euros", "2.0 million EUR")]),
    ],
)
def test_values_keep_the_decimals_they_were_written_with(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word that insists a span of time is whole stands between the number and its unit.
        ("give it two full days after the eye has settled", [("two full days", "2 days")]),
        ("It rained for three straight days.", [("three straight days", "3 days")]),
        ("after 48 consecutive hours on shift", [("48 consecutive hours", "48 hours")]),
        ("Leave five clear days between doses.", [("five clear days", "5 days")]),
        # Only before a unit of time: "whole" says no span here.
        ("Add 3 whole eggs.", [("3 whole eggs", "3")]),
        # Nautical miles, teaspoons and tablespoons are units, not counted nouns.
        ("she stopped 1.7 nautical miles south of the bridge", [("1.7 nautical miles", "1.7 nmi")]),
        ("or six to seven teaspoons for the body", [("six to seven teaspoons", "6-7 teaspoons")]),
        ("Stir in 2 tablespoons of honey.", [("2 tablespoons", "2 tablespoons")]),
    ],
)
def test_units_after_insisting_words_and_kitchen_and_sea_units(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert read(text) == expected


def test_a_distance_in_nautical_miles_converts_in_a_claims_file(tmp_path: Path) -> None:
    """The value ``extract`` writes ("1.7 nmi") reads back, and compares with kilometres."""
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "version: 1\nsources:\n  - id: wire\n    path: wire.md\n  - id: paper\n    path: paper.md\n"
        "subjects:\n  - id: distance\n    label: Distance from the bridge\n    kind: value\n    unit: km\n"
        "claims:\n"
        "  - {id: a, source: wire, subject: distance, value: 1.7 nmi, quote: 1.7 nautical miles}\n"
        "  - {id: b, source: paper, subject: distance, value: 8 km, quote: 8 km}\n",
        encoding="utf-8",
    )
    (tmp_path / "wire.md").write_text("1.7 nautical miles\n", encoding="utf-8")
    (tmp_path / "paper.md").write_text("8 km\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert "3.1" in result.output or "1.7 nmi" in result.output
