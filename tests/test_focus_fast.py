"""The fast first number of a quote (anchoring's focus) is exactly what the full reading finds."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml_rs
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.corpus.model import Claim
from factcheck.text.numbers import first_number_span, number_spans
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
def test_first_number_span_is_the_first_of_number_spans(quote: str) -> None:
    spans = number_spans(quote)
    assert first_number_span(quote) == (spans[0] if spans else None)


@given(quotes, st.sampled_from(VALUES))
@example("a figure of 0.4-0.625 mg", "0.4-0.625 mg")
@example("one in 4 adults, or 25%", "25%")
@example("two or 2 days", "2 days")
def test_focus_is_the_first_claimed_span(quote: str, value: str) -> None:
    claim = _claim(value, quote)
    assert anchor_module._focus((7, 7 + len(quote)), quote, claim) == (
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
        assert anchor_module._focus((0, len(quote)), quote, claim) == slow, (value, quote)
        checked += 1
    assert checked > 20


@pytest.mark.parametrize("quote", ["", "no numbers here", "a day", "half a million"])
def test_quotes_whose_first_number_is_no_digits(quote: str) -> None:
    spans = number_spans(quote)
    assert first_number_span(quote) == (spans[0] if spans else None)
