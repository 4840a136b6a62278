"""Tests for money amounts: currency signs and codes, scale words, and the round trip into check."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.extract.mentions.find import find_mentions
from factcheck.values.grammar import parse_value
from factcheck.values.units import UnitError, Units
from tests.common import WORDS


def read(text: str) -> list[tuple[str, str]]:
    """(surface text, draft value) of every mention in ``text``."""
    return [(m.text, m.value) for m in find_mentions(text, WORDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It costs $50.", [("$50", "50 USD")]),
        ("about €12.50 each", [("about €12.50", "~12.50 EUR")]),
        ("£3 a month", [("£3 a month", "3 GBP")]),
        ("reach US$ 1,200 in all", [("US$ 1,200", "1200 USD")]),
        ("some pay 50 dollars", [("50 dollars", "50 USD")]),
        ("12 euros", [("12 euros", "12 EUR")]),
        ("between $10 and $20", [("between $10 and $20", "10-20 USD")]),
        ("$10-$20 a week", [("$10-$20 a week", "10-20 USD")]),
        ("up to $500", [("up to $500", "<=500 USD")]),
        ("$1,000 or more", [("$1,000 or more", ">=1000 USD")]),
        ("a $1.2 million grant", [("$1.2 million", "1.2 million USD")]),
        ("$5 to 10 million", [("$5 to 10 million", "5-10 million USD")]),
        ("$500 to 1 million", [("$500 to 1 million", "500-1e6 USD")]),
        # reversed ends are two amounts; a weight in pounds stays a weight
        ("$20 to $10", [("$20", "20 USD"), ("$10", "10 USD")]),
        ("10 pounds", [("10 pounds", "10 lb")]),
        # other dollars and glued suffixes are not read as US dollars
        ("A$50 and C$20", [("A$50", "50 AUD"), ("C$20", "20 CAD")]),  # other dollars
        ("$50k", [("$50k", "50000 USD")]),
    ],
)
def test_reads_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


def test_currencies_do_not_convert_into_each_other() -> None:
    units = Units()
    assert units.converter("USD", "USD")(50) == 50
    with pytest.raises(UnitError, match="cannot convert"):
        units.converter("EUR", "USD")


_UNITS = Units()


@given(
    sign=st.sampled_from(["$", "US$ ", "€", "£"]),
    amount=st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False),
    scale=st.sampled_from(["", " thousand", " million"]),
)
def test_every_money_value_parses_and_converts(sign: str, amount: Decimal, scale: str) -> None:
    [mention] = find_mentions(f"It costs {sign}{amount}{scale} a year.", WORDS)
    value = parse_value(mention.value)
    assert value.unit == mention.amount.unit and mention.dimension == "money"
    assert value.low is not None and value.low.value == pytest.approx(mention.amount.low)
    _UNITS.check(mention.amount.unit)


def test_extracted_money_checks_without_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "prices.md").write_text(
        "# Prices\n\nA month of tablets costs $50 here, €12.50 in Germany and £3 a month\n"
        "in the UK. A year can reach US$ 1,200.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    drafted = runner.invoke(main, ["extract", "prices.md", "-o", "claims.yaml"])
    assert drafted.exit_code == 0, drafted.output
    claims = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    for value in ("value: 50 USD", "value: 12.50 EUR", "value: 3 GBP", "value: 1200 USD"):
        assert value in claims
    checked = runner.invoke(main, ["check", "claims.yaml"])
    assert checked.exit_code == 0, checked.output
    assert "0 unanchored" in checked.output
    assert "problem" not in checked.output


def test_a_scaled_figure_is_drafted_in_words_and_compared_as_written(tmp_path: Path) -> None:
    """ "£640m" is drafted as ``640 million GBP``, not ``6.4e8 GBP``; the check reads it back as
    640 million, so it conflicts with £700 million and agrees with 640,000,000."""
    first = tmp_path / "a.md"
    first.write_text("# Stadium\n\nThe stadium cost £640m to build.\n", encoding="utf-8")
    second = tmp_path / "b.md"
    second.write_text("# Stadium\n\nThe stadium cost £700 million to build.\n", encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    runner = CliRunner()
    drafted = runner.invoke(main, ["extract", str(first), str(second), "-o", str(claims)])
    assert drafted.exit_code == 0, drafted.output
    text = claims.read_text(encoding="utf-8")
    assert "value: 640 million GBP" in text and "value: 700 million GBP" in text
    assert "e8" not in text
    checked = runner.invoke(main, ["check", str(claims)])
    assert checked.exit_code == 1, checked.output
    assert "640 million GBP vs 700 million GBP" in checked.output
