"""A document's tables as rows and cells: which row and column a figure's offset stands in.

An HTML page's text (``documents.html_text``) writes a table one cell a line and drops empty
cells, so its lines alone cannot say which column a cell is in once a cell is empty, spans two
columns (``colspan``) or two rows (``rowspan``). The reader knows: ``html_tables`` reads the
markup's ``<table>``, ``<tr>``, ``<th>`` and ``<td>`` elements into a grid and finds each cell's
text in the page's text, in order (each cell is a line of its own there), once per document.
A Markdown pipe table ("| Dose | Adults | Children |", its separator row, its rows) is read from
the text itself (``pipe_tables``).

``tables_of(text)`` gives a text's tables: while a document is drafted, those its reader found
(``reading``: a page's, from ``page_text`` or ``read_text``), else its pipe tables. A cell's
figure is named by its row's header (the row's first cell, "Operating profit") and its column's
header (the header row's cell above it, "Q3 2025"): ``Placed``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from factcheck.text.documents import (
    BLOCK_TAGS,
    HIDDEN_TAGS,
    HTML_SUFFIXES,
    SPACE_RUN,
    bounded_refs,
    decode,
    html_text,
    read_raw,
)

#: The most cells a row or column span is read as (a page's ``colspan="1000"`` is no table).
_MOST_SPAN = 50


@dataclass(frozen=True)
class Cell:
    """One cell of a table: where its text stands, and whether it is a header cell (``<th>``,
    or a Markdown heading row's cell)."""

    start: int
    end: int
    """[start, end) of its text in the document's text; start == end for an empty cell."""
    text: str
    header: bool


@dataclass(frozen=True)
class Table:
    """A table as a grid: ``rows[r][c]`` is the cell covering row r, column c (a cell spanning
    several appears in each), None where the row has no cell there."""

    rows: tuple[tuple[Cell | None, ...], ...]

    @functools.cached_property
    def heading_rows(self) -> int:
        """How many rows at the top are header rows: rows of header cells only (``<th>``, a
        Markdown heading row)."""
        count = 0
        for row in self.rows:
            present = [c for c in row if c is not None and c.text]
            if not present or not all(c.header for c in present):
                break
            count += 1
        return count

    def column_header(self, row: int, column: int) -> str:
        """The words over ``column``: its header rows' cells, top down ("" when none)."""
        if row < self.heading_rows:
            return ""
        seen: list[str] = []
        for top in self.rows[: self.heading_rows]:
            cell = top[column] if column < len(top) else None
            if cell is not None and cell.text and cell.text not in seen:
                seen.append(cell.text)
        return " ".join(seen)

    def row_header(self, row: int, column: int) -> str:
        """The words that name ``row``: its first cell when that is another cell than the one
        at ``column`` and holds words ("Operating profit", "Children 6-11"), else ""."""
        if row < self.heading_rows or column == 0:
            return ""
        first = self.rows[row][0] if self.rows[row] else None
        if (
            first is None
            or first is self.rows[row][column]
            or not re.search("[A-Za-z]", first.text)
        ):
            return ""
        return first.text


@dataclass(frozen=True)
class Placed:
    """Where an offset stands in a table: the table, its row and column, and their headers."""

    table: Table
    number: int
    """Which of the document's tables, in text order."""
    row: int
    column: int
    cell: Cell

    @property
    def row_span(self) -> tuple[int, int]:
        """[start, end) of the text of the cell's row, from its first cell to its last."""
        cells = [c for c in self.table.rows[self.row] if c is not None and c.start < c.end]
        return min(c.start for c in cells), max(c.end for c in cells)

    @property
    def row_header(self) -> str:
        return self.table.row_header(self.row, self.column)

    @property
    def column_header(self) -> str:
        return self.table.column_header(self.row, self.column)


class Tables:
    """A document's tables, and which cell holds an offset (a bisection)."""

    def __init__(self, tables: list[Table]) -> None:
        self.tables = tables
        spots: list[tuple[int, int, int, int, int]] = []
        for number, table in enumerate(tables):
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row):
                    # A spanning cell is placed at its first row and column.
                    if cell is None or cell.start == cell.end:
                        continue
                    if (r and cell is _at(table, r - 1, c)) or (c and cell is row[c - 1]):
                        continue
                    spots.append((cell.start, cell.end, number, r, c))
        spots.sort()
        self._spots = spots
        self._starts = [spot[0] for spot in spots]

    def __len__(self) -> int:
        return len(self.tables)

    def at(self, offset: int) -> Placed | None:
        """The cell whose text holds ``offset``, or None outside every table's cells."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        start, end, number, r, c = self._spots[index]
        if not start <= offset < end:
            return None
        table = self.tables[number]
        cell = table.rows[r][c]
        assert cell is not None
        return Placed(table, number, r, c, cell)


def _at(table: Table, row: int, column: int) -> Cell | None:
    cells = table.rows[row]
    return cells[column] if column < len(cells) else None


NO_TABLES = Tables([])


class _TableReader(HTMLParser):
    """The cells of every ``<table>`` of a page, as rows of (text, header, colspan, rowspan)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, bool, int, int]]]] = []
        self._open: list[list[list[tuple[str, bool, int, int]]]] = []
        self._cell: list[str] | None = None
        self._cell_kind: tuple[bool, int, int] = (False, 1, 1)
        self._hidden: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_TAGS:
            self._hidden.append(tag)
            return
        if tag == "table":
            self._close_cell()
            self._open.append([])
        elif tag == "tr" and self._open:
            self._close_cell()
            self._open[-1].append([])
        elif tag in ("td", "th") and self._open:
            self._close_cell()
            if not self._open[-1]:
                self._open[-1].append([])
            spans = dict(attrs)
            self._cell = []
            self._cell_kind = (
                tag == "th",
                _span(spans.get("colspan")),
                _span(spans.get("rowspan")),
            )
        elif tag in BLOCK_TAGS and self._cell is not None:
            self._cell.append("\n")  # a line of its own in the page's text (a <p>, a <br>)

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS and tag in self._hidden:
            while self._hidden.pop() != tag:
                pass
        elif tag in ("td", "th", "tr"):
            self._close_cell()
        elif tag in BLOCK_TAGS and tag != "table" and self._cell is not None:
            self._cell.append("\n")
        elif tag == "table" and self._open:
            self._close_cell()
            self.tables.append(self._open.pop())

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._hidden:
            self._cell.append(data)

    def _close_cell(self) -> None:
        if self._cell is None or not self._open:
            self._cell = None
            return
        text = "\n".join(
            line
            for line in (
                SPACE_RUN.sub(" ", part).strip() for part in "".join(self._cell).split("\n")
            )
            if line
        )
        header, colspan, rowspan = self._cell_kind
        self._open[-1][-1].append((text, header, colspan, rowspan))
        self._cell = None


def _span(value: str | None) -> int:
    """A ``colspan``/``rowspan`` attribute as a count of 1 to ``_MOST_SPAN`` (1 when unreadable)."""
    try:
        return max(1, min(int(value or "1"), _MOST_SPAN))
    except ValueError:
        return 1


def _grid(rows: list[list[tuple[Cell, int, int]]]) -> Table:
    """Rows of cells with their column and row spans laid out on a grid."""
    grid: list[list[Cell | None]] = []
    for r, row in enumerate(rows):
        while len(grid) <= r:
            grid.append([])
        column = 0
        for cell, colspan, rowspan in row:
            while column < len(grid[r]) and grid[r][column] is not None:
                column += 1
            for down in range(r, r + rowspan):
                while len(grid) <= down:
                    grid.append([])
                line = grid[down]
                while len(line) < column + colspan:
                    line.append(None)
                for across in range(column, column + colspan):
                    line[across] = cell
            column += colspan
    return Table(tuple(tuple(line) for line in grid))


def html_tables(markup: str, text: str) -> Tables:
    """The tables of the HTML page ``markup`` whose visible text is ``text`` (``html_text``),
    each cell placed at its text's offset there; no tables when the page has none."""
    if "<table" not in markup.lower():
        return NO_TABLES
    reader = _TableReader()
    reader.feed(bounded_refs(markup))
    reader.close()
    # Tables close inner first; place cells in text order: sort by where their first cell is.
    found: list[Table] = []
    cursor = 0
    for rows in sorted(reader.tables, key=lambda t: _first_text(t, text)):
        placed: list[list[tuple[Cell, int, int]]] = []
        for row in rows:
            cells = []
            for cell_text, header, colspan, rowspan in row:
                at = text.find(cell_text, cursor) if cell_text else -1
                if cell_text and at < 0:
                    at = text.find(cell_text)  # a nested table's cell, read out of order
                if at < 0:
                    cells.append((Cell(cursor, cursor, "", header), colspan, rowspan))
                    continue
                cursor = at + len(cell_text)
                cells.append((Cell(at, cursor, cell_text, header), colspan, rowspan))
            placed.append(cells)
        found.append(_grid(placed))
    return Tables(found)


def _first_text(rows: list[list[tuple[str, bool, int, int]]], text: str) -> int:
    first = next((cell[0] for row in rows for cell in row if cell[0]), "")
    at = text.find(first) if first else -1
    return at if at >= 0 else len(text)


#: A Markdown table's separator row ("|---|:---:|").
_SEPARATOR_RE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-*:?[ \t]*)?")


def pipe_tables(text: str) -> Tables:
    """The Markdown pipe tables of ``text``: a heading row, a separator row, rows of cells."""
    if "|" not in text:
        return NO_TABLES
    found: list[Table] = []
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    lines = [(a, b - 1) for a, b in zip(starts, [*starts[1:], len(text) + 1], strict=True)]
    index = 0
    while index < len(lines) - 1:
        start, end = lines[index]
        if text[start:end].lstrip().startswith("|") and _SEPARATOR_RE.fullmatch(
            text, *lines[index + 1]
        ):
            rows = [_pipe_cells(text, start, end, header=True)]
            index += 2
            while index < len(lines) and text[slice(*lines[index])].lstrip().startswith("|"):
                rows.append(_pipe_cells(text, *lines[index], header=False))
                index += 1
            found.append(_grid([[(cell, 1, 1) for cell in row] for row in rows]))
        else:
            index += 1
    return Tables(found) if found else NO_TABLES


def _pipe_cells(text: str, start: int, end: int, *, header: bool) -> list[Cell]:
    """The cells of the pipe table row at [start, end): between its unescaped bars."""
    bars = [m.start() for m in re.finditer(r"(?<!\\)\|", text[start:end])]
    line_end = end - start
    if not bars:
        return []
    if text[start:end].rstrip().endswith("|") and len(bars) > 1:
        edges = list(itertools.pairwise(bars))
    else:
        edges = list(zip(bars, [*bars[1:], line_end], strict=False))
    if text[start : start + bars[0]].strip():
        edges.insert(0, (-1, bars[0]))  # a row written without its leading bar
    cells = []
    for a, b in edges:
        a, b = start + a + 1, start + b
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        cells.append(Cell(a, b, text[a:b], header))
    return cells


#: The document being drafted and the tables its reader found (``reading``), in this thread.
_READING: ContextVar[tuple[str, Tables] | None] = ContextVar("reading", default=None)


@contextmanager
def reading(text: str, found: Tables | None) -> Iterator[None]:
    """Within it, ``tables_of(text)`` is ``found``: the tables the reader found in the document
    whose text is ``text`` (an HTML page's, ``page_text``), which its text alone cannot say;
    None leaves a text its Markdown tables. Drafting a document reads its tables this way."""
    if found is None:
        yield
        return
    token = _READING.set((text, found))
    try:
        yield
    finally:
        _READING.reset(token)


def tables_of(text: str) -> Tables:
    """The tables of the document whose text is ``text``: those its reader found (``reading``),
    else its Markdown pipe tables, found once per text."""
    current = _READING.get()
    if current is not None and current[0] == text:
        return current[1]
    return written_tables(text)


@functools.lru_cache(maxsize=8)
def written_tables(text: str) -> Tables:
    """The Markdown pipe tables ``text`` writes (``pipe_tables``), found once per text: a page's
    tables as its text shows them, whatever its reader found."""
    return pipe_tables(text)


def page_text(markup: str) -> tuple[str, Tables]:
    """The visible text of the HTML page ``markup`` (``html_text``) and its tables: what drafting
    reads of a page (``reading``), whose lines alone cannot say which column a cell is in."""
    text = html_text(markup)
    return text, html_tables(markup, text)


def read_text(path: str | os.PathLike[str]) -> tuple[str, Tables | None]:
    """The text of the document file ``path`` (``documents.read_document``) and an HTML page's
    tables (``page_text``; None for another document: its text has its tables); DocumentError
    if unreadable."""
    markup = decode(read_raw(path))
    return page_text(markup) if Path(path).suffix.lower() in HTML_SUFFIXES else (markup, None)
