"""The fast first number of a quote (anchoring's focus) is exactly what the full reading finds."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
import yaml_rs
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.corpus.model import Claim
from factcheck.text.numbers import leading_digits, number_spans, numbers_in, readings
from factcheck.values.grammar import ValueSyntaxError, parse_value

anchor_module = importlib.import_module("factcheck.check.anchor")  # `check` exports a function

# Pieces of prose that read as numbers, or change how the digits next to them read.
PIECES = [
    *["1", "2", "4", "5", "1.5", "0.5", ".5", "10", "14", "20", "1,000", "1980", "400"],
    *["1/2", "1/5th", "3/1/2024", "3e8", "10^6", "25k", "$13.6M", "2bn", "5m", "10%"],
    *["-", "−", "minus", "to", "in", "of", "a", "an", "one", "two", "four", "ten"],
    *["twenty-five", "twenty five", "half", "third", "thirds", "two-thirds", "quarter"],
    *["dozen", "twice", "double", "million", "thousand", "hundred", "fold", "-fold"],
    *["day", "days", "hour", "weeks", "mg", "mcg", "%", "percent", "°C", "s", "'s", "x"],
    *["usually", "a figure of", "between", "and", "about", "best", "taken", "years"],
]
SEPARATORS = ["", " ", " ", "-", "/", ", ", "\u00a0", "."]
quotes = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=8).map(
    lambda parts: "".join(piece + sep for piece, sep in parts)
)
VALUES = ["1", "2", "0.5", "1.5", "20%", "25", "1 to 5.5 weeks", "2-4 days", "1000", "-15 °C"]
VALUES += ["0.25", ">=10%", "~66.7%", "1.5 million", "1500000", "14 days", "400 mg", "3e8"]


def _claim(value: str, quote: str) -> Claim:
    return Claim("c", "s", "x", parse_value(value), None, quote)


def _slow_focus(quote: str, claim: Claim) -> tuple[int, int] | None:
    stated = anchor_module.claimed_spans(quote, claim)
    return stated[0] if stated else None


@given(quotes | st.text(max_size=40))
@example("usually 1 to 5.5 weeks")
@example("two-thirds of 3 people")
@example("1.5 million people")
@example("-15 °C and 4")
@example("1/5th of 20")
def test_leading_digits_are_the_first_of_number_spans(quote: str) -> None:
    spans = number_spans(quote)
    leading = leading_digits(quote)
    assert leading is None or leading == spans[0]
    read = readings(quote)  # read once, shared: the same answers
    assert number_spans(quote, read) == spans
    assert numbers_in(quote, read) == numbers_in(quote)


@given(quotes, st.sampled_from(VALUES))
@example("a figure of 0.4-0.625 mg", "0.4-0.625 mg")
@example("one in 4 adults, or 25%", "25%")
@example("two or 2 days", "2 days")
def test_focus_is_the_first_claimed_span(quote: str, value: str) -> None:
    claim = _claim(value, quote)
    assert anchor_module._focus((7, 7 + len(quote)), anchor_module._Quoted(quote), claim) == (
        None if (slow := _slow_focus(quote, claim)) is None else (7 + slow[0], 7 + slow[1])
    )


def _corpus_claims() -> list[tuple[str, str]]:
    """(value, quote) of every claim in the example corpus and the tests' claims files."""
    root = Path(__file__).resolve().parent.parent
    found = []
    for file in [root / "claims.yaml", *sorted((root / "tests").rglob("*.yaml"))]:
        try:
            data = yaml_rs.loads(file.read_text(encoding="utf-8"), parse_datetime=False)
        except (yaml_rs.YAMLDecodeError, UnicodeDecodeError):
            continue
        claims = data.get("claims") if isinstance(data, dict) else None
        for item in claims if isinstance(claims, list) else []:
            if isinstance(item, dict) and isinstance(item.get("quote"), str):
                found.append((str(item.get("value")), item["quote"]))
    return found


def test_focus_is_the_first_claimed_span_on_real_quotes() -> None:
    checked = 0
    for value, quote in _corpus_claims():
        try:
            claim = _claim(value, quote)
        except ValueSyntaxError:
            continue
        if claim.value.low is None or claim.value.high is None:
            continue
        slow = _slow_focus(quote, claim)
        focus = anchor_module._focus((0, len(quote)), anchor_module._Quoted(quote), claim)
        assert focus == slow, (value, quote)
        checked += 1
    assert checked > 20


@pytest.mark.parametrize(
    ("quote", "leading"),
    [
        ("usually 1 to 5.5 weeks", (8, 9, 1.0)),
        ("a figure of 0.4-0.625 mg", (12, 15, 0.4)),
        ("about 1.5 million people", (6, 17, 1.5e6)),
        ("1 in 4 adults", (0, 6, 0.25)),
        ("", None),
        ("no numbers here", None),
        ("two-thirds of 3 people", None),
        ("fell to -15 °C", None),
        ("1/5th of 20", None),
        ("a day or 2", None),
        ("half a million or 3", None),
    ],
)
def test_leading_digits_answer_only_when_the_digits_come_first(
    quote: str, leading: tuple[int, int, float] | None
) -> None:
    assert leading_digits(quote) == leading


def test_the_word_patterns_match_no_digit() -> None:
    """leading_digits searches them only up to the first digits: exact while no digit, or
    class of digits, can be part of their matches."""
    reading = importlib.import_module("factcheck.text.numbers.reading")
    forms = importlib.import_module("factcheck.text.numbers.forms")
    for pattern in [*reading._WORDS_ONLY, forms._HALF_SCALE_RE]:
        source = re.sub(r"\\u[0-9a-f]{4}", "", pattern.pattern)  # "\u00a0": a space
        assert not any(ch.isdigit() for ch in source)
        assert not any(cls in source for cls in ("\\d", "\\w", ".", "[^"))
