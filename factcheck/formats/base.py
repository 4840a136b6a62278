"""The formatter interface: a Report (or the problems of invalid input) in, text out, no I/O."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from factcheck.problems import Problem
from factcheck.report import Report


class Formatter(ABC):
    """Turns a report into the text of one output format."""

    @abstractmethod
    def format(self, report: Report) -> str:
        """The whole output for a report."""

    @abstractmethod
    def format_problems(self, problems: Sequence[Problem]) -> str:
        """The whole output when the input is invalid (exit code 2)."""
