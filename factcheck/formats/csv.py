"""CSV: one row per claim (``Report.to_frame()``), safe to open in a spreadsheet."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from factcheck.formats.base import Formatter
from factcheck.problems import Problem
from factcheck.report.model import Report

#: Cell openings a spreadsheet would run as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _defuse(cell: object) -> object:
    if not isinstance(cell, str):
        return cell
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def frame_csv(frame: pd.DataFrame) -> str:
    """A data frame as CSV; text cells a spreadsheet would take for a formula get a leading ``'``
    so that opening the file cannot run article text."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_string_dtype(safe[column]) or safe[column].dtype == object:
            safe[column] = safe[column].map(_defuse)
    return str(safe.to_csv(index=False, lineterminator="\n"))


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
