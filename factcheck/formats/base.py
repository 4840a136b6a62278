"""The formatter interface: a Report (or the problems of invalid input) in, text out, no I/O."""

from __future__ import annotations

import posixpath
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence

from factcheck.problems import Problem
from factcheck.report.findings import Finding, Location
from factcheck.report.model import Report

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters other than tab and newline: escape sequences, bells, NUL, C1 controls."""


def visible(text: str) -> str:
    """Plain-text output with control characters shown escaped (``\\x1b``), never sent raw."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def json_safe(text: str) -> str:
    """JSON text with DEL and the C1 controls written as ``\\u`` escapes (json.dumps escapes
    only those below U+0020): the same JSON, and nothing a terminal acts on."""
    return re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)


class Formatter(ABC):
    """Turns a report into the text of one output format."""

    @abstractmethod
    def format(self, report: Report) -> str:
        """The whole output for a report."""

    @abstractmethod
    def format_problems(self, problems: Sequence[Problem]) -> str:
        """The whole output when the input is invalid (exit code 2)."""


def repo_path(claims_path: str, location: Location) -> str:
    """A location's file as the repository sees it: relative to where the claims file was named
    from (the working directory in CI), with ``/`` separators.

    Source paths in a location are relative to the claims file; the claims file's own locations
    (``source == ""``) already carry its path.
    """
    claims = claims_path.replace("\\", "/")
    if not location.source:
        return posixpath.normpath(claims)
    return posixpath.normpath(posixpath.join(posixpath.dirname(claims), location.path))


def file_region(report: Report, location: Location) -> tuple[int, int, int, int]:
    """(line, column, end line, end column) of a location in its file on disk: for HTML sources
    in the page's markup, not in the visible text that ``line`` and ``column`` count in."""
    source = report.corpus.sources.get(location.source) if location.source else None
    region = source.file_region(location.span) if source is not None else None
    if region is not None:
        return region
    return location.line, location.column, location.end_line, location.end_column


def finding_message(finding: Finding) -> str:
    """A finding's message, followed for conflicts by its two sides' claim ids."""
    if not finding.sides:
        return finding.message
    return finding.message + " (" + " vs ".join(", ".join(side) for side in finding.sides) + ")"
