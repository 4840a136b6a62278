"""One reader of tables: a reference table's rows, its columns' roles and its default cells are
read from the document's tables (``text.tables``: an HTML page's ``<table>`` as its reader found
it, a Markdown pipe table), not from the lines of the page's text."""

from __future__ import annotations

import threading

from factcheck.extract.behaviour import default_cells
from factcheck.extract.drafts import Document, Draft, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.subjects.settings import column_role, setting_of, table_row
from factcheck.text.tables import Tables, page_text, reading, tables_of
from tests.common import UNITS, WORDS

#: A reference table with an empty cell: its page's text, one cell a line, drops the cell, so
#: "32" stands right after the name, where a default would.
EMPTY_CELL_PAGE = """<html><body><h2>Options</h2><table>
<tr><th>Option</th><th>Default</th><th>Maximum</th><th>Description</th></tr>
<tr><td>--jobs N</td><td></td><td>32</td><td>Number of upload workers</td></tr>
<tr><td>--retries N</td><td>5</td><td>20</td><td>Attempts per failed upload</td></tr>
</table></body></html>
"""

#: A description column whose heading names defaults and limits: its figures' words say which.
DESCRIBED_PAGE = (
    "<html><body><table><tr><th>Option</th><th>Description, default and limits</th></tr>"
    "<tr><td>--jobs N</td><td>Number of parallel upload workers. The default is 4; values from "
    "1 to 32 are accepted.</td></tr></table></body></html>"
)


def _drafts(markup: str) -> dict[str, Draft]:
    """The page's drafts by their figure, read as extract reads a page (its tables too)."""
    text, found = page_text(markup)
    return {d.mention.text: d for d in draft_claims("p", text, WORDS, tables=found)}


def _span(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


def test_an_empty_cell_keeps_the_columns_of_a_reference_row() -> None:
    drafts = _drafts(EMPTY_CELL_PAGE)
    # 32 is in the Maximum column though the Default cell before it is empty.
    assert (drafts["32"].subject.setting, drafts["32"].subject.role) == ("jobs", "maximum")
    assert (drafts["5"].subject.setting, drafts["5"].subject.role) == ("retries", "default")
    assert drafts["20"].subject.role == "maximum"


def test_a_description_column_that_names_defaults_gives_its_figures_no_role() -> None:
    drafts = _drafts(DESCRIBED_PAGE)
    accepted = drafts["from 1 to 32"].subject
    assert drafts["4"].subject.setting == accepted.setting == "jobs"
    assert drafts["4"].subject.role == "default"  # "The default is 4": its words say so
    assert accepted.role == ""  # the accepted range, no default
    assert drafts["4"].subject.description.startswith("Number of parallel upload workers.")


def test_a_heading_row_written_as_plain_cells_is_the_tables_heading() -> None:
    text, found = page_text(
        "<table><tr><td>Setting</td><td>Default</td><td>Description</td></tr>"
        "<tr><td>flush_interval</td><td>5s</td><td>Send a partial batch after this long.</td></tr>"
        "</table>"
    )
    with reading(text, found):
        row = table_row(text, text.index("5s"))
        assert row is not None and (row.setting(text), row.role) == ("flush-interval", "default")


def test_a_markdown_name_in_two_rows_is_two_settings() -> None:
    text = (
        "| Option | Applies to | Default |\n|---|---|---|\n"
        "| `--workers` | batch | 4 |\n| `--workers` | serve | 8 |\n| `--timeout` | serve | 30 s |\n"
    )

    def setting(figure: str) -> str:
        span = _span(text, figure)
        return setting_of(text, span, span, span)[0]

    assert (setting("4 |"), setting("8 |"), setting("30 s")) == (
        "workers-batch",
        "workers-serve",
        "timeout",
    )


def test_a_column_heading_gives_a_role_by_its_words() -> None:
    """ "Maximum", "Min version" give their cells a role; "Minutes" or "Admin" none, though
    they begin with a role's letters."""
    text = (
        "| Task | Minutes | Max | Min version | Admin |\n|---|---|---|---|---|\n"
        "| Backup | 30 | 60 | 2.1 | 1 |\n"
    )
    row = text.index("| Backup")
    cells = [text.index(f"| {value} |", row) + 2 for value in ("30", "60", "2.1", "1")]
    assert [column_role(text, (at, at + 1)) for at in cells] == ["", "maximum", "minimum", ""]


def test_a_default_cell_that_is_a_word_in_an_html_table() -> None:
    text, found = page_text(
        "<table><tr><th>Option</th><th>Default</th><th>Description</th></tr>"
        "<tr><td><code>--color</code></td><td><code>auto</code></td><td>auto, always or never. "
        "With auto, colour is used only when writing to a terminal.</td></tr>"
        "<tr><td><code>--fix</code></td><td>off</td><td>Apply safe fixes.</td></tr></table>"
    )
    with reading(text, found):
        cells = default_cells(text)
    assert [(setting, label) for _, setting, label in cells] == [("color", "auto"), ("fix", "off")]
    assert text[slice(*cells[0][0])].endswith("only when writing to a terminal.")


def test_a_pages_tables_are_its_own_while_it_is_drafted() -> None:
    text, found = page_text(EMPTY_CELL_PAGE)
    at = text.index("32")
    elsewhere: list[Tables] = []
    with reading(text, found):
        assert table_row(text, at) is not None
        # Another thread drafting meanwhile does not see them (a Dask worker's threads).
        other = threading.Thread(target=lambda: elsewhere.append(tables_of(text)))
        other.start()
        other.join()
    assert len(elsewhere[0]) == 0
    # Read as text alone, the page writes no table: its lines are no reference rows.
    assert table_row(text, at) is None
    assert len(tables_of(text)) == 0


def test_lines_that_look_like_cells_in_plain_text_are_no_table() -> None:
    text = (
        "Settings\nSetting\nDefault\nDescription\n"
        "heartbeat_interval\n10 s\nHow often workers report that they are alive.\n"
    )
    assert table_row(text, text.index("10 s")) is None


def test_grouping_reads_what_drafting_read_of_a_pages_tables() -> None:
    """A table row's description and per-mode defaults are read while the page is drafted: once
    drafting is over, grouping still meets prose with the setting its row describes, and keeps
    a row of a default per mode from disputing one."""
    text, found = page_text(
        "<table><tr><th>Option</th><th>Default</th><th>Description</th></tr>"
        "<tr><td>--jobs N</td><td>4</td><td>Number of chunks uploaded in parallel</td></tr>"
        "<tr><td>--port</td><td>5432 / 3306</td><td>Port, if not given in the URL</td></tr>"
        "</table>"
    )
    reference = tuple(draft_claims("r", text, WORDS, tables=found))
    by_figure = {d.mention.text: d.subject for d in reference}
    assert by_figure["4"].description == "Number of chunks uploaded in parallel"
    assert by_figure["5432"].per_mode and not by_figure["4"].per_mode
    faq_text = "Q: How fast are uploads?\nA: By default snapvault uploads 8 chunks in parallel.\n"
    faq = tuple(draft_claims("f", faq_text, WORDS))
    page, answers = consolidate(
        [Document("reference.html", text, reference), Document("FAQ.txt", faq_text, faq)], UNITS
    )
    four = next(d for d in page.drafts if d.mention.text == "4")
    eight = next(d for d in answers.drafts if d.mention.text == "8 chunks")
    assert four.subject.id == eight.subject.id
