"""Reference exchange rates: money in two currencies that no document relates compares at a
year's ECB average, which the claims file declares visibly with a tolerance for its drift."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from factcheck.check import check
from factcheck.corpus.load import load
from factcheck.extract.grouping.equivalence import Conversions, stated
from factcheck.extract.grouping.reference import reference_rates
from factcheck.extract.mentions.rates import StatedRate
from factcheck.problems import InputError
from factcheck.report.findings import Kind
from factcheck.values.units import CURRENCIES
from tests.common import UNITS, extract_claims

DATA = Path(__file__).resolve().parents[2] / "factcheck" / "data" / "reference-rates.json"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rates ship with the package: nothing here may open a connection."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a reference rate was looked up on the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_the_data_file_names_its_source_and_year_and_covers_the_common_currencies() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert "European Central Bank" in data["source"] and data["year"] == 2025
    rates = reference_rates()
    assert rates.label == "ECB 2025 average"
    for code in ("EUR", "USD", "GBP", "JPY", "CHF", "SEK", "NOK", "DKK", "CAD", "AUD", "NZD"):
        assert code in rates.per_euro, code
    assert set(rates.per_euro) <= set(CURRENCIES)
    # A pound bought about 1.17 euros in 2025, a euro about 1.13 dollars.
    gbp = rates.rate("GBP", "EUR")
    assert gbp is not None and 1.1 < gbp.factor < 1.25 and gbp.source == "ECB 2025 average"
    usd = rates.rate("EUR", "USD")
    assert usd is not None and 1.05 < usd.factor < 1.2
    # A currency in free fall that year (the lira) has no average to stand for it.
    assert "TRY" not in rates.per_euro and rates.rate("TRY", "EUR") is None
    # The euro strayed 10.8 % from its 2025 average against the dollar: the pair asks 11 %.
    assert rates.tolerance_for("EUR", "GBP") == pytest.approx(0.10)
    assert rates.tolerance_for("USD", "EUR") == pytest.approx(0.11)


def _rate(unit: str, factor: float, other: str) -> StatedRate:
    return StatedRate((0, 1), unit, factor, other)


def test_the_corpus_falls_back_on_a_reference_rate_only_where_no_document_states_one() -> None:
    corpus, by_document = stated([[], []], Conversions(), UNITS, [{"GBP"}, {"EUR"}])
    [rate] = corpus.rates
    assert (rate.unit, rate.other, rate.source) == ("GBP", "EUR", "ECB 2025 average")
    assert by_document[0].rates == corpus.rates
    # A stated rate wins, for the corpus and for the document that states it.
    corpus, by_document = stated(
        [[_rate("GBP", 1.5, "EUR")], []], Conversions(), UNITS, [{"GBP"}, {"EUR"}]
    )
    assert [(r.factor, r.source) for r in corpus.rates] == [(1.5, "")]
    # Rates the documents dispute leave the pair apart: no reference rate fills it.
    corpus, _ = stated(
        [[_rate("GBP", 1.5, "EUR")], [_rate("GBP", 1.1, "EUR")]],
        Conversions(),
        UNITS,
        [{"GBP"}, {"EUR"}],
    )
    assert corpus.rates == ()
    # One currency alone needs no rate.
    assert stated([[]], Conversions(), UNITS, [{"USD"}])[0].rates == ()
    # A document writing pounds and dollars unrelated speaks of two places: its own amounts
    # keep their currencies, while the corpus (and the other documents) may still compare.
    corpus, by_document = stated([[], []], Conversions(), UNITS, [{"GBP", "USD"}, {"GBP"}])
    assert [r.unit for r in corpus.rates] == ["USD"]
    assert by_document[0].rates == () and by_document[1].rates == corpus.rates


LONDON = (
    "# Harbour museum reopens\n\nThe museum reopened on Saturday. The £18 million renovation "
    "took two years and added a new gallery for the ship models.\n"
)
ROTTERDAM = (
    "# Museum weer open\n\nThe museum reopened on Saturday. The €{amount} million renovation "
    "took two years and added a new gallery for the ship models.\n"
)


def test_money_in_two_currencies_no_document_relates_compares_at_the_reference_rate(
    tmp_path: Path,
) -> None:
    out = extract_claims(
        tmp_path, {"london.md": LONDON, "rotterdam.md": ROTTERDAM.format(amount=31)}
    )
    written = out.read_text(encoding="utf-8")
    # The subject declares the rate, says where it comes from, and widens its tolerance.
    assert "# reference rate, ECB 2025 average; no document states one" in written
    assert "tolerance: 10%" in written
    report = check(load(out))
    assert report.count(Kind.INVALID) == 0
    # £18 million is about €21 million: €31 million (£27 million) disagrees.
    [conflict] = [f for f in report.findings if f.kind == Kind.CONFLICT]
    assert "18 million GBP vs 27 million GBP" in conflict.message


def test_amounts_within_the_reference_tolerance_agree(tmp_path: Path) -> None:
    # £18 million is €21.0 million at the 2025 average; €20 million lies within 10 %.
    out = extract_claims(
        tmp_path, {"london.md": LONDON, "rotterdam.md": ROTTERDAM.format(amount=20)}
    )
    assert "reference rate" in out.read_text(encoding="utf-8")
    report = check(load(out))
    assert report.count(Kind.INVALID) == 0
    assert report.count(Kind.CONFLICT) == 0


def test_a_rate_a_document_states_wins_over_the_reference_rate(tmp_path: Path) -> None:
    # At the rate the Dutch paper states (€1.70 to the pound) £18 million is €30.6 million,
    # which €31 million agrees with; at the reference rate it would not.
    stating = ROTTERDAM.format(amount=31).replace(
        "ship models.", "ship models. Amounts are converted at €1.70 to the pound."
    )
    out = extract_claims(tmp_path, {"london.md": LONDON, "rotterdam.md": stating})
    written = out.read_text(encoding="utf-8")
    assert "reference rate" not in written and "tolerance:" not in written
    assert "conversions: {EUR: 0.588235 GBP}" in written  # one euro is 1/1.70 pound
    report = check(load(out))
    assert report.count(Kind.INVALID) == 0
    assert report.count(Kind.CONFLICT) == 0


def test_check_itself_has_no_built_in_rate(tmp_path: Path) -> None:
    # The README's contract: money in two currencies compares only at a rate the subject
    # declares. The same claims without extract's declaration are an error at the value.
    out = extract_claims(
        tmp_path, {"london.md": LONDON, "rotterdam.md": ROTTERDAM.format(amount=31)}
    )
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.lstrip().startswith(("conversions:", "tolerance:"))]
    assert len(kept) == len(lines) - 2
    out.write_text("".join(kept), encoding="utf-8")
    with pytest.raises(InputError, match=r"unit 'EUR' cannot convert to 'GBP'"):
        load(out)
