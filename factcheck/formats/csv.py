"""CSV: one row per claim (``Report.to_frame()``), safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from collections.abc import Sequence

import pandas as pd

from factcheck.formats.base import Formatter
from factcheck.formats.escape import csv_cell
from factcheck.problems import Problem
from factcheck.report.model import Report


def frame_csv(frame: pd.DataFrame) -> str:
    """A data frame as CSV, safe to open in a spreadsheet: every cell quoted (a carriage return
    inside one cannot split its row) and, in every column, text a spreadsheet would take for a
    formula written with a leading ``'`` so that opening the file cannot run article text."""
    safe = frame.astype(object).map(csv_cell)
    return str(safe.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_ALL))


class CsvFormatter(Formatter):
    """Claims as CSV rows: id, source, subject, value, low, high, unit, status, group, line…"""

    def format(self, report: Report) -> str:
        return frame_csv(report.to_frame())

    def format_problems(self, problems: Sequence[Problem]) -> str:
        frame = pd.DataFrame(
            [(p.file, p.line, p.column, p.message) for p in problems],
            columns=["file", "line", "column", "message"],
        )
        return frame_csv(frame)
