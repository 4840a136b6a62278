"""The formatter interface: a Report (or the problems of invalid input) in, text out, no I/O."""

from __future__ import annotations

import posixpath
from abc import ABC, abstractmethod
from collections.abc import Sequence

from factcheck.corpus.model import Corpus
from factcheck.problems import Problem
from factcheck.report.findings import Finding, Location
from factcheck.report.model import Report


class Formatter(ABC):
    """Turns a report into the text of one output format."""

    @abstractmethod
    def format(self, report: Report) -> str:
        """The whole output for a report."""

    @abstractmethod
    def format_problems(self, problems: Sequence[Problem]) -> str:
        """The whole output when the input is invalid (exit code 2)."""


def repo_path(corpus: Corpus, location: Location) -> str:
    """A location's file as the repository sees it: relative to where the claims were named
    from (the working directory in CI), with ``/`` separators.

    Source paths in a location are relative to the claims file (in the set form they are
    relative to where the claims were named from already); the claims files' own locations
    (``source == ""``) carry their path.
    """
    if not location.source:
        return posixpath.normpath(location.path.replace("\\", "/"))
    base = "" if corpus.several else posixpath.dirname(corpus.path.replace("\\", "/"))
    return posixpath.normpath(posixpath.join(base, location.path))


def file_region(report: Report, location: Location) -> tuple[int, int, int, int]:
    """(line, column, end line, end column) of what a location points at (a claim's number, else
    its quote) in its file on disk: for HTML sources in the page's markup, not in the visible
    text that ``line`` and ``column`` count in."""
    source = report.corpus.sources.get(location.source) if location.source else None
    region = source.file_region(location.pointed) if source is not None else None
    if region is not None:
        return region
    return location.line, location.column, location.end_line, location.end_column


def quote_region(report: Report, location: Location) -> tuple[int, int, int, int] | None:
    """(line, column, end line, end column) in its file of the whole quote around a location's
    number (SARIF's ``contextRegion``); None when the location points at its whole span."""
    source = report.corpus.sources.get(location.source) if location.source else None
    if location.focus is None or source is None:
        return None
    span = location.span
    region = source.file_region(span)
    if region is not None:
        return region
    line, column = source.text.position(span[0])
    end_line, end_column = source.text.position(max(span[0], span[1] - 1))
    return line, column, end_line, end_column + 1


def finding_message(finding: Finding) -> str:
    """A finding's message, followed for conflicts by its two sides' claim ids."""
    if not finding.sides:
        return finding.message
    return finding.message + " (" + " vs ".join(", ".join(side) for side in finding.sides) + ")"
