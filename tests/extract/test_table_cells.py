"""A table's rows and cells as structure: the reader's grid, and the figure a cell names."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.drafts import Draft, draft_claims
from factcheck.extract.subjects.cells import cell_reading
from factcheck.text import tables
from tests.common import WORDS, conflicting_values, extract_and_check

RESULTS_PAGE = """<html><body>
<h1>Vellmark third-quarter results</h1>
<p>Operating profit came in at &euro;38.9m for the quarter.</p>
<h2>Key figures</h2>
<table>
<tr><th>Measure</th><th>Q3 2025</th><th>Q3 2024</th></tr>
<tr><td>Revenue</td><td>&euro;412.6m</td><td>&euro;384.2m</td></tr>
<tr><td>Operating profit</td><td>&euro;36.8m</td><td>&euro;33.1m</td></tr>
<tr><td>Gross margin</td><td></td><td>40.5%</td></tr>
</table>
</body></html>
"""

DOSING_PAGE = """<html><body>
<h2>How much to take</h2>
<table>
<tr><th rowspan="2">Dose</th><th colspan="2">Who takes it</th></tr>
<tr><th>Adults</th><th>Children</th></tr>
<tr><td>Starting dose</td><td>200 mg</td><td>100 mg</td></tr>
<tr><td>Maximum a day</td><td>1,200 mg</td><td>400 mg</td></tr>
</table>
</body></html>
"""

MARKDOWN_TRIAL = """# Results

| Outcome | Drug | Placebo |
|---|---|---|
| Headache | 12% | 4% |
| Nausea | | 3% |
"""


def _drafts(source: str, markup: str) -> dict[str, Draft]:
    """The page's drafts, read as extract reads a page (its tables too), by their quote's last
    line (a cell's figure)."""
    text, found = tables.page_text(markup)
    return {d.quote.split("\n")[-1]: d for d in draft_claims(source, text, WORDS, tables=found)}


def test_the_reader_places_each_cell_under_its_row_and_column_headers() -> None:
    text, found = tables.page_text(RESULTS_PAGE)
    assert len(found) == 1
    placed = found.at(text.index("€33.1m") + 2)
    assert placed is not None
    assert (placed.row_header, placed.column_header, placed.cell.text) == (
        "Operating profit",
        "Q3 2024",
        "€33.1m",
    )
    # The empty cell keeps 40.5% in its own column (the text alone has it right after the row's
    # name, where the 2025 figure would stand).
    margin = found.at(text.index("40.5%"))
    assert margin is not None and margin.column_header == "Q3 2024"
    # Prose is in no cell.
    assert found.at(text.index("came in")) is None


def test_colspan_and_rowspan_give_each_column_its_header_cells() -> None:
    text, found = tables.page_text(DOSING_PAGE)
    placed = found.at(text.index("400 mg"))
    assert placed is not None
    assert placed.row_header == "Maximum a day"
    assert placed.column_header == "Who takes it Children"
    starting = found.at(text.index("200 mg"))
    assert starting is not None and starting.column_header == "Who takes it Adults"


def test_a_markdown_pipe_table_is_read_from_the_text_with_its_empty_cells() -> None:
    found = tables.tables_of(MARKDOWN_TRIAL)
    placed = found.at(MARKDOWN_TRIAL.index("3%"))
    assert placed is not None
    assert (placed.row_header, placed.column_header) == ("Nausea", "Placebo")
    assert found.at(MARKDOWN_TRIAL.index("# Results") + 2) is None


def test_a_column_that_is_a_population_arm_or_earlier_period_is_a_context() -> None:
    text, found = tables.page_text(DOSING_PAGE)
    with tables.reading(text, found):
        children = cell_reading(text, text.index("400 mg"))
    assert children is not None and children.population == "children"
    trial = cell_reading(MARKDOWN_TRIAL, MARKDOWN_TRIAL.index("4%"))
    assert trial is not None and trial.context == {"arm": "placebo"}
    results, found = tables.page_text(RESULTS_PAGE)
    with tables.reading(results, found):
        last_year = cell_reading(results, results.index("€33.1m") + 2)
        this_year = cell_reading(results, results.index("€36.8m") + 2)
    assert last_year is not None and last_year.context == {"phase": "previous"}
    assert this_year is not None and this_year.context == {}
    assert this_year.measured == "Operating profit"


def test_a_cells_figure_is_named_by_its_row_and_kept_apart_by_its_column() -> None:
    drafts = _drafts("r", RESULTS_PAGE)
    now, before = drafts["€36.8m"], drafts["€33.1m"]
    assert now.subject.id == before.subject.id == "money-operating-profit"
    assert before.subject.context == {"phase": "previous"}
    assert "phase" not in now.subject.context
    assert drafts["€412.6m"].subject.id != now.subject.id  # another row, another thing


def test_a_tables_cell_and_another_pages_prose_disagree_but_last_years_column_does_not(
    tmp_path: Path,
) -> None:
    wire = (
        "Vellmark results\n\nVellmark said its third-quarter operating profit was 38.9 million "
        "euros, on revenue of 412.6 million euros.\n"
    )
    _, report = extract_and_check(tmp_path, {"markets.html": RESULTS_PAGE, "wire.txt": wire})
    conflicts = conflicting_values(report)
    assert ("36.8 million EUR", "38.9 million EUR") in conflicts
    # Last year's quarter (its column "Q3 2024") is no claim about this one.
    assert not any("33.1 million EUR" in pair or "384.2 million EUR" in pair for pair in conflicts)
    # Nor is the column's header "Q3 2025" a year the page claims.
    assert all(c["value"]["text"] not in ("2024", "2025") for c in report["claims"])


def test_rows_of_a_results_table_are_different_things(tmp_path: Path) -> None:
    page = """<html><body><h2>Result</h2><table>
<tr><th>Party</th><th>Votes</th><th>Share</th></tr>
<tr><td>Civic Union</td><td>301,522</td><td>37.5%</td></tr>
<tr><td>Green Alliance</td><td>188,430</td><td>23.4%</td></tr>
<tr><td>Liberal Reform</td><td>96,480</td><td>12.0%</td></tr>
<tr><td>Halbrook First</td><td>96,480</td><td>12.0%</td></tr>
</table></body></html>
"""
    claims, report = extract_and_check(tmp_path, {"results.html": page})
    assert conflicting_values(report) == []
    # Two rows of one value are still two things, each named by its row.
    tied = [c["subject"] for c in claims["claims"] if c["value"] in ("12.0%", "96480")]
    assert len(tied) == 4 and len(set(tied)) == 4, tied


def test_a_markdown_dosing_tables_childrens_column_is_no_claim_about_adults(
    tmp_path: Path,
) -> None:
    leaflet = (
        "# Ibuprofen tablets\n\n## How much to take\n\n"
        "| Dose | Adults | Children 7-11 |\n|---|---|---|\n"
        "| Starting | 200 mg | 100 mg |\n| Most in a day | 1,200 mg | 300 mg |\n"
    )
    blog = (
        "Ibuprofen dosing\n\nFor adults, the most you should take in a day is 1,600 mg "
        "without a prescription.\n"
    )
    claims, report = extract_and_check(tmp_path, {"leaflet.md": leaflet, "blog.txt": blog})
    by_value = {c["value"]: c for c in claims["claims"]}
    assert by_value["300 mg"].get("context", {}).get("population") == "children"
    assert by_value["1200 mg"]["subject"] == by_value["1600 mg"]["subject"]
    assert ("1200 mg", "1600 mg") in conflicting_values(report)
    # The column's header ("Children 7-11") says whose figures they are: no claim of ages.
    assert "7-11" not in by_value


def test_a_figure_that_names_its_row_is_read_as_its_words_say() -> None:
    codes = "Exit codes\n\n| Code | Meaning |\n|---|---|\n| 0 | success |\n| 2 | bad usage |\n"
    # The table is read ...
    placed = tables.tables_of(codes).at(codes.index("| 2 |") + 2)
    assert placed is not None and (placed.row, placed.column) == (2, 0)
    # ... but "2" is the row's own name, no value its headers name.
    assert cell_reading(codes, codes.index("| 2 |") + 2) is None


def test_a_header_of_other_words_keeps_its_figure() -> None:
    ledger = (
        "Two breaches\n\n| | Quillmart 2021 breach | Quillmart 2026 breach |\n|---|---|---|\n"
        "| Accounts affected | 60,000 | 2.3 million |\n"
    )
    quotes = [d.quote for d in draft_claims("l", ledger, WORDS)]
    assert any("2021" in q for q in quotes) and any("2026" in q for q in quotes)


def test_a_rows_bound_word_outranks_its_columns_recommendation() -> None:
    sheet = """<html><body><h2>Summary</h2><table>
<tr><th>Parameter</th><th>Recommendation</th></tr>
<tr><td>Minimum tank</td><td>20 US gallons</td></tr>
<tr><td>Temperature</td><td>72&ndash;76 &deg;F</td></tr>
</table></body></html>
"""
    drafts = _drafts("s", sheet)
    # The row says which bound ("Minimum tank"); the column only that the sheet recommends it.
    assert drafts["20 US gallons"].subject.id == "volume-minimum-tank"
    # A row with no role word of its own keeps its column's.
    assert "typical" in drafts["72–76 °F"].subject.id


def test_a_reports_figure_in_parentheses_after_its_own_is_last_years(tmp_path: Path) -> None:
    release = (
        "# Interim report\n\n## Highlights of the quarter\n\n"
        "- Operating profit (EBIT) of EUR 38.9 million (EUR 33.1 million).\n"
        "- Gross margin improved to 41.2% (40.5%).\n"
        "- Net profit of EUR 27.3 million.\n"
    )
    wire = (
        "Vellmark results\n\nVellmark said operating profit was EUR 36.8 million in the quarter "
        "and its gross margin 41.2%.\n"
    )
    claims, report = extract_and_check(tmp_path, {"release.md": release, "wire.txt": wire})
    by_value = {c["value"]: c for c in claims["claims"]}
    for comparative in ("33.1 million EUR", "40.5%"):
        assert by_value[comparative]["context"]["phase"] == "previous"
    conflicts = conflicting_values(report)
    assert ("36.8 million EUR", "38.9 million EUR") in conflicts
    assert not any("33.1 million EUR" in pair or "40.5%" in pair for pair in conflicts)


def test_a_conversion_in_parentheses_is_no_comparative() -> None:
    guide = "Tanks\n\nA group of neons needs at least 20 US gallons (75 litres) of water.\n"
    drafts = draft_claims("g", guide, WORDS)
    assert drafts and all("phase" not in d.subject.context for d in drafts)
