"""Exchange rates a document states: read in words and symbols, both directions, then used by
`extract` to compare amounts across currencies and never drafted as claims themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.check import check
from factcheck.corpus.load import load
from factcheck.extract.grouping.equivalence import Conversions, stated
from factcheck.extract.mentions.rates import StatedRate, stated_rates
from factcheck.report.findings import Kind
from factcheck.values.units import Conversion
from tests.common import UNITS, extract_claims


@pytest.mark.parametrize(
    ("text", "unit", "factor", "other"),
    [
        ("The figures convert at ($1 = £0.79).", "USD", 0.79, "GBP"),
        ("at an exchange rate of 11.2 kronor to the euro", "EUR", 11.2, "SEK"),
        ("One euro buys about 11.4 Swedish kronor today.", "EUR", 11.4, "SEK"),
        ("converted at 1.27 dollars to the pound", "GBP", 1.27, "USD"),
        ("€1 ≈ SEK 11.2", "EUR", 11.2, "SEK"),
        ("(roughly 10.9 SEK/EUR)", "EUR", 10.9, "SEK"),
        ("US$1 = A$1.52", "USD", 1.52, "AUD"),
        ("EUR/SEK at 11.2", "EUR", 11.2, "SEK"),
        ("a cost of $793 million (at $1.30 to the pound).", "GBP", 1.3, "USD"),
        ("1 EUR = 11.20 SEK", "EUR", 11.2, "SEK"),
        ("the rand traded at 18.5 rand to the US dollar", "USD", 18.5, "ZAR"),
        ("1 CHF is worth about 1.06 euros", "CHF", 1.06, "EUR"),
        ("Conversions used: $1.30 = £1.", "GBP", 1.3, "USD"),
        ("SEK 11.2 ≈ €1", "EUR", 11.2, "SEK"),
        ("at 11.2 kronor per euro at the time", "EUR", 11.2, "SEK"),
        ('"converted at 11.2 kronor to the euro"', "EUR", 11.2, "SEK"),
        ("About 150 yen buys one US dollar", "USD", 150.0, "JPY"),
    ],
)
def test_a_stated_rate_is_read_in_words_and_symbols(
    text: str, unit: str, factor: float, other: str
) -> None:
    [rate] = stated_rates(text)
    assert (rate.unit, rate.factor, rate.other) == (unit, factor, other)


@pytest.mark.parametrize(
    "text",
    [
        "Beef sold at $3.99 a pound.",  # a weight
        "Prices fell to £5 per pound of apples.",
        "It raised $1bn = £0.79bn in bonds.",  # amounts, no rate
        "Tickets cost $10 to $20.",  # one currency
        "He gave it a try for $5.",  # "try" is no Turkish lira
        "Fees were €2 per euro zone transfer.",
        "She gave $5 to the euro campaign.",
        "€1 = SEK " + "9" * 400,  # a figure too large for a rate
        "€1 = SEK 0",
    ],
)
def test_prices_and_amounts_are_no_rates(text: str) -> None:
    assert stated_rates(text) == []


def _rate(unit: str, factor: float, other: str) -> StatedRate:
    return StatedRate((0, 1), unit, factor, other)


def test_each_document_reads_by_its_own_rate_and_the_corpus_by_an_agreed_one() -> None:
    corpus, by_document = stated(
        [[_rate("EUR", 11.2, "SEK")], [_rate("EUR", 11.25, "SEK")], []], Conversions(), UNITS
    )
    # Both directions name one canonical unit: a krona is 1/11.2 euro.
    assert corpus.rates == (Conversion("SEK", pytest.approx(1 / 11.2), "EUR"),)
    assert by_document[1].rates == (Conversion("SEK", pytest.approx(1 / 11.25), "EUR"),)
    assert by_document[2].rates == corpus.rates


def test_documents_stating_conflicting_rates_give_the_corpus_none() -> None:
    learned = Conversions((Conversion("SEK", 0.09, "EUR"),))
    corpus, by_document = stated(
        [[_rate("EUR", 11.2, "SEK")], [_rate("SEK", 0.1, "EUR")]], learned, UNITS
    )
    assert corpus.rates == ()
    assert by_document[1].rates == (Conversion("SEK", 0.1, "EUR"),)


PRESS = (
    "# Vellmark results\n\nVellmark reported revenue of EUR 412.6 million for the quarter. "
    "The board declared an interim dividend of EUR 0.18 per share. "
    "Net profit was EUR 27.3 million.\n"
)
SWEDISH = (
    "# Vellmark in kronor\n\nAll figures have been converted from euros at {rate}.\n\n"
    "Vellmark reported revenue of SEK 4.62 billion for the quarter. "
    "Shareholders will receive an interim dividend of SEK 2.50 per share. "
    "Net profit was SEK 306 million.\n"
)


@pytest.mark.parametrize(
    "rate", ["11.20 kronor to the euro", "€1 = SEK 11.2", "roughly 11.2 SEK/EUR"]
)
def test_two_currencies_at_a_stated_rate_disagree_only_where_the_amounts_do(
    tmp_path: Path, rate: str
) -> None:
    out = extract_claims(tmp_path, {"press.md": PRESS, "swedish.md": SWEDISH.format(rate=rate)})
    written = out.read_text(encoding="utf-8")
    assert "conversions: {SEK: 0.0892857 EUR}" in written
    assert "11.2 SEK" not in written and "11.20 SEK" not in written  # the rate is no claim
    report = check(load(out))
    # SEK 2.50 is EUR 0.223, not 0.18; SEK 4.62 billion and SEK 306 million agree at 11.2.
    [conflict] = [f for f in report.findings if f.kind == Kind.CONFLICT]
    assert "0.18 EUR vs 0.223 EUR" in conflict.message


def test_a_rate_stated_the_other_way_round_converts_alike(tmp_path: Path) -> None:
    press = "# Results\n\nThe board declared a dividend of $0.18 per share ($1 = £0.80).\n"
    london = "# Results in sterling\n\nThe board declared a dividend of 18p per share.\n"
    report = check(load(extract_claims(tmp_path, {"press.md": press, "london.md": london})))
    # 18p is $0.225 at 0.80 pounds to the dollar: a disagreement with $0.18.
    [conflict] = [f for f in report.findings if f.kind == Kind.CONFLICT]
    assert "USD" in conflict.message


def test_documents_stating_different_rates_compare_no_amounts_across_currencies(
    tmp_path: Path,
) -> None:
    swedish = SWEDISH.format(rate="11.20 kronor to the euro")
    other = SWEDISH.format(rate="10 kronor to the euro").replace("2.50", "1.80")
    out = extract_claims(tmp_path, {"press.md": PRESS, "a.md": swedish, "b.md": other})
    assert "conversions:" not in out.read_text(encoding="utf-8")
    report = check(load(out))
    assert report.count(Kind.INVALID) == 0
    # No rate is declared: the kronor and the euros are not compared, and the two Swedish
    # documents' dividends (SEK 2.50 and SEK 1.80) still are.
    conflicts = [f.message for f in report.findings if f.kind == Kind.CONFLICT]
    assert not any("EUR" in message for message in conflicts)
    assert any("1.8 SEK vs 2.5 SEK" in message for message in conflicts), conflicts
