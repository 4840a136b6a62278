"""What a figure in a table's cell is: named by its row's header and its column's header.

A table names a figure twice: its row says what ("Operating profit", "Starting dose", "Total
cost") and its column often says for whom or when ("Adults" / "Children", "Drug" / "Placebo",
"Q3 2025" / "Q3 2024"). A column header of that kind is a context (``contexts``): two cells of
one row in such columns are two figures, never one restated. Other column headers ("Figure",
"Value", "Dose") are words of the figure's name like the row's.

The table's rows and cells come from the document's reader (``text.tables``), built once per
document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.mentions.context import words
from factcheck.extract.subjects.roles import population_of
from factcheck.text.tables import Placed, tables_of

#: A period a column stands for: a year ("2024", "FY2025", "2024/25"), a quarter or half of one
#: ("Q3 2025", "H1 2024", "3Q24"), a month of one ("Sept 2025").
_PERIOD_RE = re.compile(
    r"(?i)(?:(?:fy|q[1-4]|h[12]|[1-4]q|(?:first|second|third|fourth)\s+quarter|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)[\s,]*)?"
    r"'?(?P<year>(?:19|20)\d\d|\d\d)(?:\s*[/-]\s*\d{2,4})?(?:\s*\((?:[a-z]+)\))?"
)
#: Column headers that name the arm a figure was measured in: placebo or control.
_CONTROL_WORDS = frozenset({"placebo", "control", "sham", "untreated", "comparator"})
#: Column headers that name an earlier time than the table's own: "Before", "Previous", "Old".
_EARLIER_WORDS = frozenset({"before", "previous", "previously", "old", "former", "last", "prior"})
#: Column headers of a starting phase: "Starting", "Initial", "First week".
_STARTING_WORDS = frozenset({"starting", "start", "initial", "initially", "first"})
#: Column headers that only say a cell holds the row's figure: no word of its name.
_PLAIN_HEADERS = frozenset(
    {"value", "values", "figure", "figures", "number", "amount", "total", "detail", "details",
     "fact", "facts", "data", "result", "results", "count", "measure", "statistic", "at",
     "a", "glance", "key", "item", "items", "what", "how", "much", "many"}
)  # fmt: skip


@dataclass(frozen=True)
class CellReading:
    """A cell figure's naming: the words that name it, and the context its column gives."""

    named: str
    """The row header's words, and the column header's when that is no context."""
    measured: str
    """The words that say which thing the figure is of: the row's, unless the row only names a
    population, else the column's."""
    context: dict[str, str]
    """``arm``, ``phase``: what the column says of which arm or when."""
    population: str
    """Whom the column (else the row) names ("children", "adults"), or ""."""
    period: str
    """The period the column stands for ("2025"), or ""."""
    headers: str = ""
    """Both headers as written, the column's first ("Amount Maintenance"): what the figure's
    sentence says of it, a role's words among them."""
    ordered: str = ""
    """The words that name it for its role: the column's, then the row's nearest the figure, so
    that a row's role word outranks its column's ("Recommendation" over "Minimum tank": the
    minimum tank recommended)."""


def _period(header: str) -> str:
    """The year a column header names when it is a period and nothing else, or ""."""
    found = _PERIOD_RE.fullmatch(header.strip())
    if found is None:
        return ""
    year = found["year"]
    return year if len(year) == 4 else f"20{year}"


def cell_reading(text: str, position: int) -> CellReading | None:
    """How the table cell holding ``position`` names its figure, or None when ``position`` is in
    no table cell, or in a cell that has neither a row nor a column header."""
    placed = tables_of(text).at(position)
    if placed is None:
        return None
    return reading_of(placed)


def reading_of(placed: Placed) -> CellReading | None:
    """``cell_reading`` of a placed cell."""
    if placed.column == 0:
        return None  # the row's own name ("| 0 | nothing to report |"): read as its words say
    row, column = placed.row_header, placed.column_header
    headers = f"{column} {row}".strip()
    if not row and not column:
        return None
    context: dict[str, str] = {}
    population = ""
    period = _period(column)
    said = set(words(column))
    if period:
        # Several periods side by side: the latest is the table's figure, the others an earlier
        # one's ("Q3 2025" / "Q3 2024": last year's quarter, no claim of this one's).
        periods = {
            _period(placed.table.column_header(placed.row, c))
            for c in range(len(placed.table.rows[placed.row]))
        } - {""}
        if len(periods) > 1 and period != max(periods):
            context["phase"] = "previous"
        column = ""
    elif said & _CONTROL_WORDS:
        context["arm"] = "placebo"
        column = ""
    elif said & _EARLIER_WORDS:
        context["phase"] = "previous"
        column = ""
    else:
        population = population_of(words(column), [])
        if population:
            column = ""
        elif said & _STARTING_WORDS:
            context["phase"] = "starting"
    population = population or population_of(words(row), [])
    kept = " ".join(w for w in words(column) if w not in _PLAIN_HEADERS)
    # The row says which thing ("Civic Union", "Operating profit"), the column what of it
    # ("Share of valid votes"); a row that only says for whom ("Children") leaves it the column.
    row_is_population = bool(row) and population_of(words(row), []) != "" and len(words(row)) <= 3
    named = " ".join(p for p in ((kept, row) if row_is_population else (row, kept)) if p)
    measured = row if row and not row_is_population else kept
    ordered = " ".join(p for p in (kept, row) if p)
    return CellReading(named, measured, context, population, period, headers, ordered)


def in_heading(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is in a table's header cell that names a period ("Q3
    2025") or a group of people ("Children 7-11") over a column: which period or group the
    column's figures are of, no claim of its own."""
    placed = tables_of(text).at(span[0])
    if placed is None or placed.row >= placed.table.heading_rows:
        return False
    # (A header of other words keeps its figure: "Quillmart 2021 breach" says when a breach was.)
    said = placed.cell.text
    return bool(_period(said)) or bool(population_of(words(said), []))
