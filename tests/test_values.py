"""The value grammar, as tables of examples and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.values.grammar import Qualifier, ValueSyntaxError, parse_value


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "qualifier", "is_range"),
    [
        ("4.5 mg", 4.5, 4.5, "mg", "=", False),
        ("30%", 30, 30, "%", "=", False),
        ("30 percent", 30, 30, "%", "=", False),
        ("30 per cent", 30, 30, "%", "=", False),
        ("~12 Per Cent", 12, 12, "%", "~", False),
        ("400", 400, 400, None, "=", False),
        ("14 weeks", 14, 14, "weeks", "=", False),
        ("1.5-4.5 mg", 1.5, 4.5, "mg", "=", True),
        ("1.5–4.5 mg", 1.5, 4.5, "mg", "=", True),
        ("1.5—4.5mg", 1.5, 4.5, "mg", "=", True),
        ("1.5 to 4.5 mg", 1.5, 4.5, "mg", "=", True),
        ("1.5 mg - 4.5 mg", 1.5, 4.5, "mg", "=", True),
        ("50 to 100", 50, 100, None, "=", True),
        ("-5 to -1 degC", -5, -1, "degC", "=", True),
        (">24%", 24, 24, "%", ">", False),
        (">=75%", 75, 75, "%", ">=", False),
        ("≥ 75 %", 75, 75, "%", ">=", False),
        ("<0.5 mg", 0.5, 0.5, "mg", "<", False),
        ("≤ 10", 10, 10, None, "<=", False),
        ("~30%", 30, 30, "%", "~", False),
        ("≈ 20 years", 20, 20, "years", "~", False),
        ("1,000 mcg", 1000, 1000, "µg", "=", False),
        ("250 μg", 250, 250, "µg", "=", False),
        ("1e3 ms", 1000, 1000, "ms", "=", False),
        ("4 KiB", 4, 4, "KiB", "=", False),
        (".5 g", 0.5, 0.5, "g", "=", False),
    ],
)
def test_numeric_values(
    text: str, low: float, high: float, unit: str | None, qualifier: str, is_range: bool
) -> None:
    value = parse_value(text)
    assert value.low is not None and value.high is not None
    assert (value.low.value, value.high.value) == (low, high)
    assert value.unit == unit
    assert value.qualifier == Qualifier(qualifier)
    assert value.is_range is is_range
    assert value.label is None


@pytest.mark.parametrize(("raw", "value"), [(3, 3.0), (2.5, 2.5), (0, 0.0)])
def test_yaml_numbers(raw: float, value: float) -> None:
    parsed = parse_value(raw)
    assert parsed.low is not None and parsed.low.value == value and parsed.unit is None


@pytest.mark.parametrize(("text", "label"), [("bedtime", "bedtime"), ("Any  Time", "any time")])
def test_labels(text: str, label: str) -> None:
    assert parse_value(text).label == label


@pytest.mark.parametrize(
    ("text", "half"),
    [("4.5 mg", 0.05), ("400", 0.5), ("1,000", 0.5), ("0.25", 0.005), ("1e3", 500)],
)
def test_rounding_half_width(text: str, half: float) -> None:
    number = parse_value(text).low
    assert number is not None and number.half == pytest.approx(half)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty value"),
        ("4-2 mg", "low end above its high end"),
        (">1-2 mg", "cannot also be a bound"),
        ("1.5 mg-4.5 g", "mixes units"),
        ("as little as 0.1 mg", "cannot read"),
        ("mg 4", "cannot read"),
    ],
)
def test_bad_values(text: str, message: str) -> None:
    with pytest.raises(ValueSyntaxError, match=message):
        parse_value(text)


def test_booleans_are_not_values() -> None:
    with pytest.raises(ValueSyntaxError, match="not true/false"):
        parse_value(True)


@given(
    st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False),
    st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False),
    st.sampled_from(["-", "–", "—", " to ", " - "]),
    st.sampled_from(["mg", "%", "weeks", ""]),
)
def test_range_round_trip(a: object, b: object, dash: str, unit: str) -> None:
    lo, hi = sorted([float(str(a)), float(str(b))])
    text = f"{lo}{dash}{hi} {unit}".strip()
    value = parse_value(text)
    assert value.low is not None and value.high is not None
    assert (value.low.value, value.high.value) == (lo, hi)
    assert value.is_range and value.unit == (unit or None)


@pytest.mark.parametrize(
    ("text", "low", "high", "half", "unit"),
    [
        ("1.26 billion EUR", 1.26e9, 1.26e9, 5e6, "EUR"),
        ("640 million GBP", 6.4e8, 6.4e8, 5e5, "GBP"),
        ("~1.5 million", 1.5e6, 1.5e6, 5e4, None),
        # a scale word said once scales both ends, as "between 1 and 2 million" does
        ("5-10 million USD", 5e6, 1e7, 5e5, "USD"),
        ("1 million-2 million USD", 1e6, 2e6, 5e5, "USD"),
        ("1.2 million tons", 1.2e6, 1.2e6, 5e4, "tons"),
        ("25 thousand", 25e3, 25e3, 500, None),
    ],
)
def test_a_scale_word_multiplies_and_keeps_the_digits_rounding(
    text: str, low: float, high: float, half: float, unit: str | None
) -> None:
    value = parse_value(text)
    assert value.low is not None and value.high is not None
    assert (value.low.value, value.high.value, value.low.half, value.unit) == (
        low,
        high,
        half,
        unit,
    )
    assert value.text == text  # shown as written


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1.5e3 million USD", "both an exponent and a scale word"),
        # the extractor writes "500-1e6 USD" for "$500 to 1 million": the word is no shared scale
        ("500-1 million USD", "low end above its high end"),
    ],
)
def test_a_scale_word_that_cannot_be_read_is_an_error(text: str, message: str) -> None:
    with pytest.raises(ValueSyntaxError, match=message):
        parse_value(text)
